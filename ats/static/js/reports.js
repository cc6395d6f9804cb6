// Draws each report chart from its JSON block (no inline script: the CSP forbids it).
(function () {
  "use strict";
  if (typeof Chart === "undefined") { return; }
  var palette = ["#1f6feb", "#d97706", "#15803d", "#9333ea", "#be123c"];
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var source = document.getElementById(canvas.getAttribute("data-chart"));
    if (!source) { return; }
    var spec = JSON.parse(source.textContent);
    var datasets = spec.datasets.map(function (set, i) {
      return {
        label: set.label, data: set.data, borderColor: palette[i % palette.length],
        backgroundColor: palette[i % palette.length], fill: false
      };
    });
    var options = Object.assign({ responsive: true, animation: false, scales: { y: { beginAtZero: true } } }, spec.options || {});
    canvas._chart = new Chart(canvas, { type: spec.type, data: { labels: spec.labels, datasets: datasets }, options: options });
  });
})();
