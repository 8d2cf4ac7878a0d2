/**
 * The NPS calculator's count fields (chapter 4): respondents in each group of one sample, whole
 * and not negative; the same description serves sample A and sample B. The examples are two
 * branches surveyed 80 times each, chosen so that the gap looks large and is not significant.
 */
import type { NpsCounts } from '../lib/nps/npsGroups.ts';
import { numberField } from './numberField.ts';

const count = numberField({ min: 0, max: 1_000_000, whole: true });

export const npsCountFields = { promoters: count, passives: count, detractors: count };

/** 42 − 16 of 80: NPS = 52.5 % − 20 % = +32.5 (the "+32": with 80 respondents NPS moves in steps of 1.25). */
export const npsExampleA: NpsCounts = { promoters: 42, passives: 22, detractors: 16 };

/** 36 − 20 of 80: NPS = 45 % − 25 % = +20. */
export const npsExampleB: NpsCounts = { promoters: 36, passives: 24, detractors: 20 };

/** A sample nobody answered has no score: the form keeps its last valid counts meanwhile. */
export function noRespondents(counts: NpsCounts): 'noRespondents' | null {
  return counts.promoters + counts.passives + counts.detractors === 0 ? 'noRespondents' : null;
}
