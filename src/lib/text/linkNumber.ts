/**
 * A number as a shared link writes it, stricter than what a student may type into a box: links are
 * written by the course with numbers as JavaScript prints them, so grouping, a percent sign or
 * full-width digits mean the link was mangled on its way, not typed. Anything else is NaN, which
 * every field's bounds check refuses.
 */
export function linkNumber(text: string): number {
  return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text.trim()) ? Number(text) : Number.NaN;
}
