/**
 * How long a line of course content looks to a reader, for the checks that keep an answer from
 * being guessable by its length (a quiz key, a role-play's best reply): Unicode code points after
 * trimming and collapsing each run of white space to one space, so YAML line folding changes
 * nothing. One measure for both locales: a Chinese character and a Latin letter each count one,
 * and texts are only ever compared with others of the same locale.
 */
export function displayLength(text: string): number {
  return [...text.trim().replace(/\s+/gu, ' ')].length;
}
