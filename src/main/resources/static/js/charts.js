/* Rasd — draws a chart from an accessible table: <table data-chart="line"> whose header cells marked data-series give
   the series and whose row headers give the labels; the <canvas data-chart-for="table id"> receives the chart. The
   table stays for screen readers and for printing. data-scale="auto" frees the y axis from 0-100; a cell that is
   not a number (a suppressed dash) is a gap. */
(function () {
  'use strict';
  if (!window.Chart) { return; }
  var palette = ['#0b6e4f', '#b5442c', '#2d5fa8', '#8a6d00', '#6b3fa0', '#2f8f9d', '#a0366b', '#4a535c'];
  var rtl = document.documentElement.dir === 'rtl';
  Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart-for]'), function (canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-for'));
    if (!table) { return; }
    var headers = table.tHead.rows[0].cells;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var datasets = [];
    Array.prototype.forEach.call(headers, function (header, column) {
      if (!header.hasAttribute('data-series')) { return; }
      var colour = palette[datasets.length % palette.length];
      datasets.push({
        label: header.textContent.trim(),
        data: rows.map(function (row) {
          var text = row.cells[column].textContent.trim().replace(/[٠-٩]/g, function (d) { return d.charCodeAt(0) - 0x660; })
            .replace('٫', '.');
          var value = parseFloat(text);
          return isNaN(value) ? null : value;
        }),
        borderColor: colour, backgroundColor: colour, cubicInterpolationMode: 'monotone', spanGaps: true
      });
    });
    new window.Chart(canvas, {
      type: table.getAttribute('data-chart') || 'line',
      data: { labels: rows.map(function (row) { return row.cells[0].textContent.trim(); }), datasets: datasets },
      options: {
        animation: false,
        locale: document.documentElement.lang,
        plugins: { legend: { display: datasets.length > 1, rtl: rtl, position: 'bottom' }, tooltip: { rtl: rtl } },
        scales: { x: { reverse: rtl }, y: { min: 0, max: table.getAttribute('data-scale') === 'auto' ? undefined : 100,
          position: rtl ? 'right' : 'left' } }
      }
    });
  });
}());
