"""The article page in the portal's order, in UTF-8, with a bounded query count."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest

from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db
HCM = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def article():
    return make_article(
        title="Quận tổ chức lễ ra quân làm sạch môi trường",
        section=make_section("Văn hóa - Xã hội"),
        lead="Chiều 14/5, hơn 500 người dân tham gia.",
        body="<p>Đoạn thân bài.</p><h2>Tiêu đề phụ</h2><p>Đoạn hai.</p>",
        byline="Minh Anh",
        # 14:11 UTC is 21:11 in Hanoi.
        published_at=datetime.datetime(2024, 5, 14, 14, 11, tzinfo=datetime.UTC),
    )


def test_time_is_local_24h_day_month_year_in_brackets(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    assert "(21:11 14/05/2024)" in html


def test_page_keeps_the_portal_order(client, article, settings):
    html = client.get(article.get_absolute_url()).content.decode()
    html = html[html.index('id="noi-dung"') :]
    landmarks = [
        'class="breadcrumb"',
        "Văn hóa - Xã hội",
        "<h1",
        "Quận tổ chức lễ ra quân",
        "(21:11 14/05/2024)",
        f"{settings.NEWSROOM_SITE_SHORT_NAME} - </strong>Chiều 14/5",
        "Đoạn thân bài.",
        "Minh Anh",
        "Các bài mới đăng",
        "Các bài đã đăng",
        ">Xem</button>",
        'id="binh-luan"',
    ]
    positions = [html.index(mark) for mark in landmarks]
    assert positions == sorted(positions)


def test_pages_are_utf8_html(client, article):
    for url in ["/", article.section.get_absolute_url(), article.get_absolute_url()]:
        response = client.get(url)
        assert response["Content-Type"] == "text/html; charset=utf-8", url
        assert '<meta charset="utf-8">' in response.content.decode("utf-8")


def test_every_page_has_title_and_canonical(client, article):
    for url in ["/", article.section.get_absolute_url(), article.get_absolute_url(), "/bai-da-dang/"]:
        html = client.get(url).content.decode()
        assert re.search(r"<title>[^<]+</title>", html), url
        assert '<link rel="canonical" href="http://testserver/' in html, url
    html = client.get(article.get_absolute_url() + "?utm_source=x").content.decode()
    assert f'<link rel="canonical" href="http://testserver{article.get_absolute_url()}">' in html


def test_body_keeps_headings_and_lead_is_plain_text(client):
    article = make_article(lead="Sapo <b>không</b> phải HTML", body="<p>A</p><h2>Mục</h2>")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Sapo &lt;b&gt;không&lt;/b&gt; phải HTML" in html
    assert "<h2>Mục</h2>" in html


def test_article_page_queries_do_not_grow_with_articles(client, django_assert_max_num_queries):
    section = make_section()
    start = datetime.datetime(2024, 1, 1, tzinfo=HCM)
    articles = [
        make_article(section=section, published_at=start + datetime.timedelta(hours=i)) for i in range(40)
    ]
    # article, its tags, sections, newer, older, related (by tags, then by
    # title words), approved comments, the documents it links (the documents
    # app's part, NEWSROOM_ARTICLE_PAGE_PARTS) and the two "Đọc nhiều" lists
    # (computed once a minute, not per page)
    with django_assert_max_num_queries(11):
        assert client.get(articles[20].get_absolute_url()).status_code == 200


def test_cover_photo_has_alt_caption_and_reserved_size(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from articles.management.commands._demo_images import make_picture

    article = make_article(cover_alt="Người dân trồng cây", cover_caption="Trồng cây đầu xuân")
    article.cover_image = SimpleUploadedFile("bia.jpg", make_picture(3, 640, 480), "image/jpeg")
    article.save()
    article.refresh_from_db()
    assert (article.cover_width, article.cover_height) == (640, 480)
    html = client.get(article.get_absolute_url()).content.decode()
    cover = html[html.index('class="article__cover"') : html.index("</figure>")]
    assert 'alt="Người dân trồng cây"' in cover
    width, height = map(int, re.search(r'<img[^>]* width="(\d+)" height="(\d+)"', cover).groups())
    assert width * 3 == height * 4, "the reserved box keeps the photo's shape"
    assert "<figcaption>Trồng cây đầu xuân</figcaption>" in cover
