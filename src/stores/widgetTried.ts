/**
 * "This widget was tried" on this device, written straight to storage with the progress store's
 * key and record format, without going through the store's map. The store reads the record like
 * any other; a write that fails is reported through the store and to the widget, which says so in
 * place (useTriedMark). The store was once imported only on failure, but it shares the widgets'
 * chunk (astro.config.mjs), so that import saved nothing and cost a module-namespace helper.
 */
import { widgetRecord } from '../lib/progress/progressRecords.ts';
import { storageKey } from '../lib/progress/progressState.ts';
import type { WidgetId } from '../widgets/registry.ts';
import { askToKeepStorage } from './persistence.ts';
import { reportWriteFailure } from './progress.ts';

const tried = new Set<string>();

/** Marks the widget tried; false when storage is full or blocked (the next edit tries again). */
export function markWidgetTried(chapter: string, widget: WidgetId): boolean {
  const key = storageKey.prefix + storageKey.widget(chapter, widget);
  if (tried.has(key)) return true;
  try {
    if (localStorage.getItem(key) === null) localStorage.setItem(key, JSON.stringify(widgetRecord(Date.now())));
    tried.add(key);
    askToKeepStorage();
    return true;
  } catch (error) {
    reportWriteFailure(error);
    return false;
  }
}
