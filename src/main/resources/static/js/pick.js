// The autocomplete beside the staff forms' number fields: type a name, choose a match, and its number
// is added to the field. Without this script the "Find" link opens the search page instead.
(function () {
  document.querySelectorAll('.pick-box').forEach(function (box) {
    var field = box.form && box.form.elements[box.dataset.into];
    var results = box.nextElementSibling;
    if (!field || !results) return;
    box.hidden = false;
    var timer;
    box.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = box.value.trim();
        results.replaceChildren();
        if (q.length < 2) return;
        fetch('/staff/pick.json?kind=' + encodeURIComponent(box.dataset.pick) + '&q=' + encodeURIComponent(q),
            { credentials: 'same-origin', headers: { Accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (matches) {
            results.replaceChildren();
            matches.forEach(function (m) {
              var b = document.createElement('button');
              b.type = 'button';
              b.className = 'secondary pick-match';
              b.textContent = m.name + (m.country ? ' (' + m.country + ')' : '') + ' #' + m.id;
              b.addEventListener('click', function () {
                var ids = field.value.split(/[\s,]+/).filter(Boolean);
                if (ids.indexOf(String(m.id)) < 0) ids.push(String(m.id));
                field.value = ids.join(' ');
                results.replaceChildren();
                box.value = '';
              });
              results.appendChild(b);
            });
          });
      }, 250);
    });
  });
})();
