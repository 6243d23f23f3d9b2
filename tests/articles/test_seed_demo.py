"""`manage.py seed_demo` shows tags and top stories."""

import pytest
from django.core.management import call_command

from articles.models import Article, Tag

pytestmark = pytest.mark.django_db


def test_demo_has_tags_on_every_article_and_pinned_stories(settings, tmp_path, client):
    settings.MEDIA_ROOT = tmp_path
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    assert not Article.objects.filter(tags=None).exists()
    assert Tag.objects.count() >= 5
    public = Article.objects.published()
    assert public.pinned_to_home().count() >= 3
    assert public.filter(section_position__isnull=False).exists()
    html = client.get("/").content.decode()
    assert 'id="tin-noi-bat"' in html
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    assert public.pinned_to_home().count() == 4, "running it again pins nothing more"
