/** Each category's mean card length against all the cards', on hand-made cards counted by hand. */
import { describe, expect, it } from 'vitest';
import { categoryLengthBalance } from '../../../../src/lib/card-sort/categoryLengths.ts';

describe('card length by category', () => {
  it('compares each category’s mean with the mean of all cards', () => {
    const balance = categoryLengthBalance(
      ['social', 'financial', 'structural'],
      [
        { category: 'financial', text: 'abcd' }, // 4
        { category: 'financial', text: 'ab' }, // 2
        { category: 'social', text: '一二  三\n四五六' }, // "一二 三 四五六": 8
      ],
    );
    // All: (4 + 2 + 8) / 3 = 14 / 3. Social: 8, ratio 24 / 14. Financial: 3, ratio 9 / 14. Structural: no cards.
    expect(balance).toHaveLength(2);
    expect(balance[0]).toMatchObject({ category: 'social', cards: 1, mean: 8 });
    expect(balance[0]!.ratio).toBeCloseTo(24 / 14, 12);
    expect(balance[1]).toMatchObject({ category: 'financial', cards: 2, mean: 3 });
    expect(balance[1]!.ratio).toBeCloseTo(9 / 14, 12);
  });
});
