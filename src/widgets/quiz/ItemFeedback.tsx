/** The verdict on an answer in words and a symbol (never colour alone), the right answer and the explanation. */
import type { Ref } from 'preact';
import type { QuizStrings } from '../../i18n/types.ts';
import { correctAnswerText } from '../../lib/quiz/correctAnswerText.ts';
import type { QuizItemView } from '../../lib/quiz/quizItemView.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { QuizFormats } from './quizFormats.ts';

interface Props {
  item: QuizItemView;
  /** Undefined when the item was left unanswered in a test. */
  score: number | undefined;
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

export function ItemFeedback({ item, score, strings, formats, focusRef }: Props) {
  const verdict = score === 1 ? 'correct' : score === undefined || score === 0 ? 'wrong' : 'partly';
  return (
    <div class={`quiz-feedback quiz-feedback-${verdict}`} tabIndex={-1} {...(focusRef ? { ref: focusRef } : {})}>
      <p class="quiz-verdict">{verdictText(score, strings, formats)}</p>
      {score !== 1 && (
        <p>{fillTemplate(strings.correctAnswer, { answer: correctAnswerText(item, formats.answerWords) })}</p>
      )}
      <p>
        <strong>{strings.explanation}</strong>
        {item.explanation}
      </p>
    </div>
  );
}
