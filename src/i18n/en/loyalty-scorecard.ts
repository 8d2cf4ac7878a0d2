/** UI strings for the loyalty scorecard and CRM KPI calculator (chapter 5), in English. */
import type { LoyaltyScorecardStrings } from '../types.ts';

export const loyaltyScorecard: LoyaltyScorecardStrings = {
  title: 'Loyalty scorecard and CRM KPIs',
  modes: {
    legend: 'Tool',
    scorecard: 'Loyalty scorecard',
    kpi: 'KPI calculator',
  },
  intro:
    'Rate two customers (or two brands), A and B, from 1 to 5 on each of the seven measures, 5 being the loyal end (choice time and price sensitivity are scored in reverse: the shorter the choice and the less price matters, the higher the score), and give each measure a weight; the weights must add up to 100%. Each measure contributes weight × rating, and the contributions add up to the loyalty index, which stays between 1 and 5.',
  names: {
    a: 'A',
    b: 'B',
  },
  presets: {
    legend: 'Examples',
    chapter: 'The chapter’s example (weights 20/20/10/10/15/15/10)',
    behaviour: 'Exercise 2: repeat purchases and share of wallet 30% each, the rest 8%',
  },
  measures: {
    repeatPurchases: {
      name: 'Repeat purchases',
      inSentence: 'repeat purchases',
      scale: '5 = buys again most often',
    },
    shareOfWallet: {
      name: 'Share of wallet',
      inSentence: 'share of wallet',
      scale: '5 = the largest share of the category spend',
    },
    brandAttention: {
      name: 'Attention to the brand',
      inSentence: 'attention to the brand',
      scale: '5 = pays the brand most attention',
    },
    choiceTime: {
      name: 'Choice time',
      inSentence: 'choice time',
      scale: '5 = chooses fastest (scored in reverse)',
    },
    priceSensitivity: {
      name: 'Price sensitivity',
      inSentence: 'price sensitivity',
      scale: '5 = least sensitive to price (scored in reverse)',
    },
    competitorAttitude: {
      name: 'Attitude to competitors',
      inSentence: 'attitude to competitors',
      scale: '5 = coolest towards competitors’ products',
    },
    incidentTolerance: {
      name: 'Tolerance of quality incidents',
      inSentence: 'tolerance of quality incidents',
      scale: '5 = most forgiving of an occasional problem',
    },
  },
  leanings: {
    behaviour: 'behaviour',
    attitude: 'attitude',
  },
  heading: '{measure} · {leaning}',
  weight: 'Weight (%)',
  fieldLabels: {
    weight: '{measure}: weight (%)',
    rating: '{measure}: rating for {name}',
  },
  contribution: 'Contribution: A {weight} × {ratingA} = {valueA}; B {weight} × {ratingB} = {valueB}',
  weightTotal: 'The weights add up to {total}.',
  weightsShort: 'The weights add up to {total}, {gap} short of 100%: change them to add up to exactly 100%.',
  weightsOver: 'The weights add up to {total}, {gap} over 100%: change them to add up to exactly 100%.',
  staleNotice: 'Some input needs fixing; the index, chart and sentences below still show the last valid input.',
  indices: 'Loyalty index: A {indexA}, B {indexB}.',
  lead: '{leader} leads by {gap}.',
  tie: 'The two loyalty indices are equal.',
  leaderAhead: 'What puts {name} ahead: {measures}.',
  otherAhead: '{name} gains on {measures}, which narrows the gap.',
  sideAhead: '{name} gains on {measures}.',
  sameEverywhere: 'Every measure contributes the same for both.',
  measureGap: '{measure} (+{gap})',
  split:
    'Behavioural measures (repeat purchases, share of wallet, choice time) add up to {aBehaviour} for A and {bBehaviour} for B; attitudinal measures to {aAttitude} for A and {bAttitude} for B.',
  splitOpposite:
    'One leads on behaviour, the other on attitude: close totals can rest on quite different loyalty, so go back to the individual scores.',
  chartTitle: 'Contribution of each measure (weight × rating)',
  chartDescription:
    'Bar chart: two bars per measure, solid for A and hatched for B, each labelled at its end with A or B and its contribution.',
  kpi: {
    intro:
      'Enter a period’s customer counts and profit. With S customers at the start, N new, L lost, E at the end, U upgraded and profit P, the counts must agree: E = S − L + N, only customers there at the start can be lost, and only customers kept can be upgraded.',
    fields: {
      start: 'Customers at the start, S',
      end: 'Customers at the end, E',
      newCustomers: 'New customers in the period, N',
      lost: 'Customers lost in the period, L',
      upgraded: 'Customers upgraded in the period, U',
      profit: 'Profit from customers in the period, P (¥)',
    },
    example: 'The chapter’s example: the fresh-food shop',
    resultsTitle: 'Indicators',
    rows: {
      retention: {
        name: 'Retention (anti-defection) rate',
        formula: '(E − N) ÷ S',
        working: '({end} − {new}) ÷ {start}',
      },
      defection: { name: 'Defection rate', formula: 'L ÷ S', working: '{lost} ÷ {start}' },
      newRate: { name: 'New-customer rate', formula: 'N ÷ S', working: '{new} ÷ {start}' },
      upgradeRate: { name: 'Upgrade rate', formula: 'U ÷ S', working: '{upgraded} ÷ {start}' },
      averageProfit: {
        name: 'Average profit per customer',
        formula: 'P ÷ [(S + E) ÷ 2]',
        working: '{profit} ÷ [({start} + {end}) ÷ 2] = {profit} ÷ {average}',
      },
    },
    growth:
      'Customers grew from {start} to {end}, up {growth}: {newRate} new customers more than made up for {defection} lost.',
    decline:
      'Customers fell from {start} to {end}, down {growth}: {newRate} new customers did not make up for {defection} lost.',
    flat: 'Customers stayed at {start}: {newRate} new customers exactly made up for {defection} lost.',
    problems: {
      noStart: 'There must be at least 1 customer at the start: every rate is a share of the customers at the start.',
      lostAboveStart:
        'Customers lost ({lost}) cannot be more than customers at the start ({start}): only customers who were there can be lost.',
      unbalanced:
        'The counts do not add up: start {start} − lost {lost} + new {new} = {expected}, but the end is {end}. Change one of them, or use a button below.',
      upgradedAboveRetained:
        'Customers upgraded ({upgraded}) cannot be more than the customers kept (start {start} − lost {lost} = {retained}): only customers who stayed can move up.',
    },
    fixLost: 'Set lost to {lost} (= S + N − E)',
    fixEnd: 'Set the end to {end} (= S − L + N)',
    staleNotice: 'The counts need fixing; the indicators below are still those of the last counts that agreed.',
  },
};
