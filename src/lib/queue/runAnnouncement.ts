/** What a screen reader hears when a run finishes: the mean actual and perceived waits, and the share kept waiting too long. */
import type { QueueSimulatorStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import type { NumberFormats } from '../text/numberFormats.ts';
import type { RunSummary } from './runSummary.ts';

export function runAnnouncement(
  summary: Pick<RunSummary, 'actualWait' | 'perceivedWait' | 'shareOverTolerance'>,
  template: QueueSimulatorStrings['announce'],
  formats: Pick<NumberFormats, 'decimal' | 'percent'>,
): string {
  return fillTemplate(template, {
    actual: formats.decimal(summary.actualWait?.mean ?? 0),
    perceived: formats.decimal(summary.perceivedWait?.mean ?? 0),
    share: formats.percent(summary.shareOverTolerance),
  });
}
