/**
 * The answer to a quiz item as a printed worksheet's key gives it: by the letters and numbers the
 * worksheet prints beside its options, so an instructor marks a paper at a glance. The worksheet
 * letters each item's options (and a matching item's right-hand side, a sorting item's categories)
 * A, B, C… in the order the item is given, and numbers the left-hand terms and the things to sort
 * 1, 2, 3…; pass the item as the worksheet arranged it (arrangeItem with the server's seed), or the
 * letters will not match the page.
 */
import { correctAnswerText } from './correctAnswerText.ts';
import type { AnswerWords, Choice, QuizItemView } from './quizItemView.ts';

/** A, B, … Z, then AA, AB, … (no quiz has that many options, but a letter is never repeated). */
export function optionLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : optionLetter(Math.floor(index / 26) - 1) + letter;
}

export function worksheetAnswer(item: QuizItemView, words: AnswerWords): string {
  const lettered = (choices: Choice[], id: string) => {
    const index = choices.findIndex((choice) => choice.id === id);
    return index < 0 ? id : `${optionLetter(index)} ${choices[index]!.text}`;
  };
  const letterOf = (choices: Choice[], id: string) => {
    const index = choices.findIndex((choice) => choice.id === id);
    return index < 0 ? id : optionLetter(index);
  };
  const key = item.key;
  switch (key.kind) {
    case 'single':
      return lettered(item.choices, key.correct);
    case 'multiple':
      return item.choices
        .filter((choice) => key.correct.includes(choice.id))
        .map((choice) => lettered(item.choices, choice.id))
        .join(words.and);
    case 'ordering':
      return key.correct.map((id) => lettered(item.choices, id)).join(words.then);
    case 'matching':
      return item.left
        .map((left, index) => `${index + 1}–${letterOf(item.right, key.correct[left.id] ?? '')}`)
        .join('; ');
    case 'categorising':
      return item.choices
        .map((choice, index) => `${index + 1}–${letterOf(item.right, key.correct[choice.id] ?? '')}`)
        .join('; ');
    default:
      return correctAnswerText(item, words);
  }
}
