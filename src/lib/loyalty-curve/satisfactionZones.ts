/**
 * The three stretches of the satisfaction–loyalty chart (Heskett et al. 1994; Jones & Sasser
 * 1995) on a five-point scale. The chapter gives the boundaries as "about" 2 and 4: illustrative,
 * not estimated from data.
 */
export const satisfactionZones = [
  { zone: 'defection', from: 1, to: 2 },
  { zone: 'indifference', from: 2, to: 4 },
  { zone: 'affection', from: 4, to: 5 },
] as const;

export type SatisfactionZone = (typeof satisfactionZones)[number]['zone'];
