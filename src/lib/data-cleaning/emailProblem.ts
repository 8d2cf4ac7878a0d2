/**
 * Whether an e-mail address is well formed in the sense a mailing list needs: one "@", a local
 * part and a domain without spaces, and a domain of at least two labels ("163.com", not "163").
 * Deliberately looser than RFC 5322: a CRM rejects what cannot be delivered, not every oddity.
 */
import { toHalfWidth } from './fullWidth.ts';

export function emailProblem(raw: string): 'form' | null {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(toHalfWidth(raw).trim()) ? null : 'form';
}
