import { expect, it } from 'vitest';
import { pluralText } from '../../../src/lib/text/pluralText.ts';

const due = { one: 'Review {n} due item', other: 'Review {n} due items' };

it('uses the singular only where the language has one', () => {
  expect(pluralText('en', due, 1)).toBe('Review 1 due item');
  expect(pluralText('en', due, 0)).toBe('Review 0 due items');
  expect(pluralText('en', due, 2)).toBe('Review 2 due items');
  // Chinese has no singular form: Intl.PluralRules says "other" even for 1.
  expect(pluralText('zh-CN', { one: '一', other: '复习 {n} 道' }, 1)).toBe('复习 1 道');
});
