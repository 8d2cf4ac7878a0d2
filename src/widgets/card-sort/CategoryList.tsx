/**
 * The categories to sort into, each with its cue and, once all its cards are placed right, its
 * `next` (how to move a customer up, a bond's limit, what to do at a stage). An ordered set is an
 * ordered list drawn as a ladder or timeline; a ladder reads top rung first, as a ladder stands
 * (its numbers count down from the top), a timeline earliest first.
 */
import type { CardSortView } from '../../lib/card-sort/cardSortView.ts';

interface Props {
  id: string;
  sort: CardSortView;
  /** Categories whose cards are all placed right. */
  complete: Set<string>;
  heading: string;
  nextLabel: string;
  cueLabel: string;
  /** A ladder: the highest category on top. */
  highestFirst: boolean;
}

export function CategoryList({ id, sort, complete, heading, nextLabel, cueLabel, highestFirst }: Props) {
  const reversed = sort.ordered && highestFirst;
  const categories = reversed ? [...sort.categories].reverse() : sort.categories;
  const items = categories.map((category) => (
    <li key={category.id} data-category={category.id} class={complete.has(category.id) ? 'cs-complete' : undefined}>
      <p class="cs-category-name">{category.name}</p>
      <p class="cs-cue">
        <span class="sr-only">{cueLabel}</span>
        {category.cue}
      </p>
      {category.next && complete.has(category.id) && (
        <p class="cs-next">
          <strong>{nextLabel}</strong>
          {category.next}
        </p>
      )}
    </li>
  ));
  return (
    <section class="cs-categories" aria-labelledby={`${id}-categories`}>
      <h4 id={`${id}-categories`}>{heading}</h4>
      {sort.ordered ? (
        <ol class={reversed ? 'cs-ordered cs-ladder' : 'cs-ordered'} reversed={reversed}>
          {items}
        </ol>
      ) : (
        <ul class="cs-groups">{items}</ul>
      )}
    </section>
  );
}
