/**
 * A person's name in a form that two spellings of one name share: full-width letters made
 * ordinary, lower case, traditional characters simplified and accents dropped, nicknames
 * replaced by the full name, and the words sorted, so that "Xiaoyu Li", "Li Xiaoyu" and
 * "Li, Xiaoyu" agree. It cannot tell 黄磊 from Huang Lei: that needs a transliteration the rule
 * does not have.
 */
import { toHalfWidth } from './fullWidth.ts';
import { fullGivenName } from './nicknames.ts';
import { plainForm } from './variantForms.ts';

export function standardiseName(raw: string): string {
  return plainForm(toHalfWidth(raw).toLowerCase())
    .split(/[\s,.]+/)
    .filter(Boolean)
    .map(fullGivenName)
    .sort()
    .join(' ');
}
