// Registers the service worker (sw.js) so that a visitor who came once can use the atlas
// offline. Embeds never register it: an embed on another site stores nothing.
if ('serviceWorker' in navigator && !/\/embed\//.test(location.pathname)) {
  const scope = new URL('./', document.baseURI);
  navigator.serviceWorker.register(new URL('sw.js', scope), { scope: scope.pathname }).catch(() => {
    // Without a service worker the app works as before, online.
  });
}
