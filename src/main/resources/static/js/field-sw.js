/* Rasd field app — the service worker. Keeps the app, the form pages the monitor needs and their scripts and styles,
   so that a visit is opened, filled and finished with no connection; pages are asked of the server first and taken
   from the phone when there is no answer. Sends the queue in the background where the browser allows it. */
'use strict';
importScripts('../assets/js/field-queue.js');

var CACHE = 'rasd-field-v1';
var urls = { send: new URL('visits', self.location).href, cases: new URL('cases', self.location).href,
  uploads: new URL('uploads', self.location).href, token: new URL('token', self.location).href };
var offlineList = new URL('offline.json', self.location).href;

function keep() {
  return fetch(offlineList, { credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
    var type = response.headers.get('Content-Type') || '';
    if (!response.ok || type.indexOf('json') < 0) { return null; }
    return response.json().then(function (list) {
      return caches.open(CACHE).then(function (cache) {
        return Promise.all(list.pages.concat(list.assets).map(function (url) {
          return fetch(url, { credentials: 'same-origin' }).then(function (page) {
            if (page.ok && !page.redirected) { return cache.put(url, page); }
            return null;
          }).catch(function () { return null; });
        }));
      });
    });
  }).catch(function () { return null; });
}

self.addEventListener('install', function (event) {
  event.waitUntil(keep().then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf('rasd-field-') === 0 && n !== CACHE; })
      .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

function fromPhone(request) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request, { ignoreSearch: true });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || url.href === offlineList || url.href === urls.token) { return; }
  var scopePath = new URL(self.registration.scope).pathname;
  var isPage = request.mode === 'navigate' && url.pathname.indexOf(scopePath) === 0;
  var isAsset = url.pathname.indexOf('/assets/') >= 0 || url.pathname.indexOf('/field/icon-') >= 0;
  if (!isPage && !isAsset) { return; }
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok && !response.redirected && response.type === 'basic') {
      var copy = response.clone();
      var key = isPage ? url.origin + url.pathname : request;
      caches.open(CACHE).then(function (cache) { cache.put(key, copy); });
    }
    return response;
  }).catch(function () {
    return fromPhone(isPage ? url.origin + url.pathname : request).then(function (kept) {
      return kept || Response.error();
    });
  }));
});

self.addEventListener('message', function (event) {
  var data = event.data || {};
  if (data.type === 'keep') { event.waitUntil(keep()); }
  if (data.type === 'forget') {
    event.waitUntil(caches.keys().then(function (names) {
      return Promise.all(names.filter(function (n) { return n.indexOf('rasd-field-') === 0; })
        .map(function (n) { return caches.delete(n); }));
    }));
  }
});

self.addEventListener('sync', function (event) {
  if (event.tag === 'rasd-field-send') {
    event.waitUntil(self.RasdQueue.send(urls).then(function () {
      return self.clients.matchAll().then(function (clients) {
        clients.forEach(function (c) { c.postMessage({ type: 'queue-changed' }); });
      });
    }));
  }
});
