// Company forms: send a form only once however often its button is pressed, and take keyboard and
// screen-reader users to the list of problems when a form comes back refused.
(function () {
  'use strict';

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute('data-submit-once')) {
      return;
    }
    if (form.getAttribute('data-submitting') === 'true') {
      event.preventDefault();
      return;
    }
    form.setAttribute('data-submitting', 'true');
    form.querySelectorAll('button[type="submit"]').forEach(function (button) {
      button.setAttribute('aria-disabled', 'true');
      button.classList.add('disabled');
    });
  });

  // Coming back with the browser's back button shows the page as it was left: make it usable again.
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) {
      return;
    }
    document.querySelectorAll('form[data-submit-once]').forEach(function (form) {
      form.removeAttribute('data-submitting');
      form.querySelectorAll('button[type="submit"]').forEach(function (button) {
        button.removeAttribute('aria-disabled');
        button.classList.remove('disabled');
      });
    });
  });

  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  });
})();
