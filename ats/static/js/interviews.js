// Interviews: keep the rejection reason required before the reject button submits.
(function () {
  "use strict";
  document.querySelectorAll('form input[name="action"][value="reject"]').forEach(function (input) {
    var form = input.form, reason = form.querySelector('input[name="reason"]');
    if (reason) { reason.required = true; }
  });
})();
