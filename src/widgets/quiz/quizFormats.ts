/** The numbers and dates a quiz shows, formatted once per language. */
import type { QuizStrings } from '../../i18n/types.ts';
import { limitFormats, type LimitFormats } from '../../lib/form/fieldProblemText.ts';
import type { AnswerWords } from '../../lib/quiz/quizItemView.ts';
import { dateFormat } from '../../lib/text/dateFormat.ts';
import { numberFormats } from '../../lib/text/numberFormats.ts';

export interface QuizFormats {
  languageTag: string;
  percent: (share: number) => string;
  points: (value: number) => string;
  date: (time: number) => string;
  answerWords: AnswerWords;
  /** For the shared field sentences that word a typed number's mistakes. */
  limits: LimitFormats;
}

export function quizFormats(languageTag: string, strings: QuizStrings): QuizFormats {
  const points = new Intl.NumberFormat(languageTag, { maximumFractionDigits: 2 });
  const exact = new Intl.NumberFormat(languageTag, { maximumFractionDigits: 6 });
  return {
    languageTag,
    percent: numberFormats(languageTag).percent,
    points: (value) => points.format(value),
    date: dateFormat(languageTag),
    answerWords: {
      true: strings.true,
      false: strings.false,
      then: strings.then,
      and: strings.and,
      plusMinus: strings.plusMinus,
      formatNumber: (value) => exact.format(value),
    },
    limits: limitFormats(languageTag),
  };
}
