/** UI strings for the Kano classifier (chapter 4), in English. */
import type { KanoStrings } from '../types.ts';

export const kano: KanoStrings = {
  title: 'Kano classifier: which features satisfy customers',
  intro:
    'A Kano questionnaire asks two questions about each feature: how would you feel if the product had it (the functional question), and how would you feel if it did not (the dysfunctional question). Each respondent’s pair of answers falls into one class of the Kano evaluation table; a feature belongs to the class most of its answer pairs fall into.',
  modeLegend: 'Answers to analyse',
  modes: {
    sample: 'Sample: a ride-hailing app survey',
    own: 'Answer it yourself',
    file: 'Import survey results (CSV)',
  },
  answers: {
    like: 'I like it',
    mustBe: 'It must be that way',
    neutral: 'I am neutral',
    liveWith: 'I can live with it',
    dislike: 'I dislike it',
  },
  classes: { M: 'Must-be', O: 'One-dimensional', A: 'Attractive', I: 'Indifferent', R: 'Reverse', Q: 'Questionable' },
  classCode: '{name} ({code})',
  sampleSource: 'Data: {about}',
  fileSource: 'Data: your file — respondents: {respondents}, features: {features}.',
  tableCaption: 'Each feature’s answer pairs by class, its class, and its Better and Worse coefficients',
  columns: {
    number: 'No.',
    feature: 'Feature',
    total: 'Pairs',
    verdict: 'Class',
    close: 'Certainty',
    better: 'Better',
    worse: 'Worse',
  },
  clear: 'Clear',
  closeTo: 'Too close to {class}',
  oneAnswer: 'Only one answer',
  noAnswers: 'No answers',
  undefinedCoefficient: 'undefined',
  rules:
    'The class is the majority: the class with the most answer pairs; a tie goes to the first in the order M > O > A > I (Matzler et al., 1996). Certainty uses Fong’s (1996) test: when the two most frequent classes have a and b of the n pairs and |a − b| < 1.65 × √((a + b)(2n − a − b) ÷ 2n), the gap between them may be mere sampling noise, so the feature is marked too close. Better = (A + O) ÷ (A + O + M + I) and Worse = −(O + M) ÷ (A + O + M + I) (Berger et al., 1993), leaving reverse and questionable pairs out; with no A, O, M or I pair both are undefined.',
  summaryGroup: '{class}: {features}.',
  summaryClose: 'Too close to call: {features}.',
  closePair: '“{feature}” ({first} or {second})',
  quotedFeature: '“{feature}”',
  summaryNoAnswers: 'No usable answers: {features}.',
  chartTitle: 'Better–Worse chart: how having or lacking each feature moves satisfaction',
  chartDescription:
    'Scatter chart: across, the size of Worse (how much lacking the feature deepens dissatisfaction, 0 to 1); up, Better (how much having it lifts satisfaction, 0 to 1). Lines at 0.5 split it into four areas: attractive top left, one-dimensional top right, must-be bottom right, indifferent bottom left. Each point carries its feature’s number from the table, which gives the values.',
  axisBetter: 'Better: lift from having it',
  axisWorse: '|Worse|: harm from lacking it',
  quadrants: { A: 'Attractive', O: 'One-dimensional', M: 'Must-be', I: 'Indifferent' },
  chartNote:
    'The areas split at 0.5 by convention, as a reading aid; a feature’s class is still the majority in the table. Features with undefined coefficients are not plotted.',
  ownIntro:
    'Think of a product or service you know, name a few of its features, and answer the two questions for each as a customer would. Each pair shows the cell of the evaluation table it lands in.',
  featureLegend: 'Feature {n}',
  featureName: 'Feature name',
  functionalQuestion: 'If it has “{feature}”, how do you feel?',
  dysfunctionalQuestion: 'If it lacks “{feature}”, how do you feel?',
  chooseAnswer: 'Choose',
  pairResult:
    '{class}: the cell where the row “{functional}” meets the column “{dysfunctional}” of the evaluation table.',
  pairPending: 'Answer both questions to see the class.',
  ownResult: '“{feature}”: {result}',
  addFeature: 'Add a feature',
  removeFeature: 'Remove feature {n}',
  evaluationCaption:
    'The Kano evaluation table (Berger et al., 1993): rows are the functional answer, columns the dysfunctional answer',
  evaluationCorner: 'Functional ＼ dysfunctional',
  cellMark: 'feature {list}',
  fileLabel: 'Choose a survey results file (CSV)',
  fileHint:
    'One row per respondent; two columns per feature, headed by the feature’s name and “functional” or “dysfunctional” (or F / D), for example “Free water F”. Answers may be 1–5 or words: 1 I like it, 2 it must be that way (I expect it), 3 I am neutral, 4 I can live with it, 5 I dislike it. Columns without such a marker (an id) are not read; a feature left blank in both columns counts as not answered. The file is read in this browser only and never leaves your device; at most {max}.',
  sampleDownload: 'Download the sample survey (CSV) as a model',
  respondentColumn: 'Respondent',
  filePrompt: 'Once you choose a file, its analysis appears here.',
  fileReading: 'Reading the file…',
  fileTooLarge: 'This file is {size}; the limit is {max}. It was not read.',
  fileUnreadable: 'This file could not be read.',
  fileProblems: {
    tooManyRows: 'The file has {rows} rows of data; at most {maxRows} can be read.',
    noRows: 'The file has no data below its header.',
    unclosedQuote: 'Line {line}: a quote is opened and never closed.',
    noFeatures:
      'No feature columns in the header: each feature needs a column “name functional” and a column “name dysfunctional”.',
    tooManyFeatures: 'The file has {features} features; at most {maxFeatures} can be analysed.',
    missingColumn: 'Feature “{feature}” has no column for the {side} question.',
    duplicateColumn: 'Feature “{feature}” has more than one column for the {side} question.',
  },
  sides: { functional: 'functional', dysfunctional: 'dysfunctional' },
  rowErrorsTitle: 'Answers left out ({n}):',
  rowErrorsMore: '…and {n} more.',
  rowErrors: {
    missingAnswer: 'Line {line}, “{feature}”: the {side} answer is missing.',
    unknownAnswer: 'Line {line}, “{feature}”, {side} question: “{text}” is not one of the five answers.',
    noAnswers: 'Line {line}: no feature was answered.',
  },
};
