// Opens and closes the search dialog (SiteSearch.astro); inlined and hashed like page-controls.js.
// The search code (search-dialog.ts) and the index load on the first open.
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
  // "follow": a result was followed, and focus goes where it leads.
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'follow') returnTo.focus();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    // Not left to the search field, which would only clear itself.
    event.preventDefault();
    dialog.close();
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog || event.target.closest('[data-search-close]')) dialog.close();
  });
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
