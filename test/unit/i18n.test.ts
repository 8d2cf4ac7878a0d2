import { describe, expect, it } from 'vitest';
import { defaultLocale, dictionaries, locales } from '../../src/i18n/index.ts';
import { localizedPath, sitePath, splitLocalePath } from '../../src/i18n/paths.ts';

/** Every leaf of a dictionary as "a.b.c" → value. */
function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
    }
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  const reference = leaves(dictionaries[defaultLocale]);
  const others = locales.filter((locale) => locale !== defaultLocale);

  it.each(others)('%s has exactly the default locale’s keys', (locale) => {
    expect([...leaves(dictionaries[locale]).keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(locales)('%s has no blank string', (locale) => {
    for (const [key, text] of leaves(dictionaries[locale])) expect(text.trim(), key).not.toBe('');
  });

  it.each(others)('%s uses the same placeholders as the default locale in every string', (locale) => {
    const translated = leaves(dictionaries[locale]);
    for (const [key, text] of reference)
      expect(placeholders(translated.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('catches a misspelt placeholder (the check above is not vacuous)', () => {
    expect(placeholders('“{label}” cannot be less than {mni}.')).not.toEqual(placeholders('“{label}”不能小于 {min}。'));
  });
});

describe('localizedPath', () => {
  it('puts Chinese at the root and English under /en/, inside the base path', () => {
    expect(localizedPath('zh-cn', '', '/')).toBe('/');
    expect(localizedPath('en', 'chapters/01-foundations/', '/')).toBe('/en/chapters/01-foundations/');
    expect(localizedPath('en', 'chapters/01-foundations/', '/crm')).toBe('/crm/en/chapters/01-foundations/');
    expect(localizedPath('zh-cn', '/chapters/01-foundations/', '/crm/')).toBe('/crm/chapters/01-foundations/');
    expect(sitePath('favicon.svg', '/crm/')).toBe('/crm/favicon.svg');
  });
});

describe('splitLocalePath', () => {
  it('finds the locale and the path inside it', () => {
    expect(splitLocalePath('/crm/en/chapters/x/', '/crm/')).toEqual({ locale: 'en', path: 'chapters/x/' });
    expect(splitLocalePath('/crm/chapters/x/', '/crm')).toEqual({ locale: 'zh-cn', path: 'chapters/x/' });
    expect(splitLocalePath('/en/', '/')).toEqual({ locale: 'en', path: '' });
    expect(splitLocalePath('/english/', '/')).toEqual({ locale: 'zh-cn', path: 'english/' });
  });
});
