"""The articles app: sections, articles and the pages readers come for."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    # Not "Bài viết", the articles' own name: breadcrumbs would read "Bài viết › Bài viết".
    verbose_name = _("Tin bài")

    def ready(self):
        from articles import freshness

        freshness.watch_other_sources()
