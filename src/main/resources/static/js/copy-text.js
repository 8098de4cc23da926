// Copy buttons: a button with data-copy-target copies the value of the field with that id to the clipboard and
// says so (data-copied) for a moment. Without the clipboard, the field's text is selected for the reader to copy.
(function () {
  'use strict';

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-copy-target]');
    if (!button) {
      return;
    }
    var field = document.getElementById(button.getAttribute('data-copy-target'));
    if (!field) {
      return;
    }
    field.focus();
    field.select();
    if (!navigator.clipboard) {
      return;
    }
    navigator.clipboard.writeText(field.value).then(function () {
      var label = button.textContent;
      button.textContent = button.getAttribute('data-copied') || label;
      window.setTimeout(function () {
        button.textContent = label;
      }, 2000);
    });
  });
})();
