/** UI strings for the SERVQUAL gap scorer (chapter 4), in English. */
import type { ServqualStrings } from '../types.ts';

export const servqual: ServqualStrings = {
  title: 'SERVQUAL gap scorer',
  intro:
    'Twenty-two statements, grouped into the five dimensions of service quality. Rate what you expect and what you perceived for each, and see which dimension falls shortest; switch to desired, adequate and perceived levels to see where the service sits against the zone of tolerance, or import a whole class’s answers.',
  presetLabel: 'Start from',
  blankPreset: 'A blank questionnaire: rate everything yourself',
  blankSetting: 'Every rating is empty, and each dimension has 20 points of importance.',
  modeLegend: 'What to score',
  modes: {
    gap: 'Gaps: expectation and perception',
    zone: 'Zone of tolerance: desired, adequate and perceived',
    class: 'A class survey: import a CSV file',
  },
  scaleHint:
    'Rate each statement from 1 (strongly disagree) to 7 (strongly agree). “Expected” is how far an excellent firm of this kind should do it; “perceived” is how far this one actually does.',
  zoneHint:
    '“Desired” is the service you hope for, “adequate” the least you would accept, and “perceived” what this firm actually delivers. For each statement the adequate level may not be above the desired one.',
  columns: {
    expected: 'Expected',
    perceived: 'Perceived',
    desired: 'Desired',
    adequate: 'Adequate',
  },
  ratingLabel: 'Statement {item}, {column}',
  dimensions: {
    tangibles: 'Tangibles',
    reliability: 'Reliability',
    responsiveness: 'Responsiveness',
    assurance: 'Assurance',
    empathy: 'Empathy',
  },
  dimensionsInText: {
    tangibles: 'tangibles',
    reliability: 'reliability',
    responsiveness: 'responsiveness',
    assurance: 'assurance',
    empathy: 'empathy',
  },
  dimensionHeading: '{dimension} (statements {first}–{last})',
  dimensionGap: 'gap {gap}',
  importanceLegend: 'Importance: share 100 points across the five dimensions',
  importanceLabel: '{dimension} (points)',
  importanceTotal: 'Total: {total} of 100 points.',
  importanceTotalProblem: 'The five dimensions’ points add up to {total}; they must add up to exactly 100.',
  missing: {
    one: '{n} rating is still empty; the results appear once every statement is rated.',
    other: '{n} ratings are still empty; the results appear once every statement is rated.',
  },
  staleNotice: 'Some ratings need fixing or are empty; the results below are from the last complete set.',
  overall: 'Overall gap (the mean of the five dimension gaps, unweighted): {gap}.',
  weighted: 'Weighted by your importance points: {gap}.',
  weightedUnavailable: 'The importance points do not add up to 100, so there is no weighted gap yet.',
  largestGap: 'The largest gap is in {dimensions} ({gap}): perception falls furthest short of expectation there.',
  noShortfall: 'No dimension falls short of expectation; the narrowest margin is in {dimensions} ({gap}).',
  ruleNote:
    'How it is worked out: each statement’s gap is perceived minus expected (P − E), so a negative gap means the service fell short. A dimension’s gap is the mean of its statements’ gaps. The overall gap is the mean of the five dimension gaps, each dimension counting the same, as Parasuraman, Zeithaml and Berry (1991) recommend, rather than the mean of all 22 statements (which would give the dimensions with more statements more say). The weighted gap is Σ (points ÷ 100 × dimension gap).',
  tableCaption: 'Mean expectation, mean perception and gap by dimension',
  tableColumns: {
    dimension: 'Dimension',
    expected: 'Expected',
    perceived: 'Perceived',
    gap: 'Gap (P − E)',
    importance: 'Points',
  },
  chartTitle: 'Gap by dimension (perceived − expected)',
  chartDescription:
    'Horizontal bars either side of zero: hatched bars to the left mean perception fell below expectation, solid bars to the right mean it met or beat it; each bar is labelled with its gap.',
  legendBelow: 'Below expectation (hatched)',
  legendAbove: 'Meets or beats it (solid)',
  zone: {
    tableCaption: 'Zone of tolerance and perception by dimension',
    columns: {
      dimension: 'Dimension',
      adequate: 'Adequate',
      desired: 'Desired',
      perceived: 'Perceived',
      msa: 'MSA (P\u00a0−\u00a0A)',
      mss: 'MSS (P\u00a0−\u00a0D)',
      position: 'Where it sits',
    },
    positions: {
      below: 'below the zone',
      within: 'within the zone',
      above: 'above the zone',
    },
    positionLine: 'Perceived {position}: {dimensions}.',
    nothing: 'none',
    overall: 'Mean of the five dimensions: MSA {msa}, MSS {mss}.',
    adequateAboveDesired:
      'Statement {item}: the adequate level ({adequate}) is above the desired one ({desired}); lower the adequate level or raise the desired one.',
    note: 'The measure of service adequacy, MSA = perceived − adequate, is negative when the service falls below the least the customer accepts; the measure of service superiority, MSS = perceived − desired, is positive when it goes beyond what they hope for (Parasuraman, Zeithaml and Berry, 1994). Between the two lies the zone of tolerance (Zeithaml, Berry and Parasuraman, 1993); its edges count as within it.',
    chartTitle: 'Zone of tolerance and perception by dimension',
    chartLabel: '{dimension}: {position} (perceived {perceived})',
    chartDescription:
      'One row per dimension on a scale from 1 to 7. The hatched band is the zone of tolerance, from the adequate to the desired level; the dot is the perceived level, labelled in words as below, within or above the zone.',
  },
  class: {
    intro:
      'Import many respondents’ answers to get each dimension’s mean gap with its 95% confidence interval. The file is read in this browser and is not sent anywhere.',
    fileLabel: 'Class survey file (CSV)',
    fileHint:
      'The header must hold the 44 columns E1 … E22 (expectation of statements 1–22) and P1 … P22 (perception), in any order; one row per respondent, each value a whole number from 1 to 7. Other columns, such as an id or a time, are ignored. Up to {max}.',
    headerExample: 'Header, for example:',
    respondents: {
      one: 'Read {n} respondent’s complete answers.',
      other: 'Read {n} respondents’ complete answers.',
    },
    tableCaption: 'Mean gap by dimension with its 95% confidence interval',
    columns: {
      dimension: 'Dimension',
      mean: 'Mean gap',
      interval: '95% interval',
      sd: 'Std. deviation',
    },
    interval: '{low} to {high}',
    noInterval: '— (needs at least 2 respondents)',
    overallRow: 'Overall (unweighted)',
    weightedRow: 'Overall (weighted)',
    overallBar: 'Overall',
    weightedBar: 'Weighted',
    summary: 'The class’s overall gap is {gap}, with a 95% confidence interval from {low} to {high}.',
    summaryOne: 'With a single respondent the overall gap is {gap}, and there is no confidence interval.',
    method:
      'Interval = mean gap ± t(0.975, n − 1) × standard deviation ÷ √n, with t from Student’s t distribution and n the number of respondents. It assumes the respondents are a random sample of customers; with few of them the interval is wide, which is exactly why a small sample’s mean should not be trusted. The weighted row weights every respondent by the importance points above.',
    chartTitle: 'The class’s mean gap by dimension with 95% confidence intervals',
    chartDescription:
      'Horizontal bars either side of zero: hatched bars to the left mean perception fell below expectation on average, solid bars to the right mean it met or beat it; the line across each bar is its 95% confidence interval, and each bar is labelled with its mean gap.',
    fileTooLarge: 'This file is {size}; the limit is {max}. It was not read.',
    fileUnreadable: 'The file could not be read.',
    fileProblems: {
      tooManyRows: 'The file has {rows} rows; at most {maxRows} can be read.',
      noRows: 'The file has no answers under its header.',
      unclosedQuote: 'Line {line}: a quotation mark opens and never closes.',
      missingColumns: 'These columns are missing: {columns}.',
      duplicateColumns: 'These columns appear more than once: {columns}.',
      noRespondents: 'Not one row of answers could be used, so there is nothing to score.',
    },
    rowErrorsTitle: {
      one: '{n} row was left out:',
      other: '{n} rows were left out:',
    },
    rowErrorsMore: '… and {n} more problems.',
    rowErrors: {
      fieldCount: 'Line {line}: {actual} fields, but the header has {expected}.',
      required: 'Line {line}, {column}: empty.',
      notANumber: 'Line {line}, {column}: not a number.',
      decimalComma: 'Line {line}, {column}: a decimal comma; ratings are whole numbers from 1 to 7.',
      noPercent: 'Line {line}, {column}: no % sign, please.',
      notWhole: 'Line {line}, {column}: must be a whole number.',
      belowMin: 'Line {line}, {column}: less than {min}.',
      notAboveMin: 'Line {line}, {column}: less than {min}.',
      aboveMax: 'Line {line}, {column}: more than {max}.',
    },
  },
};
