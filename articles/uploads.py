"""The one place CKEditor sends photos: our own upload view, not ckeditor_uploader's.

It answers in CKEditor 4's upload protocol (JSON with `uploaded`, `url` or
`error.message`), used both by paste/drop (uploadimage) and by the image
dialog's Upload tab (filebrowserUploadMethod "xhr"). CKEditor shows a refusal's
message only from a 200 answer (any other status becomes its own generic
English error), so refused files get 200 with `uploaded: 0`; requests that the
editor never makes (anonymous, no rights, GET) get a plain 403 or 405.
"""

from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from articles.images import ImageRejected, store_upload
from newsroom.middleware import accepts_posts


def _refusal(message, status=200):
    return JsonResponse({"uploaded": 0, "error": {"message": message}}, status=status)


def may_upload(user):
    """Staff who may write articles may add photos to them."""
    return (
        user.is_active
        and user.is_staff
        and (user.has_perm("articles.add_article") or user.has_perm("articles.change_article"))
    )


@accepts_posts
@require_POST
def upload_image(request):
    """Store one photo from the editor and tell CKEditor where it is."""
    if not may_upload(request.user):
        return _refusal(_("Bạn không có quyền tải ảnh lên."), status=403)
    upload = request.FILES.get("upload")
    if upload is None:
        return _refusal(_("Chưa chọn ảnh để tải lên."))
    try:
        name, width, height = store_upload(upload)
    except ImageRejected as refusal:
        return _refusal(str(refusal))
    return JsonResponse(
        {
            "uploaded": 1,
            "fileName": name.rsplit("/", 1)[-1],
            "url": default_storage.url(name),
            "width": width,
            "height": height,
        }
    )
