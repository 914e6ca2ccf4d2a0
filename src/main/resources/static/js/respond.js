/* Rasd — answering a poll: questions appear and disappear as answers change (the server says which are asked), and
   what was typed is kept in this browser until the questionnaire is submitted, so a dropped connection or a closed
   tab loses nothing. The page works without this script. */
(function () {
  'use strict';
  var PREFIX = 'rasd-poll-';
  if (document.querySelector('[data-clear-polls]')) {
    try {
      Object.keys(localStorage).forEach(function (k) { if (k.indexOf(PREFIX) === 0) { localStorage.removeItem(k); } });
    } catch (e) { /* storage off */ }
  }
  var form = document.getElementById('poll-form');
  if (!form || !window.fetch || !window.FormData) { return; }
  var storeKey = PREFIX + form.getAttribute('action');
  var timer = null;

  function answers() {
    var kept = {};
    new FormData(form).forEach(function (value, name) {
      if (name.indexOf('a.') === 0) { (kept[name] = kept[name] || []).push(value); }
    });
    return kept;
  }

  function keep() {
    try { localStorage.setItem(storeKey, JSON.stringify(answers())); } catch (e) { /* full or private */ }
  }

  function restore() {
    var saved = null;
    try { saved = JSON.parse(localStorage.getItem(storeKey) || 'null'); } catch (e) { return; }
    if (!saved) { return; }
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name.indexOf('a.') !== 0 || !(el.name in saved)) { return; }
      var values = saved[el.name];
      if (el.type === 'radio' || el.type === 'checkbox') { el.checked = values.indexOf(el.value) >= 0; } else { el.value = values[0]; }
    });
  }

  function relevance() {
    var body = new URLSearchParams(new FormData(form));
    fetch(form.getAttribute('action') + '/relevance', { method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (result) {
        if (!result) { return; }
        Array.prototype.forEach.call(form.querySelectorAll('[data-question]'), function (q) {
          q.hidden = result.relevant.indexOf(q.getAttribute('data-question')) < 0;
        });
      })
      .catch(function () { /* offline: keep the questions as they are */ });
  }

  function changed() {
    keep();
    clearTimeout(timer);
    timer = setTimeout(relevance, 250);
  }

  if (form.hasAttribute('data-fresh')) { restore(); relevance(); }
  form.addEventListener('change', changed);
  form.addEventListener('input', changed);
}());
