/** The box an answer is written in: labelled, with a character count that is announced only when asked (it is described, not live). */
import { WRITTEN_TEXT_MAX } from '../../lib/progress/progressState.ts';
import type { ExamStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { ExamFormats } from './examFormats.ts';

interface Props {
  id: string;
  text: string;
  onText: (text: string) => void;
  readOnly: boolean;
  /** Taller boxes for the formats that ask for more writing. */
  rows: number;
  note?: string | undefined;
  strings: ExamStrings;
  formats: ExamFormats;
}

export function AnswerBox({ id, text, onText, readOnly, rows, note, strings, formats }: Props) {
  return (
    <div class="exam-answer">
      <label for={id}>{strings.yourAnswer}</label>
      <textarea
        id={id}
        rows={rows}
        maxLength={WRITTEN_TEXT_MAX}
        value={text}
        readOnly={readOnly}
        aria-describedby={`${id}-count`}
        onInput={(event) => onText(event.currentTarget.value)}
      />
      <p id={`${id}-count`} class="widget-note">
        {fillTemplate(strings.characters, {
          n: formats.number([...text].length),
          max: formats.number(WRITTEN_TEXT_MAX),
        })}
        {note && ` ${note}`}
      </p>
    </div>
  );
}

export const ROWS = { term: 4, short: 7, essay: 12, case: 12 } as const;
