/**
 * Wait distribution, actual vs perceived, as paired bars per range of waits: actual solid,
 * perceived hatched (so colour is never the only difference), with the same numbers as a table.
 */
import type { WaitHistogram } from '../../lib/queue/runSummary.ts';
import { linearScale, niceTicks } from '../../lib/chart/niceTicks.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import type { QueueSimulatorStrings } from '../../i18n/types.ts';
import { useFigureWidth } from '../shared/useFigureWidth.ts';
import { HatchPattern } from '../shared/HatchPattern.tsx';

interface Props {
  histogram: WaitHistogram;
  strings: QueueSimulatorStrings['waitChart'];
  formats: NumberFormats;
}

const HEIGHT = 240;
const MARGIN = { top: 30, right: 12, bottom: 44, left: 56 };

export function WaitDistributionChart({ histogram, strings, formats }: Props) {
  const [figure, width] = useFigureWidth();
  const { bins, total } = histogram;
  if (total === 0) return null;
  const share = (count: number) => count / total;
  const yTicks = niceTicks(Math.max(...bins.map((bin) => Math.max(share(bin.actual), share(bin.perceived)))));
  const y = linearScale(0, yTicks[yTicks.length - 1]!, HEIGHT - MARGIN.bottom, MARGIN.top);
  const band = (width - MARGIN.left - MARGIN.right) / bins.length;
  const bar = Math.max(2, band * 0.38);
  const rangeText = (index: number) => {
    const bin = bins[index]!;
    return index === bins.length - 1 && histogram.lastBinOpen
      ? fillTemplate(strings.binOpen, { from: formats.decimal(bin.from) })
      : fillTemplate(strings.binRange, { from: formats.decimal(bin.from), to: formats.decimal(bin.to) });
  };
  // One label per bin when there is room, otherwise every other one.
  const labelEvery = band < 36 ? 2 : 1;
  return (
    <>
      <figure class="chart wait-chart" ref={figure}>
        <svg viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-labelledby="wait-chart-title wait-chart-desc">
          <title id="wait-chart-title">{strings.title}</title>
          <desc id="wait-chart-desc">{strings.description}</desc>
          <defs>
            <HatchPattern id="wait-chart-hatch" />
          </defs>
          <g class="chart-grid" aria-hidden="true">
            {yTicks.map((tick) => (
              <g key={tick}>
                <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} />
                <text x={MARGIN.left - 8} y={y(tick)} text-anchor="end" dominant-baseline="middle">
                  {formats.percent(tick)}
                </text>
              </g>
            ))}
            {bins.map((bin, index) =>
              index % labelEvery === 0 ? (
                <text
                  key={bin.from}
                  x={MARGIN.left + index * band}
                  y={HEIGHT - MARGIN.bottom + 18}
                  text-anchor="middle"
                >
                  {formats.decimal(bin.from)}
                </text>
              ) : null,
            )}
            <text x={(MARGIN.left + width - MARGIN.right) / 2} y={HEIGHT - 6} text-anchor="middle" class="axis-title">
              {strings.axisWait}
            </text>
            <text
              x={12}
              y={(MARGIN.top + HEIGHT - MARGIN.bottom) / 2}
              text-anchor="middle"
              class="axis-title"
              transform={`rotate(-90 12 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2})`}
            >
              {strings.axisShare}
            </text>
          </g>
          <g class="bars" aria-hidden="true">
            {bins.map((bin, index) => {
              const left = MARGIN.left + index * band + band / 2 - bar;
              return (
                <g key={bin.from}>
                  <rect
                    class="bar-actual"
                    x={left}
                    y={y(share(bin.actual))}
                    width={bar}
                    height={y(0) - y(share(bin.actual))}
                  />
                  <rect
                    class="bar-perceived"
                    fill="url(#wait-chart-hatch)"
                    x={left + bar}
                    y={y(share(bin.perceived))}
                    width={bar}
                    height={y(0) - y(share(bin.perceived))}
                  />
                </g>
              );
            })}
          </g>
          <g class="chart-legend" aria-hidden="true">
            <rect class="bar-actual" x={MARGIN.left} y={6} width={14} height={14} />
            <text x={MARGIN.left + 20} y={13} dominant-baseline="middle">
              {strings.actual}
            </text>
            <rect
              class="bar-perceived"
              fill="url(#wait-chart-hatch)"
              x={MARGIN.left + 110}
              y={6}
              width={14}
              height={14}
            />
            <text x={MARGIN.left + 130} y={13} dominant-baseline="middle">
              {strings.perceived}
            </text>
          </g>
        </svg>
      </figure>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={strings.tableCaption}>
        <table data-testid="wait-table">
          <caption>{strings.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.columnRange}</th>
              <th scope="col">{strings.columnActual}</th>
              <th scope="col">{strings.columnPerceived}</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((bin, index) => (
              <tr key={bin.from}>
                <th scope="row">{rangeText(index)}</th>
                <td>{formats.percent(share(bin.actual))}</td>
                <td>{formats.percent(share(bin.perceived))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
