/**
 * People waiting over the run as a step chart: the average over each stretch of time (solid) and,
 * where a stretch held a surge, the most at any moment of it (dashed), labelled at the end, with a
 * sentence as its text version.
 */
import { peakStandsApart, type QueueLengthPoint } from '../../lib/queue/queueLengthSeries.ts';
import type { RunSummary } from '../../lib/queue/runSummary.ts';
import { linearScale, niceTicks } from '../../lib/chart/niceTicks.ts';
import { stepPath } from '../../lib/chart/stepPath.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import type { QueueSimulatorStrings } from '../../i18n/types.ts';
import { useFigureWidth } from '../shared/useFigureWidth.ts';
import { ChartGrid } from '../shared/ChartGrid.tsx';

interface Props {
  points: QueueLengthPoint[];
  summary: RunSummary;
  strings: QueueSimulatorStrings['queueChart'];
  formats: NumberFormats;
}

const HEIGHT = 240;
const MARGIN = { top: 14, right: 92, bottom: 44, left: 52 };

export function QueueLengthChart({ points, summary, strings, formats }: Props) {
  const [figure, width] = useFigureWidth();
  const end = points[points.length - 1]?.time ?? 1;
  const yTicks = niceTicks(Math.max(1, ...points.map((point) => point.peak)));
  const xTicks = niceTicks(end, Math.max(3, Math.floor((width - MARGIN.left - MARGIN.right) / 70))).filter(
    (tick) => tick <= end,
  );
  const x = linearScale(0, end, MARGIN.left, width - MARGIN.right);
  const y = linearScale(0, yTicks[yTicks.length - 1]!, HEIGHT - MARGIN.bottom, MARGIN.top);
  const path = (value: (point: QueueLengthPoint) => number) =>
    stepPath(
      points,
      (point) => x(point.time),
      (point) => y(value(point)),
    );
  const last = points[points.length - 1];
  const sentence = fillTemplate(strings.sentence, {
    mean: formats.decimal(summary.meanQueueLength),
    peak: formats.count(summary.peakQueue.length),
    minute: formats.count(summary.peakQueue.minute),
  });
  return (
    <figure class="chart queue-chart" ref={figure}>
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-labelledby="queue-length-title queue-length-desc">
        <title id="queue-length-title">{strings.title}</title>
        <desc id="queue-length-desc">{strings.description}</desc>
        <ChartGrid
          width={width}
          height={HEIGHT}
          margin={MARGIN}
          x={x}
          y={y}
          xTicks={xTicks}
          yTicks={yTicks}
          format={formats.count}
          xTitle={strings.axisMinutes}
          yTitle={strings.axisLength}
          yTitleX={12}
        />
        {peakStandsApart(points) && (
          <g class="series series-b" aria-hidden="true">
            <path d={path((point) => point.peak)} stroke-dasharray="6 4" />
            {last && (
              <>
                <path d={`M${width - MARGIN.right + 6},${MARGIN.top + 8}h16`} stroke-dasharray="6 4" />
                <text x={width - MARGIN.right + 26} y={MARGIN.top + 8} dominant-baseline="middle">
                  {strings.peak}
                </text>
              </>
            )}
          </g>
        )}
        <g class="series series-a" aria-hidden="true">
          <path d={path((point) => point.length)} />
          {last && (
            <>
              <path d={`M${width - MARGIN.right + 6},${MARGIN.top + 30}h16`} />
              <text x={width - MARGIN.right + 26} y={MARGIN.top + 30} dominant-baseline="middle">
                {strings.average}
              </text>
            </>
          )}
        </g>
      </svg>
      <figcaption data-testid="queue-length-sentence">{sentence}</figcaption>
    </figure>
  );
}
