/** An e-mail address in the form a comparison should use: trimmed, full-width made ordinary, lower case (mail services ignore capitals). */
import { toHalfWidth } from './fullWidth.ts';

export function standardiseEmail(raw: string): string {
  return toHalfWidth(raw).trim().toLowerCase();
}
