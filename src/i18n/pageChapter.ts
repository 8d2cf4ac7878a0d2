/** The chapter (its slug, e.g. 01-foundations) of the page being rendered, read from its URL; widgets record progress under it. */
import { splitLocalePath } from './paths.ts';

export function pageChapter(url: URL): string {
  const { path } = splitLocalePath(url.pathname, import.meta.env.BASE_URL);
  const slug = /^chapters\/([^/]+)\//.exec(path)?.[1];
  if (!slug) throw new Error(`${url.pathname} is not a chapter page, so a widget on it cannot record progress`);
  return slug;
}
