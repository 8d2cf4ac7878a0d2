/**
 * The shape of a complaint-handling role-play scenario and the scales its engine keeps, shared
 * by the schema (src/schemas/scenario.ts), the validator, the engine and the debrief.
 */

/** The handling steps the course teaches, in the order they are usually taken (chapter 7). */
export const HANDLING_STEPS = ['listen', 'empathise', 'apologise', 'solve', 'followUp'] as const;
export type HandlingStep = (typeof HANDLING_STEPS)[number];

/** Perceived justice of a complaint's handling (Tax, Brown & Chandrashekaran 1998). */
export const JUSTICE_DIMENSIONS = ['outcome', 'process', 'interaction'] as const;
export type JusticeDimension = (typeof JUSTICE_DIMENSIONS)[number];
export type JusticeScores = Record<JusticeDimension, number>;

/** How a scenario can end, BEST FIRST: the index is the ending's rank (0 is best). */
export const ENDINGS = ['staysAndPraises', 'stays', 'leavesQuietly', 'leavesAndWarns', 'escalatesPublicly'] as const;
export type EndingKind = (typeof ENDINGS)[number];

/** Service-failure types (Bitner, Booms & Tetreault 1990). */
export const FAILURE_TYPES = [
  'deliverySystem',
  'customerNeedsAndRequests',
  'unpromptedEmployeeActions',
  'problemCustomers',
] as const;
export type FailureType = (typeof FAILURE_TYPES)[number];

/** The customer's visible state at a node, from worst to best; the view shows it beside the line. */
export const MOODS = ['furious', 'angry', 'frustrated', 'wary', 'calming', 'satisfied', 'pleased'] as const;
export type Mood = (typeof MOODS)[number];

/**
 * Scales. A justice score starts at 0 and each choice moves it by at most ±2; the running score
 * is clamped to [-10, 10], so ±10 means "as fair (or unfair) as a short conversation can feel".
 * Emotion runs from -5 (furious) to +5 (delighted); a scenario sets where it starts and each choice
 * moves it by at most ±3, clamped to the range.
 */
export const JUSTICE_RANGE = { min: -10, max: 10, stepLimit: 2 } as const;
export const EMOTION_RANGE = { min: -5, max: 5, stepLimit: 3 } as const;

export interface LocalizedText {
  'zh-cn': string;
  en: string;
}

export interface ChoiceEffects extends JusticeScores {
  emotion: number;
}

export interface ScenarioChoice {
  /** Unique within the scenario, so a path can be written as a list of choice ids. */
  id: string;
  /** What the student says. */
  text: LocalizedText;
  /** The handling steps this reply performs (or fumbles), one or two; the feedback explains them. */
  steps: HandlingStep[];
  effects: ChoiceEffects;
  /** Why this reply works or backfires, shown in the debrief. */
  feedback: LocalizedText;
  /** The node the conversation moves to. */
  next: string;
}

export interface ScenarioNode {
  id: string;
  mood: Mood;
  /** The customer's line at this point (at an ending: what the customer finally does or says). */
  customer: LocalizedText;
  /** A decision point has choices; an ending has none. */
  choices?: ScenarioChoice[] | undefined;
  ending?: EndingKind | undefined;
}

export interface Scenario {
  id: string;
  title: LocalizedText;
  setting: {
    business: LocalizedText;
    /** What went wrong before the conversation starts. */
    failure: LocalizedText;
    failureType: FailureType;
    /** Who the student plays. */
    role: LocalizedText;
  };
  /** The customer's emotion when they start talking, on the EMOTION_RANGE scale. */
  startEmotion: number;
  start: string;
  nodes: ScenarioNode[];
}

/** A reply covers its steps only if it is fair on balance (its justice effects sum above 0). */
export function coversStep(choice: ScenarioChoice): boolean {
  return justiceSum(choice.effects) > 0;
}

export function justiceSum(scores: JusticeScores): number {
  return scores.outcome + scores.process + scores.interaction;
}
