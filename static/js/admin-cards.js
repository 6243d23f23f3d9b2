/* Gives each cell of the admin's result table its column's name (data-label),
   which static/css/admin-cards.css shows when the rows become cards on a phone. */
(function () {
  "use strict";

  function label() {
    var table = document.getElementById("result_list");
    if (!table || !table.tHead) { return; }
    var names = Array.prototype.map.call(table.tHead.rows[0].cells, function (cell) {
      return cell.classList.contains("action-checkbox-column") ? "" : cell.textContent.trim();
    });
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      Array.prototype.forEach.call(row.cells, function (cell, index) {
        if (names[index]) { cell.dataset.label = names[index]; }
      });
    });
  }

  // The admin loads Media scripts in <head>: wait for the table.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", label);
  } else {
    label();
  }
}());
