// The waiting page sends its form (the visitor's own request, fields and all) again by itself once the
// Retry-After it was given has passed. Without JavaScript the button does the same.
(function () {
  'use strict';

  function retry() {
    var form = document.querySelector('form.busy-retry[data-retry-after]');
    if (!form) {
      return;
    }
    var seconds = parseInt(form.getAttribute('data-retry-after'), 10);
    if (isNaN(seconds) || seconds < 1) {
      seconds = 5;
    }
    window.setTimeout(function () {
      form.submit();
    }, seconds * 1000);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', retry);
  }
  else {
    retry();
  }
})();
