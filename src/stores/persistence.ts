/**
 * Asks the browser to keep this site's storage (navigator.storage.persist()) once the learner has
 * saved something worth keeping, so a device short of space does not evict their progress. Called
 * by the store layer's writers (the progress store and the widget-tried mark), never by widgets;
 * asked once per page, since the browser remembers its answer (and Firefox asks the learner).
 */
let asked = false;

export function askToKeepStorage(): void {
  if (asked) return;
  asked = true;
  if (typeof navigator === 'undefined' || typeof navigator.storage?.persist !== 'function') return;
  navigator.storage.persist().catch(() => {
    // Refused or failed: the progress page says whether storage is kept, from persisted().
  });
}
