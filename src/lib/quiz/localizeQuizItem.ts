/** Makes the view of a quiz item for one locale, at build time. */
import type { Locale } from '../../i18n/locales.ts';
import { answerKeyOf, type QuizItem } from '../../schemas/quiz.ts';
import { itemFingerprint } from './itemFingerprint.ts';
import type { QuizItemView } from './quizItemView.ts';

export function localizeQuizItem(item: QuizItem, locale: Locale): QuizItemView {
  const local = (choices: { id: string; text: Record<Locale, string> }[]) =>
    choices.map((choice) => ({ id: choice.id, text: choice.text[locale] }));
  const view: QuizItemView = {
    id: item.id,
    type: item.type,
    fingerprint: itemFingerprint(item),
    difficulty: item.difficulty,
    prompt: item.prompt[locale],
    explanation: item.explanation[locale],
    key: answerKeyOf(item),
    choices: [],
    left: [],
    right: [],
    units: [],
    format: 'number',
  };
  switch (item.type) {
    case 'single':
    case 'multiple':
    case 'ordering':
      return { ...view, choices: local(item.options) };
    case 'matching':
      return { ...view, left: local(item.left), right: local(item.right) };
    case 'categorising':
      return { ...view, choices: local(item.options), right: local(item.buckets) };
    case 'numeric':
      return {
        ...view,
        format: item.answer.format ?? 'number',
        ...(item.unit ? { unit: item.unit[locale], units: Object.values(item.unit) } : {}),
      };
    default:
      return view;
  }
}
