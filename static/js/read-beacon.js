// "Đọc nhiều": counts one read of this article once the page has loaded
// (articles/popularity.py). A POST with no body; the answer sets no cookie.
(function () {
  "use strict";
  var script = document.currentScript;
  var url = script && script.getAttribute("data-url");
  if (!url) return;

  function send() {
    if (navigator.sendBeacon && navigator.sendBeacon(url)) return;
    if (window.fetch) fetch(url, { method: "POST", keepalive: true, credentials: "omit" });
  }

  function whenShown() {
    // A page prerendered for a click that never came is not a read.
    if (document.prerendering) {
      document.addEventListener("prerenderingchange", send, { once: true });
    } else {
      send();
    }
  }

  if (document.readyState === "complete") whenShown();
  else window.addEventListener("load", whenShown, { once: true });
})();
