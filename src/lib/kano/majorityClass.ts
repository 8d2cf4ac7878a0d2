/**
 * A feature's class from its tally: the class most respondents' pairs fell into, ties broken by
 * the evaluation rule M > O > A > I (Matzler et al. 1996; R, then Q, after them), and a flag when
 * the lead over the runner-up is too small to trust. "Too small" is Fong's test (Fong 1996, Center
 * for Quality of Management Journal 5): the two largest counts a and b of n pairs are not told
 * apart when |a − b| < 1.65·√((a + b)(2n − a − b) / 2n), 1.65 being the z value of the test.
 * Unlike a fixed gap in percentage points (Lee & Newcomb's 1997 "category strength"), the test
 * allows for how few respondents there were.
 */
import { kanoClasses, type KanoClass } from './kanoAnswers.ts';
import { tallyProblem, tallyTotal, type KanoTally, type TallyProblem } from './kanoTally.ts';

export interface MajorityClass {
  kanoClass: KanoClass;
  /** The second most frequent class, when any other class has a pair at all. */
  runnerUp: KanoClass | null;
  /** Fong's test cannot tell the class from the runner-up. */
  close: boolean;
  /** Answer pairs counted. */
  total: number;
}

export type MajorityReading = { ok: true; majority: MajorityClass } | { ok: false; problem: TallyProblem };

export function majorityClass(tally: KanoTally): MajorityReading {
  const problem = tallyProblem(tally);
  if (problem) return { ok: false, problem };
  // A stable sort keeps the M > O > A > I > R > Q order among equal counts.
  const [first, second] = [...kanoClasses].sort((x, y) => tally[y] - tally[x]);
  const a = tally[first!];
  const b = tally[second!];
  const n = tallyTotal(tally);
  return {
    ok: true,
    majority: {
      kanoClass: first!,
      runnerUp: b > 0 ? second! : null,
      close: Math.abs(a - b) < 1.65 * Math.sqrt(((a + b) * (2 * n - a - b)) / (2 * n)),
      total: n,
    },
  };
}
