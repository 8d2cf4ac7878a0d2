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
  /** 3 under a section's heading (practice, mock exam); 2 where items stand alone (the review queue). */
  level?: 2 | 3 | undefined;
}

export function ItemPrompt({ item, label, promptId, strings, formats, level = 3 }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading id={promptId} class="exam-prompt">
        <span class="exam-item-label">{label}</span> {item.prompt}
        <span class="exam-item-marks">{fillTemplate(strings.itemMarks, { marks: formats.number(item.total) })}</span>
      </Heading>
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
