// Imported by the generated service worker (vite.config.ts: workbox.importScripts). At install it fetches the
// museum's kiosk.json into the cache that the worker's network-first route for that file falls back to, so a
// kiosk that was online once keeps its own configuration offline: its first visit fetched kiosk.json before
// the worker controlled the page, so the route never saw that request.
/* global self, caches, Request */
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open('common-orbit-config')
      .then((cache) => cache.add(new Request('kiosk.json', { cache: 'no-cache' })))
      .catch(() => undefined),
  );
});
