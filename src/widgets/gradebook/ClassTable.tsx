/**
 * The class table: a row per student (named in a row header, with their number), when the report
 * was made, each task in words (done or not, its score, a role-play's ending), time and mean.
 * Done and not done are words, not colours or ticks alone.
 */
import { useMemo } from 'preact/hooks';
import type { GradebookStrings } from '../../i18n/types.ts';
import type { ClassRow, TaskCell } from '../../lib/gradebook/classRows.ts';
import type { EndingKind } from '../../lib/roleplay/scenarioScales.ts';
import { dateFormat } from '../../lib/text/dateFormat.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { numberFormats } from '../../lib/text/numberFormats.ts';
import type { AssignmentTask } from '../../schemas/assignment.ts';
import { TableScroll } from '../shared/TableScroll.tsx';

interface Props {
  rows: readonly ClassRow[];
  tasks: readonly AssignmentTask[];
  taskNames: readonly string[];
  strings: GradebookStrings;
  endings: Readonly<Record<EndingKind, string>>;
  languageTag: string;
}

export function ClassTable({ rows, tasks, taskNames, strings, endings, languageTag }: Props) {
  const formats = useMemo(() => numberFormats(languageTag), [languageTag]);
  const formatDate = useMemo(() => dateFormat(languageTag), [languageTag]);
  const caption = fillTemplate(strings.tableCaption, { n: rows.length });
  const cellText = (cell: TaskCell | undefined) =>
    [
      cell?.done ? strings.done : strings.notDone,
      ...(cell?.score === undefined ? [] : [formats.percent(cell.score / 100)]),
      ...(cell?.ending === undefined ? [] : [endings[cell.ending]]),
    ].join(' · ');
  return (
    <TableScroll label={caption} scrollHint={strings.tableScrollHint}>
      <table class="gradebook-table" data-testid="gradebook-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.columns.student}</th>
            <th scope="col">{strings.columns.madeAt}</th>
            {taskNames.map((name, index) => (
              <th scope="col" key={index}>
                {name}
              </th>
            ))}
            <th scope="col">{strings.columns.minutes}</th>
            <th scope="col">{strings.columns.mean}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <th scope="row">
                {row.name}
                {row.number && (
                  <span class="gradebook-number">{fillTemplate(strings.numberOf, { number: row.number })}</span>
                )}
              </th>
              <td>{formatDate(row.madeAt)}</td>
              {tasks.map((_, task) => (
                <td key={task}>{cellText(row.tasks[task])}</td>
              ))}
              <td>{formats.decimal(row.timeMs / 60_000)}</td>
              <td>{row.meanScore === undefined ? strings.noScore : formats.percent(row.meanScore / 100)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
