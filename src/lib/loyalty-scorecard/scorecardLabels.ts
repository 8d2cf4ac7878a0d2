/**
 * The scorecard's longer texts that depend only on the page's language, worked out when the page
 * is built (src/components/widgets/LoyaltyScorecard.astro) so no code for them reaches the
 * browser: each box's full name for its problem messages ("Repeat purchases: rating for A"),
 * and each measure's heading with what it leans to ("Repeat purchases · behaviour").
 */
import type { LoyaltyScorecardStrings } from '../../i18n/types.ts';
import type { ScorecardField } from '../../schemas/loyaltyScorecard.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import { loyaltyMeasures, measureLeaning, type LoyaltyMeasure } from './loyaltyMeasures.ts';

export interface ScorecardLabels {
  fields: Record<ScorecardField, string>;
  headings: Record<LoyaltyMeasure, string>;
}

export function scorecardLabels(strings: LoyaltyScorecardStrings): ScorecardLabels {
  const fields = {} as Record<ScorecardField, string>;
  const headings = {} as Record<LoyaltyMeasure, string>;
  for (const measure of loyaltyMeasures) {
    const { name } = strings.measures[measure];
    fields[`weight-${measure}`] = fillTemplate(strings.fieldLabels.weight, { measure: name });
    fields[`a-${measure}`] = fillTemplate(strings.fieldLabels.rating, { measure: name, name: strings.names.a });
    fields[`b-${measure}`] = fillTemplate(strings.fieldLabels.rating, { measure: name, name: strings.names.b });
    headings[measure] = fillTemplate(strings.heading, {
      measure: name,
      leaning: strings.leanings[measureLeaning(measure)],
    });
  }
  return { fields, headings };
}
