/**
 * `client:near`: hydrates an island when it comes near the viewport, as `client:visible` does,
 * but fetches its code earlier: once the page has loaded, when the browser is next idle. A reader
 * who scrolls to a widget then waits only for it to render, not for its script to download, even
 * on a slow connection, and the page's own load still fetches no island script. A reader who has
 * asked the browser to save data gets no prefetch: the code is fetched when the island is near.
 * Astro inlines this directive in every page that uses it (and adds its hash to the CSP).
 */
import type { ClientDirective } from 'astro';

/** How far outside the viewport an island starts to hydrate. */
const rootMargin = '200px';

/** Prefetch at the latest this long after load, even if the browser is never idle. */
const idleTimeout = 3000;

const near: ClientDirective = (load, _options, el) => {
  let loading: ReturnType<typeof load> | undefined;
  let hydrating = false;
  // Astro's load() imports the island's component and renderer without hydrating it; the
  // prefetch and the hydration share the one import.
  const code = () => (loading ??= load());

  // A prefetch that fails (say the connection dropped) must not leave the island dead: forget it
  // without logging, and load again when the island comes near (Astro's loader retries once).
  const forgetFailedPrefetch = (event: Event) => {
    if (hydrating) return;
    event.preventDefault();
    loading = undefined;
  };
  const fetchCode = () => {
    if (loading) return;
    el.addEventListener('astro:hydration-error', forgetFailedPrefetch);
    void code().finally(() => el.removeEventListener('astro:hydration-error', forgetFailedPrefetch));
  };
  const prefetch = () => {
    const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
    if (connection?.saveData) return;
    if ('requestIdleCallback' in window) requestIdleCallback(fetchCode, { timeout: idleTimeout });
    else setTimeout(fetchCode, 200);
  };
  if (document.readyState === 'complete') prefetch();
  else window.addEventListener('load', prefetch, { once: true });

  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      hydrating = true;
      void code().then((hydrate) => hydrate());
    },
    { rootMargin },
  );
  // <astro-island> is display: contents and has no box: watch what it holds.
  for (const child of el.children) observer.observe(child);
};

export default near;
