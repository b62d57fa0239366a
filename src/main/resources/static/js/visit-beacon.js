// Counts this page view in beacon mode (toasoan.stats.counting=beacon), for pages a CDN serves from its cache.
// The article id comes from this script's own data-article attribute: no inline script, so a strict CSP holds.
(function () {
  'use strict';
  var script = document.currentScript;
  var article = script && script.getAttribute('data-article');

  function send() {
    var body = new URLSearchParams();
    if (article) {
      body.append('a', article);
    }
    if (!(navigator.sendBeacon && navigator.sendBeacon('/api/v1/visit', body))) {
      if (window.fetch) {
        fetch('/api/v1/visit', { method: 'POST', body: body, keepalive: true, credentials: 'same-origin' })
          .catch(function () { /* a lost count is not worth bothering the reader */ });
      }
    }
  }

  // A prerendered page may never be shown: count it when (if) the reader actually opens it.
  if (document.prerendering) {
    document.addEventListener('prerenderingchange', send, { once: true });
  } else {
    send();
  }
})();
