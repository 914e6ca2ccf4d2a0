/* Rasd field app — the queue of finished visits on this phone (IndexedDB), shared by the pages and the service
   worker. Each visit waits with its idempotency key until the server answers: arrived (its answers and photos are
   then erased, only the reference is kept a few days), refused (kept, with the message beside each question, for the
   monitor to correct), or no answer (kept, tried again). Sending again with the same key never makes a second visit. */
(function (scope) {
  'use strict';
  var DB = 'rasd-field';
  var STORE = 'visits';
  var KEEP_SENT_MS = 3 * 24 * 3600 * 1000;

  function open() {
    return new Promise(function (resolve, reject) {
      var request = scope.indexedDB.open(DB, 1);
      request.onupgradeneeded = function () { request.result.createObjectStore(STORE, { keyPath: 'key' }); };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function run(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var result = work(tx.objectStore(STORE));
        tx.oncomplete = function () { db.close(); resolve(result && 'result' in result ? result.result : result); };
        tx.onerror = function () { db.close(); reject(tx.error); };
        tx.onabort = function () { db.close(); reject(tx.error); };
      });
    });
  }

  function put(item) { return run('readwrite', function (store) { store.put(item); return item; }); }

  function get(key) { return run('readonly', function (store) { return store.get(key); }); }

  function all() {
    return run('readonly', function (store) { return store.getAll(); }).then(function (items) {
      return (items || []).sort(function (a, b) { return a.createdAt - b.createdAt; });
    });
  }

  function remove(key) { return run('readwrite', function (store) { store.delete(key); }); }

  function clear() {
    return new Promise(function (resolve) {
      var request = scope.indexedDB.deleteDatabase(DB);
      request.onsuccess = request.onerror = request.onblocked = function () { resolve(); };
    });
  }

  function pending(item) { return item.state === 'waiting' || item.state === 'sign-in'; }

  /* What is left of a visit once it arrived: nothing that was typed or photographed. */
  function arrived(item, body) {
    return { key: item.key, state: 'sent', reference: body.reference || '', createdAt: item.createdAt,
      sentAt: Date.now() };
  }

  function token(urls) {
    return fetch(urls.token, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        if (!response.ok || type.indexOf('json') < 0) { return null; }
        return response.json();
      });
  }

  function body(item) {
    var data = new FormData();
    data.append('facilityId', item.facilityId);
    data.append('formVersionId', item.formVersionId);
    if (item.assignmentId) { data.append('assignmentId', item.assignmentId); }
    Object.keys(item.answers || {}).forEach(function (name) {
      item.answers[name].forEach(function (value) { data.append(name, value); });
    });
    (item.files || []).forEach(function (file) { data.append(file.field, file.blob, file.name); });
    return data;
  }

  /* Writes what became of a visit, unless it meanwhile arrived through another sending. */
  function settle(item) {
    return get(item.key).then(function (now) {
      if (now && now.state === 'sent') { return now; }
      return put(item);
    });
  }

  function sendOne(item, urls, csrf) {
    var headers = { Accept: 'application/json', 'Idempotency-Key': item.key };
    headers[csrf.header] = csrf.token;
    return fetch(urls.send, { method: 'POST', credentials: 'same-origin', headers: headers, body: body(item),
      redirect: 'manual' })
      .then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        if ((response.status === 200 || response.status === 201) && type.indexOf('json') >= 0) {
          return response.json().then(function (answer) { return put(arrived(item, answer)); });
        }
        if ((response.status === 422 || response.status === 403) && type.indexOf('json') >= 0) {
          return response.json().then(function (problem) {
            item.state = 'refused';
            item.detail = problem.detail || '';
            item.errors = problem.errors || {};
            return settle(item);
          });
        }
        if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
          item.state = 'sign-in';
          return settle(item);
        }
        item.state = 'waiting';
        item.lastTry = Date.now();
        return settle(item);
      });
  }

  /* Sends every waiting visit, one after the other; stops at the first sign of no connection. Only one sending at a
     time on this phone (page and service worker alike), so two never race with the same key. */
  function send(urls) {
    var work = function () {
      return all().then(function (items) {
        var now = Date.now();
        var old = items.filter(function (i) { return i.state === 'sent' && now - i.sentAt > KEEP_SENT_MS; });
        var due = items.filter(pending);
        return Promise.all(old.map(function (i) { return remove(i.key); })).then(function () {
          if (!due.length) { return 0; }
          return token(urls).then(function (csrf) {
            if (!csrf) {
              return Promise.all(due.map(function (i) { i.state = 'sign-in'; return put(i); })).then(function () { return 0; });
            }
            return due.reduce(function (chain, item) {
              return chain.then(function (count) { return sendOne(item, urls, csrf).then(function () { return count + 1; }); });
            }, Promise.resolve(0));
          });
        });
      });
    };
    if (scope.navigator && scope.navigator.locks) {
      return scope.navigator.locks.request('rasd-field-send', work);
    }
    return work();
  }

  scope.RasdQueue = { put: put, get: get, all: all, remove: remove, clear: clear, send: send, pending: pending };
}(self));
