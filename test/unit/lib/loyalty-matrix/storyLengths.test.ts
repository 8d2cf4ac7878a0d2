/** The mean length of each cell's stories against all the stories', on hand-made stories whose lengths are counted by hand. */
import { describe, expect, it } from 'vitest';
import { cellLengthBalance } from '../../../../src/lib/loyalty-matrix/storyLengths.ts';

describe('story length by cell', () => {
  it('compares each cell’s mean with the mean of all stories', () => {
    const balance = cellLengthBalance([
      { cell: 'true-loyalty', title: 'ab', text: 'cd' }, // 4
      { cell: 'true-loyalty', title: 'a', text: 'b' }, // 2
      { cell: 'spurious', title: '一二', text: '三四  五\n六' }, // 2 + 6 ("三四 五 六" once runs of space collapse)
    ]);
    // All: (4 + 2 + 8) / 3 = 14 / 3. True loyalty: 3, ratio 9 / 14. Spurious: 8, ratio 24 / 14.
    expect(balance).toHaveLength(2);
    expect(balance[0]).toMatchObject({ cell: 'true-loyalty', stories: 2, mean: 3 });
    expect(balance[0]!.ratio).toBeCloseTo(9 / 14, 12);
    expect(balance[1]).toMatchObject({ cell: 'spurious', stories: 1, mean: 8 });
    expect(balance[1]!.ratio).toBeCloseTo(24 / 14, 12);
  });

  it('gives every cell a ratio of 1 when all stories are as long', () => {
    const balance = cellLengthBalance(
      (['true-loyalty', 'latent', 'spurious', 'no-loyalty'] as const).map((cell) => ({ cell, title: 'x', text: 'yz' })),
    );
    expect(balance.map((cell) => cell.ratio)).toEqual([1, 1, 1, 1]);
  });
});
