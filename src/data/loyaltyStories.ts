/** The loyalty matrix's customer stories (content/loyalty-matrix/stories.yaml), for its wrapper to hand the island in one language. */
import { getEntry } from 'astro:content';
import type { LoyaltyStories } from '../schemas/loyaltyStories.ts';

export async function loyaltyStories(): Promise<LoyaltyStories['stories']> {
  const entry = await getEntry('loyaltyStories', 'stories');
  if (!entry)
    throw new Error('content/loyalty-matrix/stories.yaml is missing: the loyalty matrix has no stories to show');
  return entry.data.stories;
}
