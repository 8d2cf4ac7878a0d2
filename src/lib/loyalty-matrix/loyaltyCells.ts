/**
 * The four cells of Dick and Basu's (1994) loyalty matrix and where each sits on its two axes,
 * relative attitude and repeat patronage. The order is the one every view shows them in (the
 * matrix read row by row), never shuffled: the answers stay where the learner expects them.
 */

export type LoyaltyCell = 'true-loyalty' | 'latent' | 'spurious' | 'no-loyalty';

export type AxisLevel = 'high' | 'low';

export interface CellAxes {
  attitude: AxisLevel;
  patronage: AxisLevel;
}

export const loyaltyCells = [
  'true-loyalty',
  'latent',
  'spurious',
  'no-loyalty',
] as const satisfies readonly LoyaltyCell[];

export const cellAxes: Readonly<Record<LoyaltyCell, CellAxes>> = {
  'true-loyalty': { attitude: 'high', patronage: 'high' },
  latent: { attitude: 'high', patronage: 'low' },
  spurious: { attitude: 'low', patronage: 'high' },
  'no-loyalty': { attitude: 'low', patronage: 'low' },
};

/** The cell at one level of each axis. */
export function cellAt(attitude: AxisLevel, patronage: AxisLevel): LoyaltyCell {
  return loyaltyCells.find((cell) => cellAxes[cell].attitude === attitude && cellAxes[cell].patronage === patronage)!;
}

export function isLoyaltyCell(value: unknown): value is LoyaltyCell {
  return (loyaltyCells as readonly unknown[]).includes(value);
}
