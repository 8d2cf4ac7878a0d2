/** Rule: every chapter exists in every locale (content/chapters/<locale>/NN-slug.mdx), so no language falls behind. */
import type { ContentProblem } from './contentProblem.ts';

/** `files` are chapter paths; `locales` the course's locale ids. */
export function checkChapterLocales(files: readonly string[], locales: readonly string[]): ContentProblem[] {
  const byLocale = new Map(locales.map((locale) => [locale, new Set<string>()]));
  for (const file of files) {
    const [locale = '', name = ''] = file.split('/').slice(-2);
    byLocale.get(locale)?.add(name);
  }
  const problems: ContentProblem[] = [];
  for (const [locale, names] of byLocale)
    for (const name of names)
      for (const other of locales)
        if (!byLocale.get(other)!.has(name))
          problems.push({
            file: `content/chapters/${locale}/${name}`,
            line: 1,
            message: `this chapter has no ${other} version: content/chapters/${other}/${name} is missing`,
          });
  return problems;
}
