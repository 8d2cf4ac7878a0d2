/**
 * The customer table of part 1: each row with a tick box (to merge it with others) and its group,
 * each cell a toggle button that flags it as needing a fix. A flag shows as a symbol and a
 * pattern as well as a colour, and a screen reader hears it before the value. The table is one
 * Tab stop, an ARIA grid whose arrow keys move between its 180 controls (Home and End along a
 * row), so a keyboard user does not Tab through all of them to reach the buttons below.
 */
import { useState } from 'preact/hooks';
import type { DataCleaningStrings } from '../../i18n/types.ts';
import { cellKey, type CellKey } from '../../lib/data-cleaning/cellMarks.ts';
import { cellValue, customerFields, type CustomerRow } from '../../lib/data-cleaning/customerFields.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import { TableScroll } from '../shared/TableScroll.tsx';

/** An e-mail may break after its "@" (a <wbr>, which leaves the text as it is), so the table fits a desktop column. */
function breakable(value: string) {
  const at = value.indexOf('@') + 1;
  return at > 0 ? (
    <>
      {value.slice(0, at)}
      <wbr />
      {value.slice(at)}
    </>
  ) : (
    value
  );
}

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
  /** The control that takes the grid's one Tab stop: row, then column (0 the tick box). */
  const [active, setActive] = useState<readonly [number, number]>([0, 0]);
  const stop = (r: number, c: number) => ({
    'data-r': r,
    'data-c': c,
    tabIndex: active[0] === r && active[1] === c ? 0 : -1,
  });
  const onKeyDown = (event: KeyboardEvent) => {
    const steps: Record<string, readonly [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Home: [0, -customerFields.length],
      End: [0, customerFields.length],
    };
    const step = steps[event.key];
    if (!step) return;
    event.preventDefault();
    const r = Math.min(Math.max(active[0] + step[0], 0), rows.length - 1);
    const c = Math.min(Math.max(active[1] + step[1], 0), customerFields.length);
    setActive([r, c]);
    (event.currentTarget as HTMLElement).querySelector<HTMLElement>(`[data-r="${r}"][data-c="${c}"]`)?.focus();
  };
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target as HTMLElement;
    if (target.dataset['r']) setActive([Number(target.dataset['r']), Number(target.dataset['c'])]);
  };
  return (
    <>
      <p class="widget-note" id="dc-grid-hint">
        {strings.gridHint}
      </p>
      <TableScroll label={caption} scrollHint={scrollHint}>
        <table
          class="dc-table"
          data-testid="dc-table"
          // ARIA in HTML allows a grid role on a table (the APG's data grid): screen readers then pass the arrow keys to it.
          // eslint-disable-next-line jsx-a11y-x/no-noninteractive-element-to-interactive-role
          role="grid"
          aria-describedby="dc-grid-hint"
          onKeyDown={onKeyDown}
          onFocusIn={onFocusIn}
        >
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
                        {...stop(index, 0)}
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
                  {customerFields.map((field, column) => {
                    const key = cellKey(row.id, field);
                    const value = cellValue(row, field);
                    const on = flagged.has(key);
                    return (
                      <td key={field}>
                        <button
                          type="button"
                          id={`dc-${row.id}-${field}`}
                          {...stop(index, column + 1)}
                          class={`dc-cell dc-${field}${value ? '' : ' dc-empty'}`}
                          aria-pressed={on}
                          onClick={() => onFlag(key)}
                        >
                          {on && (
                            <>
                              <span aria-hidden="true">⚑ </span>
                              <span class="sr-only">{strings.markedCell}</span>
                            </>
                          )}
                          {value ? breakable(value) : strings.empty}
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
    </>
  );
}
