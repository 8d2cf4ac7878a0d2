/**
 * Loyalty matrix island: customer stories dealt one at a time in the learner's own order, each
 * placed in a cell of Dick and Basu's matrix by one press of a button (keyboard or tap), then
 * explained; a tally of right placements and of which axis the misplacements misread; the matrix
 * with every placed story; and, loaded only when asked for, a questionnaire that places a brand
 * of the learner's own. Grading and the questionnaire's rule live in src/lib/loyalty-matrix/, the
 * stories in content/loyalty-matrix/stories.yaml. Placements are not saved: a reload starts over.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FormStrings, LoyaltyMatrixStrings } from '../../i18n/types.ts';
import { dealStories } from '../../lib/loyalty-matrix/dealStories.ts';
import type { LoyaltyCell } from '../../lib/loyalty-matrix/loyaltyCells.ts';
import { tallyPlacements } from '../../lib/loyalty-matrix/placementGrade.ts';
import type { StoryView } from '../../lib/loyalty-matrix/storyView.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { numberFormats } from '../../lib/text/numberFormats.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { useLazyModule } from '../shared/useLazyModule.ts';
import { useLearnerSeed } from '../shared/useLearnerSeed.ts';
import { useTriedMark } from '../shared/useTriedMark.ts';
import { WidgetBody } from '../shared/WidgetBody.tsx';
import { MatrixGrid, type BrandMark, type Placement } from './MatrixGrid.tsx';
import { StoryCard } from './StoryCard.tsx';

interface Props {
  stories: StoryView[];
  languageTag: string;
  strings: LoyaltyMatrixStrings;
  formStrings: FormStrings;
  /** The chapter it is embedded in, for "exercises tried" on the progress page. */
  chapter: string;
}

const loadQuestionnaire = () => import('./BrandQuestionnaire.tsx');

export default function LoyaltyMatrix({ stories, languageTag, strings, formStrings, chapter }: Props) {
  const formats = useMemo(() => numberFormats(languageTag), [languageTag]);
  const seed = useLearnerSeed();
  const [round, setRound] = useState(0);
  const dealt = useMemo(() => dealStories(stories, seed, round), [stories, seed, round]);
  const [placements, setPlacements] = useState<Placement[]>([]);
  /** The dealt story on show: the next to place, or the one whose feedback is being read. */
  const [shown, setShown] = useState(0);
  const [brandOpen, setBrandOpen] = useState(false);
  const [brand, setBrand] = useState<BrandMark | null>(null);
  const questionnaire = useLazyModule(loadQuestionnaire, brandOpen);
  const [markTried, triedNotSaved] = useTriedMark(chapter, 'LoyaltyMatrix');
  const [focus, setFocus] = useState<'story' | 'feedback' | undefined>(undefined);
  const storyRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);

  // A layout effect: focus moves in the same task as the render, before a fast next keystroke.
  useLayoutEffect(() => {
    if (!focus) return;
    (focus === 'story' ? storyRef : feedbackRef).current?.focus();
    setFocus(undefined);
  }, [focus]);

  const story = dealt[shown]!;
  const placed = placements.find((placement) => placement.story === story.id);
  const result = tallyPlacements(stories, placements);
  const tally = result.ok ? result.tally : null;
  const count = formats.count;
  let status = '';
  if (tally && tally.placed > 0) {
    const wrong = tally.placed - tally.right;
    status =
      tally.placed < tally.stories
        ? fillTemplate(strings.tally, {
            placed: count(tally.placed),
            total: count(tally.stories),
            right: count(tally.right),
          })
        : fillTemplate(strings.done, { total: count(tally.stories), right: count(tally.right) }) +
          (wrong > 0
            ? ' ' +
              fillTemplate(strings.misreads, {
                wrong: count(wrong),
                attitude: count(tally.attitudeMisreads),
                patronage: count(tally.patronageMisreads),
              })
            : '');
  }

  const place = (cell: LoyaltyCell) => {
    if (placed) return;
    setPlacements([...placements, { story: story.id, cell }]);
    setFocus('feedback');
    markTried();
  };

  const showStory = (index: number) => {
    setShown(index);
    setFocus('story');
  };

  return (
    <WidgetBody
      class="loyalty-matrix"
      loadingText={formStrings.loading}
      notSavedText={triedNotSaved ? formStrings.triedNotSaved : undefined}
    >
      <p class="widget-intro">{fillTemplate(strings.intro, { n: count(stories.length) })}</p>
      <StoryCard
        story={story}
        n={shown + 1}
        total={dealt.length}
        placed={placed?.cell}
        strings={strings}
        count={count}
        storyRef={storyRef}
        feedbackRef={feedbackRef}
        onPlace={place}
        onNext={shown + 1 < dealt.length ? () => showStory(shown + 1) : undefined}
      />
      {status && (
        <p class="widget-result" data-testid="lm-tally">
          {status}
        </p>
      )}
      <LiveRegion message={status} />
      {placements.length > 0 && (
        <button
          type="button"
          id="lm-start-again"
          class="button-secondary"
          onClick={() => {
            setRound(round + 1);
            setPlacements([]);
            showStory(0);
          }}
        >
          {strings.startAgain}
        </button>
      )}
      <MatrixGrid stories={stories} placements={placements} brand={brand} strings={strings} />
      <button
        type="button"
        id="lm-brand-open"
        class="button-secondary"
        aria-expanded={brandOpen}
        aria-controls="lm-brand"
        onClick={() => setBrandOpen(!brandOpen)}
      >
        {strings.brand.open}
      </button>
      <div id="lm-brand" hidden={!brandOpen}>
        {questionnaire.state === 'ready' ? (
          <questionnaire.module.BrandQuestionnaire
            strings={strings}
            decimal={formats.decimal}
            onAnswer={markTried}
            onPlace={setBrand}
          />
        ) : (
          brandOpen && (
            <p class={questionnaire.state === 'failed' ? 'field-problem' : 'widget-note'} role="status">
              {questionnaire.state === 'failed' ? formStrings.partFailed : formStrings.partLoading}
            </p>
          )
        )}
      </div>
    </WidgetBody>
  );
}
