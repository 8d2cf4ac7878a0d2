/**
 * The questionnaire's rule, worked by hand: answers score 0–3; repeat patronage is the mean of
 * questions 1–2, relative attitude the mean of questions 3–5; a mean above 1.5 is high. Then
 * properties: every complete set of answers gives a cell that follows the rule, "near the line"
 * agrees with trying every one-step change by brute force, and anything else is a problem.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeBrand, type BrandAnswers } from '../../../../src/lib/loyalty-matrix/brandPlacement.ts';
import { brandQuestions, type BrandQuestionId } from '../../../../src/lib/loyalty-matrix/brandQuestions.ts';
import { cellAt } from '../../../../src/lib/loyalty-matrix/loyaltyCells.ts';

/** Answers in question order: last ten, wallet (patronage); compared, if gone, cheaper rival (attitude). */
const answers = (lastTen: number, wallet: number, compared: number, ifGone: number, cheaperRival: number) => ({
  lastTen,
  wallet,
  compared,
  ifGone,
  cheaperRival,
});

describe('placing a brand, worked by hand', () => {
  it('all top answers: true loyalty, both means 3', () => {
    expect(placeBrand(answers(3, 3, 3, 3, 3))).toEqual({
      ok: true,
      placement: {
        attitude: { mean: 3, level: 'high', nearLine: false },
        patronage: { mean: 3, level: 'high', nearLine: false },
        cell: 'true-loyalty',
      },
    });
  });

  it('all bottom answers: no loyalty, both means 0', () => {
    const result = placeBrand(answers(0, 0, 0, 0, 0));
    expect(result.ok && result.placement.cell).toBe('no-loyalty');
    expect(result.ok && result.placement.attitude.mean).toBe(0);
  });

  it('bought often, liked little: patronage (3 + 2) / 2 = 2.5 high, attitude (1 + 1 + 2) / 3 = 1.33 low → spurious', () => {
    const result = placeBrand(answers(3, 2, 1, 1, 2));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.placement.patronage).toEqual({ mean: 2.5, level: 'high', nearLine: false });
    expect(result.placement.attitude.mean).toBeCloseTo(4 / 3, 12);
    expect(result.placement.attitude.level).toBe('low');
    // Sum 4 of a possible 9: one answer a step higher makes 5 > 4.5, high.
    expect(result.placement.attitude.nearLine).toBe(true);
    expect(result.placement.cell).toBe('spurious');
  });

  it('liked, seldom bought: patronage (1 + 1) / 2 = 1 low, attitude (3 + 3 + 2) / 3 = 2.67 high → latent', () => {
    const result = placeBrand(answers(1, 1, 3, 3, 2));
    expect(result.ok && result.placement.cell).toBe('latent');
    expect(result.ok && result.placement.patronage).toEqual({ mean: 1, level: 'low', nearLine: false });
    expect(result.ok && result.placement.attitude.nearLine).toBe(false);
  });

  it('a mean of exactly 1.5 is low; 5 of 9 (1.67) is high; both one step from the line', () => {
    // Patronage 2 + 1 = 3, mean 1.5: low. Attitude 2 + 2 + 1 = 5, mean 1.67: high. Latent.
    const result = placeBrand(answers(2, 1, 2, 2, 1));
    expect(result).toEqual({
      ok: true,
      placement: {
        attitude: { mean: 5 / 3, level: 'high', nearLine: true },
        patronage: { mean: 1.5, level: 'low', nearLine: true },
        cell: 'latent',
      },
    });
  });

  it('a patronage sum of 4 (mean 2) is high and still one step from the line', () => {
    const result = placeBrand(answers(2, 2, 0, 1, 0));
    expect(result.ok && result.placement.patronage).toEqual({ mean: 2, level: 'high', nearLine: true });
    expect(result.ok && result.placement.cell).toBe('spurious');
  });

  it('lists the questions still to answer, in order', () => {
    expect(placeBrand({})).toEqual({
      ok: false,
      problem: { kind: 'unanswered', questions: ['lastTen', 'wallet', 'compared', 'ifGone', 'cheaperRival'] },
    });
    expect(placeBrand({ lastTen: 3, ifGone: 0, cheaperRival: 1 })).toEqual({
      ok: false,
      problem: { kind: 'unanswered', questions: ['wallet', 'compared'] },
    });
  });

  it('names an answer that is not one of the four', () => {
    for (const bad of [4, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(placeBrand({ ...answers(1, 1, 1, 1, 1), wallet: bad })).toEqual({
        ok: false,
        problem: { kind: 'notAnAnswer', question: 'wallet' },
      });
  });

  it('has two patronage and three attitude questions', () => {
    expect(brandQuestions.filter((q) => q.axis === 'patronage').map((q) => q.id)).toEqual(['lastTen', 'wallet']);
    expect(brandQuestions.filter((q) => q.axis === 'attitude').map((q) => q.id)).toEqual([
      'compared',
      'ifGone',
      'cheaperRival',
    ]);
  });
});

describe('placing a brand from any answers', () => {
  const score = fc.integer({ min: 0, max: 3 });
  const complete = fc.record(
    Object.fromEntries(brandQuestions.map(({ id }) => [id, score])) as Record<BrandQuestionId, fc.Arbitrary<number>>,
  );
  /** The level the rule gives an axis, from the answers as written out in the rule. */
  const levelOf = (scores: number[]) =>
    scores.reduce((sum, value) => sum + value, 0) / scores.length > 1.5 ? 'high' : 'low';
  const axisScores = (given: BrandAnswers, axis: 'attitude' | 'patronage') =>
    brandQuestions.filter((q) => q.axis === axis).map(({ id }) => given[id]!);

  it('always gives a cell that follows the stated rule, with means between 0 and 3', () => {
    fc.assert(
      fc.property(complete, (given) => {
        const result = placeBrand(given);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const { attitude, patronage, cell } = result.placement;
        for (const reading of [attitude, patronage]) {
          expect(Number.isFinite(reading.mean)).toBe(true);
          expect(reading.mean).toBeGreaterThanOrEqual(0);
          expect(reading.mean).toBeLessThanOrEqual(3);
        }
        expect(attitude.level).toBe(levelOf(axisScores(given, 'attitude')));
        expect(patronage.level).toBe(levelOf(axisScores(given, 'patronage')));
        expect(cell).toBe(cellAt(attitude.level, patronage.level));
      }),
    );
  });

  it('is near the line exactly when some single answer one step up or down would change the level', () => {
    fc.assert(
      fc.property(complete, (given) => {
        const result = placeBrand(given);
        if (!result.ok) throw new Error('complete answers were refused');
        for (const axis of ['attitude', 'patronage'] as const) {
          const flips = brandQuestions
            .filter((q) => q.axis === axis)
            .some(({ id }) =>
              [-1, 1].some((step) => {
                const moved = given[id] + step;
                if (moved < 0 || moved > 3) return false;
                const changed = placeBrand({ ...given, [id]: moved });
                return changed.ok && changed.placement[axis].level !== result.placement[axis].level;
              }),
            );
          expect(result.placement[axis].nearLine).toBe(flips);
        }
      }),
    );
  });

  it('never lowers a level when an answer goes up', () => {
    fc.assert(
      fc.property(complete, fc.constantFrom(...brandQuestions.map((q) => q.id)), (given, id) => {
        fc.pre(given[id] < 3);
        const before = placeBrand(given);
        const after = placeBrand({ ...given, [id]: given[id] + 1 });
        if (!before.ok || !after.ok) throw new Error('complete answers were refused');
        for (const axis of ['attitude', 'patronage'] as const)
          if (before.placement[axis].level === 'high') expect(after.placement[axis].level).toBe('high');
      }),
    );
  });

  it('answers anything else with a problem, never an exception', () => {
    const anyAnswers = fc.dictionary(
      fc.constantFrom(...brandQuestions.map((q) => q.id), 'other'),
      fc.oneof(score, fc.double(), fc.integer()),
    ) as fc.Arbitrary<BrandAnswers>;
    fc.assert(
      fc.property(anyAnswers, (given) => {
        const result = placeBrand(given);
        const valid = brandQuestions.every(
          ({ id }) => Number.isInteger(given[id]) && given[id]! >= 0 && given[id]! <= 3,
        );
        expect(result.ok).toBe(valid);
        if (!result.ok) expect(['unanswered', 'notAnAnswer']).toContain(result.problem.kind);
      }),
    );
  });
});
