/**
 * Each measure's contribution (weight × rating) to the two indices as a pair of bars: A solid,
 * B hatched, each ending in its name and value ("A 1.00"), so the two differ by texture and
 * label as well as colour and need no legend. The measure's name sits above its pair, so long names
 * need no margin and the chart keeps its text size on a phone.
 */
import type { LoyaltyScorecardStrings } from '../../i18n/types.ts';
import { linearScale } from '../../lib/chart/niceTicks.ts';
import type { LoyaltyFormats } from '../../lib/loyalty-scorecard/loyaltyFormats.ts';
import type { LoyaltyIndex } from '../../lib/loyalty-scorecard/loyaltyIndex.ts';
import { loyaltyMeasures, type Rated } from '../../lib/loyalty-scorecard/loyaltyMeasures.ts';
import { ChartFrame } from '../shared/ChartFrame.tsx';
import { HatchPattern } from '../shared/HatchPattern.tsx';

interface Props {
  scores: Record<Rated, LoyaltyIndex>;
  strings: LoyaltyScorecardStrings;
  formats: LoyaltyFormats;
}

const ROW = 62;
const BAR = 16;
/** Room at the right for the longest bar's name and value. */
const RIGHT = 60;
const HATCH_ID = 'scorecard-hatch';

export function ContributionBars({ scores, strings, formats }: Props) {
  const longest = Math.max(
    ...loyaltyMeasures.flatMap((measure) => [scores.a.contributions[measure], scores.b.contributions[measure]]),
  );
  return (
    <ChartFrame
      id="scorecard-chart"
      class="scorecard-chart"
      title={strings.chartTitle}
      description={strings.chartDescription}
      height={ROW * loyaltyMeasures.length}
      caption={strings.chartTitle}
      draw={(width) => {
        const x = linearScale(0, longest, 0, width - RIGHT);
        return (
          <>
            <defs>
              <HatchPattern id={HATCH_ID} />
            </defs>
            <g aria-hidden="true">
              {loyaltyMeasures.map((measure, row) => (
                <g key={measure} transform={`translate(0 ${row * ROW})`}>
                  <text y={14}>{strings.measures[measure].name}</text>
                  {(['a', 'b'] as const).map((side, bar) => {
                    const value = scores[side].contributions[measure];
                    const y = 20 + bar * (BAR + 3);
                    return (
                      <g key={side} class={`scorecard-bar-${side}`}>
                        <rect
                          y={y}
                          width={x(value)}
                          height={BAR}
                          fill={side === 'b' ? `url(#${HATCH_ID})` : undefined}
                        />
                        <text x={x(value) + 4} y={y + BAR / 2} dominant-baseline="middle">
                          {strings.names[side]} {formats.index(value)}
                        </text>
                      </g>
                    );
                  })}
                </g>
              ))}
            </g>
          </>
        );
      }}
    />
  );
}
