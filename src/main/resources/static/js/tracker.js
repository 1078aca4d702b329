// The tracker's world map, date scrubber and chart. Data come from the open API; the page's
// table and counts are rendered on the server, so everything works without this script too.
(function () {
  'use strict';
  var mapEl = document.getElementById('map');
  var scrub = document.getElementById('scrub');
  if (!mapEl || !window.echarts) { return; }

  var COLORS = {
    PARTY: '#1d6b3f', PARTY_PENDING: '#7cc496', WITHDRAWING: '#e39b2d', WITHDRAWN: '#b23b37',
    SIGNATORY: '#4f86c6', SIGNATURE_WITHDRAWN: '#8d6bb5', NON_PARTY: '#cfcfcf'
  };
  var SMALL = 1.2;      // a state whose outline spans less than this many degrees gets a dot
  var DOT_RADIUS = 0.9; // in degrees
  var ANTARCTICA = '010'; // not a state; leaving it out gives the states more room
  var labels = {};
  document.querySelectorAll('#status-labels li').forEach(function (li) { labels[li.dataset.status] = li.textContent; });
  var lang = mapEl.dataset.lang;
  var rtl = document.documentElement.dir === 'rtl';
  var chart = echarts.init(mapEl);
  var geo = null;
  var pending = null;

  function dayIndex(iso) { return Math.round((Date.parse(iso) - Date.parse(scrub.dataset.first)) / 86400000); }
  function isoOf(index) { return new Date(Date.parse(scrub.dataset.first) + index * 86400000).toISOString().slice(0, 10); }
  function formatDate(iso) {
    return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
      .format(new Date(iso + 'T00:00:00Z'));
  }

  function extent(geometry) {
    var minX = 180, maxX = -180, minY = 90, maxY = -90;
    (function walk(c) {
      if (typeof c[0] === 'number') {
        minX = Math.min(minX, c[0]); maxX = Math.max(maxX, c[0]); minY = Math.min(minY, c[1]); maxY = Math.max(maxY, c[1]);
      } else { c.forEach(walk); }
    })(geometry.coordinates);
    return Math.max(maxX - minX, maxY - minY);
  }

  function dot(state) {
    var ring = [];
    for (var i = 0; i <= 24; i++) {
      var a = (i / 24) * 2 * Math.PI;
      ring.push([state.longitude + DOT_RADIUS * Math.cos(a), state.latitude + DOT_RADIUS * Math.sin(a)]);
    }
    return { type: 'Feature', properties: { iso_n3: state.isoNumeric, name: state.name },
      geometry: { type: 'Polygon', coordinates: [ring] } };
  }

  // Rings that cross the antimeridian (Chukotka, Fiji) are unwrapped eastwards instead of spanning the globe.
  function unwrap(geometry) {
    var polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    polygons.forEach(function (polygon) {
      polygon.forEach(function (ring) {
        var xs = ring.map(function (p) { return p[0]; });
        if (Math.max.apply(null, xs) - Math.min.apply(null, xs) > 180) {
          ring.forEach(function (p) { if (p[0] < 0) { p[0] += 360; } });
        }
      });
    });
  }

  // Small states and those missing at this scale become dots, so every state can be seen and clicked.
  function registerWorld(states) {
    var byCode = {};
    var features = geo.features.filter(function (f) { return f.properties.iso_n3 !== ANTARCTICA; });
    features.forEach(function (f) { unwrap(f.geometry); if (f.properties.iso_n3) { byCode[f.properties.iso_n3] = f; } });
    states.forEach(function (s) {
      var f = byCode[s.isoNumeric];
      if ((!f || extent(f.geometry) < SMALL) && s.latitude !== null && s.longitude !== null) { features.push(dot(s)); }
    });
    echarts.registerMap('amicus-world', { type: 'FeatureCollection', features: features });
  }

  function draw(states) {
    chart.setOption({
      tooltip: { trigger: 'item', formatter: function (p) {
        return p.data ? p.data.label + ' — ' + labels[p.data.status] : '';
      } },
      series: [{
        type: 'map', map: 'amicus-world', nameProperty: 'iso_n3', roam: true, scaleLimit: { min: 1, max: 12 },
        itemStyle: { borderColor: '#ffffff', borderWidth: 0.4, areaColor: '#eeeeee' },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#f2c14e' } },
        select: { disabled: true },
        data: states.map(function (s) {
          return { name: s.isoNumeric, iso3: s.iso3, label: s.name, status: s.status,
            itemStyle: { areaColor: COLORS[s.status] } };
        })
      }]
    }, { replaceMerge: ['series'] });
  }

  function legend() {
    var ul = document.createElement('ul');
    ul.className = 'legend';
    Object.keys(COLORS).forEach(function (k) {
      var li = document.createElement('li');
      var sw = document.createElement('span');
      sw.className = 'swatch';
      sw.style.background = COLORS[k];
      li.appendChild(sw);
      li.appendChild(document.createTextNode(labels[k]));
      ul.appendChild(li);
    });
    mapEl.insertAdjacentElement('afterend', ul);
  }

  function load(date) {
    var states = fetch(mapEl.dataset.api + '?asOf=' + date + '&lang=' + lang).then(function (r) { return r.json(); });
    var summary = fetch(mapEl.dataset.summary + '?asOf=' + date).then(function (r) { return r.json(); });
    return Promise.all([states, summary]).then(function (results) {
      if (!echarts.getMap('amicus-world')) { registerWorld(results[0]); }
      draw(results[0]);
      var nf = new Intl.NumberFormat(lang);
      document.querySelectorAll('#counts [data-count]').forEach(function (el) {
        el.textContent = nf.format(results[1][el.dataset.count]);
      });
      var meter = document.getElementById('two-thirds-meter');
      if (meter) { meter.value = results[1].statesParties; }
    });
  }

  function scrubTo(index) {
    var iso = isoOf(index);
    document.getElementById('scrub-date').textContent = formatDate(iso);
    var asOf = document.getElementById('asOf');
    if (asOf) { asOf.value = iso; }
    clearTimeout(pending);
    pending = setTimeout(function () { load(iso); }, 120);
  }

  chart.on('click', function (p) {
    if (p.data && p.data.iso3) { window.location.href = mapEl.dataset.country + p.data.iso3 + '?asOf=' + isoOf(+scrub.value); }
  });
  window.addEventListener('resize', function () { chart.resize(); });

  scrub.max = String(dayIndex(scrub.dataset.today));
  scrub.value = String(dayIndex(scrub.dataset.asof));
  if (rtl) { scrub.style.direction = 'ltr'; } // time runs left to right on the slider in every language
  scrub.addEventListener('input', function () { scrubTo(+scrub.value); });

  fetch(mapEl.dataset.geo).then(function (r) { return r.json(); }).then(function (g) {
    geo = g;
    legend();
    chart.on('finished', function () { mapEl.dataset.ready = 'true'; });
    return load(scrub.dataset.asof);
  });

  var timelineEl = document.getElementById('timeline');
  if (timelineEl) {
    fetch(timelineEl.dataset.api).then(function (r) { return r.json(); }).then(function (points) {
      var today = scrub.dataset.today;
      var data = points.map(function (p) { return [p.asOf, p.statesParties]; });
      if (data.length) { data.push([today, data[data.length - 1][1]]); }
      var line = echarts.init(timelineEl);
      line.on('finished', function () { timelineEl.dataset.ready = 'true'; });
      line.setOption({
        grid: { left: 48, right: 24, top: 16, bottom: 32 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'time', inverse: false },
        yAxis: { type: 'value', min: 0, position: rtl ? 'right' : 'left' },
        series: [{ type: 'line', step: 'end', showSymbol: false, name: timelineEl.dataset.label, data: data,
          areaStyle: { opacity: 0.15 }, lineStyle: { width: 2 }, itemStyle: { color: COLORS.PARTY } }]
      });
      window.addEventListener('resize', function () { line.resize(); });
    });
  }
})();
