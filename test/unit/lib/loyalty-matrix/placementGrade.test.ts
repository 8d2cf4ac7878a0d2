/**
 * Grading placements: right or wrong, and which axis a wrong one misread, checked against the
 * matrix worked by hand (true = attitude high, patronage high; latent = high, low; spurious =
 * low, high; none = low, low); then properties over any placements.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loyaltyCells, type LoyaltyCell } from '../../../../src/lib/loyalty-matrix/loyaltyCells.ts';
import { gradePlacement, tallyPlacements } from '../../../../src/lib/loyalty-matrix/placementGrade.ts';

const stories: { id: string; cell: LoyaltyCell }[] = [
  { id: 'fan', cell: 'true-loyalty' },
  { id: 'far-away', cell: 'latent' },
  { id: 'hostage', cell: 'spurious' },
  { id: 'bargain-hunter', cell: 'no-loyalty' },
];

describe('one placement', () => {
  it('is right only in the story’s own cell', () => {
    expect(gradePlacement('spurious', 'spurious')).toEqual({
      right: true,
      attitudeMisread: false,
      patronageMisread: false,
    });
  });

  it('taking "keeps buying" for loyalty misreads attitude: spurious put in true loyalty', () => {
    expect(gradePlacement('spurious', 'true-loyalty')).toEqual({
      right: false,
      attitudeMisread: true,
      patronageMisread: false,
    });
  });

  it('taking "says they like it" for loyalty misreads patronage: latent put in true loyalty', () => {
    expect(gradePlacement('latent', 'true-loyalty')).toEqual({
      right: false,
      attitudeMisread: false,
      patronageMisread: true,
    });
  });

  it('the opposite corner misreads both axes', () => {
    expect(gradePlacement('latent', 'spurious')).toEqual({
      right: false,
      attitudeMisread: true,
      patronageMisread: true,
    });
    expect(gradePlacement('no-loyalty', 'true-loyalty')).toEqual({
      right: false,
      attitudeMisread: true,
      patronageMisread: true,
    });
  });

  it('over all sixteen pairs: 4 right, 8 misreading one axis, 4 misreading both', () => {
    const grades = loyaltyCells.flatMap((answer) => loyaltyCells.map((placed) => gradePlacement(answer, placed)));
    expect(grades.filter((grade) => grade.right)).toHaveLength(4);
    expect(grades.filter((grade) => grade.attitudeMisread !== grade.patronageMisread)).toHaveLength(8);
    expect(grades.filter((grade) => grade.attitudeMisread && grade.patronageMisread)).toHaveLength(4);
  });
});

describe('the tally', () => {
  it('counts a hand-made round: one right, two attitude and two patronage misreads', () => {
    // Everyone put in true loyalty: the fan is right; far-away misreads patronage; the hostage
    // misreads attitude; the bargain hunter misreads both.
    const result = tallyPlacements(
      stories,
      stories.map(({ id }) => ({ story: id, cell: 'true-loyalty' })),
    );
    expect(result).toEqual({
      ok: true,
      tally: { stories: 4, placed: 4, right: 1, attitudeMisreads: 2, patronageMisreads: 2 },
    });
  });

  it('counts a round in progress', () => {
    const result = tallyPlacements(stories, [
      { story: 'hostage', cell: 'spurious' },
      { story: 'far-away', cell: 'no-loyalty' },
    ]);
    // far-away (high, low) in none (low, low): attitude misread only.
    expect(result).toEqual({
      ok: true,
      tally: { stories: 4, placed: 2, right: 1, attitudeMisreads: 1, patronageMisreads: 0 },
    });
  });

  it('starts empty', () => {
    expect(tallyPlacements(stories, [])).toEqual({
      ok: true,
      tally: { stories: 4, placed: 0, right: 0, attitudeMisreads: 0, patronageMisreads: 0 },
    });
  });

  it('names a story it does not know, a cell that does not exist and a story placed twice', () => {
    expect(tallyPlacements(stories, [{ story: 'ghost', cell: 'latent' }])).toEqual({
      ok: false,
      problem: { kind: 'unknownStory', story: 'ghost' },
    });
    expect(tallyPlacements(stories, [{ story: 'fan', cell: 'loyal-ish' }])).toEqual({
      ok: false,
      problem: { kind: 'notACell', story: 'fan', cell: 'loyal-ish' },
    });
    expect(
      tallyPlacements(stories, [
        { story: 'fan', cell: 'latent' },
        { story: 'fan', cell: 'true-loyalty' },
      ]),
    ).toEqual({ ok: false, problem: { kind: 'placedTwice', story: 'fan' } });
  });
});

describe('the tally on any placements', () => {
  const cell = fc.constantFrom(...loyaltyCells);
  const storyList = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }), cell }), {
    minLength: 1,
    maxLength: 16,
    selector: (story) => story.id,
  });

  it('stays in range and adds up, whatever cells a learner picks', () => {
    fc.assert(
      fc.property(
        storyList.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc
              .subarray(list)
              .chain((placed) => fc.tuple(...placed.map((story) => cell.map((c) => ({ story: story.id, cell: c }))))),
          ),
        ),
        ([list, placements]) => {
          const result = tallyPlacements(list, placements);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const { stories: total, placed, right, attitudeMisreads, patronageMisreads } = result.tally;
          const wrong = placed - right;
          expect(total).toBe(list.length);
          expect(placed).toBe(placements.length);
          expect(right).toBeGreaterThanOrEqual(0);
          expect(right).toBeLessThanOrEqual(placed);
          expect(attitudeMisreads).toBeLessThanOrEqual(wrong);
          expect(patronageMisreads).toBeLessThanOrEqual(wrong);
          // Every wrong placement misreads at least one axis, and none misreads more than two.
          expect(attitudeMisreads + patronageMisreads).toBeGreaterThanOrEqual(wrong);
          expect(attitudeMisreads + patronageMisreads).toBeLessThanOrEqual(2 * wrong);
          // Placing each story in its own cell is all right.
          const perfect = tallyPlacements(
            list,
            list.map((story) => ({ story: story.id, cell: story.cell })),
          );
          expect(perfect.ok && perfect.tally.right).toBe(list.length);
        },
      ),
    );
  });

  it('answers anything at all with a tally or a problem, never an exception', () => {
    fc.assert(
      fc.property(storyList, fc.array(fc.record({ story: fc.string(), cell: fc.string() })), (list, placements) => {
        const result = tallyPlacements(list, placements);
        if (result.ok) expect(result.tally.placed).toBe(placements.length);
        else expect(['unknownStory', 'notACell', 'placedTwice']).toContain(result.problem.kind);
      }),
    );
  });
});
