/* Keyboard shortcuts in the comment moderation queue:
   j / k move to the next / previous comment, a approves it, r rejects it,
   s marks it as spam, ? shows or hides the list of keys. Each key presses the
   row's own button, so the page works the same with the mouse or with
   JavaScript off. After a decision the page comes back with the comment that
   followed the decided one chosen, not the first. */
(function () {
  "use strict";
  var NEXT = "nr-queue-next";

  function start() {
    var help = document.querySelector("[data-shortcuts]");
    var table = document.getElementById("result_list");
    var rows = table ? Array.prototype.slice.call(table.querySelectorAll("tbody tr")) : [];
    var current = 0;

    function rowKey(row) {
      var box = row && row.querySelector("input.action-select");
      return box ? box.value : "";
    }

    function select(index) {
      rows[current].classList.remove("comment-current");
      rows[current].removeAttribute("aria-current");
      current = Math.max(0, Math.min(rows.length - 1, index));
      rows[current].classList.add("comment-current");
      rows[current].setAttribute("aria-current", "true");
      rows[current].scrollIntoView({ block: "nearest" });
    }

    function remember(index) {
      // The row that follows the decided one, by its comment; its place if it is gone.
      try {
        sessionStorage.setItem(NEXT, JSON.stringify({ key: rowKey(rows[index + 1]), index: index }));
      } catch (error) { /* no storage: the first row is chosen */ }
    }

    function restored() {
      var saved = null;
      try {
        saved = JSON.parse(sessionStorage.getItem(NEXT) || "null");
        sessionStorage.removeItem(NEXT);
      } catch (error) { return 0; }
      if (!saved) { return 0; }
      for (var i = 0; i < rows.length; i++) {
        if (saved.key && rowKey(rows[i]) === saved.key) { return i; }
      }
      return saved.index || 0;
    }

    function toggleHelp(open) {
      var button = help.querySelector("button");
      var panel = help.querySelector("#phim-tat");
      var show = open === undefined ? panel.hidden : open;
      panel.hidden = !show;
      button.setAttribute("aria-expanded", show ? "true" : "false");
    }

    if (help) {
      help.hidden = false;
      help.querySelector("button").addEventListener("click", function () { toggleHelp(); });
    }

    document.addEventListener("keydown", function (event) {
      var target = event.target;
      if (event.ctrlKey || event.metaKey || event.altKey ||
          /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable) {
        return;
      }
      if (event.key === "?" && help) { toggleHelp(); event.preventDefault(); return; }
      if (event.key === "Escape" && help) { toggleHelp(false); return; }
      if (!rows.length) { return; }
      if (event.key === "j") { select(current + 1); event.preventDefault(); return; }
      if (event.key === "k") { select(current - 1); event.preventDefault(); return; }
      var button = rows[current].querySelector('.comment-decision[data-key="' + event.key + '"]');
      if (button) {
        event.preventDefault();
        button.click();
      }
    });
    if (!rows.length) { return; }
    table.addEventListener("click", function (event) {
      var button = event.target.closest(".comment-decision");
      if (button) { remember(rows.indexOf(button.closest("tr"))); }
    });
    select(restored());
  }

  // The admin loads Media scripts in <head>: wait for the table.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
