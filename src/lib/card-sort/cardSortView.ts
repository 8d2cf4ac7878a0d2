/**
 * A card sort in one language, as the page hands it to the island (the other language's text never
 * reaches the browser): the categories in display order and the cards in file order, which the
 * island deals afresh for each learner.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { CardSort } from '../../schemas/cardSort.ts';
import type { SortKey } from './sortKey.ts';

export interface CategoryView {
  id: string;
  name: string;
  cue: string;
  next?: string;
}

export interface CardView {
  id: string;
  category: string;
  text: string;
  why: string;
}

export interface CardSortView {
  ordered: boolean;
  intro?: string;
  categories: CategoryView[];
  cards: CardView[];
}

export function localizeCardSort(sort: CardSort, locale: Locale): CardSortView {
  return {
    ordered: sort.ordered,
    ...(sort.intro ? { intro: sort.intro[locale] } : {}),
    categories: sort.categories.map((category) => ({
      id: category.id,
      name: category.name[locale],
      cue: category.cue[locale],
      ...(category.next ? { next: category.next[locale] } : {}),
    })),
    cards: sort.cards.map((card) => ({
      id: card.id,
      category: card.category,
      text: card.text[locale],
      why: card.why[locale],
    })),
  };
}

/** The grading key of a view: category ids in order, and each card's own. */
export function sortKeyOf(view: CardSortView): SortKey {
  return { ordered: view.ordered, categories: view.categories.map((category) => category.id), cards: view.cards };
}
