/**
 * Part 1's check in words: the score, then each duplicate missed (with the answer key's reason),
 * each wrong merge (the key's reason for a known lookalike, otherwise what the two rows do and do
 * not share once standardised), each cell not flagged (the key's reason) and each flagged wrongly
 * (valid, or only written non-standardly).
 */
import type { DataCleaningStrings } from '../../i18n/types.ts';
import { cellOf } from '../../lib/data-cleaning/cellMarks.ts';
import { cellValue, type CustomerRow } from '../../lib/data-cleaning/customerFields.ts';
import type { MarkGrade } from '../../lib/data-cleaning/markGrade.ts';
import { sharedFields, standardValue } from '../../lib/data-cleaning/pairEvidence.ts';
import { pairIds, pairKey } from '../../lib/data-cleaning/recordPairs.ts';
import type { CustomerTable } from '../../schemas/dataCleaning.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';

interface Props {
  grade: MarkGrade;
  table: CustomerTable;
  rowRef: (id: string) => string;
  /** Row ids in the order the learner's table shows them. */
  inOrder: (ids: readonly string[]) => string[];
  strings: DataCleaningStrings;
  scoreText: string;
}

export function MarkFeedback({ grade, table, rowRef, inOrder, strings, scoreText }: Props) {
  const row = (id: string) => table.rows.find((candidate) => candidate.id === id) as CustomerRow;
  const list = (heading: string, items: string[], testId: string) =>
    items.length > 0 && (
      <>
        <h4>{heading}</h4>
        <ul data-testid={testId}>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </>
    );
  const wrongPair = (pair: string) => {
    const [a, b] = inOrder(pairIds(pair)) as [string, string];
    const lookalike = table.lookalikes.find((known) => pairKey(...known.rows) === pair);
    const shared = sharedFields(row(a), row(b)).map((field) => strings.columns[field]);
    const why =
      lookalike?.why ??
      (shared.length > 0
        ? fillTemplate(strings.sharedOnly, { fields: shared.join(strings.listSeparator) })
        : strings.sharedNothing);
    return fillTemplate(strings.wrongPair, { a: rowRef(a), b: rowRef(b), why });
  };
  const wrongCell = (key: Parameters<typeof cellOf>[0]) => {
    const { row: id, field } = cellOf(key);
    const value = cellValue(row(id), field);
    const standard = standardValue(field, value);
    const names = { row: rowRef(id), field: strings.columns[field], value };
    return standard === value
      ? fillTemplate(strings.wrongCellFine, names)
      : fillTemplate(strings.wrongCellStandard, { ...names, standard });
  };
  const issueWhy = (key: string) => table.issues.find((issue) => `${issue.row}:${issue.field}` === key)?.why ?? '';
  const { pairs, cells } = grade;
  const perfect = grade.score === grade.outOf && pairs.falsePositives.length + cells.wrong.length === 0;
  return (
    <div class="dc-feedback" data-testid="dc-feedback">
      <p class="widget-result" data-testid="dc-score">
        {scoreText}
      </p>
      <p class="widget-note">{perfect ? strings.perfect : `${strings.pairRule} ${strings.rechecks}`}</p>
      {list(
        strings.missedHeading,
        grade.missedClusters.map((index) => {
          const cluster = table.clusters[index]!;
          return fillTemplate(strings.missedCluster, {
            rows: inOrder(cluster.rows).map(rowRef).join(strings.listSeparator),
            why: cluster.why,
          });
        }),
        'dc-missed',
      )}
      {list(strings.wrongPairsHeading, pairs.falsePositives.map(wrongPair), 'dc-wrong-pairs')}
      {list(
        strings.missedCellsHeading,
        cells.missed.map((key) => {
          const { row: id, field } = cellOf(key);
          return fillTemplate(strings.missedCell, {
            row: rowRef(id),
            field: strings.columns[field],
            why: issueWhy(key),
          });
        }),
        'dc-missed-cells',
      )}
      {list(strings.wrongCellsHeading, cells.wrong.map(wrongCell), 'dc-wrong-cells')}
    </div>
  );
}
