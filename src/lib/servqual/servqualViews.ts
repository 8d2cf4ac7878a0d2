/**
 * The scorer's items and presets in one locale, as the island receives them: texts in the page's
 * language, each preset's ratings as four columns of 22 (the shape the engine scores). Runs on
 * the server, so no other locale's words reach the page.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { ServqualData } from '../../schemas/servqualData.ts';
import type { Dimension } from './dimensions.ts';

export interface PresetView {
  id: string;
  title: string;
  setting: string;
  expected: number[];
  perceived: number[];
  desired: number[];
  adequate: number[];
  importance: Record<Dimension, number>;
}

export interface ServqualView {
  /** Item n's statement at index n − 1. */
  items: string[];
  presets: PresetView[];
}

export function servqualView(locale: Locale, data: ServqualData): ServqualView {
  return {
    items: data.items.map((item) => item[locale]),
    presets: Object.entries(data.presets).map(([id, preset]) => ({
      id,
      title: preset.title[locale],
      setting: preset.setting[locale],
      expected: preset.ratings.map((item) => item.expected),
      perceived: preset.ratings.map((item) => item.perceived),
      desired: preset.ratings.map((item) => item.desired),
      adequate: preset.ratings.map((item) => item.adequate),
      importance: { ...preset.importance },
    })),
  };
}
