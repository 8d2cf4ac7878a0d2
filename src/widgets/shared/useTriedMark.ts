/**
 * A widget's "tried" mark for the progress page, and whether it could not be saved: the widget
 * then says so itself (WidgetBody's `notSavedText`), where the learner is looking.
 */
import { useState } from 'preact/hooks';
import type { WidgetId } from '../registry.ts';
import { markWidgetTried } from '../../stores/widgetTried.ts';

export function useTriedMark(chapter: string, widget: WidgetId): [markTried: () => void, notSaved: boolean] {
  const [notSaved, setNotSaved] = useState(false);
  const markTried = () => setNotSaved(!markWidgetTried(chapter, widget));
  return [markTried, notSaved];
}
