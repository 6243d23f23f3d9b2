"""Cached pages change with the documents: an edit, a new opinion's count and
a new document show on the next request (the one freshness rule)."""

import pytest

from tests.documents.factories import make_document, open_draft
from tests.factories import comment_data

pytestmark = pytest.mark.django_db


def test_an_edit_shows_on_the_cached_list_page_and_the_home_page(client):
    document = make_document(summary="Kế hoạch trồng cây xanh")
    assert "trồng cây xanh" in client.get("/van-ban/").content.decode()
    assert "trồng cây xanh" in client.get("/").content.decode()
    document.summary = "Kế hoạch nạo vét kênh"
    document.save()
    assert "nạo vét kênh" in client.get("/van-ban/").content.decode()
    assert "nạo vét kênh" in client.get("/").content.decode()
    make_document(number="77/TB-UBND")
    assert "77/TB-UBND" in client.get("/van-ban/").content.decode()


def test_a_new_opinion_changes_the_count_on_the_cached_draft_page(client):
    draft = open_draft()
    assert "Đã nhận 0 ý kiến góp ý." in client.get(draft.get_absolute_url()).content.decode()
    client.post(f"/van-ban/{draft.pk}/gop-y/", comment_data(title="Góp ý", body="Nội dung góp ý dự thảo."))
    assert "Đã nhận 1 ý kiến góp ý." in client.get(draft.get_absolute_url()).content.decode()
