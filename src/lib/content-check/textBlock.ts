/**
 * A unit of running text the checker reads: a paragraph, a list item, a table row or a heading of a
 * chapter, or one text field of a YAML file. The unit matters: a statistic needs its citation in
 * the same unit, and a problem is reported at the line inside the unit where the match is.
 */
import type { Locale } from '../../i18n/locales.ts';

export type TextBlockKind = 'paragraph' | 'listItem' | 'tableRow' | 'heading' | 'field';

export interface TextBlock {
  file: string;
  kind: TextBlockKind;
  /** The language of the text, from the chapter's folder or the YAML key (zh-cn:, en:) above it. */
  locale: Locale | undefined;
  text: string;
  /** The file line of the character at `index` of `text`. */
  lineAt: (index: number) => number;
  /** Targets of the links in the block: a link to a source counts as a citation. */
  links: string[];
  /** Ranges of `text` set in italics or code: titles of works and literal names, not the course's own wording. */
  verbatim: [number, number][];
  /** The id of the chapter section the block sits in ({#references} marks a reference list). */
  section: string | undefined;
  /** For YAML fields, where the field sits: items.3.explanation.en. */
  path: string | undefined;
  /**
   * Blocks that read as one piece and share their sources: a table with the paragraphs just before
   * and after it (its lead-in and its source line); a quiz item, scenario node or exam item in one
   * language (the explanation cites what the prompt states). Other blocks are a unit of their own.
   */
  unit: string;
  /** The id of the quiz item, scenario node or exam item a YAML field belongs to. */
  item: string | undefined;
}

/** Whether a range of the text lies inside a verbatim span (an italic title, inline code). */
export function isVerbatim(block: TextBlock, start: number, end: number): boolean {
  return block.verbatim.some(([from, to]) => start >= from && end <= to);
}
