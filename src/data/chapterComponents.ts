/**
 * The components a chapter's MDX uses, read from its syntax tree (the same parser Astro compiles
 * it with), in order of appearance: `<Case>`, `<Quiz … />`, widgets; and what a `<ChapterLink>`
 * may point at. Build-time only, and free of astro:content, so the content checker
 * (src/lib/content-check/) applies the same rules as the build.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

/** Names of every JSX element in an MDX body, capitalised ones only (components, not HTML). */
export function mdxComponents(body: string): string[] {
  const tree = mdxToMdast(body, { features: { headingAttributes: true }, position: false });
  const names: string[] = [];
  const visit = (node: MdastNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[A-Z]/.test(node.name ?? ''))
      names.push(node.name!);
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(tree);
  return names;
}

/** Components a chapter may use besides the widgets of src/widgets/registry.ts. */
export const chapterComponentNames = ['Case', 'TeachingNotes', 'Quiz', 'ChapterLink'];

/** Whether a chapter's MDX has a section (a heading) with this id: what `<ChapterLink section>` may name. */
export function chapterHasSection(body: string, section: string): boolean {
  return body.includes(`{#${section}}`);
}
