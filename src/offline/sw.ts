/// <reference lib="webworker" />
/**
 * The service worker (bundled into /sw.js by ./integration.ts): after one visit, every lesson and lab
 * page, their scripts and styles and both search indexes are in the precache, so a class on bad Wi-Fi
 * keeps reading and running labs.
 *
 * - Pages: the network first, so a reader online always gets the latest deploy; the precached copy
 *   when the network fails, or when it has not answered in NETWORK_WAIT_MS (bad Wi-Fi).
 * - Everything else in the precache (scripts, styles, Pagefind files): from the cache.
 * - Teacher and student pages and /api/ are never cached (./paths.ts): no route here matches them
 *   except the page route's network-only branch.
 * - A new build ships a new list; the new worker takes over at once (skipWaiting + clientsClaim) and
 *   Workbox drops the entries that are gone or changed, so a reload shows the new text.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, getCacheKeyForURL, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import type { PrecacheEntry } from './precache-manifest.ts';
import { isOnlineOnly, pageKey } from './paths.ts';
import { negotiateLocale } from '../i18n/locales.ts';

declare const self: ServiceWorkerGlobalScope;
declare const PRECACHE_MANIFEST: PrecacheEntry[];

const NETWORK_WAIT_MS = 4000;

self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();

async function page(request: Request, url: URL): Promise<Response> {
  const network = fetch(request);
  // `/` is the language redirect, rendered on demand: offline, send the reader to their home page.
  const key = url.pathname === '/' ? `/${negotiateLocale(self.navigator.languages.join(','))}/` : pageKey(url.pathname);
  if (isOnlineOnly(url.pathname) || !getCacheKeyForURL(key)) return network;
  const waited = new Promise<'slow'>((resolve) => setTimeout(resolve, NETWORK_WAIT_MS, 'slow'));
  try {
    const answer = await Promise.race([network, waited]);
    if (answer !== 'slow') return answer;
  } catch {
    // offline: the precached copy below
  }
  network.catch(() => undefined);
  if (url.pathname === '/') return Response.redirect(key, 302);
  return (await matchPrecache(key)) ?? network;
}

// Registered before the precache route: pages go to the network first.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin,
  ({ request, url }) => page(request, url),
);

precacheAndRoute(PRECACHE_MANIFEST, {
  // Pagefind adds ?ts=… to its entry file to get past HTTP caches; the precache has the current one.
  ignoreURLParametersMatching: [/^ts$/, /^utm_/],
  cleanURLs: false,
});
