/**
 * The customer story on show: its text and four buttons, one per cell in the matrix's own fixed
 * order and laid out as the matrix is; once placed, the verdict in words and a symbol (never
 * colour alone), what settles each axis, what the firm should do, and the way on.
 */
import type { Ref } from 'preact';
import type { LoyaltyMatrixStrings } from '../../i18n/types.ts';
import { cellAxes, loyaltyCells, type LoyaltyCell } from '../../lib/loyalty-matrix/loyaltyCells.ts';
import { gradePlacement } from '../../lib/loyalty-matrix/placementGrade.ts';
import type { StoryView } from '../../lib/loyalty-matrix/storyView.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';

interface Props {
  story: StoryView;
  /** Its place in the deal, from 1. */
  n: number;
  total: number;
  /** The cell the learner chose, once they have. */
  placed: LoyaltyCell | undefined;
  strings: LoyaltyMatrixStrings;
  count: (value: number) => string;
  storyRef: Ref<HTMLHeadingElement>;
  feedbackRef: Ref<HTMLDivElement>;
  onPlace: (cell: LoyaltyCell) => void;
  /** Absent for the last story. */
  onNext: (() => void) | undefined;
}

export function StoryCard({ story, n, total, placed, strings, count, storyRef, feedbackRef, onPlace, onNext }: Props) {
  const name = strings.cells;
  const grade = placed && gradePlacement(story.cell, placed);
  const misread = grade
    ? grade.attitudeMisread && grade.patronageMisread
      ? strings.misread.both
      : grade.attitudeMisread
        ? strings.misread.attitude
        : grade.patronageMisread
          ? strings.misread.patronage
          : ''
    : '';
  const labelled = (label: string, text: string) => (
    <p>
      <strong>{fillTemplate(strings.labelled, { label })}</strong>
      {text}
    </p>
  );
  return (
    <div class="lm-card" data-testid="lm-card" data-story={story.id}>
      <h4 class="lm-story-title" tabIndex={-1} ref={storyRef}>
        {fillTemplate(strings.storyHeading, { n: count(n), total: count(total), title: story.title })}
      </h4>
      <p class="lm-story">{story.story}</p>
      {!grade ? (
        <div class="lm-choices" role="group" aria-labelledby="lm-place-prompt">
          <p id="lm-place-prompt" class="lm-prompt">
            {strings.placePrompt}
          </p>
          {loyaltyCells.map((cell) => (
            <button key={cell} type="button" id={`lm-place-${cell}`} class="lm-choice" onClick={() => onPlace(cell)}>
              <span class="lm-choice-name">{name[cell]}</span>
              <span class="lm-choice-axes">
                {(['attitude', 'patronage'] as const)
                  .map((axis) =>
                    fillTemplate(strings.axisLevel, {
                      axis: strings.axisShort[axis],
                      level: strings.levels[cellAxes[cell][axis]],
                    }),
                  )
                  .join(' · ')}
              </span>
            </button>
          ))}
        </div>
      ) : (
        <div
          class={`lm-feedback lm-${grade.right ? 'right' : 'wrong'}`}
          tabIndex={-1}
          ref={feedbackRef}
          data-testid="lm-feedback"
        >
          <p class="lm-verdict">
            {grade.right
              ? fillTemplate(strings.right, { cell: name[story.cell] })
              : fillTemplate(strings.wrong, { placed: name[placed!], answer: name[story.cell] })}{' '}
            {misread}
          </p>
          {labelled(strings.attitude, story.attitude)}
          {labelled(strings.patronage, story.patronage)}
          {labelled(strings.action, story.action)}
          {onNext && (
            <button type="button" id="lm-next" class="button" onClick={onNext}>
              {strings.next}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
