// Draws the approved budget per major programme (stacked bars) and the total (line); the table carries the numbers without it.
(function () {
  'use strict';
  var el = document.getElementById('budget-chart');
  if (!el || typeof echarts === 'undefined') { return; }
  var data = JSON.parse(el.dataset.chart);
  var rtl = document.documentElement.dir === 'rtl';
  var approved = data.rows.filter(function (r) { return r.stage === 'APPROVED'; });
  var series = data.codes.filter(function (c) { return c !== 'TOTAL'; }).map(function (c) {
    return { name: data.names[data.codes.indexOf(c)], type: 'bar', stack: 'budget',
      data: approved.map(function (r) { return r.amounts[c] === undefined ? null : r.amounts[c]; }) };
  });
  series.push({ name: data.names[data.codes.indexOf('TOTAL')], type: 'line',
    data: approved.map(function (r) { return r.total || null; }) });
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'axis' }, legend: { type: 'scroll' },
    grid: { left: 80, right: 24, top: 48, bottom: 32 },
    xAxis: { type: 'category', inverse: rtl, data: approved.map(function (r) { return String(r.year); }) },
    yAxis: { type: 'value', position: rtl ? 'right' : 'left' },
    series: series
  });
}());
