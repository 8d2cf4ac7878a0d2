/**
 * The scorecard's result in words, in the page's language: both indices, who leads and by how
 * much, the measures that put the leader ahead and those that pull the other way (largest first),
 * and the behavioural and attitudinal subtotals, with a warning when the two customers lead on
 * opposite kinds of measure (the chapter's spurious-versus-true loyalty example).
 */
import type { LoyaltyScorecardStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { LoyaltyFormats } from './loyaltyFormats.ts';
import type { MeasureGap } from './loyaltyGap.ts';
import { INDEX_DECIMALS, loyaltyGap } from './loyaltyGap.ts';
import type { LoyaltyIndex } from './loyaltyIndex.ts';
import type { Rated } from './loyaltyMeasures.ts';

export interface ScorecardSummary {
  /** Both indices. */
  indices: string;
  /** Who leads, on which measures, and the two kinds of measure. */
  drivers: string;
}

export function scorecardSummary(
  scores: Record<Rated, LoyaltyIndex>,
  strings: LoyaltyScorecardStrings,
  formats: LoyaltyFormats,
): ScorecardSummary {
  const { a, b } = scores;
  const { names } = strings;
  const { leader, gap, ahead } = loyaltyGap(a, b);
  const measures = (gaps: MeasureGap[]) =>
    formats.list(
      gaps.map(({ measure, gap: size }) =>
        fillTemplate(strings.measureGap, { measure: strings.measures[measure].inSentence, gap: formats.index(size) }),
      ),
    );
  const parts = [leader ? fillTemplate(strings.lead, { leader: names[leader], gap: formats.index(gap) }) : strings.tie];
  // The leader's measures first; each side's measures only where there are some (a lead spread over
  // gaps too small to show, seven of 0.004 say, names none).
  for (const side of leader === 'b' ? (['b', 'a'] as const) : (['a', 'b'] as const)) {
    if (ahead[side].length === 0) continue;
    const template = !leader ? strings.sideAhead : side === leader ? strings.leaderAhead : strings.otherAhead;
    parts.push(fillTemplate(template, { name: names[side], measures: measures(ahead[side]) }));
  }
  if (!leader && ahead.a.length + ahead.b.length === 0) parts.push(strings.sameEverywhere);
  parts.push(
    fillTemplate(strings.split, {
      aBehaviour: formats.index(a.byLeaning.behaviour),
      bBehaviour: formats.index(b.byLeaning.behaviour),
      aAttitude: formats.index(a.byLeaning.attitude),
      bAttitude: formats.index(b.byLeaning.attitude),
    }),
  );
  // Opposite leads, each by at least what the page shows as 0.01.
  const shown = 10 ** INDEX_DECIMALS;
  const behaviourLead = Math.round((a.byLeaning.behaviour - b.byLeaning.behaviour) * shown);
  const attitudeLead = Math.round((a.byLeaning.attitude - b.byLeaning.attitude) * shown);
  if (behaviourLead * attitudeLead < 0) parts.push(strings.splitOpposite);
  return {
    indices: fillTemplate(strings.indices, {
      indexA: formats.index(a.index),
      indexB: formats.index(b.index),
    }),
    drivers: formats.sentences(parts),
  };
}
