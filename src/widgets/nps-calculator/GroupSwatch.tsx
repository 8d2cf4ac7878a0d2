/**
 * The fill that marks each group in the bars and the table: promoters solid, passives blank,
 * detractors hatched, so the groups differ by pattern as well as colour.
 */
import type { NpsGroup } from '../../lib/nps/npsGroups.ts';

/** The hatching's id; the bars' SVG holds the pattern, and the table's swatches use it. */
export const HATCH_ID = 'nps-hatch';

export function groupFill(group: NpsGroup): string | undefined {
  return group === 'detractors' ? `url(#${HATCH_ID})` : undefined;
}

export function GroupSwatch({ group }: { group: NpsGroup }) {
  return (
    <svg class="nps-swatch" width="16" height="16" aria-hidden="true">
      <rect class={`nps-${group}`} x="1" y="1" width="14" height="14" fill={groupFill(group)} />
    </svg>
  );
}
