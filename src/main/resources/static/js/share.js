// Copy and share buttons for a text shown in a read-only field (the reporter's tracking link, the social-media kit's
// posts). Without JavaScript the buttons stay hidden and the field can be selected and copied by hand. Where the
// clipboard API is missing (a page served over plain HTTP), the field is selected and copied the older way.
(function () {
  'use strict';
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    if (!field) {
      return;
    }
    var copied = function () {
      var status = button.parentNode.querySelector('[data-copy-status]');
      if (status) {
        status.textContent = button.getAttribute('data-copied');
      }
    };
    button.hidden = false;
    button.addEventListener('click', function () {
      if (navigator.clipboard) {
        navigator.clipboard.writeText(field.value).then(copied);
        return;
      }
      field.select();
      if (document.execCommand('copy')) {
        copied();
      }
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
