/**
 * One stacked bar per sample: promoters, passives and detractors from left to right, each marked
 * by its fill (solid, blank, hatched) and, where the segment has room, its share written in it.
 * Drawn at the figure's own width, so the text keeps its size on a phone.
 */
import type { NpsStrings } from '../../i18n/types.ts';
import type { NpsEstimate } from '../../lib/nps/npsEstimate.ts';
import type { NpsFormats } from '../../lib/nps/npsFormats.ts';
import { npsGroups } from '../../lib/nps/npsGroups.ts';
import { ChartFrame } from '../shared/ChartFrame.tsx';
import { HatchPattern } from '../shared/HatchPattern.tsx';
import { HATCH_ID, groupFill } from './GroupSwatch.tsx';

interface Props {
  samples: { name: string; estimate: NpsEstimate }[];
  strings: NpsStrings;
  formats: NpsFormats;
}

const ROW = 40;
const BAR = 28;
const LEFT = 76;
const RIGHT = 4;
/** Narrower segments carry no text: the table gives their share. */
const MIN_LABELLED = 44;

export function GroupBars({ samples, strings, formats }: Props) {
  return (
    <ChartFrame
      id="nps-bars"
      class="nps-bars"
      title={strings.barsTitle}
      description={strings.barsDescription}
      height={ROW * samples.length}
      draw={(width) => (
        <>
          <defs>
            <HatchPattern id={HATCH_ID} />
          </defs>
          <g aria-hidden="true">
            {samples.map(({ name, estimate }, row) => {
              const y = row * ROW + (ROW - BAR) / 2;
              let x = LEFT;
              return (
                <g key={name}>
                  <text class="nps-row-label" x={LEFT - 8} y={y + BAR / 2} text-anchor="end" dominant-baseline="middle">
                    {name}
                  </text>
                  {npsGroups.map((group) => {
                    const share = estimate.shares[group];
                    const segment = share * (width - LEFT - RIGHT);
                    const start = x;
                    x += segment;
                    return (
                      share > 0 && (
                        <g key={group}>
                          <rect
                            class={`nps-${group}`}
                            x={start}
                            y={y}
                            width={segment}
                            height={BAR}
                            fill={groupFill(group)}
                          />
                          {segment >= MIN_LABELLED && (
                            <text
                              class="nps-share"
                              x={start + segment / 2}
                              y={y + BAR / 2}
                              text-anchor="middle"
                              dominant-baseline="middle"
                            >
                              {formats.percent(share)}
                            </text>
                          )}
                        </g>
                      )
                    );
                  })}
                </g>
              );
            })}
          </g>
        </>
      )}
    />
  );
}
