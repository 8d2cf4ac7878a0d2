/**
 * The customer table of part 1: each row with a tick box (to merge it with others) and its group,
 * each cell a toggle button that flags it as needing a fix. A flag shows as a symbol and a
 * pattern as well as a colour, and a screen reader hears it before the value.
 */
import type { DataCleaningStrings } from '../../i18n/types.ts';
import { cellKey, type CellKey } from '../../lib/data-cleaning/cellMarks.ts';
import { cellValue, customerFields, type CustomerRow } from '../../lib/data-cleaning/customerFields.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { TableScroll } from '../shared/TableScroll.tsx';

interface Props {
  caption: string;
  rows: readonly CustomerRow[];
  /** The learner's group number of each grouped row, from 1. */
  groupOf: ReadonlyMap<string, number>;
  ticked: ReadonlySet<string>;
  flagged: ReadonlySet<CellKey>;
  strings: DataCleaningStrings;
  scrollHint: string;
  count: (value: number) => string;
  onTick: (row: string) => void;
  onFlag: (cell: CellKey) => void;
}

export function CustomerGrid({
  caption,
  rows,
  groupOf,
  ticked,
  flagged,
  strings,
  scrollHint,
  count,
  onTick,
  onFlag,
}: Props) {
  const columns = strings.columns;
  return (
    <TableScroll label={caption} scrollHint={scrollHint}>
      <table class="dc-table" data-testid="dc-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.row}</th>
            {customerFields.map((field) => (
              <th key={field} scope="col">
                {columns[field]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const group = groupOf.get(row.id);
            return (
              <tr key={row.id} data-row={row.id} class={ticked.has(row.id) ? 'dc-ticked' : undefined}>
                <th scope="row">
                  <label class="dc-tick">
                    <input
                      type="checkbox"
                      id={`dc-tick-${row.id}`}
                      checked={ticked.has(row.id)}
                      onChange={() => onTick(row.id)}
                      aria-label={fillTemplate(strings.selectRow, { n: count(index + 1) })}
                    />
                    <span aria-hidden="true">{count(index + 1)}</span>
                  </label>
                  {group && (
                    <span class="dc-group" data-testid="dc-group-tag">
                      {fillTemplate(strings.groupTag, { n: count(group) })}
                    </span>
                  )}
                </th>
                {customerFields.map((field) => {
                  const key = cellKey(row.id, field);
                  const value = cellValue(row, field);
                  const on = flagged.has(key);
                  return (
                    <td key={field}>
                      <button
                        type="button"
                        id={`dc-${row.id}-${field}`}
                        class={value ? 'dc-cell' : 'dc-cell dc-empty'}
                        aria-pressed={on}
                        onClick={() => onFlag(key)}
                      >
                        {on && (
                          <>
                            <span aria-hidden="true">⚑ </span>
                            <span class="sr-only">{strings.markedCell}</span>
                          </>
                        )}
                        {value || strings.empty}
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
