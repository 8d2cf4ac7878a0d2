/**
 * A chapter file read the way the checker needs it: its frontmatter as a YAML document (for the
 * lines of key terms), its headings, its component tags and its running text as blocks, every
 * one with the file line it starts on. The body is parsed by satteri, the parser Astro compiles
 * chapters with, so the checker sees the same structure the page is built from.
 */
import { mdxToMdast } from 'satteri';
import { parseDocument, type Document } from 'yaml';
import { isLocale, type Locale } from '../../i18n/locales.ts';
import { lineIndex } from './lineIndex.ts';
import type { TextBlock } from './textBlock.ts';
import { yamlTextBlocks } from './yamlTextBlocks.ts';

export interface ChapterHeading {
  depth: number;
  line: number;
  id: string | undefined;
  text: string;
  /** The component the heading sits inside (TeachingNotes, Case), if any. */
  container: string | undefined;
}

export interface ChapterElement {
  name: string;
  line: number;
  /** Attributes with literal string values (`chapter="01-foundations"`); expressions are left out. */
  attributes: Record<string, string>;
}

export interface ChapterSource {
  file: string;
  locale: Locale | undefined;
  /** The file name without extension, the same in every locale: 01-foundations. */
  slug: string;
  frontmatter: Document;
  frontmatterText: string;
  /** The first line of the frontmatter's YAML (the line after the opening ---). */
  frontmatterLine: number;
  headings: ChapterHeading[];
  elements: ChapterElement[];
  /** Running text, frontmatter fields (title, objectives, key terms) included. */
  blocks: TextBlock[];
}

/** The parts of an mdast node the checker reads (satteri returns standard mdast plus MDX nodes). */
interface TreeNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: TreeNode[];
  position?: { start: { line: number; offset?: number } };
  data?: { hProperties?: { id?: unknown } };
}

interface Segment {
  /** Where the segment starts in the block's text. */
  at: number;
  /** Where it starts in the file. */
  offset: number;
  length: number;
}

/** Collects a block's text from inline nodes, remembering where each piece sits in the file. */
class BlockText {
  text = '';
  segments: Segment[] = [];
  links: string[] = [];
  verbatim: [number, number][] = [];

  add(node: TreeNode, verbatim = false): void {
    if (node.type === 'text' || node.type === 'inlineCode') {
      const value = node.value ?? '';
      this.segments.push({ at: this.text.length, offset: node.position?.start.offset ?? 0, length: value.length });
      // Inline code is shown with backticks in the source: skip one to keep offsets on the value.
      if (node.type === 'inlineCode') this.segments.at(-1)!.offset += 1;
      if (verbatim || node.type === 'inlineCode')
        this.verbatim.push([this.text.length, this.text.length + value.length]);
      this.text += value;
      return;
    }
    if (node.type === 'break') this.text += '\n';
    if (node.type === 'link' && node.url) this.links.push(node.url);
    const italic = verbatim || node.type === 'emphasis';
    for (const child of node.children ?? []) this.add(child, italic);
  }

  /** A separator between cells or paragraphs of one block, belonging to no source position. */
  gap(separator: string): void {
    if (this.text) this.text += separator;
  }

  lineAt(lineOf: (offset: number) => number, fallback: number): (index: number) => number {
    const segments = this.segments;
    return (index) => {
      const segment = segments.findLast((candidate) => candidate.at <= index);
      if (!segment) return fallback;
      return lineOf(segment.offset + Math.min(index - segment.at, segment.length));
    };
  }
}

function headingId(node: TreeNode): string | undefined {
  const id = node.data?.hProperties?.id;
  return typeof id === 'string' ? id : undefined;
}

function literalAttributes(node: TreeNode): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes ?? [])
    if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string')
      attributes[attribute.name] = attribute.value;
  return attributes;
}

/** Reads a chapter: `file` is its repository path (content/chapters/<locale>/<slug>.mdx). */
export function readChapterSource(file: string, source: string): ChapterSource {
  const parts = file.split('/');
  const folder = parts.at(-2) ?? '';
  const slug = (parts.at(-1) ?? '').replace(/\.mdx$/, '');
  const locale = isLocale(folder) ? folder : undefined;
  const lineOf = lineIndex(source);

  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?$/m.exec(source);
  const frontmatterText = match?.index === 0 ? match[1]! : '';
  const frontmatter = parseDocument(frontmatterText);
  const frontmatterLine = 2;

  const headings: ChapterHeading[] = [];
  const elements: ChapterElement[] = [];
  const blocks: TextBlock[] = yamlTextBlocks(file, frontmatter, frontmatterText, locale, frontmatterLine - 1);
  let section: string | undefined;

  let table = 0;
  /** The unit of the table being read, or of the one just closed (a source line under it joins it). */
  let tableUnit: string | undefined;
  const pushBlock = (kind: TextBlock['kind'], collected: BlockText, line: number, unit = `${file}:${line}`) => {
    if (!collected.text.trim()) return;
    blocks.push({
      file,
      kind,
      locale,
      text: collected.text,
      lineAt: collected.lineAt(lineOf, line),
      links: collected.links,
      verbatim: collected.verbatim,
      section,
      path: undefined,
      unit,
      item: undefined,
    });
  };

  // Inline component tags (<ChapterLink> in a sentence) are found inside blocks, flow ones here.
  const findInlineElements = (node: TreeNode) => {
    if (node.type === 'mdxJsxTextElement' && node.name)
      elements.push({ name: node.name, line: node.position?.start.line ?? 1, attributes: literalAttributes(node) });
    for (const child of node.children ?? []) findInlineElements(child);
  };

  let afterTable = false;
  let lastParagraphUnit: string | undefined;
  /** `listUnit`: inside a list item, the unit of the outermost item, which its nested items join. */
  const visit = (node: TreeNode, container: string | undefined, listUnit?: string) => {
    const line = node.position?.start.line ?? 1;
    // Only a paragraph directly after a table joins it; anything else in between ends that.
    if (node.type !== 'paragraph' && node.type !== 'table' && node.type !== 'root') afterTable = false;
    switch (node.type) {
      case 'yaml':
      case 'code':
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
        return;
      case 'heading': {
        const collected = new BlockText();
        for (const child of node.children ?? []) collected.add(child);
        section = headingId(node) ?? section;
        headings.push({ depth: node.depth ?? 0, line, id: headingId(node), text: collected.text.trim(), container });
        findInlineElements(node);
        pushBlock('heading', collected, line);
        return;
      }
      case 'paragraph': {
        const collected = new BlockText();
        collected.add(node);
        findInlineElements(node);
        // The paragraph just after a table is its source line or its reading: it joins the table's unit.
        const unit = afterTable && tableUnit ? tableUnit : `${file}:${line}`;
        afterTable = false;
        pushBlock('paragraph', collected, line, unit);
        lastParagraphUnit = unit;
        return;
      }
      case 'listItem': {
        // The item's own paragraphs are one block; a nested list's items are blocks of their own, in
        // the outer item's unit: an item with its sub-points is one answer, citing its source once.
        const collected = new BlockText();
        const nested: TreeNode[] = [];
        for (const child of node.children ?? []) {
          if (child.type === 'paragraph') {
            collected.gap(' ');
            collected.add(child);
            findInlineElements(child);
          } else nested.push(child);
        }
        const unit = listUnit ?? `${file}:${line}`;
        pushBlock('listItem', collected, line, unit);
        for (const child of nested) visit(child, container, unit);
        return;
      }
      case 'table': {
        tableUnit = `${file}#table${++table}`;
        // The paragraph just before the table is its lead-in: it joins the table's unit.
        const leadIn = blocks.at(-1);
        if (leadIn?.kind === 'paragraph' && leadIn.unit === lastParagraphUnit) leadIn.unit = tableUnit;
        for (const row of node.children ?? []) {
          const collected = new BlockText();
          for (const cell of row.children ?? []) {
            collected.gap(' | ');
            collected.add(cell);
            findInlineElements(cell);
          }
          pushBlock('tableRow', collected, row.position?.start.line ?? line, tableUnit);
        }
        afterTable = true;
        return;
      }
      case 'mdxJsxFlowElement':
        if (node.name) elements.push({ name: node.name, line, attributes: literalAttributes(node) });
        for (const child of node.children ?? []) visit(child, node.name ?? container);
        return;
      default:
        for (const child of node.children ?? []) visit(child, container, listUnit);
    }
  };
  visit(mdxToMdast(source, { features: { headingAttributes: true } }) as unknown as TreeNode, undefined);

  return { file, locale, slug, frontmatter, frontmatterText, frontmatterLine, headings, elements, blocks };
}
