/**
 * The matching rule the student tunes: what is standardised before comparing (phone numbers,
 * e-mail addresses, names), the points a matching field earns, and the threshold at which a pair
 * is proposed as one customer. Empty cells never match: two missing e-mails say nothing.
 */
import { cellValue, type CustomerRow } from './customerFields.ts';
import { standardiseEmail } from './emailAddress.ts';
import { standardiseName } from './personName.ts';
import { standardisePhone } from './phoneNumber.ts';
import { pairKey, type PairKey } from './recordPairs.ts';

export interface MatchRule {
  /** Full-width digits made ordinary, spaces, dashes and +86 removed. */
  phone: boolean;
  /** Trimmed and lower-cased. */
  email: boolean;
  /** `exact` as typed, or `standard`: variant characters, accents, nicknames and word order set aside. */
  name: 'exact' | 'standard';
  threshold: number;
}

/** Points per matching field: a phone number or an e-mail identifies a person far better than a name does. */
export const MATCH_POINTS = { phone: 2, email: 2, name: 1 } as const;

export const THRESHOLDS = [1, 2, 3, 4, 5] as const;

export const NAIVE_RULE: MatchRule = { phone: false, email: false, name: 'exact', threshold: 2 };

function compared(rule: MatchRule) {
  return {
    mobile: rule.phone ? standardisePhone : (text: string) => text,
    email: rule.email ? standardiseEmail : (text: string) => text,
    name: rule.name === 'standard' ? standardiseName : (text: string) => text,
  } as const;
}

/** The points a pair of rows earns under the rule. */
export function pairPoints(a: CustomerRow, b: CustomerRow, rule: MatchRule): number {
  const forms = compared(rule);
  const points = { mobile: MATCH_POINTS.phone, email: MATCH_POINTS.email, name: MATCH_POINTS.name };
  let total = 0;
  for (const field of ['mobile', 'email', 'name'] as const) {
    const left = forms[field](cellValue(a, field));
    if (left && left === forms[field](cellValue(b, field))) total += points[field];
  }
  return total;
}

/** Every pair of rows whose points reach the threshold. */
export function proposePairs(rows: readonly CustomerRow[], rule: MatchRule): PairKey[] {
  return rows.flatMap((a, index) =>
    rows
      .slice(index + 1)
      .filter((b) => pairPoints(a, b, rule) >= rule.threshold)
      .map((b) => pairKey(a.id, b.id)),
  );
}
