/**
 * Reads a number as a person types it into a form, in Chinese or English habits: surrounding
 * spaces, full-width digits (８５), a percent sign (85 % → 0.85), a decimal comma (0,85) or
 * thousands separators (1,000 or 1 000).
 */

export type ParsedNumber = { ok: true; value: number } | { ok: false; code: 'required' | 'notANumber' };

const fullWidth = /[\uFF01-\uFF5E]/g;
const plainNumber = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const groupedThousands = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * A comma is a thousands separator when it splits the digits into groups of three after 1–3
 * leading digits that do not start with 0 (1,000 · 12,500.5); otherwise a single comma is a
 * decimal comma (0,85 · 1,5). "1,000" therefore reads as one thousand, never as one.
 */
export function parseFormNumber(raw: string): ParsedNumber {
  let text = raw
    .replace(fullWidth, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\s\u00A0\u202F]/g, '')
    .replace(/[\u2212\u2013]/g, '-');
  if (text === '') return { ok: false, code: 'required' };
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  if (groupedThousands.test(text) && !/^[-+]?0/.test(text)) text = text.replace(/,/g, '');
  else if (/^[^,]*,[^,]*$/.test(text) && !text.includes('.')) text = text.replace(',', '.');
  if (!plainNumber.test(text)) return { ok: false, code: 'notANumber' };
  const value = Number(text) / (percent ? 100 : 1);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, code: 'notANumber' };
}

/**
 * A field labelled in percent: "85" and "85%" both mean 0.85 (the sign is optional, never
 * applied twice).
 */
export function parsePercentField(raw: string): ParsedNumber {
  const parsed = parseFormNumber(raw);
  if (!parsed.ok) return parsed;
  const typedPercentSign = /[%\uFF05]\s*$/.test(raw.trim());
  return typedPercentSign ? parsed : { ok: true, value: parsed.value / 100 };
}
