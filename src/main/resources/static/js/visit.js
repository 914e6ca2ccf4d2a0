/* Rasd — a visit form that loses nothing: every change is kept in this browser at once and saved to the server a
   moment later (autosave); if the connection drops, the saving waits and tries again, and a reopened page puts back
   what was typed but never saved. Which questions are asked is worked out in this browser at once (relevance.js); the
   server's answer brings its errors. Works without it too. */
(function () {
  'use strict';
  var form = document.getElementById('visit-form');
  if (!form || !window.fetch || !window.URLSearchParams) { return; }
  var url = form.getAttribute('data-autosave');
  var storeKey = 'rasd-visit-' + form.getAttribute('data-visit');
  var status = form.querySelector('.autosave-status');
  var timer = null;
  var dirty = false;
  var saving = false;

  function answers() {
    var kept = {};
    new FormData(form).forEach(function (value, name) {
      if (name.indexOf('a.') === 0) { (kept[name] = kept[name] || []).push(value); }
    });
    return kept;
  }

  function keepLocally() {
    try { localStorage.setItem(storeKey, JSON.stringify({ at: Date.now(), answers: answers() })); } catch (e) { /* full or private */ }
  }

  function restore() {
    var saved = null;
    try { saved = JSON.parse(localStorage.getItem(storeKey) || 'null'); } catch (e) { return; }
    if (!saved || !saved.answers) { return; }
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name.indexOf('a.') !== 0 || !(el.name in saved.answers)) { return; }
      var values = saved.answers[el.name];
      if (el.type === 'radio' || el.type === 'checkbox') { el.checked = values.indexOf(el.value) >= 0; } else { el.value = values[0]; }
    });
    dirty = true;
    if (window.RasdRelevance) { window.RasdRelevance.apply(form); }
    schedule(300);
  }

  function show(text) { if (status) { status.textContent = text; } }

  function apply(result) {
    Array.prototype.forEach.call(form.querySelectorAll('[data-question]'), function (q) {
      var name = q.getAttribute('data-question');
      var message = result.errors[name];
      var shown = q.querySelector('.field-error');
      if (message) {
        if (!shown) {
          shown = document.createElement('p');
          shown.className = 'field-error';
          shown.id = 'a-' + name + '-error';
          q.appendChild(shown);
        }
        shown.textContent = message;
        q.classList.add('has-error');
      } else if (shown) {
        shown.remove();
        q.classList.remove('has-error');
      }
    });
    if (window.RasdRelevance) { window.RasdRelevance.apply(form); }
  }

  function save() {
    if (saving || !dirty) { return; }
    saving = true;
    dirty = false;
    var body = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === 'string' && name !== 'action') { body.append(name, value); }
    });
    fetch(url, { method: 'POST', body: body, credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { if (!response.ok) { throw new Error(String(response.status)); } return response.json(); })
      .then(function (result) {
        apply(result);
        if (!dirty) { try { localStorage.removeItem(storeKey); } catch (e) { /* ignore */ } }
        show((status && status.getAttribute('data-saved-text') || '') + ' ' + new Date().toLocaleTimeString());
      })
      .catch(function () {
        dirty = true;
        show(status && status.getAttribute('data-offline-text') || '');
        schedule(10000);
      })
      .then(function () { saving = false; if (dirty) { schedule(2000); } });
  }

  function schedule(delay) {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(save, delay);
  }

  function changed() {
    dirty = true;
    keepLocally();
    schedule(1500);
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', function () { keepLocally(); });
  window.addEventListener('online', function () { if (dirty) { schedule(200); } });
  restore();
}());
