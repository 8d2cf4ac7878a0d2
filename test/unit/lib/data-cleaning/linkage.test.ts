/**
 * Record linkage on a six-row table worked by hand: the points each pair earns, the pairs a rule
 * proposes, and their precision and recall against the key; then part 1's check of a student's
 * marks. Every expected number is counted in the comments, not taken from the code.
 */
import { describe, expect, it } from 'vitest';
import { linkageScores } from '../../../../src/lib/data-cleaning/linkageScores.ts';
import { gradeMarks } from '../../../../src/lib/data-cleaning/markGrade.ts';
import { NAIVE_RULE, pairPoints, proposePairs, type MatchRule } from '../../../../src/lib/data-cleaning/matchRule.ts';
import { pairKey, pairsWithin } from '../../../../src/lib/data-cleaning/recordPairs.ts';
import { sharedFields } from '../../../../src/lib/data-cleaning/pairEvidence.ts';

// a, b, c are one customer (a cluster of three: pairs ab, ac, bc); d and e are one (pair de);
// f is someone else who happens to share a's e-mail (a family address). Key: 4 pairs.
const rows = [
  { id: 'a', name: '王芳', mobile: '13900001111', email: 'wf@qq.com' },
  { id: 'b', name: '王芳', mobile: '139 0000 1111' },
  { id: 'c', name: '王芳', email: 'fang@163.com' },
  { id: 'd', name: 'Bob Lee', mobile: '13511112222', email: 'bob@qq.com' },
  { id: 'e', name: 'Robert Lee', mobile: '135-1111-2222', email: 'BOB@qq.com' },
  { id: 'f', name: '周敏', mobile: '18600000000', email: 'wf@qq.com' },
];
const key = pairsWithin([
  ['a', 'b', 'c'],
  ['d', 'e'],
]);
const row = (id: string) => rows.find((candidate) => candidate.id === id)!;
const phoneRule: MatchRule = { phone: true, email: false, name: 'exact', threshold: 2 };

describe('pairs', () => {
  it('names a pair the same in either order and lists every pair in a group', () => {
    expect(pairKey('b', 'a')).toBe('a|b');
    expect(key).toEqual(['a|b', 'a|c', 'b|c', 'd|e']);
  });
});

describe('the points rule (phone 2, e-mail 2, name 1)', () => {
  it('scores each pair as worked by hand', () => {
    // ab: numbers equal once spaces go (2) + same name (1) = 3. ac, bc: only the name, 1.
    // de: numbers equal once dashes go (2); e-mails differ in case (exact: 0); names differ (exact: 0) = 2.
    // af: the same e-mail, 2. Every other pair: 0.
    expect(pairPoints(row('a'), row('b'), phoneRule)).toBe(3);
    expect(pairPoints(row('a'), row('c'), phoneRule)).toBe(1);
    expect(pairPoints(row('b'), row('c'), phoneRule)).toBe(1);
    expect(pairPoints(row('d'), row('e'), phoneRule)).toBe(2);
    expect(pairPoints(row('a'), row('f'), phoneRule)).toBe(2);
    expect(pairPoints(row('b'), row('f'), phoneRule)).toBe(0);
  });

  it('adds e-mail and name points once those are standardised', () => {
    // de: phone 2 + e-mail bob@qq.com twice 2 + "lee robert" twice 1 = 5.
    expect(pairPoints(row('d'), row('e'), { phone: true, email: true, name: 'standard', threshold: 2 })).toBe(5);
  });

  it('never counts two empty cells as a match', () => {
    // b and c: no e-mail in b, no number in c; only the name matches.
    expect(pairPoints(row('b'), row('c'), { phone: true, email: true, name: 'standard', threshold: 1 })).toBe(1);
    expect(pairPoints({ id: 'x' }, { id: 'y' }, { phone: true, email: true, name: 'standard', threshold: 1 })).toBe(0);
  });
});

describe('precision and recall against the key', () => {
  it('with phone numbers standardised and a threshold of 2: precision 2/3, recall 2/4', () => {
    // Proposed (points ≥ 2): ab (3), de (2), af (2). TP = ab, de; FP = af; FN = ac, bc.
    const proposed = proposePairs(rows, phoneRule);
    expect(proposed.sort()).toEqual(['a|b', 'a|f', 'd|e']);
    const scores = linkageScores(proposed, key);
    expect(scores.truePositives.sort()).toEqual(['a|b', 'd|e']);
    expect(scores.falsePositives).toEqual(['a|f']);
    expect(scores.falseNegatives.sort()).toEqual(['a|c', 'b|c']);
    expect(scores.precision).toBeCloseTo(2 / 3, 12);
    expect(scores.recall).toBeCloseTo(2 / 4, 12);
  });

  it('with the naive rule: only af is proposed, precision 0/1 and recall 0/4', () => {
    // ab: name only (1); de: 0; af: e-mail (2).
    const scores = linkageScores(proposePairs(rows, NAIVE_RULE), key);
    expect(scores.precision).toBe(0);
    expect(scores.recall).toBe(0);
  });

  it('a threshold of 3 drops the false match and d–e with it: precision 1/1, recall 1/4', () => {
    // ab 3 stays; de 2 and af 2 fall below.
    const scores = linkageScores(proposePairs(rows, { ...phoneRule, threshold: 3 }), key);
    expect(scores.truePositives).toEqual(['a|b']);
    expect(scores.precision).toBe(1);
    expect(scores.recall).toBe(1 / 4);
  });

  it('gives no precision when nothing is proposed and no recall when the key is empty', () => {
    expect(linkageScores([], key)).toMatchObject({ precision: null, recall: 0 });
    expect(linkageScores(['a|b'], [])).toMatchObject({ precision: 0, recall: null });
  });
});

describe('what two rows share', () => {
  it('compares standardised values and skips empty cells', () => {
    expect(sharedFields(row('d'), row('e'))).toEqual(['mobile', 'email', 'name']);
    expect(sharedFields(row('a'), row('f'))).toEqual(['email']);
    expect(sharedFields(row('b'), row('c'))).toEqual(['name']);
  });
});

describe("part 1's check", () => {
  const clusters = [{ rows: ['a', 'b', 'c'] }, { rows: ['d', 'e'] }];

  it('scores found pairs and cells less false marks, out of the key', () => {
    // Groups ab and df: pairs ab (right) and df (wrong); missed ac, bc, de, so both clusters have misses.
    // Cells: c:mobile found, f:email missed, a:name wrongly marked.
    // Score 1 pair + 1 cell − 1 wrong pair − 1 wrong cell = 0, out of 4 pairs + 2 cells = 6.
    const grade = gradeMarks(
      clusters,
      ['c:mobile', 'f:email'],
      [
        ['a', 'b'],
        ['d', 'f'],
      ],
      ['c:mobile', 'a:name'],
    );
    expect(grade.pairs.truePositives).toEqual(['a|b']);
    expect(grade.pairs.falsePositives).toEqual(['d|f']);
    expect(grade.missedClusters).toEqual([0, 1]);
    expect(grade.cells).toEqual({ found: ['c:mobile'], missed: ['f:email'], wrong: ['a:name'] });
    expect(grade.score).toBe(0);
    expect(grade.outOf).toBe(6);
  });

  it('gives full marks for the key exactly, and never less than zero', () => {
    const perfect = gradeMarks(
      clusters,
      ['c:mobile'],
      [
        ['c', 'b', 'a'],
        ['e', 'd'],
      ],
      ['c:mobile'],
    );
    expect(perfect).toMatchObject({ score: 5, outOf: 5, missedClusters: [] });
    // Everything in one group: 15 pairs, 4 right and 11 wrong; no cells. 4 − 11 < 0 → 0.
    const greedy = gradeMarks(clusters, ['c:mobile'], [['a', 'b', 'c', 'd', 'e', 'f']], []);
    expect(greedy.pairs.falsePositives).toHaveLength(11);
    expect(greedy.score).toBe(0);
  });
});
