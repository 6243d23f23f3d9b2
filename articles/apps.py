"""The articles app: sections, articles and the pages readers come for."""

from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Bài viết"
