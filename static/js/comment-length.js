/* A text box with a limit (data-limit): the note beside it (aria-describedby)
   counts down as one types, in characters as the server counts them (NFC,
   a line break one character). The server refuses a longer text and gives it
   back to edit; nothing here cuts it. */
(function () {
  "use strict";
  var boxes = document.querySelectorAll("textarea[data-limit]");
  Array.prototype.forEach.call(boxes, function (box) {
    var note = document.getElementById(box.getAttribute("aria-describedby"));
    if (!note) { return; }
    var limit = parseInt(box.dataset.limit, 10);
    var said = note.textContent;
    var timer = null;
    note.setAttribute("aria-live", "polite");

    function length() {
      var text = box.value.replace(/\r\n?/g, "\n").trim();
      return Array.from(text.normalize ? text.normalize("NFC") : text).length;
    }

    function update() {
      var left = limit - length();
      if (!box.value) {
        note.textContent = said;
      } else if (left >= 0) {
        note.textContent = "Còn " + left + " / " + limit + " ký tự.";
      } else {
        note.textContent = "Quá " + (-left) + " ký tự: tối đa " + limit + " ký tự, vui lòng rút gọn.";
      }
      note.classList.toggle("field-error", left < 0);
    }

    // Announced at most once a second, not at every key.
    box.addEventListener("input", function () {
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(update, 300);
    });
    update();
  });
})();
