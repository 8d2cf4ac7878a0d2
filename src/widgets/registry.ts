/**
 * Every widget a chapter can embed, by the tag its MDX uses (`<ChurnCompounding />`). Each id has
 * an island (a folder under src/widgets/; several ids may share one, as the three card sorts do,
 * each wrapper handing it its own content), an Astro wrapper named after it in
 * src/components/widgets/ (the chapter page finds it by that name and stops the build when one is
 * missing), and a moment at which a learner has "tried" it for the progress page. The chapter
 * page's components, each chapter's list of widgets and the progress store all read this list, so
 * a widget id that is not here is a type error or a build error, never a silent miss.
 *
 * A widget that can open at a given starting point registers the settings it reads from its
 * address as `start` (src/lib/assignment/exerciseStart.ts): the instructor's page offers them for
 * an exercise, and the student's checklist opens the widget there. Only build-time code reads this
 * module's values; the islands import its types alone.
 */
import type { StartField } from '../lib/assignment/exerciseStart.ts';
import { clvStartFields } from '../lib/clv/clvStart.ts';
import { queueStartFields } from '../lib/queue/startLink.ts';

/**
 * When a widget counts as tried: `edit`, the first change to any of its inputs (a field, a
 * choice, a file); `reply`, the first reply chosen in a conversation.
 */
export type TriedWhen = 'edit' | 'reply';

interface WidgetEntry {
  /** The island's folder under src/widgets/ (shared by ids that differ only in content). */
  island: string;
  tried: TriedWhen;
  /** The settings an exercise may fix, read by the widget from its page's query. */
  start?: readonly StartField[];
}

export const widgetRegistry = {
  ChurnCompounding: { island: 'churn-compounding', tried: 'edit' },
  LifetimeValueCalculator: { island: 'lifetime-value', tried: 'edit', start: clvStartFields },
  CustomerPyramidExplorer: { island: 'customer-pyramid', tried: 'edit' },
  QueueSimulator: { island: 'queue-simulator', tried: 'edit', start: queueStartFields },
  ComplaintRolePlay: { island: 'complaint-role-play', tried: 'reply' },
  NpsCalculator: { island: 'nps-calculator', tried: 'edit' },
  KanoClassifier: { island: 'kano-classifier', tried: 'edit' },
  ServqualGapScorer: { island: 'servqual-gap-scorer', tried: 'edit' },
  LoyaltyMatrix: { island: 'loyalty-matrix', tried: 'edit' },
  SatisfactionLoyaltyCurve: { island: 'satisfaction-loyalty-curve', tried: 'edit' },
  LoyaltyScorecard: { island: 'loyalty-scorecard', tried: 'edit' },
  PipelineForecast: { island: 'pipeline-forecast', tried: 'edit' },
  DataCleaning: { island: 'data-cleaning', tried: 'edit' },
  CustomerLadder: { island: 'card-sort', tried: 'edit' },
  BondLevels: { island: 'card-sort', tried: 'edit' },
  RelationshipStages: { island: 'card-sort', tried: 'edit' },
} as const satisfies Record<string, WidgetEntry>;

export type WidgetId = keyof typeof widgetRegistry;

export const widgetIds = Object.keys(widgetRegistry) as WidgetId[];

export function isWidgetId(name: string): name is WidgetId {
  return Object.hasOwn(widgetRegistry, name);
}

/** The widgets that register a starting point. */
export type StartWidgetId = {
  [Id in WidgetId]: (typeof widgetRegistry)[Id] extends { start: readonly StartField[] } ? Id : never;
}[WidgetId];
