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
    created.editor.on("fileUploadRequest", function (upload) {
      var token = document.querySelector("input[name=csrfmiddlewaretoken]");
      if (token) {
        upload.data.fileLoader.xhr.setRequestHeader("X-CSRFToken", token.value);
      }
    });
  });
})();
