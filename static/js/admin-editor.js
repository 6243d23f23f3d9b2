/* Send Django's CSRF token with every CKEditor image upload: pasted, dropped or
   chosen in the image dialog (filebrowserUploadMethod "xhr" uses the same path). */
(function () {
  "use strict";
  if (!window.CKEDITOR) {
    return;
  }
  // The image dialog's words (settings.CKEDITOR_CONFIGS "newsroomImageLabels"):
  // CKEditor's Vietnamese calls the alt text "Chú thích ảnh", the caption's name.
  window.CKEDITOR.on("instanceReady", function (ready) {
    var labels = ready.editor.config.newsroomImageLabels;
    var lang = ready.editor.lang.image2;
    if (labels && lang) {
      Object.keys(labels).forEach(function (key) { lang[key] = labels[key]; });
    }
  });
  window.CKEDITOR.on("instanceCreated", function (created) {
    // The format list's words ("newsroomFormatLabels"): CKEditor's Vietnamese
    // leaves "Heading 2" in English. Set before the list is first drawn.
    created.editor.on("langLoaded", function () {
      var labels = created.editor.config.newsroomFormatLabels;
      var lang = created.editor.lang.format;
      if (labels && lang) {
        Object.keys(labels).forEach(function (tag) { lang["tag_" + tag] = labels[tag]; });
      }
    });
    created.editor.on("fileUploadRequest", function (upload) {
      var token = document.querySelector("input[name=csrfmiddlewaretoken]");
      if (token) {
        upload.data.fileLoader.xhr.setRequestHeader("X-CSRFToken", token.value);
      }
    });
  });
})();

/* The tag picker (Django admin's select2 autocomplete) types into a search box
   of its own that has no label: give it the field's, each time select2 redraws it. */
(function () {
  "use strict";
  function labelSearchBoxes() {
    document.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var label = document.querySelector('label[for="' + select.id + '"]');
      var container = select.nextElementSibling;
      if (!label || !container) {
        return;
      }
      container.querySelectorAll(".select2-search__field").forEach(function (box) {
        box.setAttribute("aria-label", label.textContent.replace(/:\s*$/, "").trim());
      });
    });
  }
  window.addEventListener("load", function () {
    labelSearchBoxes();
    if (window.django && window.django.jQuery) {
      window.django.jQuery(document).on("select2:select select2:unselect select2:close change", labelSearchBoxes);
    }
  });
}());
