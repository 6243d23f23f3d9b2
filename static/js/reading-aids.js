/* Reading aids: A− / A+ text size and a high-contrast mode. The choice is kept
   in this browser's localStorage only (pages stay the same for every reader, so
   cached pages are unaffected) and applied before the first paint by the small
   script in <head> (templates/includes/reading_aids_head.js): no layout shift. */
(function () {
  "use strict";
  var box = document.querySelector("[data-reading-aids]");
  if (!box) { return; }
  var root = document.documentElement;
  var status = box.querySelector("[data-reading-aids-status]");
  var contrast = box.querySelector("[data-tuong-phan]");
  // Steps of text size: 87.5%, 100%, 112.5%, 125%, 150%, 175% (site.css).
  var SIZES = { "-1": 87.5, "0": 100, "1": 112.5, "2": 125, "3": 150, "4": 175 };
  var SMALLEST = -1, LARGEST = 4;

  function remember(name, value) {
    try {
      if (value === null) { localStorage.removeItem(name); } else { localStorage.setItem(name, value); }
    } catch (error) { /* storage refused: the choice lasts for this page only */ }
  }

  function size() { return parseInt(root.getAttribute("data-co-chu") || "0", 10) || 0; }

  function show() {
    var step = size();
    // aria-disabled, not disabled: a button that is pressed to its limit keeps the focus.
    box.querySelector('[data-co-chu="-1"]').setAttribute("aria-disabled", String(step <= SMALLEST));
    box.querySelector('[data-co-chu="1"]').setAttribute("aria-disabled", String(step >= LARGEST));
    contrast.setAttribute("aria-pressed", root.getAttribute("data-tuong-phan") === "cao" ? "true" : "false");
  }

  box.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button || button.getAttribute("aria-disabled") === "true") { return; }
    if (button.hasAttribute("data-tuong-phan")) {
      var on = root.getAttribute("data-tuong-phan") !== "cao";
      if (on) { root.setAttribute("data-tuong-phan", "cao"); } else { root.removeAttribute("data-tuong-phan"); }
      remember("nr-tuong-phan", on ? "cao" : null);
      status.textContent = on ? status.dataset.contrastOn : status.dataset.contrastOff;
    } else {
      var step = Math.max(SMALLEST, Math.min(LARGEST, size() + parseInt(button.dataset.coChu, 10)));
      if (step === 0) { root.removeAttribute("data-co-chu"); } else { root.setAttribute("data-co-chu", String(step)); }
      remember("nr-co-chu", step === 0 ? null : String(step));
      status.textContent = status.dataset.sizeMessage + " " + String(SIZES[String(step)]).replace(".", ",") + "%";
    }
    show();
  });
  show();
}());
