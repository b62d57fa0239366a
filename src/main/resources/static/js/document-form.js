// The document form: shows what the symbol typed so far reads as (number, year, type, issuer), asking the server's
// parser, so the editor sees before saving how the registry will file it. Without this script the reading shows
// after saving.
(function () {
  'use strict';
  var input = document.getElementById('symbol');
  var box = document.getElementById('ky-hieu-doc-duoc');
  if (!input || !box || !window.fetch) {
    return;
  }
  var url = box.getAttribute('data-reading-url');
  var list = box.querySelector('dl');
  var unknown = box.querySelector('.nr-reading-unknown');
  var timer = null;
  var asked = 0;

  function put(selector, value) {
    var field = box.querySelector(selector);
    if (field) {
      field.textContent = value === null || value === undefined || value === '' ? '—' : String(value);
    }
  }

  function show(reading) {
    put('.nr-reading-number', reading.number);
    put('.nr-reading-year', reading.year);
    put('.nr-reading-type', reading.typeCode ? reading.typeCode + (reading.typeName ? ' (' + reading.typeName + ')' : '')
        : reading.typeName);
    put('.nr-reading-issuer', reading.issuerCode);
    put('.nr-reading-system', reading.system);
    list.classList.toggle('nr-hidden', !reading.recognised);
    unknown.classList.toggle('nr-hidden', reading.recognised);
  }

  function read() {
    var ticket = ++asked;
    fetch(url + '?q=' + encodeURIComponent(input.value), {
      credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' }
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    }).then(function (reading) {
      // An answer to an older question must not overwrite a newer one.
      if (ticket === asked) {
        show(reading);
      }
    }).catch(function () {
      // The reading is a help only: the form works without it.
    });
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(read, 250);
  });
}());
