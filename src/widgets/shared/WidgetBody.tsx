/**
 * A widget's controls and results, inert until the island has hydrated: before that the page shows
 * the server's copy, where typing would change a box but not the result beside it. A short note
 * says the exercise is loading instead, so nothing a student does is silently ignored.
 */
import type { ComponentChildren } from 'preact';
import { useHydrated } from './useHydrated';

interface Props {
  /** The root class of the widget (its stylesheet hangs off it). */
  class: string;
  loadingText: string;
  children: ComponentChildren;
}

export function WidgetBody({ class: className, loadingText, children }: Props) {
  const hydrated = useHydrated();
  return (
    <>
      {!hydrated && (
        <p class="widget-loading" role="status">
          {loadingText}
        </p>
      )}
      <div class={className} inert={!hydrated} data-hydrated={hydrated ? '' : undefined}>
        {children}
      </div>
    </>
  );
}
