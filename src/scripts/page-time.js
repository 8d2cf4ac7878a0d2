// Counts the time a chapter's pages (the chapter, its quiz, its exam practice) are in view and in
// use, for an assignment's completion report (src/lib/assignment/chapterTime.ts reads it). Time
// counts while the page is visible and the reader has scrolled, typed, clicked or touched within
// the last two minutes, so a tab left open overnight adds two minutes, not eight hours. Kept on
// this device under crm-time:<chapter>, in milliseconds; never sent anywhere.
(() => {
  const chapter = document.body.dataset.timeChapter;
  if (!chapter) return;
  const key = `crm-time:${chapter}`;
  const idleAfter = 120_000;
  let lastActive = Date.now();
  // The start of the stretch not yet counted, or null while the page is hidden.
  let from = document.visibilityState === 'visible' ? lastActive : null;
  const flush = () => {
    if (from === null) return;
    const now = Date.now();
    const spent = Math.min(now, lastActive + idleAfter) - from;
    from = now;
    if (spent <= 0) return;
    try {
      const total = (Number.parseInt(localStorage.getItem(key) ?? '', 10) || 0) + spent;
      localStorage.setItem(key, String(total));
    } catch {
      // Storage full or blocked: the time is not kept, and nothing else depends on it.
    }
  };
  const active = () => {
    const now = Date.now();
    // Back after a pause: count up to the pause, then start again from now.
    if (now - lastActive > idleAfter) {
      flush();
      from = document.visibilityState === 'visible' ? now : null;
    }
    lastActive = now;
  };
  for (const type of ['pointerdown', 'keydown', 'scroll', 'wheel', 'touchstart', 'input'])
    addEventListener(type, active, { capture: true, passive: true });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      flush();
      from = null;
    } else {
      lastActive = Date.now();
      from = lastActive;
    }
  });
  addEventListener('pagehide', flush);
  setInterval(flush, 15_000);
})();
