/**
 * The gap scores in words, as the result line shows them and a screen reader hears them: the
 * overall gap, the weighted one (or why there is none), and the dimension with the largest
 * shortfall, or, when nothing falls short, the one with the narrowest margin.
 */
import type { ServqualStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { GapScores } from './gapScores.ts';
import type { ServqualFormats } from './servqualFormats.ts';

export function gapSummary(
  scores: GapScores,
  weighted: number | null,
  strings: ServqualStrings,
  formats: ServqualFormats,
): string {
  const lowestGap = scores.gaps[scores.lowest[0]!];
  return [
    fillTemplate(strings.overall, { gap: formats.gap(scores.overall) }),
    weighted === null ? strings.weightedUnavailable : fillTemplate(strings.weighted, { gap: formats.gap(weighted) }),
    fillTemplate(lowestGap < 0 ? strings.largestGap : strings.noShortfall, {
      dimensions: formats.list(scores.lowest.map((dimension) => strings.dimensionsInText[dimension])),
      gap: formats.gap(lowestGap),
    }),
  ].join(' ');
}
