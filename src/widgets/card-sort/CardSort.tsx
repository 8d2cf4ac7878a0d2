/**
 * Card-sort island, one for every exercise that sorts short cards into categories (chapter 1's
 * customer ladder, chapter 2's bond levels and relationship stages): the cards in the learner's own
 * order, each with a choice of category (a native select: keyboard, tap and screen reader alike);
 * Check grades every placed card at once, says right or wrong in words and a symbol, how far off on
 * an ordered set, and why; Try again keeps the right ones. The categories are listed beside, as a
 * ladder or timeline when ordered, each showing its `next` once its cards are all right. Grading
 * lives in src/lib/card-sort/, the cards in content/card-sorts/. Placements are not saved.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CardSortExerciseStrings, CardSortStrings, FormStrings } from '../../i18n/types.ts';
import { sortKeyOf, type CardSortView } from '../../lib/card-sort/cardSortView.ts';
import { dealCards } from '../../lib/card-sort/dealCards.ts';
import { categoriesAllRight, gradeSort, keepRight, type SortGrade } from '../../lib/card-sort/gradeSort.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { numberFormats } from '../../lib/text/numberFormats.ts';
import type { WidgetId } from '../registry.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { useLearnerSeed } from '../shared/useLearnerSeed.ts';
import { useTriedMark } from '../shared/useTriedMark.ts';
import { WidgetBody } from '../shared/WidgetBody.tsx';
import { CategoryList } from './CategoryList.tsx';
import { SortCard } from './SortCard.tsx';

interface Props {
  /** The exercise's id (its content file's name): element ids and the deal hang off it. */
  exercise: string;
  widget: WidgetId;
  sort: CardSortView;
  languageTag: string;
  strings: CardSortStrings['common'];
  exerciseStrings: CardSortExerciseStrings;
  formStrings: FormStrings;
  /** The chapter it is embedded in, for "exercises tried" on the progress page. */
  chapter: string;
  /** Draw an ordered set as a ladder, top rung first (else earliest first, as a timeline). */
  highestFirst?: boolean;
}

export default function CardSort({
  exercise,
  widget,
  sort,
  languageTag,
  strings,
  exerciseStrings,
  formStrings,
  chapter,
  highestFirst = false,
}: Props) {
  const count = useMemo(() => numberFormats(languageTag).count, [languageTag]);
  const seed = useLearnerSeed();
  const cards = useMemo(() => dealCards(sort.cards, seed, exercise), [sort.cards, seed, exercise]);
  const key = useMemo(() => sortKeyOf(sort), [sort]);
  const [placements, setPlacements] = useState<Record<string, string>>({});
  /** Placements kept right from an earlier check: shown as right, no longer to choose. */
  const [kept, setKept] = useState<Record<string, string>>({});
  const [grade, setGrade] = useState<SortGrade | null>(null);
  const [problem, setProblem] = useState('');
  const [markTried, triedNotSaved] = useTriedMark(chapter, widget);
  const [focus, setFocus] = useState<'summary' | 'first-open' | undefined>(undefined);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const id = `cs-${exercise}`;

  // A layout effect: focus moves in the same task as the render, before a fast next keystroke.
  useLayoutEffect(() => {
    if (!focus) return;
    if (focus === 'summary') summaryRef.current?.focus();
    else listRef.current?.querySelector('select')?.focus();
    setFocus(undefined);
  }, [focus]);

  const place = (card: string, category: string) => {
    const next = { ...placements };
    if (category) next[card] = category;
    else delete next[card];
    setPlacements(next);
    setProblem('');
    markTried();
  };

  const check = () => {
    const result = gradeSort(key, placements);
    if (!result.ok) return;
    if (result.grade.placed === 0) {
      setProblem(strings.nonePlaced);
      return;
    }
    setGrade(result.grade);
    setFocus('summary');
  };

  const tryAgain = () => {
    if (!grade) return;
    const right = keepRight(placements, grade);
    setKept(right);
    setPlacements(right);
    setGrade(null);
    setFocus('first-open');
  };

  const names = Object.fromEntries(sort.categories.map((category) => [category.id, category.name]));
  let summary = '';
  if (grade) {
    const wrong = grade.placed - grade.right;
    const unplaced = grade.cards - grade.placed;
    summary = [
      fillTemplate(strings.summary, { right: count(grade.right), total: count(grade.cards) }),
      wrong > 0 ? fillTemplate(strings.wrongCount, { n: count(wrong) }) : '',
      unplaced > 0 ? fillTemplate(strings.unplacedCount, { n: count(unplaced) }) : '',
      grade.right === grade.cards ? strings.allRight : strings.tryAgainHint,
    ]
      .filter(Boolean)
      .join(' ');
  }
  const complete = new Set(grade ? categoriesAllRight(key, grade) : []);
  const grades = new Map(grade?.grades.map((card) => [card.card, card]));

  return (
    <WidgetBody
      class="card-sort"
      loadingText={formStrings.loading}
      notSavedText={triedNotSaved ? formStrings.triedNotSaved : undefined}
    >
      <p class="widget-intro">{exerciseStrings.intro}</p>
      {sort.intro && <p class="cs-situation">{sort.intro}</p>}
      <div class="cs-layout">
        <CategoryList
          id={id}
          sort={sort}
          complete={complete}
          heading={exerciseStrings.categoriesHeading}
          nextLabel={exerciseStrings.nextLabel}
          cueLabel={strings.cue}
          highestFirst={highestFirst}
        />
        <ol class="cs-cards" ref={listRef}>
          {cards.map((card, n) => (
            <SortCard
              key={card.id}
              id={`${id}-${card.id}`}
              n={count(n + 1)}
              card={card}
              categories={sort.categories}
              names={names}
              placed={placements[card.id]}
              kept={Object.hasOwn(kept, card.id)}
              grade={grade ? (grades.get(card.id) ?? 'unplaced') : undefined}
              count={count}
              strings={strings}
              exerciseStrings={exerciseStrings}
              onPlace={place}
            />
          ))}
        </ol>
      </div>
      {(summary || problem) && (
        <p class={problem ? 'field-problem' : 'widget-result'} tabIndex={-1} ref={summaryRef} data-testid="cs-summary">
          {summary || problem}
        </p>
      )}
      <div class="cs-actions">
        {!grade ? (
          <button type="button" id={`${id}-check`} class="button" onClick={check}>
            {strings.check}
          </button>
        ) : (
          grade.right < grade.cards && (
            <button type="button" id={`${id}-try-again`} class="button" onClick={tryAgain}>
              {strings.tryAgain}
            </button>
          )
        )}
      </div>
      <LiveRegion message={summary || problem} />
    </WidgetBody>
  );
}
