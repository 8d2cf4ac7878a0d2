/**
 * One card: its words, then either its choice of category (a select labelled with the card's
 * number and described by its words) or, once checked, the verdict in words and a symbol (never
 * colour alone), how far off on an ordered set, and why it belongs where it does.
 */
import type { CardSortExerciseStrings, CardSortStrings } from '../../i18n/types.ts';
import type { CardView, CategoryView } from '../../lib/card-sort/cardSortView.ts';
import type { CardGrade } from '../../lib/card-sort/gradeSort.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';

interface Props {
  id: string;
  /** Its place in the deal, from 1, formatted. */
  n: string;
  card: CardView;
  categories: CategoryView[];
  names: Record<string, string>;
  placed: string | undefined;
  /** Placed right at an earlier check, and kept by "try again". */
  kept: boolean;
  /** After a check: its grade, or 'unplaced'; before one, undefined. */
  grade: CardGrade | 'unplaced' | undefined;
  count: (value: number) => string;
  strings: CardSortStrings['common'];
  exerciseStrings: CardSortExerciseStrings;
  onPlace: (card: string, category: string) => void;
}

export function SortCard({
  id,
  n,
  card,
  categories,
  names,
  placed,
  kept,
  grade,
  count,
  strings,
  exerciseStrings,
  onPlace,
}: Props) {
  const why = (
    <p class="cs-why">
      <strong>{strings.why}</strong>
      {card.why}
    </p>
  );
  let body;
  if (grade === 'unplaced') body = <p class="cs-verdict cs-unplaced">{strings.unplaced}</p>;
  else if (grade) {
    // A distance of one step is said in words in every language ("one rung", 一级), so `one` is
    // chosen by the number itself, not by the language's plural rules (Chinese has no singular).
    const steps = Math.abs(grade.offBy ?? 0);
    const forms = (grade.offBy ?? 0) > 0 ? exerciseStrings.off.higher : exerciseStrings.off.lower;
    const off = steps === 0 ? '' : steps === 1 ? forms.one : fillTemplate(forms.other, { n: count(steps) });
    body = (
      <>
        <p class="cs-verdict">
          {grade.right
            ? fillTemplate(strings.right, { category: names[grade.answer]! })
            : `${fillTemplate(strings.wrong, { placed: names[grade.placed]!, answer: names[grade.answer]! })}${off ? ` ${off}` : ''}`}
        </p>
        {why}
      </>
    );
  } else if (kept)
    body = (
      <>
        <p class="cs-verdict">{fillTemplate(strings.kept, { category: names[card.category]! })}</p>
        {why}
      </>
    );
  else
    body = (
      <p class="cs-choice">
        <label for={`${id}-choice`}>{fillTemplate(strings.placeLabel, { n })}</label>
        <select
          id={`${id}-choice`}
          aria-describedby={`${id}-text`}
          value={placed ?? ''}
          onChange={(event) => onPlace(card.id, event.currentTarget.value)}
        >
          <option value="">{strings.choose}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
      </p>
    );
  const state = grade === 'unplaced' ? 'unplaced' : grade ? (grade.right ? 'right' : 'wrong') : kept ? 'right' : 'open';
  return (
    <li class={`cs-card cs-${state}`} data-card={card.id} data-state={state}>
      <p class="cs-text" id={`${id}-text`}>
        {card.text}
      </p>
      {body}
    </li>
  );
}
