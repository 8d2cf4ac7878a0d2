/**
 * Which words of a chapter link to the glossary: longest term first, Chinese by substring, English
 * as whole words and ignoring case (abbreviations only in capitals), the first occurrence per h2
 * section only, and never in headings, links, code, components' props or other components, or a
 * reference list. Trees are built by hand (as the Markdown pipeline gives them) and through the
 * real pipeline (Sätteri) with the plugin itself.
 */
import { describe, expect, it } from 'vitest';
import { mdxToJs, type MdxToJsResult } from 'satteri';
import type { GlossaryTerm } from '../../../../src/schemas/glossary.ts';
import { termForms } from '../../../../src/lib/glossary/termForms.ts';
import { findTermSpans } from '../../../../src/lib/glossary/findTermSpans.ts';
import { planTermLinks, type TreeNode } from '../../../../src/lib/glossary/planTermLinks.ts';
import { bareTerm, keyTermIds } from '../../../../src/lib/glossary/keyTermId.ts';
import { glossaryHref } from '../../../../src/lib/glossary/glossaryHref.ts';
import { glossaryLinks } from '../../../../src/integrations/glossaryLinks.ts';

const term = (id: string, zh: string[], en: string[]): GlossaryTerm => ({
  id,
  chapter: 1,
  'zh-cn': { term: zh[0]!, definition: `${zh[0]}的定义。`, aliases: zh.slice(1) },
  en: { term: en[0]!, definition: `The definition of ${en[0]}.`, aliases: en.slice(1) },
});

const terms = [
  term('client', ['客户'], ['client', 'clients']),
  term('customer', ['顾客'], ['customer']),
  term('customer-lifetime-value', ['客户生命周期价值'], ['customer lifetime value', 'CLV', 'lifetime value']),
  term('customer-relationship-management', ['客户关系管理'], ['customer relationship management', 'CRM']),
  term('net-promoter-score', ['净推荐值'], ['Net Promoter Score', 'NPS']),
];
const zh = termForms(terms, 'zh-cn');
const en = termForms(terms, 'en');

/** The linked words of a text, in order: [id, words]. */
const linked = (text: string, forms = zh) =>
  findTermSpans(text, forms).map((span) => [span.id, text.slice(span.start, span.end)]);

describe('termForms', () => {
  it('lists every term and alias of the locale, longest first', () => {
    expect(en.map((form) => form.form)).toEqual([
      'customer relationship management',
      'customer lifetime value',
      'Net Promoter Score',
      'lifetime value',
      'customer',
      'clients',
      'client',
      'CLV',
      'CRM',
      'NPS',
    ]);
    expect(zh.map((form) => form.form)).toEqual(['客户生命周期价值', '客户关系管理', '净推荐值', '客户', '顾客']);
  });

  it('makes capitalised abbreviations, and only they, case-sensitive', () => {
    expect(en.filter((form) => form.caseSensitive).map((form) => form.form)).toEqual(['CLV', 'CRM', 'NPS']);
  });
});

describe('findTermSpans in Chinese', () => {
  it('matches a term anywhere in a run of Han characters', () => {
    expect(linked('企业的客户关系管理是什么')).toEqual([['customer-relationship-management', '客户关系管理']]);
  });

  it('lets a longer glossary term claim its characters before a shorter one inside it', () => {
    // 客户 is a term, but inside 客户生命周期价值 (itself a term) it is not linked apart.
    expect(linked('客户生命周期价值取决于客户')).toEqual([
      ['customer-lifetime-value', '客户生命周期价值'],
      ['client', '客户'],
    ]);
  });

  it('still finds a short term inside a longer word that is not a glossary term', () => {
    // 大客户 is no entry of this glossary: Chinese has no word boundaries to tell it apart.
    expect(linked('大客户')).toEqual([['client', '客户']]);
  });

  it('finds an English abbreviation in Chinese text, as a whole word', () => {
    expect(
      linked('客户关系管理（CRM）与 eCRM', termForms(terms, 'zh-cn').concat(en.filter((f) => f.form === 'CRM'))),
    ).toEqual([
      ['customer-relationship-management', '客户关系管理'],
      ['customer-relationship-management', 'CRM'],
    ]);
  });
});

describe('findTermSpans in English', () => {
  it('matches whole words only', () => {
    expect(linked('customers and a customer', en)).toEqual([['customer', 'customer']]);
    expect(linked('clientele, clients', en)).toEqual([['client', 'clients']]);
  });

  it('ignores case, except in abbreviations written in capitals', () => {
    expect(linked('Customer Lifetime Value', en)).toEqual([['customer-lifetime-value', 'Customer Lifetime Value']]);
    expect(linked('the nps of a clv', en)).toEqual([]);
    expect(linked('its NPS and CLV', en)).toEqual([
      ['net-promoter-score', 'NPS'],
      ['customer-lifetime-value', 'CLV'],
    ]);
  });

  it('takes the longest form first, so a term inside a longer one is not matched', () => {
    expect(linked('customer lifetime value', en)).toEqual([['customer-lifetime-value', 'customer lifetime value']]);
    expect(linked('lifetime value per customer', en)).toEqual([
      ['customer-lifetime-value', 'lifetime value'],
      ['customer', 'customer'],
    ]);
  });

  it('matches a term broken over two lines', () => {
    expect(linked('Net Promoter\nScore', en)).toEqual([['net-promoter-score', 'Net Promoter\nScore']]);
  });

  it('treats a hyphen or an apostrophe as the end of a word', () => {
    expect(linked('CRM-based, the customer’s', en)).toEqual([
      ['customer-relationship-management', 'CRM'],
      ['customer', 'customer'],
    ]);
  });
});

const textNode = (value: string): TreeNode => ({ type: 'text', value });
const el = (tagName: string, children: TreeNode[], properties: Record<string, unknown> = {}): TreeNode => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const component = (name: string, children: TreeNode[]): TreeNode => ({ type: 'mdxJsxFlowElement', name, children });

/** The links a plan makes, in order, as "id:words". */
const links = (root: TreeNode, forms = zh) =>
  planTermLinks(root, {
    forms,
    proseComponents: ['Case', 'TeachingNotes'],
    skipSections: ['references'],
  }).edits.flatMap((edit) =>
    edit.parts.flatMap((part) => (typeof part === 'string' ? [] : [`${part.id}:${part.text}`])),
  );

describe('planTermLinks', () => {
  it('links the first occurrence of each term per h2 section, and again in the next section', () => {
    const root = el('root', [
      el('p', [textNode('客户关系管理，还是客户关系管理；客户。')]),
      el('p', [textNode('客户与顾客')]),
      el('h3', [textNode('小节')]),
      el('p', [textNode('顾客')]),
      el('h2', [textNode('下一节')]),
      el('p', [textNode('客户关系管理')]),
    ]);
    expect(links(root)).toEqual([
      'customer-relationship-management:客户关系管理',
      'client:客户',
      'customer:顾客',
      'customer-relationship-management:客户关系管理',
    ]);
  });

  it('splits a text into the words as they were and the links', () => {
    const plan = planTermLinks(el('root', [el('p', [textNode('先说客户关系管理，再说顾客。')])]), { forms: zh });
    expect(plan.edits[0]!.parts).toEqual([
      '先说',
      { id: 'customer-relationship-management', text: '客户关系管理' },
      '，再说',
      { id: 'customer', text: '顾客' },
      '。',
    ]);
    expect(plan.linked).toEqual(['customer-relationship-management', 'customer']);
  });

  it('never links inside headings, links, code or components other than the prose ones', () => {
    const root = el('root', [
      el('h2', [textNode('客户关系管理')]),
      el('p', [el('a', [textNode('客户关系管理')], { href: '/x/' }), el('code', [textNode('客户')])]),
      component('ChapterLink', [textNode('顾客')]),
      { type: 'mdxJsxFlowElement', name: 'Quiz', children: [] },
      el('p', [el('strong', [textNode('顾客')])]),
    ]);
    expect(links(root)).toEqual(['customer:顾客']);
  });

  it('links inside a case and the teaching notes', () => {
    const root = el('root', [
      component('Case', [el('p', [textNode('客户')])]),
      component('TeachingNotes', [el('p', [textNode('顾客')])]),
    ]);
    expect(links(root)).toEqual(['client:客户', 'customer:顾客']);
  });

  it('leaves a reference list alone, up to the next heading as high', () => {
    const root = el('root', [
      el('h2', [textNode('讨论')]),
      el('h3', [textNode('参考文献')], { id: 'references' }),
      el('ul', [el('li', [textNode('Customer Relationship Management. 2004.')])]),
      el('h2', [textNode('测验')]),
      el('p', [textNode('customer relationship management')]),
    ]);
    expect(links(root, en)).toEqual(['customer-relationship-management:customer relationship management']);
  });
});

describe('key terms and addresses', () => {
  it('finds a key term’s entry without its parenthesised abbreviation, in either locale', () => {
    expect(bareTerm('客户关系管理（CRM）')).toBe('客户关系管理');
    expect(keyTermIds(terms, 'zh-cn')('客户关系管理（CRM）')).toBe('customer-relationship-management');
    expect(keyTermIds(terms, 'en')('Customer lifetime value (CLV)')).toBe('customer-lifetime-value');
    expect(keyTermIds(terms, 'en')('Switching costs')).toBeUndefined();
  });

  it('links to the glossary of the locale, inside the base path', () => {
    expect(glossaryHref('zh-cn', 'client', '/')).toBe('/glossary/#client');
    expect(glossaryHref('en', 'client', '/crm/')).toBe('/crm/en/glossary/#client');
  });
});

describe('the Markdown plugin', () => {
  const compile = (source: string, file: string, base = '/') =>
    // The plugin is synchronous, so the compile is too.
    (
      mdxToJs(source, {
        hastPlugins: [glossaryLinks({ base, terms })],
        fileURL: new URL(`file:///course/content/chapters/${file}`),
        features: { headingAttributes: true },
      }) as MdxToJsResult
    ).code;

  it('links terms in a chapter, described by their definitions, listed once and hidden at the end', () => {
    const code = compile(
      '## 客户关系管理 {#a}\n\n客户关系管理的核心是客户。\n\n<Case title="客户">\n\n顾客\n\n</Case>\n',
      'zh-cn/01-foundations.mdx',
    );
    expect(code).toContain('href: "/glossary/#customer-relationship-management"');
    expect(code).toContain('"aria-describedby": "glossary-definition-01-customer-relationship-management"');
    expect(code).toContain('id: "glossary-definition-01-client"');
    expect(code).toContain('"客户关系管理的定义。"');
    // The heading and the component's prop keep their words; a hidden block holds the definitions.
    expect(code).toContain('children: "客户关系管理"\n');
    expect(code).toContain('title: "客户"');
    expect(code).toMatch(/className: "glossary-definitions",\s+hidden: true/);
    expect(code.match(/className: "glossary-term"/g)).toHaveLength(3);
  });

  it('links to the English glossary from an English chapter, under the base path, with the Chinese form beside', () => {
    const code = compile('Our CRM and our clients.\n', 'en/03-customer-value.mdx', '/crm/');
    expect(code).toContain('href: "/crm/en/glossary/#customer-relationship-management"');
    expect(code).toContain('href: "/crm/en/glossary/#client"');
    expect(code).toContain('lang: "zh-CN"');
    expect(code).toContain('glossary-definition-03-client');
  });

  it('leaves files that are not chapters alone', () => {
    expect(compile('客户关系管理\n', 'other/page.mdx')).not.toContain('glossary-term');
  });
});
