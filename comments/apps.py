"""The comments app: reader comments and their moderation."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "comments"
    # Not "Bình luận", the comments' own name: breadcrumbs would read "Bình luận › Bình luận".
    verbose_name = _("Ý kiến bạn đọc")
