"""A ward's documents appear only on its own portal: list, search, page,
file, feed, sitemap and the home page's "Văn bản mới"."""

import pytest

from tests.documents.factories import attach, make_document
from tests.factories import make_site

pytestmark = pytest.mark.django_db


def test_a_wards_documents_appear_only_on_its_portal(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    from documents import samples

    ward = make_site("phuong-dong.example.vn")
    ours = make_document(number="1/KH-UBND", summary="Kế hoạch của quận về cây xanh")
    theirs = make_document(site=ward, number="9/KH-UBND", summary="Kế hoạch của phường về cây xanh")
    their_file = attach(theirs, samples.text_pdf(["Trồng cây xanh tổ dân phố"]))
    for path in ["/van-ban/", "/van-ban/?q=cay+xanh", "/van-ban/rss/", "/"]:
        html = client.get(path).content.decode()
        assert "1/KH-UBND" in html and "9/KH-UBND" not in html, path
    assert client.get(theirs.get_absolute_url()).status_code == 404
    assert client.get(their_file.get_absolute_url()).status_code == 404
    on_ward = client.get("/van-ban/", HTTP_HOST="phuong-dong.example.vn").content.decode()
    assert "9/KH-UBND" in on_ward and "1/KH-UBND" not in on_ward
    sitemap = client.get("/sitemap-van-ban.xml").content.decode()
    assert ours.get_absolute_url() in sitemap and theirs.get_absolute_url() not in sitemap
