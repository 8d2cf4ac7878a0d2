// Runs at the end of <body>: the theme toggle (persisted on the device) and a language switch
// that lands on the section being read. Inlined into every page; its CSP hash is computed in astro.config.mjs.
(() => {
  const root = document.documentElement;
  // The sticky header's height, for what must stop below it (a heading opened by its #anchor, the
  // mock exam's clock): it differs by language, width and the chapter's reader bar.
  const header = document.querySelector('.site-header');
  if (header && 'ResizeObserver' in window)
    new ResizeObserver(() => root.style.setProperty('--header-height', `${header.offsetHeight}px`)).observe(header);
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
  // (Tab, or a mouse press) can make the browser scroll the page first: the language switch keeps
  // the section from before. The same pass marks the contents' entry for the section (aria-current),
  // names it in the phone's reader bar, and moves the bar's reading-progress line.
  const tocLinks = [...document.querySelectorAll('.toc a')];
  const tocTarget = (link) => decodeURIComponent(link.hash.slice(1));
  const listed = new Set(tocLinks.map(tocTarget));
  const readerSection = document.querySelector('[data-reader-section]');
  const readingProgress = document.querySelector('[data-reading-progress]');
  let section = '';
  let listedSection = null;
  const markListedSection = (id) => {
    if (id === listedSection) return;
    listedSection = id;
    let name = '';
    for (const link of tocLinks) {
      if (tocTarget(link) === id) {
        link.setAttribute('aria-current', 'true');
        name = link.textContent;
      } else link.removeAttribute('aria-current');
    }
    if (readerSection) readerSection.textContent = name || readerSection.dataset.chapterTitle;
  };
  let pending = false;
  const findSection = () => {
    pending = false;
    const readingLine = (header?.getBoundingClientRect().bottom ?? 0) + 48;
    let reading = '';
    let readingListed = '';
    for (const heading of document.querySelectorAll('main h2[id], main h3[id]')) {
      if (heading.getBoundingClientRect().top >= readingLine) break;
      reading = heading.id;
      if (listed.has(reading)) readingListed = reading;
    }
    if (!header?.contains(document.activeElement)) section = reading;
    markListedSection(readingListed);
    if (readingProgress) {
      const scrollable = document.documentElement.scrollHeight - innerHeight;
      readingProgress.style.transform = `scaleX(${scrollable > 0 ? Math.min(1, scrollY / scrollable) : 1})`;
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
      // A page whose fragment is data (an assignment link) keeps it in the other language.
      link.hash = document.body.hasAttribute('data-fragment-data') ? location.hash : section;
    });
  }
  // The reader bar's sheet opens by command/commandfor; browsers older than that get the same by
  // script. A link chosen in the sheet closes it before the page moves to the link's target.
  const sheet = document.getElementById('reader-sheet');
  if (sheet) {
    if (!('commandForElement' in HTMLButtonElement.prototype)) {
      for (const button of document.querySelectorAll('[commandfor="reader-sheet"]')) {
        button.addEventListener('click', () =>
          button.getAttribute('command') === 'close' ? sheet.close() : sheet.showModal(),
        );
      }
    }
    // A modal dialog keeps the page behind it out of reach, but Tab past its last link would go on
    // to the browser's own bar: it goes round to the first instead, and Shift+Tab the other way.
    sheet.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab') return;
      const stops = sheet.querySelectorAll('a[href], button');
      const edge = event.shiftKey ? stops[0] : stops[stops.length - 1];
      if (document.activeElement === edge) {
        event.preventDefault();
        (event.shiftKey ? stops[stops.length - 1] : stops[0]).focus();
      }
    });
    sheet.addEventListener('click', (event) => {
      if (event.target.closest('a')) sheet.close();
    });
    // Opened far down a long chapter, the sheet shows the section being read.
    sheet.addEventListener('toggle', (event) => {
      if (event.newState === 'open') sheet.querySelector('[aria-current]')?.scrollIntoView({ block: 'center' });
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
