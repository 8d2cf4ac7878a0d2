/**
 * The matrix as a 2 × 2 table, relative attitude down and repeat patronage across, with every
 * story where the learner placed it, marked right or wrong in a symbol and in words (a wrong one
 * names the cell it belongs in), and the learner's own brand once the questionnaire places it.
 */
import type { LoyaltyMatrixStrings } from '../../i18n/types.ts';
import { cellAt, type AxisLevel, type LoyaltyCell } from '../../lib/loyalty-matrix/loyaltyCells.ts';
import type { StoryView } from '../../lib/loyalty-matrix/storyView.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';

export interface Placement {
  story: string;
  cell: LoyaltyCell;
}

/** The learner's own brand: the name they gave (possibly blank) and its cell. */
export interface BrandMark {
  name: string;
  cell: LoyaltyCell;
}

interface Props {
  stories: StoryView[];
  placements: Placement[];
  brand: BrandMark | null;
  strings: LoyaltyMatrixStrings;
}

const levels: AxisLevel[] = ['high', 'low'];

export function MatrixGrid({ stories, placements, brand, strings }: Props) {
  const header = (axis: 'attitude' | 'patronage', level: AxisLevel) =>
    fillTemplate(strings.axisLevel, { axis: strings[axis], level: strings.levels[level] });
  const entries = (cell: LoyaltyCell) => {
    const items = placements.flatMap(({ story: id, cell: placed }) => {
      const story = stories.find((candidate) => candidate.id === id);
      if (!story || placed !== cell) return [];
      const right = story.cell === cell;
      return [
        <li key={id} class={right ? 'lm-right' : 'lm-wrong'} data-story={id}>
          <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
          <span class="sr-only">{right ? strings.rightMark : strings.wrongMark}</span>
          {story.title}
          {!right && (
            <span class="lm-belongs">{fillTemplate(strings.belongs, { answer: strings.cells[story.cell] })}</span>
          )}
        </li>,
      ];
    });
    if (brand?.cell === cell)
      items.push(
        <li key="brand" class="lm-brand-mark" data-testid="lm-brand-mark">
          {brand.name.trim() ? fillTemplate(strings.yourBrand, { brand: brand.name.trim() }) : strings.unnamedBrand}
        </li>,
      );
    return items.length > 0 ? <ul>{items}</ul> : <p class="lm-empty">{strings.empty}</p>;
  };
  return (
    <table class="lm-matrix" data-testid="lm-matrix">
      <caption>{strings.matrixCaption}</caption>
      <thead>
        <tr>
          <td />
          {levels.map((level) => (
            <th key={level} scope="col">
              {header('patronage', level)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {levels.map((attitude) => (
          <tr key={attitude}>
            <th scope="row">
              <span>{header('attitude', attitude)}</span>
            </th>
            {levels.map((patronage) => {
              const cell = cellAt(attitude, patronage);
              return (
                <td key={cell} data-cell={cell}>
                  <p class="lm-cell-name">{strings.cells[cell]}</p>
                  {entries(cell)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
