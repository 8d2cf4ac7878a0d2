/** The Kano classifier's formats: the course's usual ones, coefficients to two decimals (0.69, −0.14) and lists in the language's own way. */
import { numberFormats, type NumberFormats } from '../text/numberFormats.ts';

export interface KanoFormats extends NumberFormats {
  /** Better or Worse, always two decimals; a Worse that rounds to zero shows as 0.00, never -0.00. */
  coefficient: (value: number) => string;
  /** "A, B and C" / "A、B和C". */
  list: (items: readonly string[]) => string;
}

export function kanoFormats(languageTag: string): KanoFormats {
  const coefficient = new Intl.NumberFormat(languageTag, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'negative',
  });
  const list = new Intl.ListFormat(languageTag, { type: 'conjunction' });
  return {
    ...numberFormats(languageTag),
    coefficient: (value) => coefficient.format(value),
    list: (items) => list.format(items),
  };
}
