/**
 * The loyalty index against the chapter's hand-worked scorecard (content/chapters/en/05-loyalty.mdx,
 * "A weighted loyalty index"): A 1.00 + 0.80 + 0.20 + 0.50 + 0.30 + 0.30 + 0.20 = 3.30 and
 * B 0.60 + 0.60 + 0.50 + 0.40 + 0.60 + 0.75 + 0.50 = 3.95; and exercise 2 in its teaching notes:
 * A = 1.5 + 1.2 + 0.08 × (2 + 5 + 2 + 2 + 2) = 3.74, B = 0.9 + 0.9 + 0.08 × (5 + 4 + 4 + 5 + 5) = 3.64.
 * Inputs are written out here in the chapter's table order, not taken from the presets.
 */
import { describe, expect, it } from 'vitest';
import { loyaltyGap } from '../../../../src/lib/loyalty-scorecard/loyaltyGap.ts';
import { loyaltyIndex } from '../../../../src/lib/loyalty-scorecard/loyaltyIndex.ts';
import {
  loyaltyMeasures,
  measureLeaning,
  type PerMeasure,
} from '../../../../src/lib/loyalty-scorecard/loyaltyMeasures.ts';
import { weightTotal, weightsProblem } from '../../../../src/lib/loyalty-scorecard/weightTotal.ts';
import { scorecardColumn, scorecardFields } from '../../../../src/schemas/loyaltyScorecard.ts';
import { behaviourWeighted, chapterExample } from '../../../../src/schemas/loyaltyScorecardPresets.ts';

/** Repeat purchases, share of wallet, attention, choice time, price sensitivity, competitors, incidents. */
const perMeasure = (values: number[]): PerMeasure =>
  Object.fromEntries(loyaltyMeasures.map((measure, index) => [measure, values[index]])) as PerMeasure;

const chapterWeights = perMeasure([0.2, 0.2, 0.1, 0.1, 0.15, 0.15, 0.1]);
const exerciseWeights = perMeasure([0.3, 0.3, 0.08, 0.08, 0.08, 0.08, 0.08]);
const ratingsA = perMeasure([5, 4, 2, 5, 2, 2, 2]);
const ratingsB = perMeasure([3, 3, 5, 4, 4, 5, 5]);

describe('the seven measures', () => {
  it('follow the chapter’s scorecard table, three leaning to behaviour and four to attitude', () => {
    expect(loyaltyMeasures).toEqual([
      'repeatPurchases',
      'shareOfWallet',
      'brandAttention',
      'choiceTime',
      'priceSensitivity',
      'competitorAttitude',
      'incidentTolerance',
    ]);
    expect(loyaltyMeasures.map(measureLeaning)).toEqual([
      'behaviour',
      'behaviour',
      'attitude',
      'behaviour',
      'attitude',
      'attitude',
      'attitude',
    ]);
  });
});

describe('loyaltyIndex with the chapter’s weights', () => {
  const a = loyaltyIndex(chapterWeights, ratingsA);
  const b = loyaltyIndex(chapterWeights, ratingsB);

  it('gives A 3.30 and B 3.95, measure by measure as the chapter works them', () => {
    expect(a.index).toBeCloseTo(3.3, 12);
    expect(b.index).toBeCloseTo(3.95, 12);
    const contributionsA = loyaltyMeasures.map((measure) => a.contributions[measure]);
    const contributionsB = loyaltyMeasures.map((measure) => b.contributions[measure]);
    [1.0, 0.8, 0.2, 0.5, 0.3, 0.3, 0.2].forEach((value, index) => expect(contributionsA[index]).toBeCloseTo(value, 12));
    [0.6, 0.6, 0.5, 0.4, 0.6, 0.75, 0.5].forEach((value, index) =>
      expect(contributionsB[index]).toBeCloseTo(value, 12),
    );
  });

  it('splits A into behaviour 1.00 + 0.80 + 0.50 = 2.30 and attitude 0.20 + 0.30 + 0.30 + 0.20 = 1.00', () => {
    expect(a.byLeaning.behaviour).toBeCloseTo(2.3, 12);
    expect(a.byLeaning.attitude).toBeCloseTo(1.0, 12);
    // B: 0.60 + 0.60 + 0.40 = 1.60 and 0.50 + 0.60 + 0.75 + 0.50 = 2.35.
    expect(b.byLeaning.behaviour).toBeCloseTo(1.6, 12);
    expect(b.byLeaning.attitude).toBeCloseTo(2.35, 12);
  });

  it('finds B ahead by 0.65 on the four attitudinal measures, A on the three behavioural ones', () => {
    const gap = loyaltyGap(a, b);
    expect(gap.leader).toBe('b');
    expect(gap.gap).toBeCloseTo(0.65, 12);
    // Competitors 0.15 × 3 = 0.45; attention, price and incidents 0.30 each, in the chapter's order.
    expect(gap.ahead.b.map(({ measure }) => measure)).toEqual([
      'competitorAttitude',
      'brandAttention',
      'priceSensitivity',
      'incidentTolerance',
    ]);
    [0.45, 0.3, 0.3, 0.3].forEach((value, index) => expect(gap.ahead.b[index]!.gap).toBeCloseTo(value, 12));
    // Repeat purchases 0.20 × 2 = 0.40, share of wallet 0.20 × 1, choice time 0.10 × 1.
    expect(gap.ahead.a.map(({ measure }) => measure)).toEqual(['repeatPurchases', 'shareOfWallet', 'choiceTime']);
    [0.4, 0.2, 0.1].forEach((value, index) => expect(gap.ahead.a[index]!.gap).toBeCloseTo(value, 12));
  });
});

describe('loyaltyIndex with exercise 2’s weights (30 %, 30 %, 8 % for the rest)', () => {
  const a = loyaltyIndex(exerciseWeights, ratingsA);
  const b = loyaltyIndex(exerciseWeights, ratingsB);

  it('gives A 3.74 and B 3.64: the ranking flips', () => {
    expect(a.index).toBeCloseTo(3.74, 12);
    expect(b.index).toBeCloseTo(3.64, 12);
    const gap = loyaltyGap(a, b);
    expect(gap.leader).toBe('a');
    expect(gap.gap).toBeCloseTo(0.1, 12);
  });

  it('puts A ahead on repeat purchases (0.60), share of wallet (0.30) and choice time (0.08)', () => {
    const { ahead } = loyaltyGap(a, b);
    expect(ahead.a.map(({ measure }) => measure)).toEqual(['repeatPurchases', 'shareOfWallet', 'choiceTime']);
    [0.6, 0.3, 0.08].forEach((value, index) => expect(ahead.a[index]!.gap).toBeCloseTo(value, 12));
    // 0.08 × 3 for attention, competitors and incidents, 0.08 × 2 for price.
    expect(ahead.b.map(({ measure }) => measure)).toEqual([
      'brandAttention',
      'competitorAttitude',
      'incidentTolerance',
      'priceSensitivity',
    ]);
    [0.24, 0.24, 0.24, 0.16].forEach((value, index) => expect(ahead.b[index]!.gap).toBeCloseTo(value, 12));
  });
});

describe('loyaltyGap at the edge of what the page shows', () => {
  it('calls indices equal when they agree to two decimals, and names no measure whose gap shows as 0.00', () => {
    const a = loyaltyIndex(chapterWeights, ratingsA);
    expect(loyaltyGap(a, a)).toEqual({ leader: null, gap: 0, ahead: { a: [], b: [] } });
    // 0.10 × 0.04 = 0.004: shown 3.30 against 3.30.
    const nudged = loyaltyIndex(chapterWeights, { ...ratingsA, incidentTolerance: 2.04 });
    expect(loyaltyGap(nudged, a)).toEqual({ leader: null, gap: 0, ahead: { a: [], b: [] } });
    // 0.10 × 0.2 = 0.02: shown 3.32 against 3.30.
    const raised = loyaltyIndex(chapterWeights, { ...ratingsA, incidentTolerance: 2.2 });
    const gap = loyaltyGap(raised, a);
    expect(gap.leader).toBe('a');
    expect(gap.gap).toBeCloseTo(0.02, 12);
    expect(gap.ahead.a.map(({ measure }) => measure)).toEqual(['incidentTolerance']);
  });
});

describe('weights adding up to 100 %', () => {
  it('accepts the chapter’s and the exercise’s weights despite binary fractions', () => {
    expect(weightTotal(chapterWeights)).toBeCloseTo(1, 12);
    expect(weightsProblem(chapterWeights)).toBeNull();
    expect(weightsProblem(exerciseWeights)).toBeNull();
  });

  it('refuses 97 % and 103 %, and says what they add up to', () => {
    const short = { ...chapterWeights, incidentTolerance: 0.07 };
    expect(weightsProblem(short)?.code).toBe('weightsNot100');
    expect(weightsProblem(short)?.total).toBeCloseTo(0.97, 12);
    expect(weightsProblem({ ...chapterWeights, incidentTolerance: 0.13 })?.total).toBeCloseTo(1.03, 12);
  });

  it('totals only the weights given, for the running total while some box is unreadable', () => {
    expect(weightTotal({ repeatPurchases: 0.2, shareOfWallet: 0.35 })).toBeCloseTo(0.55, 12);
  });
});

describe('the presets', () => {
  it('are the chapter’s table and exercise 2, box by box', () => {
    expect(scorecardColumn(chapterExample, 'weight')).toEqual(chapterWeights);
    expect(scorecardColumn(chapterExample, 'a')).toEqual(ratingsA);
    expect(scorecardColumn(chapterExample, 'b')).toEqual(ratingsB);
    expect(scorecardColumn(behaviourWeighted, 'weight')).toEqual(exerciseWeights);
    expect(scorecardColumn(behaviourWeighted, 'a')).toEqual(ratingsA);
    expect(Object.keys(chapterExample).sort()).toEqual(Object.keys(scorecardFields).sort());
  });

  it('describe weights in percent up to 100 % and ratings on the chapter’s 1–5 scale', () => {
    expect(scorecardFields['weight-choiceTime']).toEqual({ min: 0, max: 1, percent: true });
    expect(scorecardFields['a-choiceTime']).toEqual({ min: 1, max: 5 });
    expect(Object.keys(scorecardFields)).toHaveLength(21);
  });
});
