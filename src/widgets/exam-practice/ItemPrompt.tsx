/** An exam item's heading: its number, the question and its marks, with a case's material below. */
import type { ExamStrings } from '../../i18n/types.ts';
import type { ExamItemView } from '../../lib/exam/examItemView.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { ExamFormats } from './examFormats.ts';

interface Props {
  item: ExamItemView;
  label: string;
  promptId: string;
  strings: ExamStrings;
  formats: ExamFormats;
}

export function ItemPrompt({ item, label, promptId, strings, formats }: Props) {
  return (
    <>
      <h3 id={promptId} class="exam-prompt">
        <span class="exam-item-label">{label}</span> {item.prompt}
        <span class="exam-item-marks">{fillTemplate(strings.itemMarks, { marks: formats.number(item.total) })}</span>
      </h3>
      {item.material && (
        <div class="exam-material">
          <p class="exam-material-title">{strings.material}</p>
          {item.material.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      )}
    </>
  );
}
