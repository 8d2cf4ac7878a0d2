/** UI strings for the satisfaction–loyalty curve widget (chapter 5), in English. */
import type { LoyaltyCurveStrings } from '../types.ts';

export const loyaltyCurve: LoyaltyCurveStrings = {
  title: 'The satisfaction–loyalty curve: competition and switching costs',
  intro:
    'Two illustrative curves stand for a highly competitive market and one with little competition; a third bends with the switching-cost slider. Change the spread of satisfaction scores and see how many of the same customers each market is expected to keep.',
  assumptions: {
    heading: 'Assumptions (the model and its formulas)',
    items: [
      'The curves are illustrative: shaped after the figure in which Jones and Sasser (1995) compared industries, not fitted to any data. The zone boundaries (scores 2 and 4) are illustrative too.',
      'Highly competitive market (switching costs 0): c(x) = 0.95 ÷ 6^(5 − x), where x is the satisfaction score from 1 to 5. A customer who gives a 5 buys again with a likelihood of 95%, and each score lower divides the likelihood by 6. The six comes from Xerox, whose customers giving a 5 were six times as likely to buy again as those giving a 4; applying it at every step is this tool’s assumption, not backed by data.',
      'The share of customers that switching costs s (the slider’s reading ÷ 100) hold whatever their satisfaction: h(s) = 0.9 × (3s² − 2s³). It changes slowly near 0 and 1 and fastest in the middle, as if what customers would gain by switching clustered around a typical value, so the most customers are freed as switching costs pass it. It holds 90% at most: some customers always leave for reasons no barrier stops, such as moving house or changing needs.',
      'Likelihood of buying again: p(x, s) = 1 − (1 − c(x)) × (1 − h(s)). A customer leaves only when neither satisfaction nor switching costs keep them (the two taken as independent). Higher switching costs raise the floor and flatten the curve, every slope multiplied by 1 − h(s). s = 1 is the market with little competition (monopoly or very high switching costs): its floor is 90%, and it rises only about 9.5 percentage points from a 1 to a 5.',
      'Expected retention = Σ (customers scoring x × p(x, s)) ÷ all customers. The “course-note table” column uses the midpoints of the chapter’s unsourced table (5: 94.5%, 4: 82.5%, 3: 62.5%, 2: 17.5%, 1: 2.5%), for comparison only, not as a research finding.',
      'The chapter’s table of zones says that in the zone of defection a little more satisfaction brings a clear rise in loyalty. The curves here are the two extremes Jones and Sasser compared and the blends between them, and none shows that rise: with fierce competition nearly every customer scoring 1 or 2 leaves, with little competition nearly all of them are held.',
    ],
  },
  view: {
    switchingCost: 'Switching costs (0–100)',
    switchingCostHint:
      '0: leaving costs nothing, fierce competition; 100: leaving is almost impossible, close to a monopoly. The arrow keys move it by 5.',
    switchingCostValue: 'Switching costs {level}: {held} of customers are held whatever their satisfaction',
    chartTitle: 'Satisfaction and the likelihood of buying again (illustrative curves)',
    chartDescription:
      'Line chart: satisfaction from 1 (very dissatisfied) to 5 (very satisfied) across, likelihood of buying again (%) up. The solid line is the highly competitive market, the dashed line the market with little competition, the thick dotted line with diamonds the curve at the current switching costs. Scores 1–2 are the zone of defection, 2–4 the zone of indifference (quality-insensitive, hatched), 4–5 the zone of affection. The table below gives the values.',
    chartCaption:
      'Solid: highly competitive market; dashed: little competition; thick dotted with diamonds: switching costs {level}. The hatched band is the zone of indifference (quality-insensitive). The curves are shaped after Jones and Sasser (1995) and are illustrative only.',
    axisSatisfaction: 'Satisfaction score (1–5)',
    axisLikelihood: 'Likelihood of buying again (%)',
    zones: {
      defection: 'Defection',
      indifference: 'Indifference (quality-insensitive)',
      indifferenceShort: 'Indifference',
      affection: 'Affection',
    },
    lines: {
      competitive: 'Competitive',
      sheltered: 'Low competition',
      current: 'Switching costs {level}',
    },
    scoresLegend: 'Satisfaction scores: customers giving each score',
    fields: {
      score1: 'Customers scoring 1',
      score2: 'Customers scoring 2',
      score3: 'Customers scoring 3',
      score4: 'Customers scoring 4',
      score5: 'Customers scoring 5',
    },
    stepDown: '−10: {label}',
    stepUp: '+10: {label}',
    total: '{n} customers in all',
    noCustomers: 'There must be at least one customer to work out retention.',
    staleNotice: 'Some input needs fixing; the charts and results still show the last valid input.',
    reset: 'Back to the example',
    barsTitle: 'Customers giving each score',
    barsDescription:
      'Bar chart: satisfaction from 1 to 5 across; each bar’s height is the number of customers giving that score, written above it.',
    summary:
      'Of {customers} customers, {satisfied} gave a 4 or a 5, and the average score is {mean}. Expected retention: {competitive} in a highly competitive market, {current} at switching costs {level}, {sheltered} with little competition; {table} by the course-note table.',
    tableCaption: 'Likelihood of buying again at each score, and expected retention',
    columns: {
      score: 'Score',
      customers: 'Customers',
      competitive: 'Highly competitive',
      current: 'Switching costs {level}',
      sheltered: 'Little competition',
      table: 'Course-note table (midpoints)',
    },
    staying: 'Expected to stay',
    retention: 'Expected retention',
  },
};
