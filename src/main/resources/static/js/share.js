// Copy and share buttons for a link shown in a read-only field (the reporter's tracking link). Without JavaScript the
// buttons stay hidden and the field can be selected and copied by hand.
(function () {
  'use strict';
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    if (!field || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(field.value).then(function () {
        var status = button.parentNode.querySelector('[data-copy-status]');
        if (status) {
          status.textContent = button.getAttribute('data-copied');
        }
      });
    });
  });
  document.querySelectorAll('[data-share]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-share'));
    if (!field || !navigator.share) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.share({ title: button.getAttribute('data-title'), url: field.value }).catch(function () {});
    });
  });
})();
