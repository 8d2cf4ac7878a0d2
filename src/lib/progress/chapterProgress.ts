/**
 * What a chapter's progress is, from the stored answers: read or not, widgets tried, test scores
 * (best and latest), practice answers, and a single completion share for the course progress bar.
 * An answer given to an item that has since been edited (another fingerprint) counts as not given.
 */
import type { Attempt } from '../../schemas/progress.ts';
import type { Progress } from './progressState.ts';

export interface ChapterFacts {
  slug: string;
  items: { id: string; fingerprint: string }[];
  widgets: string[];
}

export interface ChapterProgress {
  read: boolean;
  widgetsTried: number;
  widgets: number;
  tests: number;
  best: number | undefined;
  latest: { score: number; at: number } | undefined;
  items: number;
  /** Items whose latest answer was given to the item as it is now. */
  answered: number;
  /** …of which fully right. */
  correct: number;
  /** Items answered before an edit: shown as changed, to be answered again. */
  changed: number;
  /** 0–1: the mean of read (0 or 1), the share of widgets tried, and the better of best test score and share correct. */
  completion: number;
}

export const latestAttempt = (attempts: readonly Attempt[] = []): Attempt | undefined => attempts.at(-1);

export function chapterProgress(progress: Progress, chapter: ChapterFacts): ChapterProgress {
  let answered = 0;
  let correct = 0;
  let changed = 0;
  for (const item of chapter.items) {
    const latest = latestAttempt(progress.answers[item.id]);
    if (!latest) continue;
    if (latest.fingerprint !== item.fingerprint) changed++;
    else {
      answered++;
      if (latest.score === 1) correct++;
    }
  }
  const tests = Object.values(progress.tests)
    .filter((test) => test.chapter === chapter.slug)
    .sort((a, b) => a.at - b.at);
  const best = tests.length ? Math.max(...tests.map((test) => test.score)) : undefined;
  const last = tests.at(-1);
  const widgetsTried = chapter.widgets.filter((widget) =>
    Object.hasOwn(progress.widgets, `${chapter.slug}:${widget}`),
  ).length;
  const read = Object.hasOwn(progress.read, chapter.slug);
  const quizShare = chapter.items.length ? Math.max(best ?? 0, correct / chapter.items.length) : undefined;
  const parts = [read ? 1 : 0];
  if (chapter.widgets.length) parts.push(widgetsTried / chapter.widgets.length);
  if (quizShare !== undefined) parts.push(quizShare);
  return {
    read,
    widgetsTried,
    widgets: chapter.widgets.length,
    tests: tests.length,
    best,
    latest: last && { score: last.score, at: last.at },
    items: chapter.items.length,
    answered,
    correct,
    changed,
    completion: parts.reduce((sum, part) => sum + part, 0) / parts.length,
  };
}

/** The whole course's completion: the mean of its chapters'. */
export function courseCompletion(chapters: readonly ChapterProgress[]): number {
  return chapters.length ? chapters.reduce((sum, chapter) => sum + chapter.completion, 0) / chapters.length : 0;
}
