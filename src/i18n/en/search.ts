/** UI strings for the site search (the header button and its dialog), in English. */
import type { SearchStrings } from '../types.ts';

export const search: SearchStrings = {
  open: 'Search',
  title: 'Search the course',
  fieldLabel: 'Words to find',
  placeholder: 'e.g. service recovery, Erlang',
  hint: 'Searches the English version of the course. Press ↓ to move into the results, Esc to close.',
  close: 'Close',
  resultsLabel: 'Search results',
  loading: 'Loading the search index…',
  found: { one: '{n} matching page.', other: '{n} matching pages.' },
  none: 'Nothing in the course matches “{query}”. Try another word, or fewer words.',
  failed: 'The search index could not be loaded. Check your connection, then reload the page.',
  teachingNotes: 'Teaching notes',
};
