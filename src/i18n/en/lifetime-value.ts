/** UI strings for the lifetime-value calculator (chapter 3), in English. */
import type { LifetimeValueStrings } from '../types.ts';

export const lifetimeValue: LifetimeValueStrings = {
  title: 'Customer lifetime value calculator',
  intro:
    'Follow a cohort of newly acquired customers year by year in two scenarios, A and B, and compare what one customer is worth to the firm in each.',
  scenarioA: 'Scenario A',
  scenarioB: 'Scenario B',
  fields: {
    startingCustomers: 'Customers acquired',
    retention: 'Yearly retention (%)',
    marginPerCustomer: 'Margin per customer, year 1 (CNY)',
    marginGrowth: 'Yearly margin growth (%)',
    discountRate: 'Discount rate (%)',
    acquisitionCost: 'Acquisition cost per customer (CNY)',
    horizonYears: 'Years',
  },
  problems: {
    tooFewValues: '“{label}” needs at least {min} value.',
    tooManyValues: '“{label}” can have at most {max} values.',
  },
  staleNotice: 'Some input needs fixing; the results below still show the last valid input.',
  reset: 'Reset to defaults',
  linkProblem: 'The link’s value for “{label}” in {scenario} could not be used, so the default is shown instead.',
  timingTitle: 'When is a margin counted?',
  timingTable:
    'The year-by-year table and chart count each year’s margin at the END of the year, from the customers still there after that year’s churn; nothing is earned at year 0, when the customer is acquired. This is the chapter’s convention.',
  timingLegend: 'Convention for the infinite-horizon margin multiple',
  timingEndOfPeriod: 'Margin at the end of each period (this chapter): m × r ÷ (1 + d − r)',
  timingUpFront: 'First margin up front: m × (1 + d) ÷ (1 + d − r)',
  resultsCaption: 'Results per customer acquired',
  rows: {
    clvHorizon: 'Value over {years} years',
    clvNet: 'Value over {years} years minus acquisition cost',
    clvToCac: 'Value over {years} years ÷ acquisition cost',
    payback: 'Payback year',
    multiple: 'Margin multiple (infinite horizon)',
    clvLifetime: 'Infinite-horizon CLV (formula)',
  },
  paybackYear: 'in year {year}',
  paybackNever: 'not within {years} years',
  notApplicable: 'n/a',
  lifetimeNote:
    'The infinite-horizon formula assumes a constant margin and retention for ever; margin growth is left out of it (the table includes it).',
  differenceMore:
    'Per customer acquired, scenario B is worth {b} and scenario A {a} over their horizons: B is worth {gap} ({share}) more.',
  differenceLess:
    'Per customer acquired, scenario B is worth {b} and scenario A {a} over their horizons: B is worth {gap} ({share}) less.',
  differenceMoreNoShare:
    'Per customer acquired, scenario B is worth {b} and scenario A {a} over their horizons: B is worth {gap} more.',
  differenceLessNoShare:
    'Per customer acquired, scenario B is worth {b} and scenario A {a} over their horizons: B is worth {gap} less.',
  differenceNone: 'Per customer acquired, scenarios A and B are worth the same: {a}.',
  summary: '{difference} {payback}',
  differencePayback: 'Acquisition cost is paid back: A {paybackA}, B {paybackB}.',
  tableCaption: '{scenario}: the cohort year by year',
  columns: {
    year: 'Year',
    retention: 'Retention',
    customers: 'Customers at year end',
    marginPerCustomer: 'Margin per customer',
    margin: 'Margin',
    discountedMargin: 'Discounted margin',
    cumulativeDiscountedMargin: 'Cumulative discounted margin',
    cumulativePerCustomer: 'Cumulative per customer acquired',
  },
  download: 'Download table {scenario} as CSV',
  csvFileName: 'lifetime-value-{scenario}.csv',
  chartTitle: 'Cumulative discounted value per customer acquired',
  chartDescription:
    'Line chart: years across, cumulative discounted value per customer up. Scenario A is a solid line with circles, scenario B a dashed line with squares; thin dotted lines mark each scenario’s acquisition cost. The numbers are in the tables below.',
  axisYear: 'Year',
  axisValue: 'CNY per customer',
  seriesA: 'A',
  seriesB: 'B',
  cacLine: 'CAC',
  sensitivityCaption: 'Scenario A: retention raised by 1 to 10 points',
  sensitivityColumns: {
    points: 'Retention +',
    retention: 'Retention',
    clvHorizon: 'Value over {years} years',
    changeHorizon: 'Change',
    clvLifetime: 'Infinite-horizon CLV (formula)',
    changeLifetime: 'Change',
  },
  pointsValue: '+{points} pts',
  unreachable: 'beyond the 99% ceiling',
  sensitivityNote:
    'Points are added to every year’s retention. Reichheld and Sasser (1990) put the effect of five points less churn at 25%–85% more customer value in the industries they studied: compare the +5 row.',
};
