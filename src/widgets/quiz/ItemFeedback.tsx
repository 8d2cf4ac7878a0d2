/**
 * The verdict on an answer in words and a symbol (never colour alone), the right answer (row by
 * row for items answered in parts) and the explanation.
 */
import type { Ref } from 'preact';
import type { QuizStrings } from '../../i18n/types.ts';
import { correctAnswerText } from '../../lib/quiz/correctAnswerText.ts';
import type { Response } from '../../lib/quiz/grade.ts';
import type { QuizItemView } from '../../lib/quiz/quizItemView.ts';
import { rowFeedback, type FeedbackRow } from '../../lib/quiz/rowFeedback.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { QuizFormats } from './quizFormats.ts';

interface Props {
  item: QuizItemView;
  /** Undefined when the item was left unanswered in a test. */
  score: number | undefined;
  /** The answer graded, for the row-by-row marks; undefined when none was given. */
  response: Response | undefined;
  strings: QuizStrings;
  formats: QuizFormats;
  focusRef?: Ref<HTMLDivElement> | undefined;
}

export function verdictText(score: number | undefined, strings: QuizStrings, formats: QuizFormats): string {
  if (score === undefined) return strings.unanswered;
  if (score === 1) return strings.verdict.correct;
  if (score === 0) return strings.verdict.wrong;
  return fillTemplate(strings.verdict.partly, { score: formats.points(score) });
}

function RowMarks({ rows, strings }: { rows: FeedbackRow[]; strings: QuizStrings['rows'] }) {
  const shown = (value: string | number | undefined) =>
    value === undefined
      ? strings.empty
      : typeof value === 'number'
        ? fillTemplate(strings.position, { n: value })
        : value;
  return (
    <ul class="quiz-rows" aria-label={strings.heading}>
      {rows.map((row) => (
        <li key={row.id} class={row.correct ? 'quiz-row-right' : 'quiz-row-wrong'}>
          <span class="quiz-row-label">{row.label}</span>{' '}
          <span>
            {row.correct
              ? strings.right
              : fillTemplate(strings.wrong, { given: shown(row.given), right: shown(row.right) })}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function ItemFeedback({ item, score, response, strings, formats, focusRef }: Props) {
  const verdict = score === 1 ? 'correct' : score === undefined || score === 0 ? 'wrong' : 'partly';
  const rows = score === 1 ? undefined : rowFeedback(item, response);
  return (
    <div class={`quiz-feedback quiz-feedback-${verdict}`} tabIndex={-1} {...(focusRef ? { ref: focusRef } : {})}>
      <p class="quiz-verdict">{verdictText(score, strings, formats)}</p>
      {rows ? (
        <RowMarks rows={rows} strings={strings.rows} />
      ) : (
        score !== 1 && (
          <p>{fillTemplate(strings.correctAnswer, { answer: correctAnswerText(item, formats.answerWords) })}</p>
        )
      )}
      <p>
        <strong>{strings.explanation}</strong>
        {item.explanation}
      </p>
    </div>
  );
}
