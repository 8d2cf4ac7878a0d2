/** One card-sort exercise (content/card-sorts/<id>.yaml), for its wrapper to hand the island in one language. */
import { getEntry } from 'astro:content';
import type { CardSort } from '../schemas/cardSort.ts';

export async function cardSort(id: string): Promise<CardSort> {
  const entry = await getEntry('cardSorts', id);
  if (!entry) throw new Error(`content/card-sorts/${id}.yaml is missing: the card sort "${id}" has no cards to show`);
  return entry.data;
}
