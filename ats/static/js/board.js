// Kanban board: SortableJS drag and drop posting to the board's move endpoint (the "Move to" forms work
// without it), and columns that collapse to a narrow strip so every stage fits on a laptop screen.
(function () {
  "use strict";
  var board = document.getElementById("kanban");
  if (!board) { return; }
  var url = board.getAttribute("data-move-url");
  var status = document.getElementById("board-status");
  var meta = document.querySelector('meta[name="csrf-token"]');
  var storeKey = "ats-board-collapsed-" + board.getAttribute("data-job-id");

  // --- collapsible columns (exits start collapsed; the choice is remembered in this browser) ---
  function remembered() {
    try { return JSON.parse(window.localStorage.getItem(storeKey) || "null"); } catch (e) { return null; }
  }
  function remember() {
    var ids = [];
    board.querySelectorAll(".kanban-column.collapsed").forEach(function (col) { ids.push(col.id); });
    try { window.localStorage.setItem(storeKey, JSON.stringify(ids)); } catch (e) { /* private mode: not kept */ }
  }
  function setCollapsed(column, collapsed) {
    column.classList.toggle("collapsed", collapsed);
    var toggle = column.querySelector(".column-toggle");
    if (toggle) { toggle.setAttribute("aria-expanded", collapsed ? "false" : "true"); }
  }
  var saved = remembered();
  board.querySelectorAll(".kanban-column").forEach(function (column) {
    var collapsed = saved ? saved.indexOf(column.id) >= 0 : column.getAttribute("data-collapsible") === "exit";
    setCollapsed(column, collapsed);
    column.querySelector(".column-toggle").addEventListener("click", function () {
      setCollapsed(column, !column.classList.contains("collapsed"));
      remember();
    });
  });

  if (typeof Sortable === "undefined") { return; }

  function say(text, isError) {
    if (!status) { return; }
    status.textContent = text;
    status.className = "board-status " + (isError ? "flash flash-error" : "flash flash-success");
  }

  function setCounts(counts) {
    document.querySelectorAll("[data-count-for]").forEach(function (el) {
      var n = counts[el.getAttribute("data-count-for")] || 0;
      el.textContent = n;
      el.setAttribute("aria-label", n + " applications");
    });
  }

  function setVersion(card, version) {
    card.setAttribute("data-version", version);
    document.querySelectorAll('[data-version-for="' + card.getAttribute("data-application-id") + '"]').forEach(function (el) {
      el.value = version;
    });
  }

  function putBack(evt) {
    var ref = evt.from.children[evt.oldIndex] || null;
    evt.from.insertBefore(evt.item, ref);
  }

  function onDrop(evt) {
    if (evt.from === evt.to) { return; }
    var card = evt.item;
    var stageId = evt.to.getAttribute("data-stage-id");
    var body = JSON.stringify({
      application_id: card.getAttribute("data-application-id"),
      stage_id: stageId,
      version: card.getAttribute("data-version")
    });
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": meta ? meta.content : "", "Accept": "application/json" },
      body: body
    }).then(function (response) {
      return response.json().then(function (data) { return { ok: response.ok, data: data }; });
    }).then(function (result) {
      if (!result.ok) {
        putBack(evt);
        say(result.data.error || "The move was not saved.", true);
        return;
      }
      setVersion(card, result.data.version);
      var select = card.querySelector("select[name=stage_id]");
      if (select) { select.value = stageId; }
      setCounts(result.data.counts || {});
      say(result.data.message, false);
    }).catch(function () {
      putBack(evt);
      say("The move was not saved (network error). Reload the page and try again.", true);
    });
  }

  document.querySelectorAll(".kanban-list").forEach(function (list) {
    Sortable.create(list, {
      group: { name: "board", pull: true, put: list.getAttribute("data-accept") === "yes" },
      animation: 120,
      draggable: ".kanban-card",
      filter: "input, select, button, a, label",
      preventOnFilter: false,
      onEnd: onDrop
    });
  });
})();
