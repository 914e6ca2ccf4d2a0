/* Rasd — attendance at the door. The typed code is always a plain form. With this script the camera reads QR codes
   where the browser has BarcodeDetector, each scan goes by fetch, and a scan that cannot be
   sent (no connection) waits in this browser and is sent again when the connection returns. The server counts a
   code once per session, so a scan sent twice — or by two phones — is one attendance. */
(function () {
  'use strict';
  var form = document.getElementById('door-form');
  if (!form || !window.fetch || !window.FormData) { return; }
  var result = document.getElementById('door-result');
  var queueText = document.getElementById('scanner-queue');
  var scanUrl = form.getAttribute('data-scan');
  var session = form.querySelector('[name=session]').value;
  var storeKey = 'rasd-door-' + scanUrl + '-' + session;
  var texts = {};
  var parts = (result.getAttribute('data-texts') || '').split('|');
  for (var i = 0; i + 1 < parts.length; i += 2) { texts[parts[i]] = parts[i + 1]; }

  function say(outcome, name) {
    result.textContent = (texts[outcome] || outcome).replace('{0}', name || '');
    result.className = outcome === 'CHECKED_IN' || outcome === 'FROM_WAITING_LIST' ? 'alert alert-info' : 'alert alert-warning';
  }
  function queue() { try { return JSON.parse(localStorage.getItem(storeKey) || '[]'); } catch (e) { return []; } }
  function keep(q) {
    try { localStorage.setItem(storeKey, JSON.stringify(q)); } catch (e) { /* private mode */ }
    if (queueText) { queueText.textContent = q.length ? queueText.getAttribute('data-text').replace('{0}', q.length) : ''; }
  }
  function send(code) {
    var body = new URLSearchParams(new FormData(form));
    body.set('code', code);
    return fetch(scanUrl, { method: 'POST', body: body, credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (response.ok) { return response.json(); }
        // the server answered: a refusal is not a lost connection, so the scan is not kept to send again
        if (response.status < 500) { return { outcome: 'NOT_VALID', name: '' }; }
        throw new Error(response.status);
      });
  }
  function checkIn(code) {
    code = (code || '').trim().toUpperCase();
    if (!code) { return; }
    send(code).then(function (answer) { say(answer.outcome, answer.name); })
      .catch(function () { var q = queue(); if (q.indexOf(code) < 0) { q.push(code); } keep(q); say('QUEUED', code); });
  }
  function flush() {
    var q = queue();
    if (!q.length || !navigator.onLine) { return; }
    var code = q[0];
    send(code).then(function (answer) { keep(queue().filter(function (c) { return c !== code; })); say(answer.outcome, answer.name); flush(); })
      .catch(function () { /* still away: try again later */ });
  }
  // a typed code goes as the page's own form (server-rendered answer, no script needed); the camera's scans and the
  // ones kept while offline go by fetch
  window.addEventListener('online', flush);
  setInterval(flush, 15000);
  keep(queue());
  flush();

  if (!('BarcodeDetector' in window) || !navigator.mediaDevices) { return; }
  var scanner = document.getElementById('scanner');
  var video = document.getElementById('scanner-video');
  scanner.hidden = false;
  var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
  var last = '';
  var lastAt = 0;
  document.getElementById('scanner-start').addEventListener('click', function () {
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
      video.srcObject = stream;
      video.play();
      (function look() {
        detector.detect(video).then(function (codes) {
          if (codes.length) {
            var code = codes[0].rawValue;
            if (code !== last || Date.now() - lastAt > 5000) { last = code; lastAt = Date.now(); checkIn(code); }
          }
        }).catch(function () { /* a frame not ready */ }).then(function () { setTimeout(look, 300); });
      })();
    }).catch(function () { scanner.hidden = true; });
  });
})();
