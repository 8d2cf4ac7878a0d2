/** UI strings for the customer-pyramid and RFM explorer (chapter 3), in English. */
import type { CustomerPyramidStrings } from '../types.ts';

export const customerPyramid: CustomerPyramidStrings = {
  title: 'Customer pyramid and RFM explorer',
  intro:
    'About 3,000 invented customers of an imaginary online shop, ranked by profit and cut into four tiers at shares you choose. Or load your own file: it is read in this browser and never leaves your device.',
  loading: 'Loading the sample customers…',
  loadFailed: 'The sample customers could not be loaded. Reload the page to try again.',
  source: 'Data: {name}, {n} customers.',
  sampleName: 'the synthetic sample (generated for teaching)',
  ownFileName: 'your file',
  cutoffsLegend: 'Tier cut-offs (share of customers, from the most profitable)',
  fields: { platinum: 'Platinum: top (%)', gold: 'Gold: next (%)', iron: 'Iron: next (%)' },
  leadRest: 'Lead: the remaining {share}.',
  problems: {
    total: 'Platinum, gold and iron together cannot be more than 100% of customers.',
  },
  staleNotice: 'Some input needs fixing; the results below still show the last valid cut-offs.',
  tierNames: { platinum: 'Platinum', gold: 'Gold', iron: 'Iron', lead: 'Lead' },
  tableCaption: 'Each tier’s share of customers and of profit, and its mean RFM scores (1–5)',
  columns: {
    tier: 'Tier',
    customers: 'Customers',
    customerShare: 'Share of customers',
    profitShare: 'Share of profit',
    profitPerCustomer: 'Profit per customer',
    recency: 'Mean R',
    frequency: 'Mean F',
    monetary: 'Mean M',
  },
  noProfit: 'n/a',
  chartTitle: 'Share of customers and share of profit by tier',
  chartDescription:
    'Bar chart: for each tier a plain bar for its share of customers and a hatched bar for its share of profit; a profit share below zero points left. The numbers are in the table below.',
  legendCustomers: 'Share of customers',
  legendProfit: 'Share of profit',
  pareto:
    'The most profitable 20% of customers bring {topFifth} of the profit; {share} of customers ({n}) bring 80% of it.',
  paretoNone: 'These customers make no profit overall, so the 80/20 check does not apply.',
  tierShares: '{tier} {customers} of customers, {profit} of profit',
  tierSharesList: 'By tier: {list}.',
  tierSharesSeparator: '; ',
  servingTitle: 'Serving each tier',
  serving: {
    platinum:
      'Platinum: a dedicated contact and priority response, invitations to help shape new products, regular check-ins to catch dissatisfaction early.',
    gold: 'Gold: learn what they still buy elsewhere and raise share of wallet with cross-selling and bundles; show the path to platinum.',
    iron: 'Iron: efficient, standard service and good self-service; watch the data for customers with upgrade potential.',
    lead: 'Lead: first find out why they lose money (prices, heavy service use, the firm’s own processes); steer them to cheaper channels and charge fairly for extras.',
  },
  servingNote: 'Every customer gets reliable basic service; the tier decides only what is added on top.',
  fileLabel: 'Load your own customer file (CSV)',
  fileHint:
    'Columns: customerId, lastPurchaseDaysAgo, purchases, revenue, profit (Chinese headers such as 客户编号, 利润 also work). Up to {max}.',
  sampleDownload: 'Download the sample file (CSV) as a model',
  useSample: 'Back to the sample',
  fileTooLarge: 'This file is {size}; the limit is {max}. It was not read.',
  fileUnreadable: 'The file could not be read.',
  fileProblems: {
    tooManyRows: 'The file has {rows} rows; at most {maxRows} can be read.',
    noRows: 'The file has no customer rows under its header.',
    unclosedQuote: 'Line {line}: a quotation mark opens and never closes.',
    missingColumn: 'The column “{column}” is missing.',
    duplicateColumn: 'The column “{column}” appears more than once.',
  },
  rowErrorsTitle: '{n} rows were left out:',
  rowErrorsMore: '… and {n} more.',
  rowErrors: {
    fieldCount: 'Line {line}: {actual} fields, but the header has {expected}.',
    required: 'Line {line}, {field}: empty.',
    notANumber: 'Line {line}, {field}: not a number.',
    decimalComma:
      'Line {line}, {field}: a decimal comma; write decimals with a point, as in 5.5 (a comma only separates thousands).',
    notWhole: 'Line {line}, {field}: must be a whole number.',
    belowMin: 'Line {line}, {field}: less than {min}.',
    aboveMax: 'Line {line}, {field}: more than {max}.',
    tooLong: 'Line {line}, {field}: longer than {max} characters.',
    duplicateId: 'Line {line}, {field}: the same customer as line {firstLine}.',
  },
};
