/* Keyboard shortcuts in the comment moderation queue:
   j / k move to the next / previous comment, a approves it, r rejects it,
   s marks it as spam. Each key presses the row's own button, so the page works
   the same with the mouse or with JavaScript off. */
(function () {
  "use strict";

  function start() {
    var table = document.getElementById("result_list");
    if (!table) { return; }
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
    if (!rows.length) { return; }
    var current = 0;

    function select(index) {
      rows[current].classList.remove("comment-current");
      rows[current].removeAttribute("aria-current");
      current = Math.max(0, Math.min(rows.length - 1, index));
      rows[current].classList.add("comment-current");
      rows[current].setAttribute("aria-current", "true");
      rows[current].scrollIntoView({ block: "nearest" });
    }

    document.addEventListener("keydown", function (event) {
      var target = event.target;
      if (event.ctrlKey || event.metaKey || event.altKey ||
          /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable) {
        return;
      }
      if (event.key === "j") { select(current + 1); event.preventDefault(); return; }
      if (event.key === "k") { select(current - 1); event.preventDefault(); return; }
      var button = rows[current].querySelector('.comment-decision[data-key="' + event.key + '"]');
      if (button) {
        event.preventDefault();
        button.click();
      }
    });
    select(0);
  }

  // The admin loads Media scripts in <head>: wait for the table.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
