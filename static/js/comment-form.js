/* The comment form's captcha: fetched when a reader reaches the form, and
   "Lấy lại mã bảo mật" swaps in a new one without leaving the page. Without
   JavaScript the link opens the form on a page of its own with a captcha.
   "Nghe mã xác nhận" plays the current captcha read aloud in place; without
   JavaScript it is a plain link to the sound. */
(function () {
  "use strict";
  var form = document.querySelector("[data-comment-form]");
  if (!form || !window.fetch) { return; }
  var box = form.querySelector("[data-captcha]");
  var keyInput = box.querySelector("[data-captcha-key]");
  var answer = box.querySelector("input[name=captcha]");
  var slot = box.querySelector("[data-captcha-image]");
  var listen = box.querySelector("[data-captcha-listen]");
  var status = box.querySelector("[data-captcha-status]");
  var player = null;
  var pending = null;
  var refused = false;
  var csrfInput = form.querySelector("[data-csrf-token]");
  var startedInput = form.querySelector("[data-started]");
  // Shown only when this script runs: without it the form could not be sent,
  // and the page offers a link to the form's own page instead.
  form.hidden = false;

  function load() {
    if (pending) { return pending; }
    pending = fetch(box.dataset.captchaUrl, {
      headers: { "Accept": "application/json" },
      credentials: "same-origin",
      cache: "no-store"
    }).then(function (response) {
      if (response.status === 429) {
        // Too many captchas from this address: say how long to wait, in place of the image.
        return response.json().then(function (refusal) {
          var note = document.createElement("span");
          note.className = "field-error";
          note.textContent = refusal.message;
          slot.replaceChildren(note);
          keyInput.value = "";
          listen.hidden = true;
          refused = true;
          return null;
        });
      }
      if (!response.ok) { throw new Error("captcha " + response.status); }
      return response.json();
    }).then(function (captcha) {
      if (!captcha) { return; }
      var image = document.createElement("img");
      image.src = captcha.image_url;
      image.alt = box.dataset.captchaAlt;
      slot.replaceChildren(image);
      keyInput.value = captcha.key;
      listen.href = captcha.audio_url;
      listen.hidden = false;
      if (player) { player.pause(); player.removeAttribute("src"); }
      status.textContent = "";
      if (csrfInput) { csrfInput.value = captcha.csrf_token; }
      // The first captcha marks when the form was shown; later ones do not move it.
      if (startedInput && !startedInput.value) { startedInput.value = captcha.started; }
      answer.value = "";
    }).finally(function () { pending = null; });
    return pending;
  }

  function ensure() {
    if (!keyInput.value && !refused) { load().catch(function () {}); }
  }

  form.addEventListener("focusin", ensure);
  if ("IntersectionObserver" in window) {
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) {
        observer.disconnect();
        ensure();
      }
    });
    observer.observe(form);
  }
  function explain() {
    // The audio element cannot read why the server said no: ask again for the reason.
    fetch(listen.href, { headers: { "Accept": "application/json" }, credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (refusal) { status.textContent = refusal.message || ""; })
      .catch(function () { status.textContent = listen.dataset.failed || ""; });
  }

  listen.addEventListener("click", function (event) {
    if (!keyInput.value) { return; }
    event.preventDefault();
    if (!player) {
      player = document.createElement("audio");
      player.controls = true;
      player.className = "comment-captcha__player";
      player.addEventListener("error", function () { if (player.getAttribute("src")) { explain(); } });
      listen.after(player);
    }
    status.textContent = "";
    player.src = listen.href;
    player.play().catch(function () {});
  });

  box.querySelector("[data-captcha-refresh]").addEventListener("click", function (event) {
    event.preventDefault();
    load().then(function () { answer.focus(); }, function () {
      window.location.href = event.target.href;
    });
  });
}());
