/**
 * The horizontal layout both charts share, so each bar of the score chart stands under its score
 * on the curve chart: satisfaction 1–5 across, with room on the right for the lines' names.
 */
import { linearScale } from '../../lib/chart/niceTicks.ts';

export const LEFT = 48;

/** A label's width at the charts' 13 px bold, a little generously: Han characters 13 px, Latin ones about 8. */
export const textWidth = (text: string) => [...text].reduce((sum, char) => sum + (char > '\u2e7f' ? 13 : 8.2), 0);

/** The right margin that fits the competitive line's name at its end, and the scale of scores 1–5 between the margins. */
export function scoreAxis(width: number, endLabel: string) {
  const right = 12 + textWidth(endLabel);
  return { right, x: linearScale(1, 5, LEFT, width - right) };
}
