/**
 * What each task of an assignment has come to in a learner's progress, by the rules the student's
 * checklist and report state:
 * - read: done once the chapter was read to its end;
 * - quiz, practice: done once every item counted has an answer; the score is the mean of each
 *   item's latest answer, an item not yet answered counting 0;
 * - quiz, test: done once a test of the chapter has been submitted with every item counted; the
 *   newest such test gives the score and the answers;
 * - role-play: done once an ending is reached; its best ending is reported;
 * - exam items: as a practice quiz, over the self-marked written answers;
 * - widget exercise: done once the widget was used.
 * Work done before the assignment was opened counts too: the dates in the report show when.
 */
import type { AssignmentTask } from '../../schemas/assignment.ts';
import type { ItemResult, TaskResult } from '../../schemas/assignmentReport.ts';
import type { Attempt } from '../../schemas/progress.ts';
import { own, type Progress } from '../progress/progressState.ts';

/** The course's quiz items by chapter slug, in quiz order: what a whole quiz counts. */
export type QuizItemsByChapter = ReadonlyMap<string, readonly string[]>;

const latest = (attempts: readonly Attempt[] | undefined): Attempt | undefined => attempts?.at(-1);

/** The items' latest answers, and a practice-style result over them. */
function answeredResult(ids: readonly string[], progress: Progress): TaskResult {
  const items: ItemResult[] = [];
  let at = 0;
  for (const id of ids) {
    const attempt = latest(own(progress.answers, id));
    if (!attempt) continue;
    items.push({ id, score: attempt.score, response: attempt.response });
    at = Math.max(at, attempt.at);
  }
  if (items.length === 0) return { done: false };
  const score = items.reduce((sum, item) => sum + item.score, 0) / ids.length;
  return { done: items.length === ids.length, at, score, items };
}

/** The newest submitted test of the chapter holding every item counted, with those items' answers. */
function testResult(chapter: string, ids: readonly string[], progress: Progress): TaskResult {
  const test = Object.values(progress.tests)
    .filter((record) => record.chapter === chapter && ids.every((id) => Object.hasOwn(record.itemScores, id)))
    .sort((a, b) => b.at - a.at)[0];
  if (!test) return { done: false };
  const items = ids.map((id): ItemResult | undefined => {
    // A test records each answer as an attempt at the moment of submission.
    const attempt = own(progress.answers, id)?.findLast(
      (candidate) => candidate.mode === 'test' && candidate.at === test.at,
    );
    return attempt && { id, score: test.itemScores[id]!, response: attempt.response };
  });
  const score = ids.reduce((sum, id) => sum + test.itemScores[id]!, 0) / ids.length;
  return { done: true, at: test.at, score, items: items.filter((item) => item !== undefined) };
}

export function taskResult(task: AssignmentTask, progress: Progress, quizItems: QuizItemsByChapter): TaskResult {
  switch (task.kind) {
    case 'read': {
      const at = own(progress.read, task.chapter);
      return at === undefined ? { done: false } : { done: true, at };
    }
    case 'quiz': {
      const ids = task.items ?? quizItems.get(task.chapter) ?? [];
      if (ids.length === 0) return { done: false };
      return task.mode === 'test' ? testResult(task.chapter, ids, progress) : answeredResult(ids, progress);
    }
    case 'exam':
      return answeredResult(task.items, progress);
    case 'roleplay': {
      const best = own(progress.roleplays, task.scenario)?.best;
      return best ? { done: true, at: best.at, ending: best.ending } : { done: false };
    }
    case 'exercise': {
      const at = own(progress.widgets, `${task.chapter}:${task.widget}`);
      return at === undefined ? { done: false } : { done: true, at };
    }
  }
}
