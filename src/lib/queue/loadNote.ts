/** The note under the settings on how hard they work the servers: ρ for the day, and for its busiest spell. */
import type { QueueSimulatorStrings } from '../../i18n/types.ts';
import { fillTemplate } from '../text/fillTemplate.ts';
import { offeredLoad, peakLoad } from './offeredLoad.ts';
import type { QueueConfig } from './queueConfig.ts';
import type { QueueFormats } from './queueFormats.ts';

export interface LoadNote {
  text: string;
  /** ρ ≥ 1 over the day: the servers cannot keep up. */
  overloaded: boolean;
}

export function loadNote(
  config: QueueConfig,
  strings: Pick<QueueSimulatorStrings, 'loadNote' | 'overloadNote' | 'peakLoadNote'>,
  formats: Pick<QueueFormats, 'factor'>,
): LoadNote {
  const load = offeredLoad(config);
  const overloaded = load >= 1;
  const day = fillTemplate(overloaded ? strings.overloadNote : strings.loadNote, { load: formats.factor(load) });
  const peak = peakLoad(config);
  const text = peak === null ? day : `${day} ${fillTemplate(strings.peakLoadNote, { load: formats.factor(peak) })}`;
  return { text, overloaded };
}
