/** The four cells of Dick and Basu's matrix at their places on the two axes, as the chapter's table lays them out. */
import { describe, expect, it } from 'vitest';
import { cellAt, cellAxes, isLoyaltyCell, loyaltyCells } from '../../../../src/lib/loyalty-matrix/loyaltyCells.ts';

describe('the loyalty matrix', () => {
  it('puts each cell where the chapter’s table does', () => {
    // | | high patronage | low patronage |  high attitude: true, latent;  low attitude: spurious, none.
    expect(cellAt('high', 'high')).toBe('true-loyalty');
    expect(cellAt('high', 'low')).toBe('latent');
    expect(cellAt('low', 'high')).toBe('spurious');
    expect(cellAt('low', 'low')).toBe('no-loyalty');
  });

  it('reads each cell back to the levels it sits at', () => {
    for (const cell of loyaltyCells) expect(cellAt(cellAxes[cell].attitude, cellAxes[cell].patronage)).toBe(cell);
  });

  it('shows the cells in the matrix read row by row, a fixed order', () => {
    expect(loyaltyCells).toEqual(['true-loyalty', 'latent', 'spurious', 'no-loyalty']);
  });

  it('knows a cell from anything else', () => {
    expect(isLoyaltyCell('latent')).toBe(true);
    expect(isLoyaltyCell('true')).toBe(false);
    expect(isLoyaltyCell(undefined)).toBe(false);
    expect(isLoyaltyCell(3)).toBe(false);
  });
});
