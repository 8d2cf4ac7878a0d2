// Opens the site search (src/components/SiteSearch.astro) from the header's button, `/` or Ctrl/⌘-K,
// and closes it with Esc, the close button or a click beside it, giving focus back to where it was.
// Inlined into every page (its CSP hash is computed in astro.config.mjs) and kept this small: the
// search itself (src/scripts/search-dialog.ts) and Pagefind's index are fetched on the first open.
(() => {
  const button = document.querySelector('[data-search-open]');
  const dialog = document.getElementById('site-search');
  if (!button || !(dialog instanceof HTMLDialogElement)) return;
  const field = dialog.querySelector('input');
  let returnTo = button;
  let loading;
  const open = () => {
    if (!dialog.open) {
      const active = document.activeElement;
      returnTo = active instanceof HTMLElement && active !== document.body ? active : button;
      dialog.returnValue = '';
      dialog.showModal();
    }
    field.focus();
    field.select();
    loading ??= import(dialog.dataset.searchScript).catch(() => {
      loading = undefined;
      dialog.querySelector('[role="status"]').textContent = dialog.dataset.searchFailed;
    });
  };
  button.addEventListener('click', open);
  // A followed result closes the dialog with "follow": focus then belongs to the page it opens.
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'follow') returnTo.focus();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    // Also where a search field would only clear itself on the first Esc.
    event.preventDefault();
    dialog.close();
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog || event.target.closest('[data-search-close]')) dialog.close();
  });
  // Enter in the field follows the first result.
  dialog.querySelector('form').addEventListener('submit', (event) => {
    event.preventDefault();
    dialog.querySelector('ol a')?.click();
  });
  const typing = (target) =>
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || typing(event.target)) return;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
    if (!slash && !commandK) return;
    event.preventDefault();
    open();
  });
})();
