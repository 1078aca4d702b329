// Keeps an alert's count and its list of signatories live: asks the open API every 15 seconds.
(function () {
  var list = document.getElementById('signatories');
  var count = document.getElementById('alert-count');
  if (!list || !count) {
    return;
  }
  function refresh() {
    fetch(list.getAttribute('data-source'), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (a) {
        if (!a) {
          return;
        }
        count.textContent = a.count.toLocaleString(document.documentElement.lang);
        list.replaceChildren.apply(list, a.signatories.map(function (s) {
          var li = document.createElement('li');
          li.textContent = s.organisation ? s.name + ', ' + s.organisation : s.name;
          return li;
        }));
      });
  }
  setInterval(refresh, 15000);
})();
