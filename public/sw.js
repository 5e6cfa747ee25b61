// HER2 Explained service worker: keeps one whole build of the app for offline use (kiosks,
// waiting rooms with a poor connection). It caches only the files of the build, listed in
// precache-manifest.json by scripts/postbuild.sh; never anything a person types. Works under any
// sub-path: every URL is relative to the worker's scope. How updates work: docs/serving.md.
"use strict";

// scripts/postbuild.sh replaces this line with the build's version (precache-manifest.json),
// so every build is a new worker. Unstamped (a build without the hook), the worker does nothing.
const BUILD_VERSION = "development"; // replaced by scripts/postbuild.sh
const PREFIX = "her2-explained-";
const CACHE = PREFIX + BUILD_VERSION;
const MANIFEST = "precache-manifest.json";
const NAVIGATION_TIMEOUT_MS = 3000;
const HASHED = /-[0-9a-f]{16}(_bg)?\.[A-Za-z0-9]+$/;
// Files of the build fetched only when a feature is used (pdf.js for "Open a file"): not in the
// manifest, kept in this build's cache once fetched, so the feature then works offline.
const ON_DEMAND = "vendor/";
const stamped = BUILD_VERSION !== "development";

const scope = () => new URL(self.registration.scope);
const inScope = (url) => new URL(url, scope()).href;

self.addEventListener("install", (event) => {
  event.waitUntil((stamped ? precache() : Promise.resolve()).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(removeOldCaches().then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (!stamped || request.method !== "GET") return;
  if (request.cache === "only-if-cached" && request.mode !== "same-origin") return;
  const url = new URL(request.url);
  const root = scope();
  if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return;
  if (request.mode === "navigate") {
    event.respondWith(networkFirstPage(request, url));
  } else if (url.pathname.slice(root.pathname.length).startsWith(ON_DEMAND)) {
    event.respondWith(keptOnUse(request));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request));
  }
});

/** Fetches the manifest and every file it lists into this build's cache, checking each file's
 *  sha256 against the manifest: a file from another build (a deployment in progress) or one that
 *  cannot be fetched fails the install, and the previous worker keeps serving its own complete
 *  build. A failed install deletes what it stored (a half-filled cache would otherwise stay on
 *  the device: only complete caches are ever removed by a later worker), unless the cache is
 *  complete already (then a worker of this same build is using it). */
async function precache() {
  try {
    await fill();
  } catch (error) {
    const cache = await caches.open(CACHE);
    if (!(await cache.match(inScope(MANIFEST)))) await caches.delete(CACHE);
    throw error;
  }
}

async function fill() {
  const manifestResponse = await fetch(inScope(MANIFEST), { cache: "no-store" });
  if (!manifestResponse.ok) throw new Error(`${MANIFEST}: HTTP ${manifestResponse.status}`);
  const manifest = await manifestResponse.clone().json();
  if (manifest.version !== BUILD_VERSION) {
    throw new Error(`${MANIFEST} is build ${manifest.version}, this worker is ${BUILD_VERSION}`);
  }
  const cache = await caches.open(CACHE);
  // Every download ends (stored or failed) before the install is judged, so that nothing is
  // stored after a failed install has deleted the cache.
  const results = await Promise.allSettled(
    manifest.files.map(async ({ url, sha256 }) => {
      const response = await fetch(inScope(url), { cache: "no-cache" });
      if (!response.ok || response.redirected) throw new Error(`${url}: HTTP ${response.status}`);
      const digest = await hex(await response.clone().arrayBuffer());
      if (digest.slice(0, sha256.length) !== sha256) {
        throw new Error(`${url} is not the file of build ${BUILD_VERSION}`);
      }
      await cache.put(inScope(url), response);
    }),
  );
  const failed = results.find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
  // Last: marks the cache as complete and as this scope's (see removeOldCaches).
  await cache.put(inScope(MANIFEST), manifestResponse);
}

/** Deletes this scope's caches of other builds. A complete cache holds its manifest at this
 *  scope's manifest URL; caches of a copy of the app under another path of the same origin hold
 *  it elsewhere and are kept. */
async function removeOldCaches() {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || (stamped && name === CACHE)) continue;
    const cache = await caches.open(name);
    if (await cache.match(inScope(MANIFEST))) await caches.delete(name);
  }
}

/** Pages: the network, if it answers within a few seconds; else this build's copy of the page
 *  for that path (es/ → es/index.html, an unknown path → the nearest index.html). */
async function networkFirstPage(request, url) {
  const cached = cachedPage(url);
  try {
    const response = await timeout(fetch(request), NAVIGATION_TIMEOUT_MS);
    if (response.status >= 500) return (await cached) || response;
    return response;
  } catch (error) {
    const page = await cached;
    if (page) return page;
    throw error;
  }
}

async function cachedPage(url) {
  const cache = await caches.open(CACHE);
  const root = scope();
  let path = url.pathname.slice(root.pathname.length);
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the path as it is
  }
  const candidates = [];
  if (path && !path.endsWith("/")) candidates.push(path, `${path}/index.html`);
  let dir = path.endsWith("/") ? path : path.slice(0, path.lastIndexOf("/") + 1);
  for (;;) {
    candidates.push(`${dir}index.html`);
    if (!dir) break;
    dir = dir.slice(0, dir.slice(0, -1).lastIndexOf("/") + 1);
  }
  for (const candidate of candidates) {
    const hit = await cache.match(inScope(candidate), { ignoreSearch: true, ignoreVary: true });
    if (hit) return hit;
  }
  return undefined;
}

/** Hashed files never change: this build's copy, else the network (not stored). */
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request, { ignoreVary: true })) || fetch(request);
}

/** On-demand files: this build's copy, else the network, and the copy is kept (whole, good
 *  answers only) in this build's cache, which is deleted with the build. */
async function keptOnUse(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreVary: true, ignoreSearch: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.status === 200 && !response.redirected && response.type === "basic") {
    await cache.put(request, response.clone()).catch(() => {});
  }
  return response;
}

/** Other files of the build: the network, else this build's copy; other URLs: the network. */
async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreVary: true, ignoreSearch: true });
    if (hit) return hit;
    throw error;
  }
}

function timeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("network timeout")), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(error)),
    );
  });
}

async function hex(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", buffer));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}
