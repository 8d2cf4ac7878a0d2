/**
 * The Markdown pipeline's glossary links (a Sätteri hast plugin, the project's Markdown processor,
 * in astro.config.mjs): in a chapter's text, the first occurrence per section of each glossary term
 * links to its entry on the glossary page of the chapter's locale, and describes itself with the
 * term's definition (aria-describedby), which the page's popover script also shows
 * (src/scripts/glossary-popover.js). The definitions of the terms linked sit once, hidden, at the
 * end of the chapter. The glossary is read once, when the site's configuration loads; which words
 * link is decided by src/lib/glossary/planTermLinks.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastNode, HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { parse } from 'yaml';
import { glossarySchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { isLocale, languageTag, locales, type Locale } from '../i18n/locales.ts';
import { planTermLinks, type TextPart, type TreeNode } from '../lib/glossary/planTermLinks.ts';
import { termForms, type TermForm } from '../lib/glossary/termForms.ts';
import { glossaryHref } from '../lib/glossary/glossaryHref.ts';

/** The glossary file (GLOSSARY_DIR, like the loader in src/content.config.ts, lets a build use a fixture). */
export function glossaryFile(): string {
  return join(process.env.GLOSSARY_DIR ?? './content', 'glossary.yaml');
}

/** The glossary's terms, validated; a broken file fails the build with the field named. */
export function readGlossary(file = glossaryFile()): GlossaryTerm[] {
  const result = glossarySchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success)
    throw new Error(
      `${file}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  return result.data.terms;
}

/** The id of a term's hidden definition on a chapter page; the chapter's number keeps it unique on the whole-course print page. */
export const definitionId = (chapterKey: string, id: string) => `glossary-definition-${chapterKey}-${id}`;

/** A chapter file's locale and number key ("zh-cn", "01") from content/chapters/<locale>/NN-slug.mdx. */
function chapterOf(fileURL: URL | undefined): { locale: Locale; key: string } | undefined {
  if (!fileURL) return undefined;
  const match = /[\\/]([^\\/]+)[\\/](\d+)-[^\\/]+\.mdx$/.exec(fileURLToPath(fileURL));
  return match && isLocale(match[1]!) ? { locale: match[1], key: match[2]! } : undefined;
}

const text = (value: string): HastNode => ({ type: 'text', value });
const element = (tagName: string, properties: Record<string, unknown>, children: HastNode[]): HastNode =>
  ({ type: 'element', tagName, properties, children }) as HastNode;

export interface GlossaryLinkOptions {
  /** The site's base path (BASE_PATH), so links stay inside it. */
  base: string;
  /** The glossary; read from glossaryFile() when not given. */
  terms?: GlossaryTerm[];
}

/** The plugin entry for `satteri({ hastPlugins })`: a factory that runs only on chapter files. */
export function glossaryLinks({ base, terms = readGlossary() }: GlossaryLinkOptions) {
  const byId = new Map(terms.map((term) => [term.id, term]));
  const forms = Object.fromEntries(locales.map((locale) => [locale, termForms(terms, locale)])) as Record<
    Locale,
    TermForm[]
  >;

  return (context: PluginFactoryContext): HastPluginDefinition | null => {
    const chapter = chapterOf(context.fileURL);
    if (!chapter) return null;
    const { locale, key } = chapter;
    const describedBy = (id: string) => definitionId(key, id);

    const render = (part: TextPart): HastNode =>
      typeof part === 'string'
        ? text(part)
        : element(
            'a',
            {
              href: glossaryHref(locale, part.id, base),
              className: ['glossary-term'],
              ariaDescribedBy: describedBy(part.id),
            },
            [text(part.text)],
          );

    /** Both locales' forms, this page's first, then the definition in this page's language. */
    const definition = (id: string): HastNode => {
      const term = byId.get(id)!;
      const ordered = [locale, ...locales.filter((other) => other !== locale)];
      const forms = ordered.flatMap((other, index) => [
        ...(index ? [text(' · ')] : []),
        element('span', other === locale ? {} : { lang: languageTag[other] }, [text(term[other].term)]),
      ]);
      return element('div', {}, [
        element('p', {}, forms),
        element('p', { id: describedBy(id) }, [text(term[locale].definition)]),
      ]);
    };

    return {
      name: 'glossary-links',
      before(root, ctx) {
        const plan = planTermLinks(root as unknown as TreeNode, {
          forms: forms[locale],
          proseComponents: ['Case', 'TeachingNotes'],
          skipSections: ['references'],
        });
        for (const { node, parts } of plan.edits) ctx.replaceNode(node as unknown as HastNode, parts.map(render));
        if (plan.linked.length)
          ctx.appendChild(
            root,
            element(
              'div',
              { className: ['glossary-definitions'], hidden: true, dataPagefindIgnore: 'all' },
              plan.linked.map(definition),
            ),
          );
      },
    };
  };
}
