/**
 * The frame of every chart: a figure that measures its drawn width (so axis text keeps its size on a
 * phone), an SVG named by its title and described by its description, and an optional caption.
 * The drawing itself is the `draw(width)` callback.
 */
import type { ComponentChildren } from 'preact';
import { useFigureWidth } from './useFigureWidth.ts';

interface Props {
  /** Unique on the page: the title's and description's ids derive from it. */
  id: string;
  /** Extra classes beside `chart`. */
  class?: string | undefined;
  title: string;
  description: string;
  /** The drawing's height, or how it follows from the width (e.g. a legend that wraps on a phone). */
  height: number | ((width: number) => number);
  /** Width drawn before the island knows its real width (server render). */
  defaultWidth?: number | undefined;
  caption?: ComponentChildren;
  draw: (width: number) => ComponentChildren;
}

export function ChartFrame({ id, class: extra, title, description, height, defaultWidth, caption, draw }: Props) {
  const [figure, width] = useFigureWidth(defaultWidth);
  const drawnHeight = typeof height === 'number' ? height : height(width);
  return (
    <figure class={extra ? `chart ${extra}` : 'chart'} ref={figure}>
      <svg viewBox={`0 0 ${width} ${drawnHeight}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {draw(width)}
      </svg>
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
