// Portal behaviour without inline scripts: one submit per click, focus the error summary.
(function () {
  "use strict";
  document.querySelectorAll("form.apply-form").forEach(function (form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector(".submit-application");
      if (button) {
        window.setTimeout(function () { button.disabled = true; button.setAttribute("aria-busy", "true"); }, 0);
      }
    });
  });
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
})();
