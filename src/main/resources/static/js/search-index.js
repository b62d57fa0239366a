// The search index page: while a rebuild runs, polls its progress and moves the bar; reloads the page when it ends,
// so the figures and the button are current. Without this script the page refreshes itself instead.
(function () {
  'use strict';
  var page = document.querySelector('[data-progress-url]');
  if (!page || page.getAttribute('data-running') !== 'true' || !window.fetch) {
    return;
  }
  var url = page.getAttribute('data-progress-url');
  var text = document.getElementById('tien-do-chu');
  var number = new Intl.NumberFormat('vi-VN');

  function show(state) {
    var bar = document.getElementById('tien-do');
    if (bar && state.total > 0) {
      bar.max = state.total;
      bar.value = state.done;
      bar.textContent = state.percent + ' %';
    }
    if (text) {
      text.textContent = number.format(state.done) + ' / ' + number.format(state.total) + ' mục (' + state.percent + ' %)';
    }
  }

  function poll() {
    fetch(url, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (state) {
        show(state);
        if (state.running) {
          window.setTimeout(poll, 1000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () {
        // A lost session or a restarting server: try again, more slowly.
        window.setTimeout(poll, 5000);
      });
  }

  window.setTimeout(poll, 1000);
}());
