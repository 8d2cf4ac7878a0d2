/** The right answer to an item in words, for the feedback after it is answered. */
import type { AnswerWords, Choice, QuizItemView } from './quizItemView.ts';

export function correctAnswerText(item: QuizItemView, words: AnswerWords): string {
  const textOf = (choices: Choice[], id: string) => choices.find((choice) => choice.id === id)?.text ?? id;
  const key = item.key;
  switch (key.kind) {
    case 'single':
      return textOf(item.choices, key.correct);
    case 'trueFalse':
      return key.correct ? words.true : words.false;
    case 'multiple':
      return key.correct.map((id) => textOf(item.choices, id)).join(words.and);
    case 'ordering':
      return key.correct.map((id) => textOf(item.choices, id)).join(words.then);
    case 'matching':
      return item.left.map((left) => `${left.text} — ${textOf(item.right, key.correct[left.id] ?? '')}`).join('; ');
    case 'categorising':
      return item.right
        .map((bucket) => {
          const members = item.choices.filter((choice) => key.correct[choice.id] === bucket.id);
          return `${bucket.text}: ${members.map((member) => member.text).join(words.and)}`;
        })
        .join('; ');
    case 'numeric': {
      const shown = item.format === 'percent' ? `${words.formatNumber(key.value)}%` : words.formatNumber(key.value);
      const tolerance = key.relative ? Math.abs(key.value) * key.tolerance : key.tolerance;
      const unit = item.unit ? ` ${item.unit}` : '';
      return tolerance > 0
        ? `${shown}${unit} ${words.plusMinus.replace('{n}', words.formatNumber(tolerance))}`
        : `${shown}${unit}`;
    }
    case 'text':
      return key.accepted.join(' / ');
  }
}
