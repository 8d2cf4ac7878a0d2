/**
 * The presets and levers with their words in one language, for the page to hand to the
 * simulator island: the other language's text then stays out of the reader's download.
 */
import type { Locale } from '../../i18n/locales.ts';
import { queuePresets, type QueuePreset } from './presets.ts';
import { measuredOverestimate, waitLevers, type WaitLever } from './waitLevers.ts';

export interface PresetView extends Pick<QueuePreset, 'id' | 'config' | 'wait'> {
  title: string;
  setting: string;
  question: string;
}

export interface LeverView extends Omit<WaitLever, 'label' | 'rationale'> {
  label: string;
  rationale: string;
}

/** The one measured size of the perceived-wait model, in words, with its source. */
export interface CalibrationView {
  context: string;
  source: string;
}

export function presetViews(locale: Locale): PresetView[] {
  return queuePresets.map(({ id, config, wait, title, setting, question }) => ({
    id,
    config,
    wait,
    title: title[locale],
    setting: setting[locale],
    question: question[locale],
  }));
}

export function leverViews(locale: Locale): LeverView[] {
  return waitLevers.map(({ label, rationale, ...lever }) => ({
    ...lever,
    label: label[locale],
    rationale: rationale[locale],
  }));
}

export function calibrationView(locale: Locale): CalibrationView {
  return { context: measuredOverestimate.context[locale], source: measuredOverestimate.source };
}
