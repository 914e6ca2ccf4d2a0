/* Rasd field app — the pages. On the app page: installs the service worker, keeps the pages fresh while online,
   shows what waits on this phone and sends it when the connection returns; "forget this phone" erases it all. On a
   form page: a finished visit goes into the queue on this phone (photos made smaller and stripped of their metadata
   first) and is sent at once when possible; a refused one reopens with its answers and the message beside each
   question. Without this script the pages are plain forms that need a connection. */
(function () {
  'use strict';
  if (!window.indexedDB || !window.fetch || !window.RasdQueue || !window.Promise) { return; }
  var Q = window.RasdQueue;
  var app = document.getElementById('field-app');
  var form = document.getElementById('field-form');
  var source = app || form;
  var urls = { send: source.getAttribute('data-send'), cases: source.getAttribute('data-cases'),
    uploads: source.getAttribute('data-uploads'), token: source.getAttribute('data-token') };
  var lang = document.documentElement.lang;

  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function text(element, name, argument) {
    return (element.getAttribute(name) || '').replace('{0}', argument == null ? '' : argument);
  }

  /* ---- the app page ---- */

  function when(at) {
    try {
      return new Date(at).toLocaleString(lang === 'ar' ? 'ar-PS-u-nu-arab' : 'en-GB',
        { timeZone: 'Asia/Hebron', dateStyle: 'medium', timeStyle: 'short' });
    } catch (e) { return new Date(at).toLocaleString(); }
  }

  function renderQueue() {
    var box = document.getElementById('field-queue');
    if (!box) { return Promise.resolve(); }
    var list = box.querySelector('.field-queue-items');
    return Q.all().then(function (items) {
      box.hidden = false;
      list.textContent = '';
      if (!items.length) {
        var none = document.createElement('li');
        none.textContent = box.getAttribute('data-empty-text');
        list.appendChild(none);
      }
      items.forEach(function (item) {
        var li = document.createElement('li');
        li.className = 'field-item field-item-' + item.state;
        li.setAttribute('data-key', item.key);
        var title = document.createElement('span');
        title.textContent = (item.title ? item.title + ' — ' : '') + when(item.sentAt || item.createdAt);
        li.appendChild(title);
        var state = document.createElement('span');
        state.className = 'small field-state';
        if (item.state === 'sent') { state.textContent = text(box, 'data-sent-text', item.reference); }
        else if (item.state === 'refused') { state.textContent = text(box, 'data-refused-text', item.detail); }
        else if (item.state === 'sign-in') { state.textContent = box.getAttribute('data-signin-text'); }
        else { state.textContent = box.getAttribute('data-waiting-text'); }
        li.appendChild(document.createTextNode(' '));
        li.appendChild(state);
        if (item.state === 'refused' && item.page) {
          var fix = document.createElement('a');
          fix.href = item.page + (item.page.indexOf('?') < 0 ? '?' : '&') + 'item=' + encodeURIComponent(item.key);
          fix.className = 'field-fix';
          fix.textContent = box.getAttribute('data-fix-text');
          li.appendChild(document.createTextNode(' '));
          li.appendChild(fix);
        }
        list.appendChild(li);
      });
    });
  }

  function connection() {
    var line = document.querySelector('.field-connection');
    if (!line) { return; }
    line.hidden = false;
    line.textContent = navigator.onLine ? line.getAttribute('data-online-text') : line.getAttribute('data-offline-text');
  }

  var retry = null;

  /* Sends what waits; while the app stays open and something still waits, tries again a little later. */
  function sendNow() {
    clearTimeout(retry);
    var sending = navigator.onLine ? Q.send(urls).catch(function () { return 0; }) : Promise.resolve(0);
    return sending.then(renderQueue).then(function () { return Q.all(); }).then(function (items) {
      if (items.some(function (i) { return i.state === 'waiting'; })) { retry = setTimeout(sendNow, 15000); }
    });
  }

  function askBackgroundSend() {
    if (!('serviceWorker' in navigator)) { return; }
    Q.all().then(function (items) {
      if (!items.some(function (i) { return i.state === 'waiting'; })) { return null; }
      return navigator.serviceWorker.ready.then(function (registration) {
        return registration.sync ? registration.sync.register('rasd-field-send') : null;
      });
    }).catch(function () { /* the page sends on its next opening */ });
  }

  function startApp() {
    connection();
    window.addEventListener('online', function () { connection(); sendNow(); });
    window.addEventListener('offline', connection);
    var sendButton = app.querySelector('.field-send');
    if (sendButton) { sendButton.addEventListener('click', sendNow); }
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register(app.getAttribute('data-sw'), { scope: app.getAttribute('data-scope') })
        .then(function () { return navigator.serviceWorker.ready; })
        .then(function (registration) {
          if (navigator.onLine && registration.active) { registration.active.postMessage({ type: 'keep' }); }
          var line = document.querySelector('.field-connection');
          if (line && navigator.onLine) { line.textContent = line.getAttribute('data-ready-text'); }
          app.setAttribute('data-ready', 'true');
        })
        .catch(function () { /* no offline app in this browser; the pages still work online */ });
      navigator.serviceWorker.addEventListener('message', function (event) {
        if (event.data && event.data.type === 'queue-changed') { renderQueue(); }
      });
    }
    var forget = app.querySelector('.field-forget');
    if (forget) {
      forget.hidden = false;
      var button = forget.querySelector('.field-forget-button');
      var armed = false;
      button.addEventListener('click', function () {
        Q.all().then(function (items) {
          var waiting = items.filter(Q.pending).length + items.filter(function (i) { return i.state === 'refused'; }).length;
          if (waiting && !armed) {
            armed = true;
            button.insertAdjacentText('afterend', ' ' + button.getAttribute('data-waiting-text'));
            return null;
          }
          return forgetPhone().then(function () {
            forget.querySelector('p').textContent = button.getAttribute('data-done-text');
            button.disabled = true;
            return renderQueue();
          });
        });
      });
    }
    sendNow().then(askBackgroundSend);
  }

  function forgetPhone() {
    var steps = [Q.clear()];
    Object.keys(localStorage).forEach(function (k) { if (k.indexOf('rasd-') === 0) { localStorage.removeItem(k); } });
    if ('serviceWorker' in navigator) {
      steps.push(navigator.serviceWorker.getRegistrations().then(function (registrations) {
        return Promise.all(registrations.map(function (r) {
          if (r.active) { r.active.postMessage({ type: 'forget' }); }
          return r.unregister();
        }));
      }));
    }
    if (window.caches) {
      steps.push(caches.keys().then(function (names) {
        return Promise.all(names.filter(function (n) { return n.indexOf('rasd-field-') === 0; })
          .map(function (n) { return caches.delete(n); }));
      }));
    }
    return Promise.all(steps);
  }

  /* ---- a form page ---- */

  var params = new URLSearchParams(location.search);
  /* a visit's form, or a case's (data-kind="case"): a case keeps every field it has but the form's own key */
  var isCase = !!form && form.getAttribute('data-kind') === 'case';
  var draftKey = form ? 'rasd-field-draft-' + (isCase ? 'case' : form.elements.formVersionId.value) : null;

  function isKept(name) {
    if (isCase) { return name !== '_csrf' && name !== 'idempotencyKey' && name !== 'website'; }
    return name.indexOf('a.') === 0;
  }

  function answers() {
    var kept = {};
    new FormData(form).forEach(function (value, name) {
      if (isKept(name) && typeof value === 'string') { (kept[name] = kept[name] || []).push(value); }
    });
    return kept;
  }


  function fill(saved) {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || !isKept(el.name) || !(el.name in saved)) { return; }
      var values = saved[el.name];
      if (el.type === 'radio' || el.type === 'checkbox') { el.checked = values.indexOf(el.value) >= 0; }
      else if (el.type !== 'file' && el.type !== 'hidden') { el.value = values[0]; }
    });
    if (window.RasdRelevance) { window.RasdRelevance.apply(form); }
  }

  function showErrors(item) {
    var problem = document.querySelector('.field-problem');
    if (problem && item.detail) { problem.textContent = item.detail; problem.hidden = false; }
    Object.keys(item.errors || {}).forEach(function (name) {
      var q = form.querySelector('[data-question="' + name + '"]');
      if (!q && isCase && form.elements[name]) {
        // a case's field: the message goes right after it
        var field = form.elements[name];
        var after = document.createElement('p');
        after.className = 'field-error';
        after.textContent = item.errors[name];
        field.classList.add('invalid');
        (field.length && !field.tagName ? field[field.length - 1] : field).insertAdjacentElement('afterend', after);
        return;
      }
      if (!q) { return; }
      q.hidden = false;
      q.classList.add('has-error');
      var shown = q.querySelector('.field-error') || document.createElement('p');
      shown.className = 'field-error';
      shown.textContent = item.errors[name];
      q.appendChild(shown);
    });
  }

  /* A photo made at most 1600 pixels on its long side and drawn again, which leaves its EXIF (place, time, phone)
     behind; other files are kept as they are (the server strips and checks every file again). */
  function prepare(file) {
    if (!/^image\/(jpeg|png|webp)$/.test(file.type) || !window.createImageBitmap) {
      return Promise.resolve({ blob: file, name: file.name });
    }
    return createImageBitmap(file, { imageOrientation: 'from-image' }).then(function (bitmap) {
      var scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
      var canvas = document.createElement('canvas');
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      return new Promise(function (resolve) {
        canvas.toBlob(function (blob) { resolve({ blob: blob, name: 'photo.jpg' }); }, 'image/jpeg', 0.85);
      });
    }).catch(function () { return { blob: file, name: file.name }; });
  }

  function files(previous) {
    var inputs = Array.prototype.filter.call(form.querySelectorAll('input[type=file]'), function (i) {
      return i.files && i.files.length;
    });
    var kept = (previous || []).filter(function (f) {
      return !inputs.some(function (i) { return i.name === f.field; });
    });
    return Promise.all(inputs.map(function (input) {
      return prepare(input.files[0]).then(function (p) { return { field: input.name, blob: p.blob, name: p.name }; });
    })).then(function (fresh) { return kept.concat(fresh); });
  }

  function startForm() {
    var facility = params.get('facility');
    if (facility && form.elements.facilityId) { form.elements.facilityId.value = facility; }
    var assignment = params.get('assignment');
    if (form.elements.assignmentId) { form.elements.assignmentId.value = assignment || ''; }
    var itemKey = params.get('item');
    var previous = null;
    var restoring = itemKey ? Q.get(itemKey) : Promise.resolve(null);
    restoring.then(function (item) {
      if (item && item.answers) {
        previous = item;
        if (!isCase) {
          form.elements.facilityId.value = item.facilityId;
          form.elements.assignmentId.value = item.assignmentId || '';
        }
        fill(item.answers);
        showErrors(item);
        return;
      }
      try {
        var draft = JSON.parse(localStorage.getItem(draftKey) || 'null');
        if (draft && draft.answers && (!facility || draft.facility === facility)) { fill(draft.answers); }
      } catch (e) { /* nothing kept */ }
    });
    form.addEventListener('change', function () {
      if (previous) { return; }
      try {
        localStorage.setItem(draftKey, JSON.stringify({ facility: form.elements.facilityId.value, answers: answers() }));
      } catch (e) { /* full or private */ }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = form.querySelector('button[type=submit]');
      button.disabled = true;
      files(previous && previous.files).then(function (kept) {
        var item = isCase ? {
          kind: 'case',
          key: previous ? previous.key : uuid(),
          state: 'waiting',
          createdAt: previous ? previous.createdAt : Date.now(),
          title: form.getAttribute('data-title'),
          page: location.pathname,
          answers: answers(),
          files: kept
        } : {
          key: previous ? previous.key : uuid(),
          state: 'waiting',
          createdAt: previous ? previous.createdAt : Date.now(),
          title: form.getAttribute('data-title'),
          page: location.pathname + (params.get('facility') ? '?facility=' + encodeURIComponent(params.get('facility')) : ''),
          facilityId: form.elements.facilityId.value,
          formVersionId: form.elements.formVersionId.value,
          assignmentId: form.elements.assignmentId.value,
          answers: answers(),
          files: kept
        };
        return Q.put(item);
      }).then(function () {
        try { localStorage.removeItem(draftKey); } catch (e) { /* nothing kept */ }
        askBackgroundSend();
        return navigator.onLine ? Q.send(urls).catch(function () { return 0; }) : 0;
      }).then(function () {
        location.href = form.getAttribute('data-app');
      }).catch(function () {
        button.disabled = false;
        form.submit();
      });
    });
  }

  if (app) { startApp(); }
  if (form) { startForm(); }
}());
