// The app's service worker (written into the build by service_worker.mjs). After the first
// visit it keeps the whole app, its data and every file the whole app needs, so the atlas works
// offline; a page's small bundle is kept once a page has used it (the boot script starts the
// whole app instead when it is offline and the small one is not kept), so an install does not
// download every page's bundle. Pages and data are asked of the network first (new figures are
// picked up on the next online visit) and come from the cache when the network fails; the
// other files are named by their content and come from the cache. Only this origin's GET
// requests are handled.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `atlas-${VERSION}`;
const FRESH_FIRST = /\/data\/[^/]+\.(json|csv)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('atlas-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, fallback) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(fallback ?? request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(fallback ?? request);
    if (cached) return cached;
    throw error;
  }
}

/** A file named by its content, from the cache; one the install did not keep (a small bundle,
 * a pinned data version) is fetched and kept for next time, while the page already reads it. */
async function cacheFirst(event) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(event.request);
  if (cached) return cached;
  const response = await fetch(event.request);
  if (response.status === 200 && response.type === 'basic') event.waitUntil(cache.put(event.request, response.clone()));
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, new URL('./', self.registration.scope).href));
  } else if (FRESH_FIRST.test(url.pathname)) {
    event.respondWith(networkFirst(request));
  } else {
    event.respondWith(cacheFirst(event));
  }
});
