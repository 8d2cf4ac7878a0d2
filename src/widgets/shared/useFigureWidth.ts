/** The drawn width of a chart's figure, so axis text keeps its size on a phone instead of shrinking. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export function useFigureWidth(fallback = 640) {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(280, Math.round(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
