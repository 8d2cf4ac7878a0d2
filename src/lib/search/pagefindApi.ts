/**
 * The part of Pagefind's browser API (pagefind/pagefind.js, written by the build) that the search
 * dialog uses, typed here because the module is fetched at run time and ships no types of its own
 * to the browser code. Field names are Pagefind's.
 */

/** One word's position in a page's text and how much it counts towards the page's rank. */
export interface WeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A part of a page between two headings (or titled elements) with ids: where a match is. */
export interface SubResult {
  title: string;
  url: string;
  /** The text around the matches, HTML-escaped, each match wrapped in <mark>. */
  excerpt: string;
  weighted_locations: WeightedLocation[];
  locations: number[];
  /** Absent for the part of the page before its first heading with an id. */
  anchor?: { element: string; id: string; text?: string; location: number };
}

/** What `result.data()` resolves to: one matching page. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string } & Record<string, string | undefined>;
  sub_results: SubResult[];
}

export interface SearchResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

export interface SearchResponse {
  results: SearchResult[];
}

export interface PagefindModule {
  options: (options: { excerptLength?: number; baseUrl?: string }) => Promise<void>;
  init: () => Promise<void>;
  /** Resolves to null when a later call has superseded this one. */
  debouncedSearch: (term: string, options?: object, debounceMs?: number) => Promise<SearchResponse | null>;
}
