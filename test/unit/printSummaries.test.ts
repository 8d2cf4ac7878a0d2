/**
 * Every widget of the registry prints a summary in every locale: the print strings are typed by
 * WidgetId, and this catches what a type cannot (an empty text, a key for a widget that is gone).
 */
import { describe, expect, it } from 'vitest';
import { dictionaries, locales } from '../../src/i18n/index.ts';
import { widgetIds } from '../../src/widgets/registry.ts';

describe('printed widget summaries', () => {
  it.each(locales)('%s has a summary for exactly the widgets of the registry', (locale) => {
    const summaries = dictionaries[locale].print.widgets;
    expect(Object.keys(summaries).sort()).toEqual([...widgetIds].sort());
    for (const id of widgetIds) expect(summaries[id].trim().length, id).toBeGreaterThan(40);
  });
});
