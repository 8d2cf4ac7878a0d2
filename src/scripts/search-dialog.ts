/**
 * The site search's behaviour, fetched the first time a reader opens the search dialog (the inline
 * opener, src/scripts/search-opener.js, has opened it already): it loads Pagefind's index for the
 * page's language, searches as the reader types, lists the best sections of each matching page
 * with the match highlighted, announces how many pages matched, and moves through the results with
 * the arrow keys. Built as a file of its own (SiteSearch.astro imports it with `?worker&url`, the
 * one Vite import that bundles a module without loading it), so it exports nothing.
 */
import { excerptParts } from '../lib/search/excerptParts.ts';
import type { PagefindModule, ResultData } from '../lib/search/pagefindApi.ts';
import { resultSections, type ResultSection } from '../lib/search/resultSections.ts';
import { pluralText, type PluralForms } from '../lib/text/pluralText.ts';
import { fillTemplate, type Template } from '../lib/text/fillTemplate.ts';

/** The dialog's messages in the page's language, from its `data-search-text` attribute. */
interface SearchText {
  languageTag: string;
  found: PluralForms;
  none: Template<'query'>;
  loading: string;
  failed: string;
  teachingNotes: string;
}

/** Pages listed at most: a course has a few dozen pages, and more would only push the best down. */
const PAGES_SHOWN = 8;
/** Words of text around the match in each excerpt. */
const EXCERPT_WORDS = 24;

const dialog = document.getElementById('site-search') as HTMLDialogElement;
const field = dialog.querySelector('input') as HTMLInputElement;
const status = dialog.querySelector('[role="status"]') as HTMLElement;
const list = dialog.querySelector('ol') as HTMLOListElement;
const text = JSON.parse(dialog.dataset['searchText'] ?? '{}') as SearchText;

let loaded = false;
const pagefind: Promise<PagefindModule> = import(/* @vite-ignore */ dialog.dataset['searchIndex'] ?? '').then(
  async (module: PagefindModule) => {
    await module.options({ excerptLength: EXCERPT_WORDS });
    await module.init();
    loaded = true;
    return module;
  },
);
// Reported when a search needs it; caught here so a failed load is never an unhandled rejection.
pagefind.catch(() => undefined);

function resultItem(section: ResultSection): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = section.url;
  const part = (className: string, content: string | Node[]) => {
    const span = document.createElement('span');
    span.className = className;
    if (typeof content === 'string') span.textContent = content;
    else span.append(...content);
    link.append(span);
  };
  part('search-result-page', section.pageTitle);
  if (section.sectionTitle !== null || section.teachingNotes) {
    const title: Node[] = [];
    if (section.teachingNotes) {
      const tag = document.createElement('span');
      tag.className = 'search-tag';
      tag.textContent = text.teachingNotes;
      title.push(tag);
    }
    if (section.sectionTitle !== null && section.sectionTitle !== text.teachingNotes)
      title.push(document.createTextNode(section.sectionTitle));
    part('search-result-section', title);
  }
  part(
    'search-result-excerpt',
    excerptParts(section.excerpt).map(({ text: run, marked }) => {
      if (!marked) return document.createTextNode(run);
      const mark = document.createElement('mark');
      mark.textContent = run;
      return mark;
    }),
  );
  item.append(link);
  return item;
}

/** Counts searches, so the answer to an older one never replaces a newer one's. */
let latest = 0;

async function search(): Promise<void> {
  const asked = ++latest;
  const term = field.value.trim();
  if (term === '') {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  let module: PagefindModule;
  if (!loaded) status.textContent = text.loading;
  try {
    module = await pagefind;
  } catch {
    if (asked === latest) status.textContent = text.failed;
    return;
  }
  const response = await module.debouncedSearch(term, {}, 200);
  if (response === null || asked !== latest) return;
  const pages: ResultData[] = await Promise.all(response.results.slice(0, PAGES_SHOWN).map((result) => result.data()));
  if (asked !== latest) return;
  list.replaceChildren(...resultSections(pages).map(resultItem));
  status.textContent =
    response.results.length === 0
      ? fillTemplate(text.none, { query: term })
      : pluralText(text.languageTag, text.found, response.results.length);
}

/** Up and down move between the field and the results, as in a list box; Tab goes through them too. */
function moveFocus(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const stops: HTMLElement[] = [field, ...list.querySelectorAll('a')];
  const at = stops.indexOf(document.activeElement as HTMLElement);
  if (at === -1) return;
  event.preventDefault();
  const next = stops[Math.min(stops.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))];
  next?.focus();
}

field.addEventListener('input', () => void search());
dialog.addEventListener('keydown', moveFocus);
// A result may lead to a section of this very page: close the dialog so the section shows, and
// leave focus to the browser, which moves it to the section.
list.addEventListener('click', (event) => {
  if ((event.target as Element).closest('a')) dialog.close('follow');
});
// What was typed before this module arrived is searched now.
void search();
