/**
 * Whether a mainland China mobile number can exist, judged after standardising (so full-width
 * digits or spaces are no problem): eleven digits, a first digit 1 and a second from 3 to 9,
 * the segments the carriers have issued.
 */
import { standardisePhone } from './phoneNumber.ts';

export type MobileProblem = 'notDigits' | 'length' | 'prefix';

export function mobileProblem(raw: string): MobileProblem | null {
  const digits = standardisePhone(raw);
  if (!/^\d+$/.test(digits)) return 'notDigits';
  if (digits.length !== 11) return 'length';
  return /^1[3-9]/.test(digits) ? null : 'prefix';
}
