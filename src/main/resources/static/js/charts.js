/* Rasd — draws a chart from an accessible table: <table data-chart="line"> with a date in the row header and a score
   in the first cell; the <canvas data-chart-for="table id"> above it receives the chart. The table stays for screen
   readers and for printing. */
(function () {
  'use strict';
  if (!window.Chart) { return; }
  var rtl = document.documentElement.dir === 'rtl';
  Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart-for]'), function (canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-for'));
    if (!table) { return; }
    var labels = [];
    var values = [];
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      labels.push(row.cells[0].textContent.trim());
      values.push(parseFloat(row.cells[1].textContent));
    });
    var caption = table.caption ? table.caption.textContent.trim() : '';
    new window.Chart(canvas, {
      type: table.getAttribute('data-chart') || 'line',
      data: { labels: labels, datasets: [{ label: caption, data: values, borderColor: '#0b6e4f', backgroundColor: '#0b6e4f', tension: 0.2 }] },
      options: {
        animation: false,
        locale: document.documentElement.lang,
        plugins: { legend: { display: false, rtl: rtl }, tooltip: { rtl: rtl } },
        scales: { x: { reverse: rtl }, y: { min: 0, max: 100, position: rtl ? 'right' : 'left' } }
      }
    });
  });
}());
