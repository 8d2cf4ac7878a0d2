/**
 * Grading the learner's placements of customer stories: whether each is right and, when it is
 * not, which axis was misread. The chapter's first exercise asks whether a learner's mistakes
 * mostly take "keeps buying" for loyalty (misreading relative attitude) or "says they like it"
 * for loyalty (misreading repeat patronage), so the tally counts the two apart.
 */
import { cellAxes, isLoyaltyCell, type LoyaltyCell } from './loyaltyCells.ts';

export interface PlacementGrade {
  right: boolean;
  /** The placed cell's attitude level differs from the story's. */
  attitudeMisread: boolean;
  /** The placed cell's patronage level differs from the story's. */
  patronageMisread: boolean;
}

export function gradePlacement(answer: LoyaltyCell, placed: LoyaltyCell): PlacementGrade {
  const attitudeMisread = cellAxes[answer].attitude !== cellAxes[placed].attitude;
  const patronageMisread = cellAxes[answer].patronage !== cellAxes[placed].patronage;
  return { right: !attitudeMisread && !patronageMisread, attitudeMisread, patronageMisread };
}

export interface PlacementTally {
  stories: number;
  placed: number;
  right: number;
  /** Wrong placements that misread relative attitude (a diagonal miss counts here and below). */
  attitudeMisreads: number;
  patronageMisreads: number;
}

export type TallyProblem =
  | { kind: 'unknownStory'; story: string }
  | { kind: 'notACell'; story: string; cell: string }
  | { kind: 'placedTwice'; story: string };

export type TallyResult = { ok: true; tally: PlacementTally } | { ok: false; problem: TallyProblem };

/** Tallies placements (story id and cell, in the order made) against the stories' own cells. */
export function tallyPlacements(
  stories: readonly { id: string; cell: LoyaltyCell }[],
  placements: readonly { story: string; cell: string }[],
): TallyResult {
  const answers = new Map(stories.map((story) => [story.id, story.cell]));
  const seen = new Set<string>();
  const tally: PlacementTally = {
    stories: answers.size,
    placed: 0,
    right: 0,
    attitudeMisreads: 0,
    patronageMisreads: 0,
  };
  for (const { story, cell } of placements) {
    const answer = answers.get(story);
    if (!answer) return { ok: false, problem: { kind: 'unknownStory', story } };
    if (!isLoyaltyCell(cell)) return { ok: false, problem: { kind: 'notACell', story, cell } };
    if (seen.has(story)) return { ok: false, problem: { kind: 'placedTwice', story } };
    seen.add(story);
    const grade = gradePlacement(answer, cell);
    tally.placed++;
    if (grade.right) tally.right++;
    if (grade.attitudeMisread) tally.attitudeMisreads++;
    if (grade.patronageMisread) tally.patronageMisreads++;
  }
  return { ok: true, tally };
}
