/**
 * "This widget was tried" on this device, written straight to storage with the progress store's
 * key and record format, so a widget need not load the store (and its schemas) just to say so.
 * The store reads the record like any other; a write that fails is reported through the store,
 * loaded only then, and to the widget, which says so in place (useTriedMark).
 */
import { widgetRecord } from '../lib/progress/progressRecords.ts';
import { storageKey } from '../lib/progress/progressState.ts';
import type { WidgetId } from '../widgets/registry.ts';
import { askToKeepStorage } from './persistence.ts';

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
    void import('./progress.ts').then(({ reportWriteFailure }) => reportWriteFailure(error));
    return false;
  }
}
