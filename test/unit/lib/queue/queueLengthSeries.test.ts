/** The queue-length series keeps a bin's surge as its peak, and says when that peak shows apart from the average. */
import { describe, expect, it } from 'vitest';
import { QueueLengthRecorder, peakStandsApart } from '../../../../src/lib/queue/queueLengthSeries.ts';

describe('the queue-length series', () => {
  it('keeps every change of a short run as it is, so the peak line would lie under the average', () => {
    const recorder = new QueueLengthRecorder();
    recorder.record(2, 1);
    recorder.record(5, 3);
    recorder.record(6, 0);
    const points = recorder.series(10, 100);
    expect(points).toEqual([
      { time: 0, length: 0, peak: 0 },
      { time: 2, length: 1, peak: 1 },
      { time: 5, length: 3, peak: 3 },
      { time: 6, length: 0, peak: 0 },
      { time: 10, length: 0, peak: 0 },
    ]);
    expect(peakStandsApart(points)).toBe(false);
  });

  it('averages a thinned run over its bins and keeps the surge as the peak, shown apart', () => {
    const recorder = new QueueLengthRecorder();
    // Bin 0–5: 4 people from minute 1 to 2, none otherwise: average 4 × 1 / 5 = 0.8, peak 4.
    recorder.record(1, 4);
    recorder.record(2, 0);
    // Bin 5–10: 2 people throughout: average 2, peak 2.
    recorder.record(5, 2);
    const points = recorder.series(10, 2);
    expect(points[0]).toEqual({ time: 0, length: 0.8, peak: 4 });
    expect(points[1]).toMatchObject({ time: 5, length: 2, peak: 2 });
    expect(peakStandsApart(points)).toBe(true);
  });
});
