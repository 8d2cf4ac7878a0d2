/**
 * What an assignment can name, in one locale, as the instructor's page offers it and the student's
 * checklist shows it: each chapter with its address, quiz items, exam items and widgets, and the
 * role-play scenarios. Built with the site, so a link can only name what this build holds; the
 * ids are the same in every locale, the words are the locale's.
 */
import { getCollection } from 'astro:content';
import { strings, type Locale, type UiStrings } from '../i18n/index.ts';
import { localizedPath } from '../i18n/paths.ts';
import type { AssignmentCatalogue, CatalogueChapter, StartFieldView } from '../lib/assignment/catalogue.ts';
import { parameterNames } from '../lib/clv/scenarioUrl.ts';
import { queuePresets } from '../lib/queue/presets.ts';
import { localizeScenario } from '../lib/roleplay/scenarioView.ts';
import type { CohortField } from '../schemas/cohortInputs.ts';
import { widgetRegistry, type StartWidgetId, type WidgetId } from '../widgets/registry.ts';
import { chapterPath, chaptersOf } from './chapters.ts';
import { chapterExams, examPath } from './exams.ts';
import { queueText } from './queueText.ts';
import { chapterQuizzes, widgetsOf } from './quizzes.ts';
import { widgetAnchor } from './widgetSummaries.ts';

/** The longest label: a question cut at about a line of a phone's width. */
const LABEL_MAX = 60;

/** A question as one plain line: markdown marks and line breaks gone, cut with an ellipsis. */
export function shortLabel(text: string): string {
  const plain = text
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const characters = [...plain];
  return characters.length <= LABEL_MAX ? plain : `${characters.slice(0, LABEL_MAX - 1).join('')}…`;
}

/** Each widget's title, from its own strings. */
function widgetTitle(id: WidgetId, t: UiStrings): string {
  const titles: Record<WidgetId, string> = {
    ChurnCompounding: t.churn.title,
    LifetimeValueCalculator: t.lifetimeValue.title,
    CustomerPyramidExplorer: t.customerPyramid.title,
    QueueSimulator: t.queueSimulator.title,
    ComplaintRolePlay: t.roleplay.title,
    NpsCalculator: t.nps.title,
    KanoClassifier: t.kano.title,
    ServqualGapScorer: t.servqual.title,
    LoyaltyMatrix: t.loyaltyMatrix.title,
    SatisfactionLoyaltyCurve: t.loyaltyCurve.title,
    LoyaltyScorecard: t.loyaltyScorecard.title,
    PipelineForecast: t.pipeline.title,
    DataCleaning: t.dataCleaning.title,
    CustomerLadder: t.cardSort.customerLadder.title,
    BondLevels: t.cardSort.bondLevels.title,
    RelationshipStages: t.cardSort.relationshipStages.title,
  };
  return titles[id];
}

/** A start's words: each setting's label by key, and each choice's label by `key=value`. */
type StartWords = Record<string, string>;

/**
 * The words of each widget's exercise start, from the widget's own strings (and, for the queue
 * simulator's scenes, its content file): one entry per widget that registers a start.
 */
const startWords: Record<StartWidgetId, (t: UiStrings, locale: Locale) => Promise<StartWords> | StartWords> = {
  QueueSimulator: async (t, locale) => {
    const queue = t.queueSimulator;
    const text = await queueText();
    return {
      preset: queue.presetLegend,
      ...Object.fromEntries(queuePresets.map(({ id }) => [`preset=${id}`, text.presets[id].title[locale]])),
      layout: queue.layoutLegend,
      'layout=single': queue.layouts.single,
      'layout=perServer': queue.layouts.perServer,
      servers: queue.fields.servers,
      ratePerMinute: queue.fields.ratePerMinute,
      meanServiceMinutes: queue.fields.meanServiceMinutes,
    };
  },
  LifetimeValueCalculator: (t) => {
    const clv = t.lifetimeValue;
    const words: StartWords = {
      timing: clv.timingLegend,
      'timing=endOfPeriod': clv.timingEndOfPeriod,
      'timing=upFront': clv.timingUpFront,
    };
    for (const [scenario, name] of [
      ['a', clv.scenarioA],
      ['b', clv.scenarioB],
    ] as const)
      for (const [field, parameter] of Object.entries(parameterNames) as [CohortField, string][])
        words[`${scenario}-${parameter}`] = `${name} · ${clv.fields[field]}`;
    return words;
  },
};

/** A widget's start with its words; a setting without words stops the build rather than show an id. */
async function startView(id: WidgetId, t: UiStrings, locale: Locale): Promise<StartFieldView[] | undefined> {
  const entry = widgetRegistry[id];
  if (!('start' in entry)) return undefined;
  const words = await startWords[id as StartWidgetId](t, locale);
  const word = (key: string) => {
    const found = words[key];
    if (found === undefined) throw new Error(`The exercise start of ${id} has no words for "${key}"`);
    return found;
  };
  return entry.start.map((field) => ({
    ...field,
    label: word(field.key),
    ...('choices' in field
      ? { choiceLabels: Object.fromEntries(field.choices.map((choice) => [choice, word(`${field.key}=${choice}`)])) }
      : {}),
  }));
}

export async function assignmentCatalogue(locale: Locale, base: string): Promise<AssignmentCatalogue> {
  const t = strings(locale);
  const [chapters, quizzes, exams, scenarioEntries] = await Promise.all([
    chaptersOf(locale),
    chapterQuizzes(locale),
    chapterExams(locale),
    getCollection('scenarios'),
  ]);
  const path = (to: string) => localizedPath(locale, to, base);
  const catalogueChapters = await Promise.all(
    chapters.map(async (chapter): Promise<CatalogueChapter> => {
      const href = path(chapterPath(chapter.slug));
      const quiz = quizzes.find((candidate) => candidate.chapter.slug === chapter.slug)?.items ?? [];
      const exam = exams.find((candidate) => candidate.chapter.slug === chapter.slug)?.items ?? [];
      return {
        slug: chapter.slug,
        number: chapter.entry.data.chapter,
        title: chapter.entry.data.title,
        href,
        ...(quiz.length > 0 ? { quizHref: path(`quizzes/${chapter.slug}/`) } : {}),
        ...(exam.length > 0 ? { examHref: path(examPath(chapter.slug)) } : {}),
        quizItems: quiz.map((item) => ({ id: item.id, label: shortLabel(item.prompt[locale]) })),
        examItems: exam.map((item) => ({ id: item.id, format: item.format, label: shortLabel(item.prompt) })),
        widgets: await Promise.all(
          widgetsOf(chapter).map(async (id) => {
            const start = await startView(id, t, locale);
            return { id, label: widgetTitle(id, t), href: `${href}#${widgetAnchor(id)}`, ...(start ? { start } : {}) };
          }),
        ),
      };
    }),
  );
  const rolePlayAt = catalogueChapters
    .flatMap((chapter) => chapter.widgets)
    .find((widget) => widget.id === 'ComplaintRolePlay');
  const scenarios = scenarioEntries
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry) => ({
      id: entry.id,
      label: localizeScenario(entry.data, locale).title,
      href: rolePlayAt?.href ?? '',
    }));
  return { chapters: catalogueChapters, scenarios };
}
