/**
 * Reads a typed number the way a learner writes it: full-width digits and signs, thousands
 * separators ("1,097" or "1，097"), a unit the item names, and a percent sign where the item's
 * format allows one. Returns the value or the reason it cannot be read, never NaN.
 */
import { normalizeAnswerText } from './normalizeAnswerText';

/**
 * How an item wants its number: `number` a plain number (a "%" is refused, so 0.3 and 30% are
 * never confused); `percent` a value in percent (30 and 30% both mean thirty per cent);
 * `either` a proportion written as a decimal or with a percent sign (0.3 and 30% are the same).
 */
export type NumberFormat = 'number' | 'percent' | 'either';

export type ParsedNumber = { ok: true; value: number } | { ok: false; problem: 'empty' | 'notANumber' | 'noPercent' };

const plainNumber = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$/;

export function parseNumberInput(text: string, format: NumberFormat = 'number', units: string[] = []): ParsedNumber {
  // NFKC turns full-width digits, "．", "％" and "，" into their ASCII forms.
  let rest = normalizeAnswerText(text).replace(/[−–]/g, '-');
  for (const unit of units.map(normalizeAnswerText).filter(Boolean)) {
    if (rest.endsWith(unit)) rest = rest.slice(0, -unit.length).trim();
  }
  if (rest === '') return { ok: false, problem: 'empty' };
  const hasPercent = rest.endsWith('%');
  if (hasPercent) rest = rest.slice(0, -1).trim();
  rest = rest.replace(/\s+/g, '');
  if (!plainNumber.test(rest)) return { ok: false, problem: 'notANumber' };
  const value = Number(rest.replace(/,/g, ''));
  if (!Number.isFinite(value)) return { ok: false, problem: 'notANumber' };
  if (!hasPercent) return { ok: true, value };
  switch (format) {
    case 'number':
      return { ok: false, problem: 'noPercent' };
    case 'percent':
      return { ok: true, value };
    case 'either':
      return { ok: true, value: value / 100 };
  }
}
