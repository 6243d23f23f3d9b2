/* Send Django's CSRF token with every CKEditor image upload: pasted, dropped or
   chosen in the image dialog (filebrowserUploadMethod "xhr" uses the same path). */
(function () {
  "use strict";
  if (!window.CKEDITOR) {
    return;
  }
  window.CKEDITOR.on("instanceCreated", function (created) {
    created.editor.on("fileUploadRequest", function (upload) {
      var token = document.querySelector("input[name=csrfmiddlewaretoken]");
      if (token) {
        upload.data.fileLoader.xhr.setRequestHeader("X-CSRFToken", token.value);
      }
    });
  });
})();
