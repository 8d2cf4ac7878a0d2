/**
 * The 22 statements, one disclosure per dimension (the first open), each statement with a rating
 * box per column the mode asks for. A box is named by its column and its statement together, so a
 * screen reader hears "Expected, 5. When it promises…", and its problem is tied to it. On a phone
 * the boxes sit under the statement; one dimension open at a time keeps the page short.
 */
import type { ServqualStrings } from '../../i18n/types.ts';
import { dimensionItems, dimensions, itemsOf, type Dimension } from '../../lib/servqual/dimensions.ts';
import type { RatingTexts } from '../../lib/servqual/ratingTexts.ts';
import type { RatingColumn } from '../../lib/servqual/servqualProblem.ts';
import type { ServqualFormats } from '../../lib/servqual/servqualFormats.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';

interface Props {
  items: string[];
  columns: RatingColumn[];
  texts: RatingTexts;
  /** Each box's problem in words, keyed `column-item`. */
  problems: Map<string, string>;
  /** Each dimension's gap, shown on its disclosure (gap mode, when the ratings score). */
  gaps: Record<Dimension, number> | undefined;
  strings: ServqualStrings;
  formats: ServqualFormats;
  onEdit: (column: RatingColumn, index: number, text: string) => void;
}

export function RatingGroups({ items, columns, texts, problems, gaps, strings, formats, onEdit }: Props) {
  return (
    <div class="sq-groups">
      {dimensions.map((dimension, order) => {
        const [first, last] = dimensionItems[dimension];
        return (
          <details key={dimension} class="sq-group" open={order === 0}>
            <summary>
              {fillTemplate(strings.dimensionHeading, { dimension: strings.dimensions[dimension], first, last })}
              {gaps && (
                <span class="sq-group-gap">
                  {' '}
                  · {fillTemplate(strings.dimensionGap, { gap: formats.gap(gaps[dimension]) })}
                </span>
              )}
            </summary>
            <ul class="sq-items">
              {itemsOf(dimension).map((item) => (
                <li key={item} class="sq-item">
                  <span id={`sq-i${item}`} class="sq-statement">
                    {item}. {items[item - 1]}
                  </span>
                  <span class="sq-boxes">
                    {columns.map((column) => {
                      const id = `sq-${column}-${item}`;
                      const problem = problems.get(`${column}-${item}`);
                      return (
                        <span key={column} class="sq-box">
                          <span id={`${id}-l`} class="sq-box-label">
                            {strings.columns[column]}
                          </span>
                          <input
                            id={id}
                            type="text"
                            inputMode="numeric"
                            autoComplete="off"
                            value={texts[column][item - 1]}
                            aria-labelledby={`${id}-l sq-i${item}`}
                            aria-invalid={problem ? 'true' : undefined}
                            aria-describedby={problem ? `${id}-p` : undefined}
                            onInput={(event) => onEdit(column, item - 1, event.currentTarget.value)}
                          />
                        </span>
                      );
                    })}
                  </span>
                  {columns.map((column) => {
                    const problem = problems.get(`${column}-${item}`);
                    return (
                      problem && (
                        <p key={column} id={`sq-${column}-${item}-p`} class="field-problem">
                          <span aria-hidden="true">⚠ </span>
                          {problem}
                        </p>
                      )
                    );
                  })}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
