/** Reading a chapter: blocks, headings and tags carry the file lines a writer would look at. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { yamlTextBlocks } from '../../../src/lib/content-check/yamlTextBlocks.ts';
import { bodyLine, chapter } from './fixtures.ts';

describe('readChapterSource', () => {
  const body = [
    '## First {#first}', // +0
    '', // +1
    'A paragraph with *A Title* and a [link](https://example.org/).', // +2
    '', // +3
    '- one item', // +4
    '- two, with <ChapterLink chapter="01-foundations">a link</ChapterLink>', // +5
    '', // +6
    '| a | b |', // +7
    '| - | - |', // +8
    '| 1 | 2 |', // +9
    '', // +10
    '<TeachingNotes>', // +11
    '', // +12
    '### Inside {#inside}', // +13
    '', // +14
    '</TeachingNotes>', // +15
  ].join('\n');
  const source = chapter(body);
  const start = bodyLine();

  it('gives each heading its line, id and container', () => {
    expect(source.headings).toEqual([
      { depth: 2, line: start, id: 'first', text: 'First', container: undefined },
      { depth: 3, line: start + 13, id: 'inside', text: 'Inside', container: 'TeachingNotes' },
    ]);
  });

  it('reads paragraphs, list items and table rows with their lines, links and italics', () => {
    const paragraph = source.blocks.find((block) => block.kind === 'paragraph')!;
    expect(paragraph.lineAt(0)).toBe(start + 2);
    expect(paragraph.links).toEqual(['https://example.org/']);
    const title = paragraph.text.indexOf('A Title');
    expect(paragraph.verbatim).toContainEqual([title, title + 'A Title'.length]);
    expect(source.blocks.filter((block) => block.kind === 'listItem').map((block) => block.lineAt(0))).toEqual([
      start + 4,
      start + 5,
    ]);
    const rows = source.blocks.filter((block) => block.kind === 'tableRow');
    expect(rows.map((row) => row.lineAt(0))).toEqual([start + 7, start + 9]);
    expect(new Set(rows.map((row) => row.unit)).size).toBe(1);
  });

  it('lists component tags, inline ones included, with their attributes', () => {
    expect(source.elements).toEqual([
      { name: 'ChapterLink', line: start + 5, attributes: { chapter: '01-foundations' } },
      { name: 'TeachingNotes', line: start + 11, attributes: {} },
    ]);
  });

  it('reads frontmatter text fields in the chapter’s language at their lines', () => {
    const title = source.blocks.find((block) => block.path === 'title')!;
    expect(title.locale).toBe('en');
    expect(title.lineAt(0)).toBe(3);
  });
});

describe('yamlTextBlocks', () => {
  const source = [
    'items:', // 1
    '  - id: q1', // 2
    '    prompt:', // 3
    '      zh-cn: 问题', // 4
    '      en: >-', // 5
    '        A folded', // 6
    '        answer here', // 7
  ].join('\n');
  const blocks = yamlTextBlocks('content/quizzes/x.yaml', parseDocument(source), source, undefined);

  it('takes only strings under a locale key, with their language and item', () => {
    expect(blocks.map((block) => [block.path, block.locale, block.item])).toEqual([
      ['items.0.prompt.zh-cn', 'zh-cn', 'q1'],
      ['items.0.prompt.en', 'en', 'q1'],
    ]);
  });

  it('finds the line of a word inside a folded block', () => {
    const folded = blocks[1]!;
    expect(folded.text).toBe('A folded answer here');
    expect(folded.lineAt(0)).toBe(6);
    expect(folded.lineAt(folded.text.indexOf('answer'))).toBe(7);
  });
});
