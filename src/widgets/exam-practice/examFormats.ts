/** The numbers and dates exam practice shows, formatted once per language. */
import { dateFormat } from '../../lib/text/dateFormat.ts';

export interface ExamFormats {
  languageTag: string;
  number: (value: number) => string;
  date: (time: number) => string;
}

export function examFormats(languageTag: string): ExamFormats {
  const whole = new Intl.NumberFormat(languageTag, { maximumFractionDigits: 0 });
  return { languageTag, number: (value) => whole.format(value), date: dateFormat(languageTag) };
}
