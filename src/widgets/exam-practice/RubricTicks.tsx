/** The model answer and the marking points as checkboxes with their marks: the learner ticks what their answer covered. */
import type { ExamStrings } from '../../i18n/types.ts';
import type { ExamItemView } from '../../lib/exam/examItemView.ts';
import { pluralText } from '../../lib/text/pluralText.ts';

interface Props {
  item: ExamItemView;
  /** Prefix of the ids inside (an item may be shown twice on a page: practice and mock). */
  idPrefix: string;
  ticked: readonly string[];
  onTick: (pointId: string, on: boolean) => void;
  /** Ticks locked once the score is recorded. */
  locked: boolean;
  strings: ExamStrings;
  languageTag: string;
  showModel?: boolean;
}

export function RubricTicks({ item, idPrefix, ticked, onTick, locked, strings, languageTag, showModel = true }: Props) {
  return (
    <div class="exam-key">
      {showModel && (
        <>
          <p class="exam-key-title">{strings.modelTitle}</p>
          <div class="exam-model">
            {item.modelAnswer.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </>
      )}
      <fieldset class="exam-rubric" disabled={locked}>
        <legend>
          <span class="exam-key-title">{strings.rubricTitle}</span>{' '}
          <span class="widget-note">{strings.rubricHint}</span>
        </legend>
        <ul>
          {item.rubric.map((point) => {
            const id = `${idPrefix}-${point.id}`;
            return (
              <li key={point.id}>
                <input
                  type="checkbox"
                  id={id}
                  checked={ticked.includes(point.id)}
                  onChange={(event) => onTick(point.id, event.currentTarget.checked)}
                />
                <label for={id}>
                  {point.text}{' '}
                  <span class="exam-point-marks">{pluralText(languageTag, strings.pointMarks, point.marks)}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}
