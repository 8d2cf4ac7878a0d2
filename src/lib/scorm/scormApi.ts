/**
 * The SCORM 1.2 run-time API an LMS puts on one of the windows around a package (the `API` object
 * of the ADL specification), and how the adapter finds it: the ADL API-discovery algorithm, over
 * window-like objects so it can be tested without a browser.
 */

/** The eight calls of SCORM 1.2's API; every value passes as a string. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** What discovery reads of a window: its `API`, its parent and its opener. */
export interface WindowLike {
  readonly API?: unknown;
  readonly parent?: WindowLike | null;
  readonly opener?: WindowLike | null;
}

/** How many parents the ADL algorithm climbs before it gives up (its sample code's limit). */
export const PARENT_LIMIT = 7;

const calls = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'] as const;

/** Whether a value offers the calls the adapter makes: something else named `API` is not an LMS. */
export function isScorm12Api(value: unknown): value is Scorm12Api {
  if (typeof value !== 'object' || value === null) return false;
  const api = value as Record<string, unknown>;
  return calls.every((name) => typeof api[name] === 'function');
}

/**
 * A property of a window, or undefined: a window of another origin throws on every read, and the
 * adapter must never throw into the page.
 */
function read<Key extends keyof WindowLike>(win: WindowLike, key: Key): WindowLike[Key] | undefined {
  try {
    return win[key];
  } catch {
    return undefined;
  }
}

/** The API on `start` or on one of its first PARENT_LIMIT parents, as ADL's `findAPI` walks them. */
function searchParents(start: WindowLike): Scorm12Api | undefined {
  let win = start;
  for (let climbed = 0; ; climbed++) {
    const api = read(win, 'API');
    if (isScorm12Api(api)) return api;
    const parent = read(win, 'parent');
    if (!parent || parent === win || climbed >= PARENT_LIMIT) return undefined;
    win = parent;
  }
}

/**
 * The LMS's API for a package shown in `win`: first up the frames that hold it, then up from the
 * window that opened it (an LMS that launches packages in a pop-up), or undefined outside an LMS.
 */
export function findScormApi(win: WindowLike): Scorm12Api | undefined {
  const found = searchParents(win);
  if (found) return found;
  const opener = read(win, 'opener');
  return opener ? searchParents(opener) : undefined;
}
