/**
 * The one reader of typed numbers, for every widget field and every numeric quiz answer, with
 * the same rule in both languages:
 * - full-width digits, signs and points (１２．５, －３, ５０％) read as their ASCII forms;
 * - a point is the decimal mark (12.5, .5, 5.);
 * - commas or spaces group thousands, in groups of three after one to three leading digits
 *   that are not a lone 0 (1,000 · 12 500 · 1,234.5);
 * - any other comma is taken for a decimal comma and refused with its own message ("use a
 *   point for decimals"), so "5,5" is never silently 55 or 5.5;
 * - a trailing % (or a unit the caller names, such as 元) may follow the number; what % means
 *   depends on the field (see PercentSign);
 * - an exponent is read as written (1e3, 2.5E-4), since that is how code and spreadsheets print numbers;
 * - nothing else: no words, no second number.
 * It never throws and never returns NaN or an infinite value.
 */

/**
 * What a trailing % means in a field: `refused`, a plain number (so 0.3 and 30% are never
 * confused); `optional`, the field is in percent, so 30 and 30% both mean thirty per cent;
 * `scales`, a proportion, so 30% reads as 0.3.
 */
export type PercentSign = 'refused' | 'optional' | 'scales';

export interface ReadNumberOptions {
  percentSign?: PercentSign;
  /** Units that may follow the number and are ignored ("12 元", "3 years"). */
  units?: readonly string[];
}

/** Why a text is not a number, as a code the field's message is chosen by. */
export type UnreadableNumber = 'required' | 'notANumber' | 'decimalComma' | 'noPercent';

export type ReadNumber = { ok: true; value: number } | { ok: false; problem: UnreadableNumber };

/** Spaces a person or Intl.NumberFormat may put between digit groups (ASCII, no-break, thin, narrow, ideographic). */
const groupSpaces = /[ \u00A0\u2009\u202F\u3000]/g;
const dashes = /[\u2212\u2013\uFE63]/g;
const plain = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const commaGroups = /^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d*)?$/;
const spaceGroups = /^[+-]?[1-9]\d{0,2}( \d{3})+(\.\d*)?$/;

export function readNumber(raw: string, options: ReadNumberOptions = {}): ReadNumber {
  const { percentSign = 'refused', units = [] } = options;
  // NFKC folds full-width forms (１２．５％ → 12.5%, the full-width comma → ","); spaces of any
  // kind become one ASCII space, so grouping by spaces is checked like grouping by commas.
  let text = raw.normalize('NFKC').replace(dashes, '-').replace(groupSpaces, ' ').trim();
  for (const unit of units.map((u) => u.normalize('NFKC').trim()).filter(Boolean)) {
    if (text.endsWith(unit)) {
      text = text.slice(0, -unit.length).trim();
      break;
    }
  }
  if (text === '') return { ok: false, problem: 'required' };
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1).trim();
  text = text.replace(/^([+-]) +/, '$1');

  let digits: string;
  if (plain.test(text)) digits = text;
  else if (commaGroups.test(text)) digits = text.replace(/,/g, '');
  else if (spaceGroups.test(text)) digits = text.replace(/ /g, '');
  else if (/^[+-]?\d*,\d+$/.test(text)) return { ok: false, problem: 'decimalComma' };
  else return { ok: false, problem: 'notANumber' };

  if (percent && percentSign === 'refused') return { ok: false, problem: 'noPercent' };
  const value = Number(digits) / (percent && percentSign === 'scales' ? 100 : 1);
  return Number.isFinite(value) ? { ok: true, value: value === 0 ? 0 : value } : { ok: false, problem: 'notANumber' };
}
