"""Opinions on a draft: the comment form's five labels and rules; an opinion
waits in its own queue and is never public; after the deadline the form is
gone and a post keeps nothing."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from comments.forms import CommentForm
from documents.models import Opinion
from tests.documents.factories import open_draft
from tests.factories import comment_data, make_moderator

pytestmark = pytest.mark.django_db

LABELS = ["Họ tên (*)", "Số điện thoại", "Tiêu đề (*)", "Nội dung (*)", "Mã xác nhận"]


def labels(html):
    return [
        re.sub(r"<[^>]+>", "", label).strip()
        for label in re.findall(r"<label[^>]*>(.*?)</label>", html, re.S)
    ]


def opinion_data(**values):
    return comment_data(title="Giữ chỗ để xe", body="Xin chừa chỗ để xe máy cho các hộ kinh doanh.", **values)


@pytest.mark.parametrize("where", ["detail", "opinion"])
def test_the_opinion_form_has_the_comment_forms_five_labels(client, where):
    draft = open_draft()
    url = draft.get_absolute_url() if where == "detail" else f"/van-ban/{draft.pk}/gop-y/"
    found = labels(client.get(url).content.decode())
    shown = [next(label for label in found if label.startswith(want)) for want in LABELS]
    assert shown == [label for label in found if label in shown]
    assert set(shown) <= {str(field.label) for field in CommentForm.base_fields.values()}


def test_an_opinion_waits_in_the_queue_and_is_never_public(client):
    draft = open_draft()
    make_moderator(email="kiemduyet@example.vn")
    response = client.post(f"/van-ban/{draft.pk}/gop-y/", opinion_data(), follow=True)
    assert response.redirect_chain == [(draft.get_absolute_url() + "#gop-y", 302)]
    html = response.content.decode()
    assert "Ý kiến của bạn đã được gửi" in html
    opinion = Opinion.objects.get()
    assert (opinion.status, opinion.name, opinion.phone) == ("new", "Nguyễn Văn Hùng", "+84912345678")
    page = client.get(draft.get_absolute_url()).content.decode()
    assert "Đã nhận 1 ý kiến góp ý." in page
    assert "Giữ chỗ để xe" not in page and "chừa chỗ" not in page and "Nguyễn Văn Hùng" not in page
    assert "Lấy ý kiến dự thảo: 1 ý kiến đang chờ xem xét." in mail.outbox[0].body


def test_the_opinions_have_a_queue_of_their_own(client):
    draft = open_draft()
    Opinion.objects.create(document=draft, name="Hà", title="Chọn loại cây", body="Cây ít rụng lá.")
    client.force_login(make_moderator())
    queue = client.get("/quan-tri/documents/opinion/").content.decode()
    assert "Chọn loại cây" in queue
    assert "Chọn loại cây" not in client.get("/quan-tri/comments/comment/").content.decode()


def test_a_wrong_captcha_stores_nothing(client):
    draft = open_draft()
    response = client.post(f"/van-ban/{draft.pk}/gop-y/", opinion_data(captcha="zzzz"))
    assert response.status_code == 400
    assert "Mã xác nhận không đúng hoặc đã hết hạn" in response.content.decode()
    assert Opinion.objects.count() == 0


def test_after_the_deadline_the_form_is_gone_and_a_post_keeps_nothing(client, time_machine):
    draft = open_draft(days=1)
    time_machine.move_to(timezone.now() + datetime.timedelta(days=1, minutes=1))
    page = client.get(draft.get_absolute_url()).content.decode()
    assert "Đã hết hạn lấy ý kiến" in page and "Họ tên (*)" not in page
    response = client.post(f"/van-ban/{draft.pk}/gop-y/", opinion_data())
    assert response.status_code == 403
    assert "Đã hết hạn lấy ý kiến" in response.content.decode()
    assert Opinion.objects.count() == 0


def test_a_document_that_is_no_draft_takes_no_opinion(client):
    from tests.documents.factories import make_document

    document = make_document()
    assert client.post(f"/van-ban/{document.pk}/gop-y/", opinion_data()).status_code == 404
    assert Opinion.objects.count() == 0


def test_the_summary_report_is_linked_from_the_draft(client):
    from tests.documents.factories import make_document

    report = make_document(number="12/BC-UBND", summary="Báo cáo tiếp thu, giải trình ý kiến")
    draft = open_draft(days=-1, consultation_report=report)
    page = client.get(draft.get_absolute_url()).content.decode()
    assert "Báo cáo tiếp thu, giải trình:" in page and f'href="{report.get_absolute_url()}"' in page
