/* Rasd — keeps an export job's page up to date: polls the job's JSON status (data-status-url) every second and a
   half, moves the <progress> bar and its text, and reloads the page when the job is done or failed, so the page shows
   the download link or the error. Without JavaScript the page has a plain refresh link. */
(function () {
  'use strict';
  var page = document.getElementById('export-job');
  if (!page || page.getAttribute('data-finished') === 'true' || !window.fetch) { return; }
  var url = page.getAttribute('data-status-url');
  var bar = document.getElementById('export-progress');
  var status = document.getElementById('export-status');
  var count = document.getElementById('export-count');
  var failures = 0;

  function show(job) {
    if (job.totalEstimate !== null && job.totalEstimate !== undefined) {
      bar.max = Math.max(job.totalEstimate, 1);
      bar.value = Math.min(job.rowsWritten, bar.max);
    }
    if (status) { status.textContent = job.statusText; }
    if (count) { count.textContent = job.progressText; }
  }

  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.json();
      })
      .then(function (job) {
        failures = 0;
        show(job);
        if (job.finished) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 1500);
        }
      })
      .catch(function () {
        failures += 1;
        if (failures < 5) { window.setTimeout(poll, 3000); }
      });
  }

  window.setTimeout(poll, 1000);
}());
