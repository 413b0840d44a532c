// Registers the service worker (sw.js) so that a visitor who came once can use the atlas
// offline. It waits for the page to load, so that keeping the rest of the app (about 1 MB) does
// not slow the first page. Embeds never register it: an embed on another site stores nothing.
if ('serviceWorker' in navigator && !/\/embed\//.test(location.pathname)) {
  window.addEventListener('load', () => {
    const scope = new URL('./', document.baseURI);
    navigator.serviceWorker.register(new URL('sw.js', scope), { scope: scope.pathname }).catch(() => {
      // Without a service worker the app works as before, online.
    });
  });
}
