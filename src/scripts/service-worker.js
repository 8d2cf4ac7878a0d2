// Runs at the end of <body>: registers the offline service worker (built by
// src/integrations/serviceWorker.ts), shows the offline badge while the connection is down and
// offers a reload when a new version of the course is waiting. Inlined into every page, so text
// pages load no module script; its CSP hash is computed in astro.config.mjs. Its words come from
// the page (templates rendered by the layout in the page's language), so one script serves every locale.
(() => {
  // The badge: an always-present polite live region, filled while offline, so the change is announced.
  const connection = document.querySelector('[data-connection-status]');
  const offlineBadge = document.querySelector('template[data-offline-badge]');
  const showConnection = () => {
    if (!connection || !offlineBadge) return;
    if (navigator.onLine) connection.replaceChildren();
    else if (!connection.firstElementChild) connection.append(offlineBadge.content.cloneNode(true));
  };
  addEventListener('online', showConnection);
  addEventListener('offline', showConnection);
  showConnection();

  const worker = document.querySelector('[data-service-worker]');
  if (!worker || !('serviceWorker' in navigator)) return;
  const prompt = document.querySelector('[data-update-prompt]');
  const promptContent = document.querySelector('template[data-update-template]');
  // Reload only when the learner asked for it: the first worker also takes control (clientsClaim),
  // and that must not reload a page someone is reading.
  let reloadWhenReady = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadWhenReady) location.reload();
  });
  /** @param {ServiceWorker} waiting */
  const offerUpdate = (waiting) => {
    if (!prompt || !promptContent || prompt.firstElementChild) return;
    prompt.append(promptContent.content.cloneNode(true));
    prompt.querySelector('button')?.addEventListener('click', () => {
      reloadWhenReady = true;
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });
  };
  // After load, so the first visit's pages and widgets come before the course's precache.
  const register = () =>
    navigator.serviceWorker
      .register(worker.getAttribute('data-service-worker'), { scope: worker.getAttribute('data-scope') })
      .then((registration) => {
        // A browser or test harness that blocks workers may hand back nothing.
        if (!registration) return;
        // Only an update waits behind a controlling worker; the first install is no news.
        if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(installing);
          });
        });
      })
      .catch(() => {
        // No worker (private mode, storage blocked): the course works online as before.
      });
  if (document.readyState === 'complete') register();
  else addEventListener('load', register);
})();
