/**
 * The forecast in words, in the page's language: the weighted pipeline, the coverage of the quota,
 * the reminder that the weighted sum is an average, the spread of outcomes, and the one sentence a
 * screen reader hears; or why there is no forecast.
 */
import { fillTemplate } from '../text/fillTemplate.ts';
import type { PipelineStrings } from '../../i18n/types.ts';
import type { Forecast, ForecastProblem } from './pipelineForecast.ts';
import type { PipelineFormats } from './pipelineFormats.ts';

export interface ForecastText {
  weighted: string;
  coverage: string;
  spread: string;
  announce: string;
}

export function forecastText(forecast: Forecast, strings: PipelineStrings, formats: PipelineFormats): ForecastText {
  const values = {
    weighted: formats.money(forecast.weighted),
    pipeline: formats.money(forecast.pipeline),
    quota: formats.money(forecast.quota),
    pipelineCoverage: formats.ratio(forecast.coverage.pipeline),
    weightedCoverage: formats.ratio(forecast.coverage.weighted),
    p10: formats.money(forecast.p10),
    p50: formats.money(forecast.p50),
    p90: formats.money(forecast.p90),
    reach: formats.percent(forecast.reachQuota),
  };
  return {
    weighted: fillTemplate(strings.weighted, values),
    coverage: fillTemplate(strings.coverage, values),
    spread: fillTemplate(strings.spread, values),
    announce: fillTemplate(strings.announce, values),
  };
}

export function forecastProblemText(problem: ForecastProblem, strings: PipelineStrings['problems']): string {
  switch (problem.code) {
    case 'tooManyDeals':
      return fillTemplate(strings.tooManyDeals, { max: problem.max });
    case 'badDeal':
      return fillTemplate(strings.badDeal, { n: problem.index + 1 });
    default:
      return strings[problem.code];
  }
}
