// Triage without the mouse: the review panel beside the ranked list (or the board), keyboard shortcuts,
// the bulk toolbar. No inline scripts (CSP); everything hangs off ids and data-* attributes.
(function () {
  "use strict";
  var host = document.querySelector("[data-panel-base]");  // the list (#triage) or the board
  var panel = document.getElementById("panel");
  var review = document.getElementById("review");  // the full application page
  var live = document.getElementById("triage-live");
  var current = null;
  var inflight = null;
  var prefetched = {};  // application id -> {html, at}: the next panel, fetched while the recruiter reads
  var FRESH_MS = 30000;

  function typing(target) {
    var tag = (target.tagName || "").toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }
  function items() { return host ? Array.prototype.slice.call(host.querySelectorAll("[data-id]")) : []; }
  function linkOf(item) { return item && item.querySelector("a.candidate-link"); }
  function say(text) { if (live) { live.textContent = text; } }

  function setCurrent(item) {
    if (current && current !== item) { current.classList.remove("current"); current.removeAttribute("aria-current"); }
    current = item;
    if (!item) { return; }
    item.classList.add("current");
    item.setAttribute("aria-current", "true");
    item.scrollIntoView({ block: "nearest" });
  }

  function showPanel(show) {
    if (!panel || !host) { return; }
    panel.hidden = !show;
    host.classList.toggle("with-panel", show);
  }

  function setUrl(id) {
    var url = new URL(window.location.href);
    if (id) { url.searchParams.set("open", id); } else { url.searchParams.delete("open"); }
    window.history.replaceState(null, "", url.toString());
  }

  function panelUrl(item) {
    return host.getAttribute("data-panel-base") + item.getAttribute("data-id") + "/panel?list=" +
      encodeURIComponent(host.getAttribute("data-list-query") || "");
  }

  function prefetch(item) {
    if (!item) { return; }
    var id = item.getAttribute("data-id");
    if (prefetched[id] && Date.now() - prefetched[id].at < FRESH_MS) { return; }
    fetch(panelUrl(item), { credentials: "same-origin", headers: { "HX-Request": "true" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) { if (html) { prefetched[id] = { html: html, at: Date.now() }; } })
      .catch(function () { /* only a head start: open() fetches again */ });
  }

  // Open an item's application in the panel; focusPanel moves focus into it (Enter, click), j/k keep it on the row.
  function open(item, focusPanel, direction) {
    if (!item || !panel || !host) { return; }
    setCurrent(item);
    var id = item.getAttribute("data-id");
    if (inflight) { inflight.abort(); }
    inflight = new AbortController();
    panel.setAttribute("aria-busy", "true");
    var ready = prefetched[id] && Date.now() - prefetched[id].at < FRESH_MS;
    var html = ready ? Promise.resolve(prefetched[id].html) : fetch(panelUrl(item), { credentials: "same-origin", headers: { "HX-Request": "true" }, signal: inflight.signal })
      .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.text(); });
    delete prefetched[id];
    html
      .then(function (html) {
        panel.innerHTML = html;
        if (window.htmx) { window.htmx.process(panel); }
        panel.removeAttribute("aria-busy");
        showPanel(true);
        panel.scrollTop = 0;
        setUrl(id);
        window.requestAnimationFrame(function () {
          if (window.performance && performance.getEntriesByName("ats-key").length) {
            performance.measure("ats-panel", "ats-key");
            performance.clearMarks("ats-key");
          }
        });
        var position = items().indexOf(item) + 1;
        say((item.getAttribute("data-name") || (linkOf(item) || {}).textContent || "") + ", " + position + " of " + items().length);
        var title = document.getElementById("panel-title");
        if (focusPanel && title) { title.focus(); } else { var link = linkOf(item); if (link) { link.focus(); } }
        var list = items(), at = list.indexOf(item);
        prefetch(list[at + (direction || 1)]);
      })
      .catch(function (error) {
        if (error.name === "AbortError") { return; }
        panel.removeAttribute("aria-busy");
        say("The application could not be loaded. Reload the page and try again.");
      });
  }

  function step(delta) {
    var list = items();
    if (!list.length) { return; }
    var at = list.indexOf(current);
    var next = at < 0 ? list[0] : list[Math.min(list.length - 1, Math.max(0, at + delta))];
    if (next === current && at >= 0) {
      var more = document.querySelector(delta > 0 ? ".pager a[rel=next]" : "");
      say(more ? "Last applicant on this page: the next page link follows the list." : "No more applicants.");
      return;
    }
    if (window.performance) { performance.mark("ats-key"); }
    open(next, false, delta);
  }

  function openDetails(id, field) {
    var details = document.getElementById(id);
    if (!details) { return false; }
    details.open = true;
    var input = document.getElementById(field);
    if (input) { input.focus(); }
    return true;
  }

  function closePanel() {
    showPanel(false);
    setUrl(null);
    var link = linkOf(current);
    if (link) { link.focus(); }
  }

  // --- selection and the bulk toolbar ------------------------------------------------------------------------
  var toolbar = document.querySelector("[data-bulk-toolbar]");
  function selected() { return Array.prototype.slice.call(document.querySelectorAll('input[name="application_ids"][form="bulk-form"]:checked')); }
  function refreshToolbar() {
    if (!toolbar) { return; }
    var chosen = selected();
    toolbar.hidden = chosen.length === 0;
    document.querySelectorAll("[data-bulk-count]").forEach(function (el) { el.textContent = chosen.length; });
    var names = chosen.map(function (box) { return (box.getAttribute("aria-label") || "").replace(/^Select /, ""); });
    document.querySelectorAll("[data-bulk-names]").forEach(function (el) {
      el.textContent = names.slice(0, 12).join(", ") + (names.length > 12 ? " and " + (names.length - 12) + " more" : "");
    });
  }
  document.addEventListener("change", function (event) {
    var t = event.target;
    if (t.matches && t.matches("[data-select-all]")) {
      document.querySelectorAll('input[name="application_ids"][form="bulk-form"]').forEach(function (box) { box.checked = t.checked; });
    }
    if (t.matches && (t.matches('input[name="application_ids"]') || t.matches("[data-select-all]"))) { refreshToolbar(); }
    if (t.id === "bulk-reason") { t.setCustomValidity(""); }
  });
  document.addEventListener("click", function (event) {
    var t = event.target.closest ? event.target.closest("a, button") : null;
    if (!t) { return; }
    if (t.matches("[data-bulk-clear]")) {
      selected().forEach(function (box) { box.checked = false; });
      var all = document.querySelector("[data-select-all]");
      if (all) { all.checked = false; }
      refreshToolbar();
    } else if (t.matches("[data-open-dialog]")) {
      var dialog = document.getElementById(t.getAttribute("data-open-dialog"));
      if (dialog && dialog.showModal) { dialog.showModal(); }
    } else if (t.matches("[data-close-dialog]")) {
      var open_ = t.closest("dialog");
      if (open_) { open_.close(); }
    } else if (t.matches("[data-needs-reason]")) {
      var reason = document.getElementById("bulk-reason");
      if (reason && !reason.value) {
        event.preventDefault();
        reason.setCustomValidity("Choose a reason for the rejection.");
        reason.reportValidity();
      }
    } else if (t.matches("[data-bulk-confirm]")) {
      if (!window.confirm(t.getAttribute("data-bulk-confirm").replace("{n}", selected().length))) { event.preventDefault(); }
    } else if (t.matches("[data-close-panel]")) {
      closePanel();
    } else if (t.matches("a.ev-link")) {
      var target = document.getElementById(t.getAttribute("data-evidence"));
      if (target) {
        event.preventDefault();
        target.scrollIntoView({ block: "center" });
        target.classList.add("flash-evidence");
        target.focus({ preventScroll: true });
        window.setTimeout(function () { target.classList.remove("flash-evidence"); }, 1600);
      }
    } else if (t.matches("a.candidate-link") && host && panel && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      var item = t.closest("[data-id]");
      if (item) { event.preventDefault(); open(item, true); }
    }
  });

  // --- keys ----------------------------------------------------------------------------------------------------
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var key = event.key;
    if (key === "Escape") {
      var details = event.target.closest ? event.target.closest("#panel details[open]") : null;
      if (details) { details.open = false; var link = linkOf(current); if (link) { link.focus(); } event.preventDefault(); return; }
      if (!document.querySelector("dialog[open]") && panel && !panel.hidden && host) { closePanel(); }
      return;
    }
    if (typing(event.target) || document.querySelector("dialog[open]")) { return; }
    if (key === "j" || key === "k") {
      if (review && !host) {
        var to = review.getAttribute(key === "j" ? "data-next" : "data-previous");
        if (to) { window.location.href = to; }
        return;
      }
      event.preventDefault();
      step(key === "j" ? 1 : -1);
    } else if (key === "a") {
      var advance = document.getElementById("p-advance");
      if (advance) { event.preventDefault(); advance.requestSubmit(); }
    } else if (key === "r") {
      if (openDetails("p-reject", "p-reject-reason")) { event.preventDefault(); }
    } else if (key === "n") {
      if (openDetails("p-note", "p-note-body")) { event.preventDefault(); }
    } else if (key === "t") {
      if (openDetails("p-tag", "p-tag-name")) { event.preventDefault(); }
    } else if (key === "x") {
      var box = current && current.querySelector('input[name="application_ids"]');
      if (box) { event.preventDefault(); box.checked = !box.checked; refreshToolbar(); say((box.checked ? "Selected " : "Unselected ") + selected().length + " selected"); }
    } else if (key === "/") {
      var search = document.getElementById("f-q") || document.getElementById("global-q");
      if (search) { event.preventDefault(); search.focus(); search.select(); }
    } else if (key === "?") {
      var help = document.getElementById("keys-help");
      if (help && help.showModal) { event.preventDefault(); help.showModal(); }
    }
  });

  function bump(stageId, delta) {
    document.querySelectorAll('[data-count-for="' + stageId + '"]').forEach(function (el) {
      var n = Math.max(0, parseInt(el.textContent, 10) + delta);
      el.textContent = n;
      el.setAttribute("aria-label", n + " applications");
    });
  }

  // After a panel action: keep focus somewhere useful, and move a board card to its new column.
  document.body.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target !== panel) { return; }
    prefetched = {};  // an action changed something: panels fetched before it may be stale
    if (!document.activeElement || document.activeElement === document.body || !document.contains(document.activeElement)) {
      var link = linkOf(current);
      var title = document.getElementById("panel-title");
      if (link) { link.focus(); } else if (title) { title.focus(); }
    }
    if (current && !document.contains(current)) { current = document.getElementById(current.id); setCurrent(current); }
  });
  document.body.addEventListener("ats:application-changed", function (event) {
    var d = event.detail || {};
    var card = document.getElementById("card-" + d.id);
    var column = document.getElementById("stage-" + d.stage_id);
    if (card && column && card.parentNode !== column) {
      bump(card.parentNode.getAttribute("data-stage-id"), -1);
      bump(d.stage_id, 1);
      column.insertBefore(card, column.firstChild);
    }
    if (card) {
      card.setAttribute("data-version", d.version);
      document.querySelectorAll('[data-version-for="' + d.id + '"]').forEach(function (el) { el.value = d.version; });
    }
  });

  // A page loaded with ?open=<id>: that item is the current one (the board fetches its panel now).
  var opened = host && panel && new URL(window.location.href).searchParams.get("open");
  var row = opened && host.querySelector('[data-id="' + opened + '"]');
  if (row && !panel.hidden) { setCurrent(row); } else if (row) { open(row, true); }
  refreshToolbar();
})();
