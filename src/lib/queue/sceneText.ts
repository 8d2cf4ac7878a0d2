/**
 * The presets and levers with their words in one language, for the page to hand to the
 * simulator island: the engine's data (src/lib/queue) joined at build time with the words of
 * content/queue/simulator.yaml, so the other language's text stays out of the reader's download.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { QueueText } from '../../schemas/queueText.ts';
import { queuePresets, type QueuePreset } from './presets.ts';
import { measuredOverestimate, waitLevers, type WaitLever } from './waitLevers.ts';

export interface PresetView extends Pick<QueuePreset, 'id' | 'config' | 'wait'> {
  title: string;
  setting: string;
  question: string;
}

export interface LeverView extends WaitLever {
  label: string;
  rationale: string;
}

/** The one measured size of the perceived-wait model, in words, with its source. */
export interface CalibrationView {
  context: string;
  source: string;
}

export function presetViews(locale: Locale, text: QueueText): PresetView[] {
  return queuePresets.map(({ id, config, wait }) => {
    const { title, setting, question } = text.presets[id];
    return { id, config, wait, title: title[locale], setting: setting[locale], question: question[locale] };
  });
}

export function leverViews(locale: Locale, text: QueueText): LeverView[] {
  return waitLevers.map((lever) => {
    const { label, rationale } = text.levers[lever.id];
    return { ...lever, label: label[locale], rationale: rationale[locale] };
  });
}

export function calibrationView(locale: Locale, text: QueueText): CalibrationView {
  return { context: text.calibration.context[locale], source: measuredOverestimate.source };
}
