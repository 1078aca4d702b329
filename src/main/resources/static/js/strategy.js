// Draws each goal's series (from the open API) with its target and deadline; the tables carry the numbers without it.
(function () {
  'use strict';
  var rtl = document.documentElement.dir === 'rtl';
  document.querySelectorAll('.goal-chart').forEach(function (el) {
    fetch(el.dataset.api).then(function (r) { return r.json(); }).then(function (s) {
      var lines = [{ yAxis: s.target.min, name: el.dataset.target }];
      if (s.target.max !== null) { lines.push({ yAxis: s.target.max, name: el.dataset.target }); }
      lines.push({ xAxis: s.deadline, name: el.dataset.deadline });
      var chart = echarts.init(el);
      chart.on('finished', function () { el.dataset.ready = 'true'; });
      chart.setOption({
        grid: { left: 48, right: 24, top: 24, bottom: 32 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'time' },
        yAxis: { type: 'value', min: 0, position: rtl ? 'right' : 'left' },
        series: [{ type: 'line', step: 'end', showSymbol: false, name: el.dataset.label,
          data: s.points.map(function (p) { return [p.date, p.value]; }),
          areaStyle: { opacity: 0.15 }, lineStyle: { width: 2 },
          markLine: { symbol: 'none', label: { formatter: '{b}' }, lineStyle: { type: 'dashed' }, data: lines } }]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
  });
})();
