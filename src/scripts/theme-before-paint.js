// Runs in <head> before the first paint: the stored theme, else the system's, so a dark-mode
// reader never sees a light flash. Inlined into every page; its CSP hash is computed in astro.config.mjs.
(() => {
  let stored;
  try {
    stored = localStorage.getItem('crm-theme');
  } catch {
    // Storage blocked (private mode, policy): fall back to the system setting.
  }
  document.documentElement.dataset.theme =
    stored === 'dark' || stored === 'light'
      ? stored
      : matchMedia('(prefers-color-scheme: dark)').matches
        ? 'dark'
        : 'light';
})();
