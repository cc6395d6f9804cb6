// Review shortcuts on the candidate page: j next, k previous, a advance, r reject (focus the reason).
(function () {
  "use strict";
  var review = document.getElementById("review");
  if (!review) { return; }
  function typing(target) {
    var tag = (target.tagName || "").toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) { return; }
    var key = event.key;
    if (key === "j" && review.dataset.next) { window.location.href = review.dataset.next; }
    else if (key === "k" && review.dataset.previous) { window.location.href = review.dataset.previous; }
    else if (key === "a") {
      var advance = document.getElementById("advance-form");
      if (advance) { advance.requestSubmit ? advance.requestSubmit() : advance.submit(); }
    } else if (key === "r") {
      var reason = document.querySelector(".reject-form [name=reason]");
      if (reason) { event.preventDefault(); reason.focus(); }
    }
  });
})();
