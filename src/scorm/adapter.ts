/**
 * The SCORM 1.2 adapter of a chapter's LMS package (scripts/scorm-packages.ts bundles it into one
 * classic script and loads it first in each packaged page's <head>). Inside an LMS it brings the
 * learner's progress for the chapter back from `cmi.suspend_data` before the widgets read the
 * device's storage, then reports progress, score and status as the learner works. Outside an LMS
 * (no API found) it does nothing at all. It never throws into the page: an LMS that misbehaves
 * costs the report, not the course.
 *
 * The package holds two pages (the chapter and its quiz) in one SCO: moving between them keeps
 * the LMS session open (a link click marks the move), so only leaving the package finishes it.
 */
import { storageKey } from '../lib/progress/progressState.ts';
import { readProgress } from '../lib/progress/readProgress.ts';
import { belongsToChapter, type PackagedChapter } from '../lib/scorm/chapterRecords.ts';
import { formatCmiTimespan } from '../lib/scorm/cmiTimespan.ts';
import { lessonResult } from '../lib/scorm/lessonResult.ts';
import { recordsToRestore } from '../lib/scorm/restoreRecords.ts';
import { findScormApi, type Scorm12Api } from '../lib/scorm/scormApi.ts';
import { decodeSuspendData, encodeSuspendData } from '../lib/scorm/suspendData.ts';

/** How often the device's records are compared with what the LMS was last sent. */
const POLL_MS = 2000;
/** Where the session's start is kept, so time on the quiz page counts from the chapter page's start. */
const STARTED_KEY = 'crm-scorm-started';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The chapter's stored records, key without `crm:` → JSON text. */
function chapterRecords(chapter: PackagedChapter): Record<string, string> {
  const device = storage();
  const records: Record<string, string> = {};
  if (!device) return records;
  for (let index = 0; index < device.length; index++) {
    const fullKey = device.key(index);
    if (!fullKey?.startsWith(storageKey.prefix)) continue;
    const key = fullKey.slice(storageKey.prefix.length);
    const text = device.getItem(fullKey);
    if (text !== null && belongsToChapter(key, chapter)) records[key] = text;
  }
  return records;
}

/** Sets one value and says whether the LMS took it (its error code is read after every set). */
function set(api: Scorm12Api, element: string, value: string): boolean {
  const result = api.LMSSetValue(element, value);
  const error = api.LMSGetLastError();
  return String(result) === 'true' && (error === '0' || error === '' || Number(error) === 0);
}

/** The start of this sitting: kept across the package's two pages, reset when a sitting ends. */
function sessionStart(): number {
  try {
    const kept = Number(sessionStorage.getItem(STARTED_KEY));
    if (Number.isFinite(kept) && kept > 0) return kept;
    const now = Date.now();
    sessionStorage.setItem(STARTED_KEY, String(now));
    return now;
  } catch {
    return Date.now();
  }
}

function showNotice(text: string): void {
  if (!text || document.querySelector('[data-scorm-notice]')) return;
  const place = () => {
    const box = document.createElement('div');
    box.className = 'storage-notice';
    box.setAttribute('role', 'alert');
    box.setAttribute('data-scorm-notice', '');
    const words = document.createElement('p');
    words.textContent = text;
    box.append(words);
    (document.querySelector('main') ?? document.body).prepend(box);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', place, { once: true });
  else place();
}

function start(script: HTMLOrSVGScriptElement | null): void {
  const api = findScormApi(window);
  if (!api || !script) return;
  const slug = script.getAttribute('data-chapter') ?? '';
  const chapter: PackagedChapter = {
    slug,
    scenarioIds: (script.getAttribute('data-scenarios') ?? '').split(',').filter(Boolean),
  };
  const noticeText = script.getAttribute('data-notice') ?? '';
  const pages = (script.getAttribute('data-pages') ?? '').split(',').filter(Boolean);

  // The package's second page finds the session its first page opened (error 101: already initialised).
  if (String(api.LMSInitialize('')) !== 'true') {
    api.LMSGetValue('cmi.core.lesson_status');
    if (api.LMSGetLastError() !== '0') return;
  }
  const started = sessionStart();

  const kept = api.LMSGetValue('cmi.suspend_data');
  if (kept) {
    const decoded = decodeSuspendData(String(kept), chapter);
    const device = storage();
    if (decoded.ok && device) {
      const { writes } = recordsToRestore(
        decoded.records,
        (key) => device.getItem(storageKey.prefix + key) ?? undefined,
      );
      for (const [key, text] of Object.entries(writes)) {
        try {
          device.setItem(storageKey.prefix + key, text);
        } catch {
          // A full storage keeps the LMS's copy; the pages report the full storage themselves.
        }
      }
    }
  }

  let lastSnapshot = '';
  const sent: Record<string, string> = {};
  const send = (element: string, value: string) => {
    if (sent[element] === value) return false;
    if (set(api, element, value)) sent[element] = value;
    return true;
  };
  const sync = (): void => {
    const records = chapterRecords(chapter);
    const snapshot = JSON.stringify(Object.entries(records).sort(([a], [b]) => (a < b ? -1 : 1)));
    if (snapshot === lastSnapshot) return;
    lastSnapshot = snapshot;
    const { progress } = readProgress(records);
    let changed = false;
    const encoded = encodeSuspendData(progress, chapter);
    if (encoded.ok) changed = send('cmi.suspend_data', encoded.text) || changed;
    else showNotice(noticeText);
    const result = lessonResult(Object.values(progress.tests).filter((test) => test.chapter === slug));
    if (result.raw !== undefined) {
      changed = send('cmi.core.score.min', '0') || changed;
      changed = send('cmi.core.score.max', '100') || changed;
      changed = send('cmi.core.score.raw', String(result.raw)) || changed;
    }
    changed = send('cmi.core.lesson_status', result.status) || changed;
    if (changed) api.LMSCommit('');
  };
  const guarded = (work: () => void) => () => {
    try {
      work();
    } catch {
      // Never into the page.
    }
  };

  let movingWithin = false;
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      // A click that opens another tab, or that the page handles itself, leaves this page where it is.
      const staysHere = event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
      if (!(link instanceof HTMLAnchorElement) || link.target || staysHere) return;
      const url = new URL(link.href, location.href);
      movingWithin = url.origin === location.origin && pages.some((page) => url.pathname.endsWith(page));
      // Moving to the other page, the frame unloads at once; a link to a place on this page does not.
      if (movingWithin && url.pathname === location.pathname) movingWithin = false;
    },
    true,
  );

  let finished = false;
  const finish = guarded(() => {
    if (finished) return;
    sync();
    const status = sent['cmi.core.lesson_status'];
    set(api, 'cmi.core.exit', status === 'passed' || status === 'failed' ? '' : 'suspend');
    if (movingWithin) {
      api.LMSCommit('');
      return;
    }
    finished = true;
    set(api, 'cmi.core.session_time', formatCmiTimespan(Date.now() - started));
    api.LMSCommit('');
    api.LMSFinish('');
    try {
      sessionStorage.removeItem(STARTED_KEY);
    } catch {
      // Nothing kept: the next sitting starts its own clock anyway.
    }
  });

  guarded(sync)();
  setInterval(guarded(sync), POLL_MS);
  document.addEventListener(
    'visibilitychange',
    guarded(() => {
      if (document.visibilityState === 'hidden') sync();
    }),
  );
  addEventListener('pagehide', finish);
}

try {
  start(document.currentScript);
} catch {
  // An LMS API that throws leaves the page as it is on the site.
}
