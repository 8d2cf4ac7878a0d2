/**
 * Which words of a chapter become links to the glossary: in each section (from one h2 to the
 * next) the first occurrence of each term, so the text is not blue with links. Text in headings,
 * links, code and components other than the prose ones (a case, the teaching notes) stays as it
 * is, and so does a reference list, whose book titles are not the course's terms. Works on any
 * HTML syntax tree shaped like hast (the Markdown pipeline's), and changes nothing: it returns the
 * text nodes to split, for the caller to apply.
 */
import { findTermSpans } from './findTermSpans.ts';
import type { TermForm } from './termForms.ts';

/** As much of a hast node as the plan reads. */
export interface TreeNode {
  type: string;
  /** An HTML element's tag. */
  tagName?: string;
  /** An MDX component's name (mdxJsxFlowElement, mdxJsxTextElement). */
  name?: string | null;
  value?: string;
  properties?: Readonly<Record<string, unknown>>;
  children?: readonly TreeNode[];
}

/** A piece of a split text: words as they were, or words that link to a term. */
export type TextPart = string | { id: string; text: string };

export interface TermLinkPlan<Node extends TreeNode> {
  edits: { node: Node; parts: TextPart[] }[];
  /** The terms linked, each once, in the order they first appear. */
  linked: string[];
}

export interface PlanOptions {
  forms: readonly TermForm[];
  /** MDX components whose children are running text (others keep theirs untouched). */
  proseComponents?: readonly string[];
  /** Ids of headings whose sections hold no links (until the next heading as high or higher). */
  skipSections?: readonly string[];
}

/** Elements whose text is never linked: a link inside them would be a link in a link, in a heading, or in code. */
const untouched = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'svg',
  'math',
  'button',
  'label',
  'select',
  'textarea',
  'figcaption',
  'summary',
  'dfn',
]);

const headingLevel = (node: TreeNode) => {
  const match = node.type === 'element' ? /^h([1-6])$/.exec(node.tagName ?? '') : null;
  return match ? Number(match[1]) : 0;
};

const isComponent = (node: TreeNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

export function planTermLinks<Node extends TreeNode>(root: Node, options: PlanOptions): TermLinkPlan<Node> {
  const prose = new Set(options.proseComponents ?? []);
  const skipIds = new Set(options.skipSections ?? []);
  const edits: TermLinkPlan<Node>['edits'] = [];
  const linked: string[] = [];
  let inSection = new Set<string>();
  /** The level of the heading whose section is being skipped, or 0. */
  let skipping = 0;

  const visit = (node: Node): void => {
    const level = headingLevel(node);
    if (level) {
      if (level === 2) inSection = new Set();
      if (skipping && level <= skipping) skipping = 0;
      if (skipIds.has(String(node.properties?.['id'] ?? ''))) skipping = level;
      return;
    }
    if (node.type === 'text') {
      if (!skipping && node.value) link(node, node.value);
      return;
    }
    if (node.type === 'element' && untouched.has(node.tagName ?? '')) return;
    if (isComponent(node) && !prose.has(node.name ?? '')) return;
    for (const child of node.children ?? []) visit(child as Node);
  };

  const link = (node: Node, text: string) => {
    const spans = findTermSpans(text, options.forms).filter((span) => {
      if (inSection.has(span.id)) return false;
      inSection.add(span.id);
      return true;
    });
    if (spans.length === 0) return;
    const parts: TextPart[] = [];
    let at = 0;
    for (const span of spans) {
      if (span.start > at) parts.push(text.slice(at, span.start));
      parts.push({ id: span.id, text: text.slice(span.start, span.end) });
      if (!linked.includes(span.id)) linked.push(span.id);
      at = span.end;
    }
    if (at < text.length) parts.push(text.slice(at));
    edits.push({ node, parts });
  };

  visit(root);
  return { edits, linked };
}
