// Live preview of a banner item: asks the newsroom for the computed text as the editor types.
// Without JavaScript the form's "Xem trước" button does the same by reloading the form.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('form[data-banner-preview]');
  if (!form) return;
  var endpoint = form.getAttribute('data-banner-preview');
  var output = document.getElementById('banner-preview-text');
  var problem = document.getElementById('banner-preview-problem');
  var timer = null;
  var latest = 0;

  function field(name) {
    var element = form.elements.namedItem(name);
    return element && 'value' in element ? element.value : '';
  }

  function kind() {
    var checked = form.querySelector('input[name="kind"]:checked');
    return checked ? checked.value : '';
  }

  function show(data) {
    if (data.error) {
      problem.textContent = data.error;
      problem.hidden = false;
    } else {
      output.textContent = data.text;
      problem.textContent = '';
      problem.hidden = true;
    }
  }

  var hint = output.textContent;

  function refresh() {
    var request = ++latest;
    if (field('template').trim() === '') {
      // Nothing typed yet: nothing to compute, and no reason to scold.
      output.textContent = hint;
      problem.textContent = '';
      problem.hidden = true;
      return;
    }
    var query = new URLSearchParams({
      kind: kind(), template: field('template'), eventDate: field('eventDate'), date: field('previewDate')
    });
    fetch(endpoint + '?' + query.toString(), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        // A lapsed session answers with the login page: leave the preview as it is.
        if (type.indexOf('application/json') !== 0) throw new Error('not a preview');
        return response.json();
      })
      .then(function (data) {
        if (request === latest) show(data);
      })
      .catch(function () { /* the "Xem trước" button still works */ });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  }

  form.addEventListener('input', later);
  form.addEventListener('change', later);
  refresh();
});
