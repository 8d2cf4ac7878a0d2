/**
 * The text fields of a YAML content file (a quiz, a scenario, an exam file, the glossary, a
 * chapter's frontmatter) as text blocks, each knowing its language from the nearest locale key
 * above it (`en:`, `zh-cn:`) and the file line of every character. Ids, enums and numbers are not
 * text: only strings under a locale key count, or, in a chapter's frontmatter, every string but ids.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import { isLocale, type Locale } from '../../i18n/locales.ts';
import { lineIndex } from './lineIndex.ts';
import type { TextBlock } from './textBlock.ts';

/** Fields that name things rather than say them: never checked as text. */
const NOT_TEXT = new Set(['id', 'objective', 'next', 'start', 'chapter', 'type', 'format', 'answer', 'related']);

/**
 * Maps an index in a scalar's value to a file offset. Folding and indentation change white space
 * only, so the n-th non-space character of the value is the n-th non-space character of the
 * source after the scalar's opening (its quote or block header); escapes may shift it slightly.
 */
function offsetMapper(source: string, node: Node, value: string): (index: number) => number {
  const [start = 0, end = start] = node.range ?? [];
  let from = start;
  const opening = source[start];
  if (opening === '|' || opening === '>') from = source.indexOf('\n', start) + 1 || start;
  else if (opening === '"' || opening === "'") from = start + 1;
  return (index) => {
    let wanted = 0;
    for (let i = 0; i < Math.min(index, value.length); i++) if (!/\s/.test(value[i]!)) wanted++;
    for (let offset = from; offset < end; offset++) {
      if (/\s/.test(source[offset]!)) continue;
      if (wanted === 0) return offset;
      wanted--;
    }
    return end;
  };
}

/**
 * `fixedLocale` is the language of every field (a chapter's frontmatter) or undefined (the key
 * above each field says); `lineOffset` is added to lines (the frontmatter starts below `---`).
 */
export function yamlTextBlocks(
  file: string,
  document: Document,
  source: string,
  fixedLocale: Locale | undefined,
  lineOffset = 0,
): TextBlock[] {
  const lineOf = lineIndex(source);
  const blocks: TextBlock[] = [];
  const visit = (node: unknown, path: (string | number)[], locale: Locale | undefined, item?: string) => {
    if (isMap(node)) {
      // A map in a top-level list (items[3], nodes[2]) is a quiz item, exam item or scenario node.
      if (path.length === 2 && typeof path[1] === 'number') {
        const id = node.get('id');
        item = typeof id === 'string' ? id : `${path.join('.')}`;
      }
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (NOT_TEXT.has(key)) continue;
        visit(pair.value, [...path, key], isLocale(key) ? key : locale, item);
      }
    } else if (isSeq(node)) {
      node.items.forEach((child, index) => visit(child, [...path, index], locale, item));
    } else if (isScalar(node) && typeof node.value === 'string' && (locale || fixedLocale)) {
      const text = node.value;
      const offsetAt = offsetMapper(source, node, text);
      blocks.push({
        file,
        kind: 'field',
        locale: fixedLocale ?? locale,
        text,
        lineAt: (index) => lineOf(offsetAt(index)) + lineOffset,
        links: [...text.matchAll(/https?:\/\/\S+/g)].map((match) => match[0]),
        verbatim: [],
        section: undefined,
        path: path.join('.'),
        unit: item ? `${file}#${item}#${fixedLocale ?? locale}` : `${file}#${path.join('.')}`,
        item,
      });
    }
  };
  visit(document.contents, [], undefined);
  return blocks;
}
