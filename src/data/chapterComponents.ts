/**
 * The components a chapter's MDX uses, read from its syntax tree (the same parser Astro compiles
 * it with), in order of appearance: `<Case>`, `<Quiz … />`, widgets. Build-time only.
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
