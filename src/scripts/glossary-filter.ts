// The glossary page's instant filter (src/layouts/GlossaryPage.astro), bundled and inlined by the
// page (bundleInline in minifyInline.mjs) and hashed for the CSP in astro.config.mjs. Every term
// is listed without script; this unhides the field and narrows the list as the reader types.
import { matchesQuery, queryWords, searchText } from '../lib/glossary/filterQuery.ts';

(() => {
  const form = document.querySelector<HTMLElement>('[data-glossary-filter]');
  const field = form?.querySelector('input');
  const status = form?.querySelector<HTMLElement>('[role="status"]');
  if (!form || !field || !status) return;
  const text = JSON.parse(form.dataset['text']!) as {
    tag: string;
    all: Record<string, string>;
    some: Record<string, string>;
    none: string;
  };
  const plural = new Intl.PluralRules(text.tag);
  const number = new Intl.NumberFormat(text.tag);
  const entries = [...document.querySelectorAll<HTMLElement>('[data-glossary-entry]')].map((entry) => ({
    entry,
    // The term's forms in both locales and its definition in this page's language.
    haystack: searchText(`${entry.dataset['glossaryEntry']} ${entry.querySelector('[data-definition]')?.textContent}`),
  }));
  const sections = [...document.querySelectorAll<HTMLElement>('[data-glossary-chapter]')];
  const fill = (template: string, values: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  let announce = 0;

  const apply = () => {
    const words = queryWords(field.value);
    let shown = 0;
    for (const { entry, haystack } of entries) {
      const match = matchesQuery(haystack, words);
      entry.hidden = !match;
      if (match) shown += 1;
    }
    for (const section of sections) section.hidden = !section.querySelector('[data-glossary-entry]:not([hidden])');
    const total = entries.length;
    const forms = words.length ? text.some : text.all;
    const message = shown
      ? fill(forms[plural.select(total)] ?? forms['other']!, {
          shown: number.format(shown),
          total: number.format(total),
        })
      : fill(text.none, { query: field.value.trim() });
    status.classList.toggle('glossary-none', !shown);
    // Announced once the reader pauses, not at every keystroke.
    clearTimeout(announce);
    announce = window.setTimeout(() => (status.textContent = message), 400);
  };

  form.hidden = false;
  field.addEventListener('input', apply);
  field.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !field.value) return;
    event.preventDefault();
    field.value = '';
    apply();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  // A link to a term the filter hides (a related term, an address with #id) shows the whole list again.
  addEventListener('hashchange', () => {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target?.closest('[hidden]')) {
      field.value = '';
      apply();
      target.scrollIntoView();
    }
  });
  // The browser may restore the field's words when the reader comes back to the page.
  if (field.value) apply();
})();
