/**
 * The previous run beside this one: what was changed, a table of every measure, and paired bars
 * for the waits (previous solid above, this run hatched below, values written at the bar ends).
 */
import type { RunSummary } from '../../lib/queue/runSummary.ts';
import type { SettingShown } from '../../lib/queue/settingsShown.ts';
import { linearScale, niceTicks } from '../../lib/chart/niceTicks.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import type { QueueSimulatorStrings } from '../../i18n/types.ts';
import { useFigureWidth } from '../shared/useFigureWidth.ts';
import { HatchPattern } from '../shared/HatchPattern.tsx';

export interface RunShown {
  summary: RunSummary;
  settings: SettingShown[];
}

interface Props {
  before: RunShown;
  after: RunShown;
  strings: QueueSimulatorStrings;
  formats: NumberFormats;
}

const BAR_HEIGHT = 14;
const GROUP_GAP = 16;
const MARGIN = { top: 8, bottom: 8 };

export function RunComparison({ before, after, strings, formats }: Props) {
  const [figure, width] = useFigureWidth();
  const text = strings.comparison;
  const changes = after.settings.flatMap((setting) => {
    const previous = before.settings.find((candidate) => candidate.key === setting.key);
    return previous && previous.value !== setting.value
      ? [fillTemplate(text.change, { label: setting.label, before: previous.value, after: setting.value })]
      : [];
  });
  const minutes = (value: number | undefined) => (value === undefined ? '–' : formats.decimal(value));
  const rows: { label: string; before: string; after: string }[] = [
    [text.meanActual, (s: RunSummary) => minutes(s.actualWait?.mean)],
    [text.meanPerceived, (s: RunSummary) => minutes(s.perceivedWait?.mean)],
    [text.p95Perceived, (s: RunSummary) => minutes(s.perceivedWait?.p95)],
    [strings.measures.utilisation, (s: RunSummary) => formats.percent(s.utilisation)],
    [strings.measures.balked, (s: RunSummary) => formats.percent(s.balkedShare)],
    [strings.measures.reneged, (s: RunSummary) => formats.percent(s.renegedShare)],
    [strings.measures.overtakes, (s: RunSummary) => formats.percent(s.overtakenShare)],
    [strings.measures.overTolerance, (s: RunSummary) => formats.percent(s.shareOverTolerance)],
  ].map(([label, show]) => ({
    label: label as string,
    before: (show as (s: RunSummary) => string)(before.summary),
    after: (show as (s: RunSummary) => string)(after.summary),
  }));

  const bars = [
    [text.meanActual, (s: RunSummary) => s.actualWait?.mean ?? 0],
    [text.meanPerceived, (s: RunSummary) => s.perceivedWait?.mean ?? 0],
    [text.p95Perceived, (s: RunSummary) => s.perceivedWait?.p95 ?? 0],
  ] as const;
  const top = niceTicks(Math.max(...bars.flatMap(([, value]) => [value(before.summary), value(after.summary)])));
  // Leave room after the longest bar for its value and its run name.
  const x = linearScale(0, top[top.length - 1]!, 0, Math.max(80, width - 170));
  const groupHeight = 18 + 2 * BAR_HEIGHT + GROUP_GAP;
  const height = MARGIN.top + bars.length * groupHeight + MARGIN.bottom;

  return (
    <section class="queue-comparison" aria-labelledby="queue-comparison-title">
      <h4 id="queue-comparison-title">{text.heading}</h4>
      <p data-testid="queue-changes">
        {changes.length > 0
          ? fillTemplate(text.changed, { changes: changes.join(strings.listSeparator) })
          : text.unchanged}
      </p>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={text.tableCaption}>
        <table data-testid="queue-comparison-table">
          <caption>{text.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.columnMeasure}</th>
              <th scope="col">{text.columnBefore}</th>
              <th scope="col">{text.columnAfter}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.before}</td>
                <td>{row.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figure class="chart comparison-chart" ref={figure}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          height={height}
          role="img"
          aria-labelledby="queue-comparison-chart-title queue-comparison-chart-desc"
        >
          <title id="queue-comparison-chart-title">{text.chartTitle}</title>
          <desc id="queue-comparison-chart-desc">{text.chartDescription}</desc>
          <defs>
            <HatchPattern id="comparison-hatch" />
          </defs>
          {bars.map(([label, value], index) => {
            const y = MARGIN.top + index * groupHeight;
            const was = value(before.summary);
            const now = value(after.summary);
            return (
              <g key={label} aria-hidden="true">
                <text class="bar-label" x={0} y={y + 12}>
                  {label}
                </text>
                <rect class="bar-actual" x={0} y={y + 18} width={Math.max(1, x(was))} height={BAR_HEIGHT} />
                <text class="bar-value" x={x(was) + 6} y={y + 18 + BAR_HEIGHT / 2} dominant-baseline="middle">
                  {`${formats.decimal(was)} · ${text.columnBefore}`}
                </text>
                <rect
                  class="bar-perceived"
                  fill="url(#comparison-hatch)"
                  x={0}
                  y={y + 18 + BAR_HEIGHT}
                  width={Math.max(1, x(now))}
                  height={BAR_HEIGHT}
                />
                <text class="bar-value" x={x(now) + 6} y={y + 18 + 1.5 * BAR_HEIGHT} dominant-baseline="middle">
                  {`${formats.decimal(now)} · ${text.columnAfter}`}
                </text>
              </g>
            );
          })}
        </svg>
      </figure>
    </section>
  );
}
