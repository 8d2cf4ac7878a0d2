/** UI strings for the data-cleaning exercise (chapter 8), in English. The table, its answer key and the explanations are content: content/data-cleaning/customers.yaml. */
import type { DataCleaningStrings } from '../types.ts';

export const dataCleaning: DataCleaningStrings = {
  title: 'Data cleaning: merge duplicate customers, flag bad data',
  intro:
    'The table has {n} rows, in an order of your own. Step 1: find the duplicate customers (one person entered more than once), tick their rows and press “Merge the ticked rows into a group”; then press each cell that needs fixing (a wrong value, or an empty one to fill in) to flag it, and press it again to unflag. When you are done, press “Check”. A value that is only written in a non-standard way (full-width digits, spaces in a number) is not an error: standardising fixes it. The people, numbers and addresses are invented; the numbers follow mainland China’s mobile rules (11 digits starting 13–19), as the shop is in Shanghai.',
  columns: {
    row: 'Row',
    name: 'Name',
    mobile: 'Mobile',
    email: 'E-mail',
    city: 'City',
    lastPurchase: 'Last purchase',
  },
  gridHint:
    'The table is one Tab stop: inside it, the arrow keys move between cells (Home and End to the start and end of a row), and Space ticks a row or flags a cell.',
  selectRow: 'Tick row {n}',
  empty: '(empty)',
  markedCell: 'Flagged: ',
  groupTag: 'group {n}',
  merge: 'Merge the ticked rows into a group',
  mergeTooFew: 'Tick at least two rows, then merge.',
  merged: 'Merged into group {n}: {rows}.',
  groupsHeading: 'Your groups',
  noGroups: 'No rows merged yet.',
  groupLine: 'Group {n}: {rows}',
  ungroup: 'Split group {n}',
  ungrouped: 'Group {n} split.',
  rowRef: 'row {n} ({name})',
  unnamed: 'no name',
  listSeparator: ', ',
  check: 'Check',
  score:
    'Score {score} out of {outOf}. Of {pairs} duplicate pairs you found {foundPairs} and merged {wrongPairs} wrongly; of {cells} cells needing a fix you flagged {foundCells}, and {wrongCells} that need none.',
  rechecks: 'The check updates as you change your marks.',
  perfect: 'All right: every duplicate merged, every cell needing a fix flagged, nothing flagged wrongly.',
  pairRule: 'Duplicates count in pairs: three rows of one customer make three pairs.',
  missedHeading: 'Duplicates missed',
  missedCluster: 'The same customer: {rows}. {why}',
  wrongPairsHeading: 'Merged wrongly',
  wrongPair: 'Not one customer: {a} and {b}. {why}',
  sharedOnly: 'Once standardised, the two rows share only the {fields}; nothing else agrees.',
  sharedNothing: 'Once standardised, the two rows share no mobile, e-mail, name or city.',
  missedCellsHeading: 'Cells not flagged',
  missedCell: '{row}, {field}: {why}',
  wrongCellsHeading: 'Cells that need no fix',
  wrongCellStandard:
    '{row}, {field} “{value}”: only written non-standardly; standardised it is {standard}, a valid value.',
  wrongCellFine: '{row}, {field} “{value}”: nothing wrong with it.',
  rule: {
    open: 'Step 2: tune an automatic matching rule',
    intro:
      'Finding duplicates by hand is slow, so a CRM system proposes likely duplicate pairs by a rule. This rule scores each pair of rows: {phone} points for the same mobile, {email} for the same e-mail, {name} for the same name, and an empty cell never counts as the same; a pair that reaches the threshold is proposed. The answer key is step 1’s: {pairs} duplicate pairs.',
    standardiseLegend: 'Standardise before comparing',
    phone: 'Mobiles: full-width digits to ordinary ones; spaces, dashes and +86 removed',
    email: 'E-mails: outer spaces trimmed, lower case',
    nameLegend: 'When names count as the same',
    nameExact: 'Letter for letter',
    nameStandard:
      'Once standardised: traditional characters simplified, accents dropped, common nicknames read as the full name, word order ignored',
    threshold: 'Threshold (points at least)',
    result:
      'The rule proposes {proposed} pairs: {tp} true duplicates (true positives) and {fp} wrong (false positives); it misses {fn} true duplicates (false negatives). Precision {precision}, recall {recall}.',
    noPrecision: 'none (no pair proposed)',
    definitions:
      'Precision = the share of proposed pairs that are true duplicates; recall = the share of true duplicates that are proposed.',
    missedHeading: 'Duplicates missed',
    wrongHeading: 'Pairs proposed wrongly',
    pair: '{a} and {b}',
    none: 'None.',
    tradeOff:
      'Record linkage trades one error for the other: a lower threshold or looser comparison finds more true duplicates (recall rises) and merges more different people (precision falls), and a stricter rule does the reverse.',
  },
};
