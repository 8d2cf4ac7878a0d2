/**
 * A mainland mobile number in one standard form, so that "+86 138 1234 5678", "138-1234-5678"
 * and "１３８１２３４５６７８" compare equal: full-width digits made ordinary, spaces, dashes,
 * dots and brackets removed, and the country code (+86, 0086, or a bare 86 before eleven digits) dropped.
 */
import { toHalfWidth } from './fullWidth.ts';

export function standardisePhone(raw: string): string {
  const compact = toHalfWidth(raw).replace(/[\s\-.()]/g, '');
  return compact.replace(/^(?:\+86|0086|86(?=\d{11}$))/, '');
}
