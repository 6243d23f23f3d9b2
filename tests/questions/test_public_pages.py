"""What readers see of questions: published ones only, newest answer first, by
field and by words; the asker's phone and email nowhere; each portal its own."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from questions.models import Field
from tests.factories import make_editor, make_site
from tests.questions.factories import make_department, make_field, make_question, publish_question

pytestmark = pytest.mark.django_db

PHONE, EMAIL = "+84987654321", "rieng.tu@example.vn"


@pytest.fixture
def published(db):
    question = make_question(
        title="Hồ sơ đăng ký hộ kinh doanh",
        body="Tôi muốn mở quán cà phê, cần những giấy tờ gì?",
        phone=PHONE,
        email=EMAIL,
        name="Lê Văn Phúc",
        field=make_field("Kinh tế"),
    )
    return publish_question(question, answer="Ông mang căn cước và hợp đồng thuê nhà đến bộ phận một cửa.")


def public_urls(question):
    return [
        "/hoi-dap/",
        question.get_absolute_url(),
        "/hoi-dap/?q=ho+kinh+doanh",
        f"/hoi-dap/?linh-vuc={question.field.slug}",
        f"/hoi-dap/tra-cuu/?ma={question.reference}",
        "/sitemap-hoi-dap.xml",
        "/sitemap.xml",
        "/rss/",
        "/tim-kiem/?q=kinh+doanh",
    ]


def test_the_askers_phone_and_email_are_never_public(client, published):
    for url in public_urls(published):
        html = client.get(url).content.decode()
        for secret in (PHONE, PHONE[3:], "0987654321", EMAIL, "rieng.tu"):
            assert secret not in html, (url, secret)


def test_the_question_page_tells_search_engines_question_and_answer(client, published):
    import json
    import re

    html = client.get(published.get_absolute_url()).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "QAPage"
    assert data["mainEntity"]["name"] == "Hồ sơ đăng ký hộ kinh doanh"
    assert data["mainEntity"]["acceptedAnswer"]["text"].startswith("Ông mang căn cước")
    assert PHONE not in json.dumps(data) and EMAIL not in json.dumps(data)


def test_the_question_page_shows_question_answer_department_and_time(client, published):
    html = client.get(published.get_absolute_url()).content.decode()
    assert "Hồ sơ đăng ký hộ kinh doanh" in html
    assert "Tôi muốn mở quán cà phê" in html
    assert "Ông mang căn cước" in html
    assert "Phòng Tài nguyên và Môi trường" in html
    answered = timezone.localtime(published.answered_at).strftime("%d/%m/%Y")
    assert answered in html
    assert "Câu trả lời có hữu ích không?" in html


def test_newest_answer_first_and_filter_by_field(client):
    field = make_field("Giáo dục")
    older = publish_question(make_question(title="Câu hỏi cũ về trường học", field=field))
    newer = publish_question(make_question(title="Câu hỏi mới về học phí"))
    type(older).objects.filter(pk=older.pk).update(answered_at=timezone.now() - datetime.timedelta(days=3))
    html = client.get("/hoi-dap/").content.decode()
    assert html.index(newer.title) < html.index(older.title)
    filtered = client.get(f"/hoi-dap/?linh-vuc={field.slug}").content.decode()
    assert older.title in filtered and newer.title not in filtered


def test_search_follows_the_articles_rules_accents_ignored_exact_title_first(client):
    in_body = publish_question(
        make_question(title="Giờ làm việc", body="Có làm thủ tục đất đai vào thứ Bảy?")
    )
    in_title = publish_question(make_question(title="Thủ tục đất đai cho người ở xa"))
    html = client.get("/hoi-dap/?q=dat+dai").content.decode()
    first, second = in_title.get_absolute_url(), in_body.get_absolute_url()
    assert first in html and second in html
    assert html.index(f'href="{first}"') < html.index(f'href="{second}"')
    # The matching words are marked, accents or not.
    assert "<mark>đất</mark> <mark>đai</mark>" in html
    assert "Không tìm thấy" in client.get("/hoi-dap/?q=dat+daii").content.decode()


def test_the_search_finds_words_of_the_answer(client):
    publish_question(
        make_question(title="Đăng ký tạm trú"), answer="Công an phường tiếp nhận qua cổng dịch vụ công."
    )
    assert "Đăng ký tạm trú" in client.get("/hoi-dap/?q=dich+vu+cong").content.decode()


def test_each_portal_shows_only_its_own(client, published):
    ward = make_site()
    theirs = publish_question(
        make_question(site=ward, title="Câu hỏi của phường bên cạnh"), department=make_department(site=ward)
    )
    here = client.get("/hoi-dap/").content.decode()
    assert published.title in here and theirs.title not in here
    assert client.get(theirs.get_absolute_url()).status_code == 404
    assert "Không tìm thấy câu hỏi" in client.get(f"/hoi-dap/tra-cuu/?ma={theirs.reference}").content.decode()
    assert theirs.get_absolute_url() not in client.get("/sitemap-hoi-dap.xml").content.decode()
    there = Client(HTTP_HOST=ward.domain)
    ward_page = there.get("/hoi-dap/").content.decode()
    assert theirs.title in ward_page and published.title not in ward_page
    assert there.get(published.get_absolute_url()).status_code == 404


def test_published_questions_are_in_the_sitemap(client, published):
    unpublished = make_question(title="Chưa trả lời")
    assert "sitemap-hoi-dap.xml" in client.get("/sitemap.xml").content.decode()
    sitemap = client.get("/sitemap-hoi-dap.xml").content.decode()
    assert published.get_absolute_url() in sitemap
    assert unpublished.get_absolute_url() not in sitemap


def test_the_site_search_shows_matching_questions_of_the_portal_only(client, published):
    ward = make_site()
    publish_question(
        make_question(site=ward, title="Hộ kinh doanh ở phường khác"), department=make_department(site=ward)
    )
    make_question(title="Hộ kinh doanh chưa trả lời")
    html = client.get("/tim-kiem/?q=ho+kinh+doanh").content.decode()
    assert published.get_absolute_url() in html
    assert "phường khác" not in html and "chưa trả lời" not in html
    assert "Hỏi đáp" in html


def test_the_site_search_shows_five_questions_and_links_to_the_rest(client):
    for number in range(6):
        publish_question(make_question(title=f"Học phí năm học số {number}"))
    html = client.get("/tim-kiem/?q=hoc+phi").content.decode()
    assert html.count('class="question-card"') == 5
    assert 'href="/hoi-dap/?q=hoc+phi"' in html


def test_fields_and_departments_changed_in_the_admin_show_on_cached_pages(client, published):
    staff = Client()
    staff.force_login(make_editor())
    url = published.get_absolute_url()
    assert "Phòng Tài nguyên và Môi trường" in client.get(url).content.decode()
    assert "Văn hóa" not in client.get("/hoi-dap/").content.decode()
    department = published.answered_by
    changed = staff.post(
        f"/quan-tri/questions/department/{department.pk}/change/", {"name": "Phòng Nông nghiệp và Môi trường"}
    )
    assert changed.status_code == 302
    assert "Phòng Nông nghiệp và Môi trường" in client.get(url).content.decode()
    added = staff.post(
        "/quan-tri/questions/field/add/",
        {"site": published.site_id, "name": "Văn hóa", "slug": "van-hoa", "position": 1},
    )
    assert added.status_code == 302
    assert "Văn hóa" in client.get("/hoi-dap/").content.decode()
    field = Field.objects.get(slug="van-hoa")
    assert staff.post(f"/quan-tri/questions/field/{field.pk}/delete/", {"post": "yes"}).status_code == 302
    assert "Văn hóa" not in client.get("/hoi-dap/").content.decode()


@pytest.mark.parametrize("how", ["one", "in bulk"])
def test_a_deleted_question_leaves_the_list_at_once(client, how):
    """Not the newest one: with the token in Redis or read from the database."""
    older = publish_question(make_question(title="Câu hỏi sẽ bị xoá"))
    publish_question(make_question(title="Câu hỏi mới hơn"))
    assert "Câu hỏi sẽ bị xoá" in client.get("/hoi-dap/").content.decode()
    if how == "one":
        older.delete()
    else:
        type(older).objects.filter(pk=older.pk).delete()
    assert "Câu hỏi sẽ bị xoá" not in client.get("/hoi-dap/").content.decode()


def test_a_question_waiting_for_moderation_leaves_cached_pages_as_they_were(client):
    """A citizen's new question is not public: the portal's pages stay valid (304)."""
    publish_question(make_question(title="Câu hỏi đã có trả lời"))
    cached = {url: client.get(url)["ETag"] for url in ("/", "/hoi-dap/")}
    make_question(title="Câu hỏi đang chờ duyệt")
    for url, etag in cached.items():
        assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304, url
    assert "Câu hỏi đang chờ duyệt" not in client.get("/hoi-dap/").content.decode()
