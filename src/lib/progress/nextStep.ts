/**
 * Where a returning learner goes next, from this device's progress: the review when something is
 * due (spaced repetition works only if done on time), otherwise the first chapter not yet finished
 * (not read to the end, or with a quiz neither tested nor fully practised), otherwise the progress
 * page. A learner with nothing recorded starts at the first chapter.
 */
import type { ChapterProgress } from './chapterProgress.ts';

export type NextStep =
  | { kind: 'start' }
  | { kind: 'review'; due: number }
  /** `started`: the learner has done something in this chapter already (continue) or not (next chapter). */
  | { kind: 'chapter'; index: number; started: boolean }
  | { kind: 'finished' };

type Summary = Pick<ChapterProgress, 'read' | 'answered' | 'items' | 'tests' | 'widgetsTried' | 'changed'>;

export const chapterStarted = (summary: Summary) =>
  summary.read || summary.answered > 0 || summary.changed > 0 || summary.tests > 0 || summary.widgetsTried > 0;

const chapterFinished = (summary: Summary) =>
  summary.read && (summary.items === 0 || summary.tests > 0 || summary.answered === summary.items);

export function nextStep(summaries: readonly Summary[], due: number): NextStep {
  if (!summaries.some(chapterStarted)) return { kind: 'start' };
  if (due > 0) return { kind: 'review', due };
  const index = summaries.findIndex((summary) => !chapterFinished(summary));
  return index === -1 ? { kind: 'finished' } : { kind: 'chapter', index, started: chapterStarted(summaries[index]!) };
}
