/* Rasd field app — the queue of finished visits and cases on this phone (IndexedDB), shared by the pages and the
   service worker. Each waits with its idempotency key until the server answers: arrived (its answers and photos are
   then erased, only the reference is kept a few days), refused (kept, with the message beside each question, for the
   monitor to correct), or no answer (kept, tried again). Sending again with the same key never makes a second one.
   Photos and files go first, in pieces, through resumable uploads (tus 1.0.0): a cut upload goes on from the offset
   the server reports, and the visit or case then names the finished upload. */
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
    if (item.kind !== 'case') {
      data.append('facilityId', item.facilityId);
      data.append('formVersionId', item.formVersionId);
      if (item.assignmentId) { data.append('assignmentId', item.assignmentId); }
    }
    Object.keys(item.answers || {}).forEach(function (name) {
      item.answers[name].forEach(function (value) { data.append(name, value); });
    });
    (item.files || []).forEach(function (file) {
      if (file.uploadId) { data.append('upload.' + file.field.replace(/^file\./, ''), file.uploadId); }
      else { data.append(file.field, file.blob, file.name); }
    });
    return data;
  }

  var CHUNK = 256 * 1024;

  function tusHeaders(csrf, more) {
    var headers = { 'Tus-Resumable': '1.0.0' };
    headers[csrf.header] = csrf.token;
    Object.keys(more || {}).forEach(function (name) { headers[name] = more[name]; });
    return headers;
  }

  function refusedBy(response) {
    var type = response.headers.get('Content-Type') || '';
    var read = type.indexOf('json') >= 0 ? response.json() : Promise.resolve({});
    return read.then(function (problem) {
      var error = new Error(problem.detail || String(response.status));
      error.refused = response.status === 413 || response.status === 422;
      error.detail = problem.detail || '';
      return Promise.reject(error);
    });
  }

  /* Where an upload begun earlier stands on the server: its offset, or null when it is gone (expired, erased). */
  function offsetOf(file, csrf) {
    if (!file.uploadUrl) { return Promise.resolve(null); }
    return fetch(file.uploadUrl, { method: 'HEAD', credentials: 'same-origin', cache: 'no-store',
      headers: tusHeaders(csrf) }).then(function (response) {
      if (response.status === 404 || response.status === 410) { file.uploadUrl = null; return null; }
      if (!response.ok) { return Promise.reject(new Error('no answer')); }
      return Number(response.headers.get('Upload-Offset'));
    });
  }

  /* Sends one file of an item in pieces, going on from where the server says the last try stopped. */
  function upload(item, file, urls, csrf) {
    if (file.uploadId || !file.blob) { return Promise.resolve(); }
    var chunk = (scope.RasdQueue && scope.RasdQueue.chunk) || CHUNK;
    function next(offset) {
      if (offset >= file.blob.size) {
        file.uploadId = file.uploadUrl.split('/').pop();
        return put(item);
      }
      return fetch(file.uploadUrl, { method: 'PATCH', credentials: 'same-origin', body: file.blob.slice(offset, offset + chunk),
        headers: tusHeaders(csrf, { 'Content-Type': 'application/offset+octet-stream', 'Upload-Offset': String(offset) }) })
        .then(function (response) {
          if (response.status === 204) { return next(Number(response.headers.get('Upload-Offset'))); }
          if (response.status === 409 || response.status === 404) {
            return offsetOf(file, csrf).then(function (at) { return at === null ? begin() : next(at); });
          }
          return refusedBy(response);
        });
    }
    function begin() {
      var name = file.name || 'file';
      return fetch(urls.uploads, { method: 'POST', credentials: 'same-origin', headers: tusHeaders(csrf, {
        'Upload-Length': String(file.blob.size),
        'Upload-Metadata': 'filename ' + btoa(unescape(encodeURIComponent(name))) }) })
        .then(function (response) {
          if (response.status !== 201) { return refusedBy(response); }
          file.uploadUrl = new URL(response.headers.get('Location'), scope.location.href).href;
          // kept at once: after a cut, the next try asks this address where to go on from
          return put(item).then(function () { return next(0); });
        });
    }
    return offsetOf(file, csrf).then(function (at) { return at === null ? begin() : next(at); });
  }

  function uploads(item, urls, csrf) {
    return (item.files || []).reduce(function (chain, file) {
      return chain.then(function () { return upload(item, file, urls, csrf); });
    }, Promise.resolve());
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
    var sending = urls.uploads ? uploads(item, urls, csrf).catch(function (error) {
      if (!error.refused) { return Promise.reject(error); }
      // a file the server will not take (too large, empty): the monitor changes it
      item.state = 'refused';
      item.detail = error.detail;
      item.errors = {};
      (item.files || []).forEach(function (f) { if (!f.uploadId) { item.errors[f.field.replace(/^file\./, '')] = error.detail; } });
      return settle(item).then(function () { return null; });
    }) : Promise.resolve(item);
    return sending.then(function (ready) {
      if (ready === null) { return null; }
      return fetch(item.kind === 'case' ? urls.cases : urls.send, { method: 'POST', credentials: 'same-origin',
        headers: headers, body: body(item), redirect: 'manual' });
    })
      .then(function (response) {
        if (response === null) { return null; }
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
        if (response.status === 409 && type.indexOf('json') >= 0) {
          return response.json().then(function (problem) {
            // an upload the server no longer holds: sent again on the next try
            (problem.uploads || []).forEach(function (question) {
              (item.files || []).forEach(function (f) {
                if (f.field.replace(/^file\./, '') === question) { f.uploadId = null; f.uploadUrl = null; }
              });
            });
            item.state = 'waiting';
            item.lastTry = Date.now();
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

  scope.RasdQueue = { put: put, get: get, all: all, remove: remove, clear: clear, send: send, pending: pending,
    chunk: CHUNK };
}(self));
