// The staff forms' pickers (campaigns/pick :: picker) as you type: the matches for the words in a
// picker's search box appear as boxes to tick, without sending the form. Without this script the
// picker's button sends the form back unsaved and the page answers with the same boxes. Enter in a
// search box searches rather than saves.
(function () {
  function label(m, field) {
    var l = document.createElement('label');
    l.className = 'check pick-match';
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.name = field;
    box.value = m.id;
    var name = document.createElement('strong');
    name.textContent = m.name;
    var more = document.createElement('span');
    more.textContent = (m.detail ? ' · ' + m.detail : '') + (m.country ? ' · ' + m.country : '');
    l.append(box, ' ', name, more);
    return l;
  }
  document.querySelectorAll('.picker input[type=search][data-pick]').forEach(function (search) {
    var picker = search.closest('.picker');
    var results = picker.querySelector('.pick-results');
    var button = picker.querySelector('button[name=find]');
    var timer;
    search.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); button.click(); }
    });
    search.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = search.value.trim();
        if (q.length < 2) return;
        var held = Array.prototype.map.call(picker.querySelectorAll('input[type=checkbox]:checked'), function (b) { return b.value; });
        fetch('/staff/pick.json?kind=' + encodeURIComponent(search.dataset.pick) + '&q=' + encodeURIComponent(q)
            + '&held=' + encodeURIComponent(held.join(' ')), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (matches) {
            results.querySelectorAll('label.pick-match:not(:has(:checked))').forEach(function (l) { l.remove(); });
            matches.forEach(function (m) {
              if (picker.querySelector('input[type=checkbox][value="' + m.id + '"]')) return;
              results.appendChild(label(m, search.dataset.field));
            });
          });
      }, 250);
    });
  });
})();
