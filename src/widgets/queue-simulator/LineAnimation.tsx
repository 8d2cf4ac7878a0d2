/**
 * The run replayed: customers (dots) arriving, waiting in line and being served at the counters
 * (boxes), from the run's per-customer records, with play / pause and speed buttons. When the
 * reader's system asks for reduced motion it shows the busiest moment, still, with a sentence.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  createLineTimeline,
  type CustomerColumns,
  type LineSnapshot,
  type TimelineIndex,
} from '../../lib/queue/lineTimeline.ts';
import { fillTemplate } from '../../lib/text/fillTemplate.ts';
import type { NumberFormats } from '../../lib/text/numberFormats.ts';
import type { QueueSimulatorStrings } from '../../i18n/types.ts';
import { useFigureWidth } from '../shared/useFigureWidth.ts';

interface Props {
  columns: CustomerColumns;
  index: TimelineIndex;
  servers: number;
  lineCount: number;
  /** The busiest moment, shown when motion is reduced. */
  peakMinute: number;
  strings: QueueSimulatorStrings['animation'];
  formats: NumberFormats;
}

/** Simulated minutes per real second. */
const speeds = [1, 5, 30] as const;
const DOT_SPACING = 14;
const BOX = 22;

export function LineAnimation({ columns, index, servers, lineCount, peakMinute, strings, formats }: Props) {
  const timeline = useMemo(
    () => createLineTimeline(columns, servers, lineCount, index),
    [columns, index, servers, lineCount],
  );
  const [reducedMotion, setReducedMotion] = useState(false);
  const [minute, setMinute] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(speeds[1]);

  useEffect(() => {
    const query = matchMedia('(prefers-reduced-motion: reduce)');
    const update = () => setReducedMotion(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);

  useEffect(() => {
    setMinute(0);
    setPlaying(false);
  }, [timeline]);

  useEffect(() => {
    if (!playing || reducedMotion) return;
    let frame = 0;
    let last = performance.now();
    const step = (now: number) => {
      const elapsed = Math.min(100, now - last);
      last = now;
      setMinute((current) => Math.min(timeline.endMinute, current + (speed * elapsed) / 1000));
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, reducedMotion, timeline]);

  // The replay stops by itself at the last departure.
  useEffect(() => {
    if (playing && minute >= timeline.endMinute) setPlaying(false);
  }, [playing, minute, timeline]);

  const shown = reducedMotion ? peakMinute : minute;
  const snapshot = timeline.at(shown);
  const waitingCount = snapshot.waiting.reduce((sum, line) => sum + line.length, 0);
  const counts = {
    minute: formats.count(shown),
    waiting: formats.count(waitingCount),
    served: formats.count(snapshot.served),
    balked: formats.count(snapshot.balked),
    reneged: formats.count(snapshot.reneged),
  };

  return (
    <section class="queue-animation" aria-labelledby="queue-animation-title">
      <h4 id="queue-animation-title">{strings.heading}</h4>
      {reducedMotion ? (
        <>
          <p class="widget-note">{strings.reducedMotion}</p>
          <p data-testid="queue-static-summary">
            {fillTemplate(strings.staticSummary, {
              ...counts,
              busy: formats.count(snapshot.serving.filter((id) => id !== null).length),
            })}
          </p>
        </>
      ) : (
        <div class="queue-animation-controls">
          <button
            type="button"
            class="button"
            id="queue-play"
            onClick={() => {
              if (!playing && minute >= timeline.endMinute) setMinute(0);
              setPlaying(!playing);
            }}
          >
            {playing ? strings.pause : strings.play}
          </button>
          <button type="button" class="button-secondary" id="queue-restart" onClick={() => setMinute(0)}>
            {strings.restart}
          </button>
          <div class="queue-speeds" role="group" aria-label={strings.speedLegend}>
            {speeds.map((option) => (
              <button
                type="button"
                key={option}
                class="button-secondary"
                aria-pressed={speed === option ? 'true' : 'false'}
                onClick={() => setSpeed(option)}
              >
                {fillTemplate(strings.speed, { n: formats.count(option) })}
              </button>
            ))}
          </div>
          <p class="queue-clock" data-testid="queue-clock">
            {fillTemplate(strings.clock, counts)} · {fillTemplate(strings.counts, counts)}
          </p>
        </div>
      )}
      <LineDrawing snapshot={snapshot} servers={servers} lineCount={lineCount} strings={strings} formats={formats} />
    </section>
  );
}

interface DrawingProps {
  snapshot: LineSnapshot;
  servers: number;
  lineCount: number;
  strings: Props['strings'];
  formats: NumberFormats;
}

function LineDrawing({ snapshot, servers, lineCount, strings, formats }: DrawingProps) {
  const [figure, width] = useFigureWidth();
  const row = servers > 8 ? 18 : 28;
  const box = Math.min(BOX, row - 4);
  const height = servers * row + 16;
  const counterX = width - box - 8;
  const firstDotX = counterX - 14;
  const room = Math.max(1, Math.floor((firstDotX - 70) / DOT_SPACING));
  // One shared line sits level with the middle counter; separate lines face their own counter.
  const rowOfLine = (line: number) => (lineCount === 1 ? Math.floor((servers - 1) / 2) : line);
  const middle = (rowIndex: number) => 8 + rowIndex * row + row / 2;
  const minute = formats.count(snapshot.minute);
  return (
    <figure class="chart queue-drawing" ref={figure}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        height={height}
        role="img"
        aria-labelledby="queue-drawing-title queue-drawing-desc"
      >
        <title id="queue-drawing-title">{fillTemplate(strings.svgTitle, { minute })}</title>
        <desc id="queue-drawing-desc">{strings.svgDescription}</desc>
        {snapshot.waiting.map((line, index) => {
          const y = middle(rowOfLine(index));
          const visible = line.slice(0, room);
          return (
            <g key={index} class="queue-line" aria-hidden="true">
              {visible.map((id, position) => (
                <circle key={id} class="queue-customer" cx={firstDotX - position * DOT_SPACING} cy={y} r={5} />
              ))}
              {line.length > room && (
                <text x={4} y={y} dominant-baseline="middle" class="queue-more">
                  {fillTemplate(strings.more, { n: formats.count(line.length - room) })}
                </text>
              )}
            </g>
          );
        })}
        {snapshot.serving.map((customer, server) => {
          const y = middle(server);
          return (
            <g key={server} class="queue-counter" aria-hidden="true">
              <rect x={counterX} y={y - box / 2} width={box} height={box} rx={3} />
              {customer !== null && <circle class="queue-served" cx={counterX + box / 2} cy={y} r={box / 2 - 5} />}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
