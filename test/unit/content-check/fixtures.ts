/** Small chapters and YAML files for the content checker's rule tests, built from parts. */
import { parseDocument } from 'yaml';
import { readChapterSource } from '../../../src/lib/content-check/chapterSource.ts';
import type { TextBlock } from '../../../src/lib/content-check/textBlock.ts';
import { yamlTextBlocks } from '../../../src/lib/content-check/yamlTextBlocks.ts';

/** A chapter file: three lines of frontmatter (chapter, title, keyTerms) then the body. */
export function chapterText(body: string, keyTerms: string[] = ['Churn rate']): string {
  const terms = keyTerms.map((term) => `  - term: ${term}\n    definition: A definition.`).join('\n');
  return `---\nchapter: 1\ntitle: Foundations\nkeyTerms:\n${terms}\n---\n\n${body}\n`;
}

/** Line of the body's first line in chapterText's output (for expected line numbers). */
export const bodyLine = (keyTerms = 1) => 5 + 2 * keyTerms + 2;

export function chapter(body: string, file = 'content/chapters/en/01-foundations.mdx', keyTerms?: string[]) {
  return readChapterSource(file, chapterText(body, keyTerms));
}

export function yamlBlocks(file: string, source: string): TextBlock[] {
  return yamlTextBlocks(file, parseDocument(source), source, undefined);
}
