"""Every public page tells search engines what it is: a meta description of its own."""

import re

import pytest
from django.utils import timezone

from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db

DESCRIPTION = re.compile(r'<meta name="description" content="([^"]{30,})">')


def test_every_public_page_has_its_own_meta_description(client):
    section = make_section("Giáo dục")
    article = make_article(
        title="Khai giảng năm học mới",
        section=section,
        lead="Sáng 5/9, hơn 40.000 học sinh quận bước vào năm học mới.",
    )
    day = timezone.localtime(article.published_at).date().isoformat()
    pages = [
        "/",
        section.get_absolute_url(),
        article.get_absolute_url(),
        f"/bai-da-dang/?ngay={day}",
        "/tim-kiem/?q=khai+giang",
        f"/binh-luan/{article.pk}/",
    ]
    seen = {}
    for path in pages:
        match = DESCRIPTION.search(client.get(path).content.decode())
        assert match, path
        seen[path] = match.group(1)
    assert len(set(seen.values())) == len(pages)
    assert "Sáng 5/9" in seen[article.get_absolute_url()]
