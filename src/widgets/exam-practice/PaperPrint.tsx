/**
 * The drawn mock paper as it prints: numbered questions with their marks and lined room to write,
 * then (only while the page's "print the model answers too" box is ticked) the model answers and
 * marking points on pages of their own. Hidden on screen.
 */
import type { ExamStrings } from '../../i18n/types.ts';
import type { ExamItemView } from '../../lib/exam/examItemView.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { pluralText } from '../../lib/text/pluralText.ts';
import type { ExamFormats } from './examFormats.ts';

const LINES = { term: 5, short: 10, essay: 22, case: 20 } as const;

export function PaperPrint({
  items,
  strings,
  formats,
}: {
  items: ExamItemView[];
  strings: ExamStrings;
  formats: ExamFormats;
}) {
  return (
    <div class="exam-paper print-only">
      <p class="worksheet-fields">
        <span>{strings.print.studentName}</span>
        <span>{strings.print.date}</span>
      </p>
      {items.map((item, index) => (
        <div key={item.id} class="exam-paper-item">
          <p>
            <strong>{index + 1}.</strong> [{strings.formats[item.format]}] {item.prompt}
            {fillTemplate(strings.itemMarks, { marks: formats.number(item.total) })}
          </p>
          {item.material?.map((paragraph, n) => (
            <p key={n} class="exam-material">
              {paragraph}
            </p>
          ))}
          {Array.from({ length: LINES[item.format] }, (_, n) => (
            <span key={n} class="exam-paper-space" />
          ))}
        </div>
      ))}
      <section class="exam-key-print">
        <h2>{strings.print.keyTitle}</h2>
        <ol>
          {items.map((item) => (
            <li key={item.id}>
              {item.modelAnswer.map((paragraph, n) => (
                <p key={n}>{paragraph}</p>
              ))}
              <ul>
                {item.rubric.map((point) => (
                  <li key={point.id}>
                    {point.text} {pluralText(formats.languageTag, strings.pointMarks, point.marks)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
