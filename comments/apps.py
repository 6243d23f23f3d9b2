"""The comments app: reader comments and their moderation."""

from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = "Bình luận"
