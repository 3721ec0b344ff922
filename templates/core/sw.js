/* Porte-voix service worker ({{ version }}). It caches the shell (stylesheet, script, icons) and
   the offline page; pages themselves always come from the network and are never stored, since
   signed-in pages are personal. Offline, a page request gets the offline page. */
const CACHE = {{ version|tojson }};
const OFFLINE = {{ offline|tojson }};
const SHELL = {{ shell|tojson }};

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL.concat([OFFLINE]))).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(
    keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))).then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE)));
    return;
  }
  const path = new URL(request.url).pathname;
  if (SHELL.includes(path)) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
  }
});

/* Web Push: show what the server sent (already in the person's language), open its page on a tap. */
self.addEventListener("push", (event) => {
  let data = {};
  try { data = event.data ? event.data.json() : {}; } catch (error) { data = {}; }
  if (!data.title) { return; }
  event.waitUntil(self.registration.showNotification(data.title, {
    body: data.body || "", tag: data.tag, data: { url: data.url || "/notifications" },
    icon: {{ icon|tojson }}, badge: {{ icon|tojson }} }));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = new URL((event.notification.data && event.notification.data.url) || "/notifications", self.location.origin);
  if (target.origin !== self.location.origin) { return; }
  event.waitUntil(self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
    const open = windows.find((w) => new URL(w.url).pathname === target.pathname && "focus" in w);
    return open ? open.focus() : self.clients.openWindow(target.href);
  }));
});
