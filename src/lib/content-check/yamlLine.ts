/** The file line of a value in a YAML document, by its path (terms.3.en.term), for problems that name a field. */
import type { Document } from 'yaml';

export function yamlLine(
  document: Document,
  path: readonly PropertyKey[],
  lineOf: (offset: number) => number,
  lineOffset = 0,
): number {
  // Walk up the path until a node exists: a missing field is reported where its parent is.
  for (let length = path.length; length >= 0; length--) {
    const node: unknown = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (range) return lineOf(range[0]) + lineOffset;
  }
  return 1 + lineOffset;
}
