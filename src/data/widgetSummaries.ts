/**
 * What each widget prints in its place, in one locale: the summary from the print strings, with the
 * figures some of them quote filled in from the course's own data and models (never copied by
 * hand). The anchor is the widget's title id, where the printed address and QR code land.
 */
import { fill, languageTag, strings, type Locale } from '../i18n/index.ts';
import { chapterExample } from '../lib/loyalty-curve/chapterExample.ts';
import { retentionReport } from '../lib/loyalty-curve/retentionReport.ts';
import { numberFormats } from '../lib/text/numberFormats.ts';
import { widgetRegistry, type WidgetId } from '../widgets/registry.ts';
import { loyaltyStories } from './loyaltyStories.ts';
import { cardSort } from './cardSorts.ts';
import { customerTable } from './dataCleaning.ts';
import { samplePipelineIn } from './samplePipeline.ts';
import { pipelineForecast } from '../lib/pipeline/pipelineForecast.ts';
import { pipelineFormats } from '../lib/pipeline/pipelineFormats.ts';
import { pipelineDefaults } from '../schemas/pipelineFields.ts';

/** The card sorts share one island, so each exercise's title has an id of its own (CardSortWidget.astro). */
const cardSortExercises = {
  CustomerLadder: 'customer-ladder',
  BondLevels: 'bond-levels',
  RelationshipStages: 'relationship-stages',
} as const satisfies Partial<Record<WidgetId, string>>;

const isCardSort = (id: WidgetId): id is keyof typeof cardSortExercises => Object.hasOwn(cardSortExercises, id);

/** The id of a widget's title in its wrapper (src/components/widgets/), which every wrapper follows. */
export function widgetAnchor(id: WidgetId): string {
  return isCardSort(id) ? `cs-${cardSortExercises[id]}-title` : `${widgetRegistry[id].island}-title`;
}

export async function widgetSummary(id: WidgetId, locale: Locale): Promise<string> {
  const summaries = strings(locale).print.widgets;
  switch (id) {
    case 'LoyaltyMatrix':
      return fill(summaries.LoyaltyMatrix, { n: (await loyaltyStories()).length });
    case 'SatisfactionLoyaltyCurve': {
      const example = retentionReport(chapterExample, 0);
      if (!example.ok) throw new Error(`the chapter's example distribution is invalid: ${example.problem.code}`);
      const { percent } = numberFormats(languageTag[locale]);
      const { markets } = example.report;
      return fill(summaries.SatisfactionLoyaltyCurve, {
        competitive: percent(markets.competitive.retention),
        sheltered: percent(markets.sheltered.retention),
        table: percent(markets.table.retention),
      });
    }
    case 'PipelineForecast': {
      const { quota, ...chances } = pipelineDefaults;
      const reading = pipelineForecast(samplePipelineIn(locale), chances, quota);
      if (!reading.ok) throw new Error(`the sample pipeline is invalid: ${reading.problem.code}`);
      const { forecast } = reading;
      const { money, percent } = pipelineFormats(languageTag[locale]);
      return fill(summaries.PipelineForecast, {
        weighted: money(forecast.weighted),
        pipeline: money(forecast.pipeline),
        quota: money(quota),
        reach: percent(forecast.reachQuota),
        p10: money(forecast.p10),
        p50: money(forecast.p50),
        p90: money(forecast.p90),
      });
    }
    case 'DataCleaning':
      return fill(summaries.DataCleaning, { n: (await customerTable(locale)).rows.length });
    case 'CustomerLadder':
    case 'BondLevels':
    case 'RelationshipStages':
      return fill(summaries[id], { n: (await cardSort(cardSortExercises[id])).cards.length });
    default:
      // A summary that quotes a figure needs its own case above; here, the template takes none.
      return fill(summaries[id], {});
  }
}
