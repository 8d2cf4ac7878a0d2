/**
 * A widget's controls and results, inert until the island has hydrated: before that the page shows
 * the server's copy, where typing would change a box but not the result beside it. A short note
 * says the exercise is loading instead, so nothing a student does is silently ignored.
 */
import type { ComponentChildren } from 'preact';
import { useHydrated } from './useHydrated.ts';

interface Props {
  /** The root class of the widget (its stylesheet hangs off it). */
  class: string;
  loadingText: string;
  /**
   * Makes the loading note a Tab stop. Tab skips inert controls, so on a page where the controls
   * nearest a widget are far from it, a keyboard user's page would scroll past a widget that
   * hydrates when visible and never show it; focusing the note scrolls it into view, the island
   * hydrates, and the next Tab goes on into the widget.
   */
  loadingTabStop?: boolean | undefined;
  /** Said below the widget when its "tried" mark could not be saved (useTriedMark). */
  notSavedText?: string | undefined;
  children: ComponentChildren;
}

export function WidgetBody({ class: className, loadingText, loadingTabStop = false, notSavedText, children }: Props) {
  const hydrated = useHydrated();
  return (
    <>
      {!hydrated && (
        // eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex -- a keyboard stop while inert (loadingTabStop)
        <p class="widget-loading" role="status" tabIndex={loadingTabStop ? 0 : undefined}>
          {loadingText}
        </p>
      )}
      <div class={className} inert={!hydrated} data-hydrated={hydrated ? '' : undefined}>
        {children}
        {notSavedText && <p class="field-problem">{notSavedText}</p>}
      </div>
    </>
  );
}
