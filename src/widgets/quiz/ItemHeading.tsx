/** A quiz item's heading, the same in practice and in a test: its number, difficulty, question and how to answer. */
import type { QuizStrings } from '../../i18n/types.ts';
import type { QuizItemView } from '../../lib/quiz/quizItemView.ts';

interface Props {
  item: QuizItemView;
  /** "Question 3 of 14". */
  label: string;
  /** The question's id, which names the item's section. */
  promptId: string;
  strings: QuizStrings;
}

export function ItemHeading({ item, label, promptId, strings }: Props) {
  return (
    <>
      <p class="quiz-item-label">
        {label}
        <span class="quiz-difficulty"> · {strings.difficulty[item.difficulty - 1]}</span>
      </p>
      {/* Titled for search, so a match in a quiz links to its question (src/integrations/pagefind.ts). */}
      <p id={promptId} class="quiz-prompt" data-pagefind-title={item.prompt}>
        {item.prompt}
      </p>
      <p class="widget-note">{strings.typeHint[item.type]}</p>
    </>
  );
}
