/**
 * A customer story in one language, as the page hands it to the loyalty matrix (the other
 * language's text never reaches the browser).
 */
import type { Locale } from '../../i18n/locales.ts';
import type { LoyaltyStory } from '../../schemas/loyaltyStories.ts';
import type { LoyaltyCell } from './loyaltyCells.ts';

export interface StoryView {
  id: string;
  cell: LoyaltyCell;
  title: string;
  story: string;
  attitude: string;
  patronage: string;
  action: string;
}

export function localizeStory(story: LoyaltyStory, locale: Locale): StoryView {
  return {
    id: story.id,
    cell: story.cell,
    title: story.title[locale],
    story: story.story[locale],
    attitude: story.attitude[locale],
    patronage: story.patronage[locale],
    action: story.action[locale],
  };
}
