import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { zhCN } from '../../src/i18n/zh-cn';
import { localizedPath, sitePath, splitLocalePath } from '../../src/i18n/paths';

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
  const zh = leaves(zhCN);
  const english = leaves(en);

  it('have the same keys in both locales', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('are never blank', () => {
    for (const [key, text] of [...zh, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both locales', () => {
    for (const [key, text] of zh) expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
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
