/**
 * Pairs of rows, the unit record linkage is scored in: a cluster of three rows that are one
 * customer holds three duplicate pairs. A pair is named by its two ids in sorted order, so
 * (a, b) and (b, a) are one pair.
 */
export type PairKey = string;

export function pairKey(a: string, b: string): PairKey {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function pairIds(key: PairKey): [string, string] {
  const [a = '', b = ''] = key.split('|');
  return [a, b];
}

/** Every pair inside each group of ids (a group of n holds n(n − 1)/2 pairs). */
export function pairsWithin(groups: readonly (readonly string[])[]): PairKey[] {
  return groups.flatMap((group) => group.flatMap((a, index) => group.slice(index + 1).map((b) => pairKey(a, b))));
}
