/* Rasd — answering a poll: questions appear and disappear as answers change (relevance.js, in this browser), and
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
  if (!form || !window.FormData) { return; }
  var storeKey = PREFIX + form.getAttribute('action');

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
    if (window.RasdRelevance) { window.RasdRelevance.apply(form); }
  }

  function changed() {
    keep();
  }

  if (form.hasAttribute('data-fresh')) { restore(); relevance(); }
  form.addEventListener('change', changed);
  form.addEventListener('input', changed);
}());
