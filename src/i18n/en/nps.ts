/** UI strings for the NPS calculator (chapter 4), in English. */
import type { NpsStrings } from '../types.ts';

export const nps: NpsStrings = {
  title: 'Net Promoter Score calculator: how sure is the score?',
  intro:
    'Enter how many respondents fell into each group, or paste everyone’s 0–10 answers, and get the NPS with its 95% interval; add a second sample to see whether the gap between two scores could be chance. The example: two branches, 80 customers surveyed at each, with an NPS of +32.5 and +20.',
  samples: { a: 'Sample A', b: 'Sample B' },
  modeLegend: 'Enter as',
  modes: { counts: 'Counts of the three groups', scores: 'Individual scores (0–10)' },
  fields: {
    promoters: 'Promoters (9–10)',
    passives: 'Passives (7–8)',
    detractors: 'Detractors (0–6)',
  },
  respondents: { one: '{n} respondent in all.', other: '{n} respondents in all.' },
  noRespondents: '{sample} has no respondents yet: enter at least one.',
  compare: 'Compare with a second sample (Sample B)',
  reset: 'Back to the example',
  staleNotice: 'Some input needs fixing; the results below still show the last valid input.',
  groups: { promoters: 'promoters', passives: 'passives', detractors: 'detractors' },
  groupRanges: { promoters: '9–10', passives: '7–8', detractors: '0–6' },
  tableCaption: 'Respondents in each group',
  groupColumn: 'Group',
  cell: '{n} ({share})',
  barsTitle: 'Share of respondents in each group',
  barsDescription:
    'Stacked bars, one per sample: promoters (solid), passives (blank) and detractors (hatched) from left to right. The table above gives each group’s count and share.',
  score: {
    one: '{sample}: NPS = {promoters} − {detractors} = {score} ({n} respondent).',
    other: '{sample}: NPS = {promoters} − {detractors} = {score} ({n} respondents).',
  },
  interval: '95% interval (Wald): {low} to {high}, standard error {se} points.',
  fewRespondents: {
    one: 'With only {n} respondent this interval is rough: at least {min} respondents are needed before it means much.',
    other:
      'With only {n} respondents this interval is rough: at least {min} respondents are needed before it means much.',
  },
  emptyGroups:
    'No {groups} in the sample: the Wald interval takes the sample’s shares as the true ones and comes out too narrow, so read it as rough.',
  needed: 'With these shares, about {n} respondents would narrow the interval to ±{margin} points.',
  difference:
    '{first} minus {second}: {difference} points; 95% interval of the difference: {low} to {high} (standard error {se} points).',
  verdicts: {
    couldBeChance:
      'The interval includes 0, so a gap this size could be chance: these two samples cannot tell the scores apart.',
    firstHigher:
      'The interval lies above 0: {first} scores higher, and chance alone would rarely open a gap this wide.',
    secondHigher:
      'The interval lies below 0: {second} scores higher, and chance alone would rarely open a gap this wide.',
  },
  roughComparison: 'A sample is small or has an empty group, so this verdict is rough as well.',
  intervalTitle: 'NPS with its 95% interval',
  intervalDescription:
    'Interval plot: NPS across, from −100 to +100, with a line at 0. One row per sample, the score as a circle or square and its 95% interval as a bar; the last row, a diamond, is the difference between the two samples. The text above the plot gives the figures.',
  axisTitle: 'NPS (points)',
  differenceRow: 'A − B',
  method:
    'Method: NPS is the share of promoters minus the share of detractors among the same respondents, so its variance is (pP + pD − (pP − pD)²) ÷ n; the 95% interval is NPS ± 1.96 standard errors (the Wald interval), cut at −100 and +100. Two independent samples are compared through the difference of their scores, with standard error √(V₁/n₁ + V₂/n₂). Below 30 respondents, or with a group at zero, the Wald interval is only a rough guide.',
  claims:
    'What NPS claims, and what the evidence says: Reichheld (2003, Harvard Business Review) argued that one question, how likely a customer is to recommend the company to a friend or colleague, predicts a company’s growth better than longer satisfaction surveys. Keiningham and colleagues (2007, Journal of Marketing) repeated this kind of analysis on several years of data from the Norwegian Customer Satisfaction Barometer and found no evidence that NPS predicts growth better than other satisfaction or loyalty measures, such as the American Customer Satisfaction Index (ACSI). The chapter text discusses both.',
  scores: {
    label: 'Each respondent’s score (a whole number from 0 to 10)',
    hint: 'Separate them with spaces, commas (, ，), enumeration commas (、), semicolons (; ；) or line breaks; a column pasted from a spreadsheet works as it is.',
    example: '10, 9, 8, 7, 10, 6, 9, 3, 8, 10, 9, 7, 5, 10, 8, 9, 10, 4, 9, 8',
    fileLabel: 'Or open a CSV or text file',
    fileHint: 'The file is read in this browser and never leaves your device; {max} at most.',
    columnLabel: 'Column holding the scores',
    read: { one: '{n} score read.', other: '{n} scores read.' },
    heading: 'The first line, “{heading}”, is taken as the column’s heading and not counted.',
    badTitle: { one: '{n} entry left out:', other: '{n} entries left out:' },
    more: '… and {n} more.',
    places: { lineEntry: 'Line {line}, entry {entry}', line: 'Line {line}', entry: 'Entry {entry}' },
    problems: {
      notANumber: '{place}: “{text}” is not a number.',
      notWhole: '{place}: “{text}” is not a whole number; scores are 0, 1, … 10.',
      outOfRange: '{place}: “{text}” is outside the 0–10 scale.',
    },
    noScores: 'No 0–10 score read yet. Type or paste the respondents’ answers, for example: 9, 10, 7, 3.',
    tooMany: 'More than {max} entries cannot be read; work through the list in parts.',
    fileTooLarge: 'The file is too large ({size}); at most {max} can be read.',
    fileUnreadable: 'This file cannot be read; make sure it is a CSV or plain-text file.',
    unclosedQuote: 'Line {line} of the file opens a quotation mark that never closes, so the file cannot be read.',
  },
};
