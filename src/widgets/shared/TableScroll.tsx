/**
 * A table that may be wider than a phone: it scrolls sideways inside its own box (focusable, so
 * the keyboard can scroll it), and when it does overflow a visible line says so and the edge
 * fades, so the hidden columns are never a surprise.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** Names the scrolling region for screen readers (usually the table's caption). */
  label: string;
  /** The sentence shown when the table is wider than its box. */
  scrollHint: string;
  children: ComponentChildren;
}

export function TableScroll({ label, scrollHint, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {overflows && (
        <p class="table-scroll-hint">
          <span aria-hidden="true">↔ </span>
          {scrollHint}
        </p>
      )}
      <div
        class={overflows ? 'table-scroll table-scroll-overflows' : 'table-scroll'}
        ref={box}
        tabIndex={0}
        role="region"
        aria-label={label}
      >
        {children}
      </div>
    </>
  );
}
