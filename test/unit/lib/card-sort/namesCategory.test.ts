/** Whether a card's words give its category away, on hand-made cards. */
import { describe, expect, it } from 'vitest';
import { categoryNameForms, namedCategory } from '../../../../src/lib/card-sort/namesCategory.ts';

describe('a card naming its category', () => {
  it('takes a general head word off a name, keeping the telling part', () => {
    expect(categoryNameForms('Financial bond')).toEqual(['Financial bond', 'Financial']);
    expect(categoryNameForms('Repeat customer')).toEqual(['Repeat customer', 'Repeat']);
    expect(categoryNameForms('财务性纽带')).toEqual(['财务性纽带', '财务性']);
    expect(categoryNameForms('Advocate')).toEqual(['Advocate']);
    // "承诺期" would leave 承诺 (two characters, kept); "探索" has no head word.
    expect(categoryNameForms('探索')).toEqual(['探索']);
  });

  it('finds the name or its stem in the card, in either script', () => {
    expect(namedCategory('超市按消费额返还财务性奖励', '财务性纽带')).toBe('财务性');
    expect(namedCategory('A financial reward for every purchase', 'Financial bond')).toBe('Financial');
    expect(namedCategory('She became a Repeat Customer in May', 'Repeat customer')).toBe('Repeat customer');
  });

  it('matches English as whole words only', () => {
    expect(namedCategory('She repeatedly asks for discounts', 'Repeat customer')).toBeNull();
    expect(namedCategory('The membership desk was closed', 'Member')).toBeNull();
    expect(namedCategory('Points on every purchase', 'Social bond')).toBeNull();
  });
});
