// Registers the service worker (sw.js) so that a visitor who came once can use the atlas
// offline. Keeping the rest of the app (about 1 MB) must not slow the first page: the `load`
// event comes before the app has fetched its data and drawn its page, so the registration waits
// until the page has started no download for QUIET_MS and the main thread is idle. Embeds never
// register it: an embed on another site stores nothing.
const QUIET_MS = 3000;

/** Resolves once no resource has started loading for QUIET_MS. */
function networkQuiet() {
  return new Promise((quiet) => {
    let timer = setTimeout(quiet, QUIET_MS);
    new PerformanceObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(quiet, QUIET_MS);
    }).observe({ type: 'resource' });
  });
}

const idle = () => new Promise((go) => ('requestIdleCallback' in window ? requestIdleCallback(go, { timeout: QUIET_MS }) : setTimeout(go)));

if ('serviceWorker' in navigator && !/\/embed\//.test(location.pathname)) {
  window.addEventListener('load', async () => {
    await networkQuiet();
    await idle();
    const scope = new URL('./', document.baseURI);
    navigator.serviceWorker.register(new URL('sw.js', scope), { scope: scope.pathname }).catch(() => {
      // Without a service worker the app works as before, online.
    });
  });
}
