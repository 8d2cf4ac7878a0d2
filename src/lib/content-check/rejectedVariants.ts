/**
 * Rule: one term per concept. A variant a glossary term rejects (终身价值 where the course says
 * 客户生命周期价值) may not appear in any chapter, quiz, scenario or exam text, nor in the
 * glossary's own definitions; only the term's `rejected` and `choice` fields, which name the
 * variants on purpose, are exempt (they are not text blocks, see collectTextBlocks).
 */
import type { ContentProblem } from './contentProblem.ts';
import type { GlossaryEntry } from './glossaryEntries.ts';
import type { TextBlock } from './textBlock.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A variant matches as a word in Latin script, anywhere in Chinese (which has no spaces between words). */
function variantPattern(variant: string): RegExp {
  const edge = /^[\p{Script=Latin}\d]/u.test(variant) ? String.raw`(?<![\p{L}\d])` : '';
  const end = /[\p{Script=Latin}\d]$/u.test(variant) ? String.raw`(?![\p{L}\d])` : '';
  return new RegExp(`${edge}${escape(variant)}${end}`, 'giu');
}

export function checkRejectedVariants(
  blocks: readonly TextBlock[],
  glossary: readonly GlossaryEntry[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of glossary) {
    // A variant inside the chosen term (or an alias) is the chosen term, not the variant.
    const chosen = Object.values(entry.names).flat();
    for (const variant of entry.rejected) {
      const pattern = variantPattern(variant);
      for (const block of blocks) {
        for (const match of block.text.matchAll(pattern)) {
          const inChosen = chosen.some((name) => {
            if (!name.includes(variant)) return false;
            for (let at = block.text.indexOf(name); at !== -1; at = block.text.indexOf(name, at + 1))
              if (match.index >= at && match.index < at + name.length) return true;
            return false;
          });
          if (inChosen) continue;
          problems.push({
            file: block.file,
            line: block.lineAt(match.index),
            message: `"${match[0]}" is a variant the glossary rejects; the course says "${(entry.names[block.locale ?? 'zh-cn'] ?? entry.names['zh-cn'] ?? [entry.id])[0]}" (content/glossary.yaml, ${entry.id})`,
          });
        }
      }
    }
  }
  return problems;
}
