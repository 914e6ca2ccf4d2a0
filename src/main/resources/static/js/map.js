/* Rasd — the public map: governorate boundaries shaded by the chosen indicator, and published cases gathered on a
   grid, from the GeoJSON at data-src. Tiles only when data-tiles is set; the boundaries draw without them. The table
   below the map holds the same figures for readers without JavaScript. */
(function () {
  'use strict';
  var element = document.getElementById('map');
  if (!element || !window.L || !window.fetch) { return; }
  var attr = function (name) { return element.getAttribute('data-' + name) || ''; };
  var map = window.L.map(element, { scrollWheelZoom: false }).setView([31.9, 35.2], 8);
  if (attr('tiles')) {
    window.L.tileLayer(attr('tiles'), { attribution: attr('tiles-attribution'), maxZoom: 18 }).addTo(map);
  }
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(attr('credit'));
  var indicator = attr('indicator');
  var label = function (feature) {
    var p = feature.properties;
    var value = p[indicator] === null || p[indicator] === undefined ? attr('label-none') : p[indicator];
    var box = document.createElement('span');
    box.textContent = p.name + ' — ' + attr('label-value') + ': ' + value;
    return box;
  };
  // the key of the shading: five steps from none to the highest value shown, and the shade of a suppressed figure
  var legend = function (max) {
    var control = window.L.control({ position: 'bottomright' });
    control.onAdd = function () {
      var box = window.L.DomUtil.create('div', 'map-legend');
      var title = document.createElement('strong');
      title.textContent = attr('label-value');
      box.appendChild(title);
      var number = new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: 1 });
      var row = function (opacity, text) {
        var line = document.createElement('span');
        var swatch = document.createElement('i');
        swatch.style.opacity = String(opacity);
        line.appendChild(swatch);
        line.appendChild(document.createTextNode(text));
        box.appendChild(line);
      };
      [0, 0.25, 0.5, 0.75, 1].forEach(function (share) { row(0.15 + 0.6 * share, number.format(max * share)); });
      row(0.03, attr('label-none'));
      return box;
    };
    return control;
  };
  window.fetch(attr('src')).then(function (response) { return response.json(); }).then(function (data) {
    var values = data.features.filter(function (f) { return f.geometry.type !== 'Point'; })
      .map(function (f) { return f.properties[indicator]; })
      .filter(function (v) { return typeof v === 'number'; });
    var max = Math.max.apply(null, values.concat([1]));
    var areas = window.L.geoJSON(data, {
      filter: function (f) { return f.geometry.type !== 'Point'; },
      style: function (f) {
        var v = f.properties[indicator];
        return { color: '#4a535c', weight: 1, fillColor: '#0b6e4f',
          fillOpacity: typeof v === 'number' ? 0.15 + 0.6 * v / max : 0.03 };
      },
      onEachFeature: function (f, layer) { layer.bindTooltip(label(f)); }
    }).addTo(map);
    window.L.geoJSON(data, {
      filter: function (f) { return f.geometry.type === 'Point'; },
      pointToLayer: function (f, latlng) {
        var n = f.properties.reports;
        var marker = window.L.circleMarker(latlng, { radius: 5 + Math.sqrt(n || 1) * 2, color: '#b5442c', weight: 1,
          fillOpacity: 0.6 });
        var text = document.createElement('span');
        text.textContent = attr('label-cases') + ': ' + (typeof n === 'number' ? n : attr('label-none'));
        return marker.bindTooltip(text);
      }
    }).addTo(map);
    legend(max).addTo(map);
    if (areas.getLayers().length) { map.fitBounds(areas.getBounds()); }
  });
}());
