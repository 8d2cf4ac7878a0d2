// Runs at the end of <body>: the theme toggle (persisted on the device) and a language switch
// that lands on the section being read. Inlined into every page; its CSP hash is computed in astro.config.mjs.
(() => {
  const root = document.documentElement;
  const storedTheme = () => {
    try {
      return localStorage.getItem('crm-theme');
    } catch {
      return null;
    }
  };
  const toggle = document.querySelector('[data-theme-toggle]');
  const sync = () => toggle.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
  if (toggle) {
    sync();
    toggle.addEventListener('click', () => {
      root.dataset.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
      try {
        localStorage.setItem('crm-theme', root.dataset.theme);
      } catch {
        // Not persisted where storage is blocked; the choice still holds on this page.
      }
      sync();
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
      if (!storedTheme()) {
        root.dataset.theme = event.matches ? 'dark' : 'light';
        sync();
      }
    });
  }
  // The section being read: the last heading scrolled up to just below the sticky header. It is
  // tracked while the reader scrolls, not read at the click, because moving focus into the header
  // (Tab, or a mouse press) can make the browser scroll the page first.
  const header = document.querySelector('.site-header');
  let section = '';
  let pending = false;
  const findSection = () => {
    pending = false;
    if (header?.contains(document.activeElement)) return;
    const readingLine = (header?.getBoundingClientRect().bottom ?? 0) + 48;
    section = '';
    for (const heading of document.querySelectorAll('main h2[id], main h3[id]')) {
      if (heading.getBoundingClientRect().top < readingLine) section = heading.id;
    }
  };
  addEventListener(
    'scroll',
    () => {
      if (!pending) {
        pending = true;
        requestAnimationFrame(findSection);
      }
    },
    { passive: true },
  );
  // Not measured at load: that would force a layout of the whole page before its first paint, and
  // a page opened at a section or restored to a scroll position fires a scroll event anyway.
  for (const link of document.querySelectorAll('a[data-keep-section]')) {
    link.addEventListener('click', () => {
      link.hash = section;
    });
  }
  // A chapter counts as read once its end scrolls into view. The marker carries the storage key
  // and the record, both made when the site is built by the progress store's own builder
  // (readMarker in src/lib/progress/progressRecords.ts); only the time is set here. The store
  // picks the record up, in this tab and others.
  const end = document.querySelector('[data-read-marker]');
  if (end && 'IntersectionObserver' in window) {
    const key = end.getAttribute('data-read-marker');
    new IntersectionObserver((entries, observer) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      try {
        const record = { ...JSON.parse(end.getAttribute('data-read-record')), at: Date.now() };
        if (!localStorage.getItem(key)) localStorage.setItem(key, JSON.stringify(record));
      } catch {
        // Storage blocked or full: the chapter is not marked, and the learner is told here.
        end.querySelector('[hidden]')?.removeAttribute('hidden');
      }
    }).observe(end);
  }
})();
