/* Rasd — "use my location" and a map picker for the complaint form and a visit's location question. Each [data-locate]
   box names the fields it fills (data-lat and data-lon, or one data-point field written "lat lon"); with a point it
   asks /facilities/near for the place it lies in and the nearest facilities, proposes the place (and governorate) when
   those fields are empty, and lists the facilities to choose from (data-pick-facility). Leaflet is loaded only when
   the map is opened. Without this script the boxes stay hidden and the fields stay typeable. */
(function () {
  'use strict';
  var boxes = document.querySelectorAll('[data-locate]');
  if (!boxes.length || !window.fetch) { return; }
  var leaflet = null;
  var PIN = { radius: 9, color: '#a4161a', weight: 3, fillOpacity: 0.5, interactive: false };

  function loadLeaflet() {
    if (window.L) { return Promise.resolve(window.L); }
    if (leaflet) { return leaflet; }
    leaflet = new Promise(function (resolve, reject) {
      var css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = '/webjars/leaflet/dist/leaflet.css';
      document.head.appendChild(css);
      var script = document.createElement('script');
      script.src = '/webjars/leaflet/dist/leaflet.js';
      script.onload = function () { resolve(window.L); };
      script.onerror = reject;
      document.head.appendChild(script);
    });
    return leaflet;
  }

  function field(id) { return id ? document.getElementById(id) : null; }

  function setup(box) {
    var attr = function (name) { return box.getAttribute('data-' + name) || ''; };
    var lat = field(attr('lat')), lon = field(attr('lon')), point = field(attr('point'));
    var status = box.querySelector('[data-locate-status]');
    var nearby = box.querySelector('[data-nearby]');
    var list = nearby ? nearby.querySelector('ul') : null;
    var mapBox = box.querySelector('[data-map]');
    var map = null, marker = null;

    function say(text) { if (status) { status.textContent = text; } }

    function current() {
      var read = function (s) { return Number(String(s || '').replace(/[\u0660-\u0669]/g, function (d) { return d.charCodeAt(0) - 0x0660; })); };
      if (point) {
        var parts = String(point.value || '').trim().split(/[\s,]+/);
        return parts.length === 2 && parts[0] !== '' ? [read(parts[0]), read(parts[1])] : null;
      }
      return lat && lon && lat.value && lon.value ? [read(lat.value), read(lon.value)] : null;
    }

    function write(latitude, longitude) {
      var a = latitude.toFixed(5), b = longitude.toFixed(5);
      if (point) { point.value = a + ' ' + b; point.dispatchEvent(new Event('change', { bubbles: true })); }
      if (lat && lon) {
        lat.value = a; lon.value = b;
        lat.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }

    var proposed = null;

    function propose(place) {
      var governorate = field(attr('governorate')), placeField = field(attr('place'));
      if (!place) { return; }
      if (governorate && !governorate.value) { governorate.value = place.governorate; }
      if (placeField && (!placeField.value || placeField.value === proposed)
          && (!governorate || governorate.value === place.governorate)) {
        placeField.value = proposed = place.name;
      }
    }

    /* the facility gives the case its governorate and sector; a proposed town of another governorate goes */
    function choose(facility) {
      var governorate = field(attr('governorate')), sector = field(attr('sector')), placeField = field(attr('place'));
      if (facility && governorate) {
        if (governorate.value !== facility.governorate && placeField && placeField.value === proposed) { placeField.value = ''; }
        governorate.value = facility.governorate;
      }
      if (facility && sector) { sector.value = facility.sector; }
    }

    function show(result) {
      var place = result.place;
      say(place ? attr('text-place').replace('{0}', place.name).replace('{1}', place.governorateName) : attr('text-no-place'));
      propose(place);
      if (!nearby || !list) { return; }
      list.textContent = '';
      nearby.hidden = !result.facilities.length;
      var pick = box.hasAttribute('data-pick-facility');
      result.facilities.forEach(function (f) {
        var item = document.createElement('li');
        var text = f.name + ' — ' + attr('text-km').replace('{0}', f.distance);
        if (pick) {
          var label = document.createElement('label');
          label.className = 'check';
          var radio = document.createElement('input');
          radio.type = 'radio';
          radio.name = 'facilityId';
          radio.value = String(f.id);
          radio.addEventListener('change', function () { choose(f); });
          var span = document.createElement('span');
          span.textContent = text;
          label.appendChild(radio);
          label.appendChild(span);
          item.appendChild(label);
        } else {
          item.textContent = text;
        }
        list.appendChild(item);
      });
      if (pick && result.facilities.length) {
        var none = document.createElement('li');
        none.innerHTML = '<label class="check"><input type="radio" name="facilityId" value="" checked><span></span></label>';
        none.querySelector('span').textContent = attr('text-none');
        list.appendChild(none);
      }
    }

    function look(latitude, longitude) {
      say(attr('text-looking'));
      fetch(attr('near') + '?lat=' + encodeURIComponent(latitude) + '&lon=' + encodeURIComponent(longitude),
        { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
        .then(show)
        .catch(function () { say(attr('text-offline')); });
    }

    function place(latitude, longitude, fromMap) {
      write(latitude, longitude);
      if (map) {
        if (marker) { marker.setLatLng([latitude, longitude]); } else { marker = window.L.circleMarker([latitude, longitude], PIN).addTo(map); }
        if (!fromMap) { map.setView([latitude, longitude], 14); }
      }
      look(latitude, longitude);
    }

    var locate = box.querySelector('[data-use-location]');
    if (locate) {
      if (!navigator.geolocation) { locate.hidden = true; }
      locate.addEventListener('click', function () {
        say(attr('text-asking'));
        navigator.geolocation.getCurrentPosition(function (position) {
          place(position.coords.latitude, position.coords.longitude, false);
        }, function () { say(attr('text-denied')); }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
      });
    }

    var open = box.querySelector('[data-pick-on-map]');
    if (open && mapBox) {
      open.addEventListener('click', function () {
        mapBox.hidden = false;
        open.setAttribute('aria-expanded', 'true');
        loadLeaflet().then(function (L) {
          if (map) { return; }
          var at = current();
          map = L.map(mapBox, { scrollWheelZoom: false }).setView(at || [31.9, 35.2], at ? 14 : 8);
          if (attr('tiles')) { L.tileLayer(attr('tiles'), { maxZoom: 18 }).addTo(map); }
          map.attributionControl.setPrefix(false);
          fetch(attr('boundaries')).then(function (r) { return r.json(); }).then(function (data) {
            L.geoJSON(data, { interactive: false, style: { color: '#4a535c', weight: 1, fillOpacity: 0.05 } }).addTo(map);
          }).catch(function () { /* the picker works on tiles alone */ });
          if (at) { marker = L.circleMarker(at, PIN).addTo(map); }
          map.on('click', function (e) { place(e.latlng.lat, e.latlng.lng, true); });
        }).catch(function () { say(attr('text-offline')); });
      });
    }
    box.hidden = false;
  }

  Array.prototype.forEach.call(boxes, setup);
}());
