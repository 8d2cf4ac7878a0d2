/**
 * An Astro component with some props fixed, for a page that renders MDX: components named in a
 * chapter's MDX get only the props written there, and the whole-course page must tell each widget
 * wrapper which chapter it is in and that it prints only (its URL names no chapter). Astro has no
 * public way to bind props, so this makes a component the way compiled .astro files do.
 */
import { createComponent, render, renderComponent, type AstroComponentFactory } from 'astro/runtime/server/index.js';

export function withProps(
  name: string,
  Component: AstroComponentFactory,
  fixed: Record<string, unknown>,
): AstroComponentFactory {
  return createComponent(
    (result, props, slots) => render`${renderComponent(result, name, Component, { ...props, ...fixed }, slots)}`,
  );
}
