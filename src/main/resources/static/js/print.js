// The print version works without JavaScript (browsers print from their menu); with it, a button helps.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.querySelector('.print-button');
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
