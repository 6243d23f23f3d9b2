"""A document saved in the admin with its PDF is listed, found by its
metadata and by the words only in its file (accents or not), and its file
downloads with the right headers."""

import re

import pytest

from documents import samples
from documents.models import Document
from tests.documents.factories import admin_post, make_document, make_kind, upload
from tests.factories import make_editor, make_journalist

pytestmark = pytest.mark.django_db

ADD = "/quan-tri/documents/document/add/"
LABELS = [
    "Loại văn bản",
    "Số ký hiệu",
    "Trích yếu",
    "Cơ quan ban hành",
    "Người ký",
    "Ngày ban hành",
    "Ngày hiệu lực",
    "Lĩnh vực",
    "Tệp đính kèm",
]


def numbers(response):
    found = re.findall(r'<td><a href="/van-ban/\d+/">(.*?)</a>', response.content.decode())
    return [re.sub(r"<[^>]+>", "", number) for number in found]


def test_the_add_form_carries_the_contracts_labels(client):
    client.force_login(make_editor())
    html = client.get(ADD).content.decode()
    for label in LABELS:
        assert label in html


def test_a_document_saved_in_the_admin_is_listed_found_and_downloads(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    kind = make_kind()
    client.force_login(make_editor())
    pdf = samples.text_pdf(["Lát lại vỉa hè bằng gạch bê tông", "Tổ dân phố số 5"])
    response = client.post(ADD, admin_post(kind, upload(pdf)))
    assert response.status_code == 302, response.content.decode()[:3000]
    document = Document.objects.get()
    assert document.attachments.get().text_state == "read"
    client.logout()
    assert numbers(client.get("/van-ban/")) == ["15/KH-UBND"]
    # By metadata: number, summary, issuer, signer.
    for query in ["15/KH-UBND", "sửa chữa đường", "sua chua duong", "Hoàng Nam", "Nguyễn Văn An"]:
        assert numbers(client.get("/van-ban/", {"q": query})) == ["15/KH-UBND"], query
    # By words found only inside the file, with or without accents.
    for query in ["bê tông", "be tong", "gạch"]:
        assert numbers(client.get("/van-ban/", {"q": query})) == ["15/KH-UBND"], query
    assert numbers(client.get("/van-ban/", {"q": "khong co tu nay"})) == []
    page = client.get(document.get_absolute_url()).content.decode()
    assert "Tệp đính kèm" in page and "PDF" in page
    attachment = document.attachments.get()
    download = client.get(attachment.get_absolute_url())
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("inline")
    assert download["X-Content-Type-Options"] == "nosniff"
    assert b"".join(download.streaming_content) == pdf


def test_a_word_file_downloads_as_an_attachment(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    from tests.documents.factories import attach

    document = make_document()
    attachment = attach(document, samples.docx(["Quy chế phối hợp liên ngành"]), "docx", "quy-che.docx")
    assert numbers(client.get("/van-ban/", {"q": "phoi hop lien nganh"})) == [document.number]
    download = client.get(attachment.get_absolute_url())
    assert download["Content-Disposition"].startswith('attachment; filename="quy-che.docx"')
    assert download["X-Content-Type-Options"] == "nosniff"


def test_exact_spellings_come_first():
    folded = make_document(summary="Kế hoạch về ca múa nhạc")
    exact = make_document(summary="Kế hoạch về cá mua nhạc")
    found = list(Document.objects.published(exact.site).search("cá mua"))
    assert found[0] == exact and folded in found


def test_the_list_is_newest_first_with_filters(client):
    older = make_document(number="1/TB-UBND", issued_on="2025-05-01", field="Y tế")
    newer = make_document(number="2/QĐ-UBND", issued_on="2026-05-01", kind=make_kind("Quyết định"))
    assert numbers(client.get("/van-ban/")) == [newer.number, older.number]
    assert numbers(client.get("/van-ban/", {"nam": "2025"})) == [older.number]
    assert numbers(client.get("/van-ban/", {"loai": newer.kind.slug})) == [newer.number]
    assert numbers(client.get("/van-ban/", {"linh-vuc": "Y tế"})) == [older.number]


def test_journalists_draft_but_do_not_publish(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    kind = make_kind()
    client.force_login(make_journalist())
    pdf = samples.text_pdf(["Nội dung dự thảo kế hoạch của phóng viên nhập"])
    response = client.post(ADD, admin_post(kind, upload(pdf), status="published"))
    assert response.status_code == 200 and Document.objects.count() == 0
    response = client.post(ADD, admin_post(kind, upload(pdf), status="draft"))
    assert response.status_code == 302
    assert Document.objects.get().status == "draft"
    assert numbers(client.get("/van-ban/")) == []


def test_drafts_and_other_portals_documents_have_no_public_page(client):
    draft = make_document(status=Document.Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_a_kind_of_another_portal_is_refused(client, settings, tmp_path):
    from tests.factories import make_site

    settings.MEDIA_ROOT = tmp_path
    from django.contrib.auth import get_user_model

    # A superuser is offered every portal's kinds: the form checks they match.
    client.force_login(get_user_model().objects.create_superuser("quantri", "qt@example.vn", "x"))
    other_kind = make_kind("Quyết định", site=make_site())
    post = admin_post(make_kind(), upload(samples.text_pdf(["Nội dung văn bản mẫu để thử"])))
    post["kind"] = other_kind.pk
    response = client.post(ADD, post)
    assert "Loại văn bản này thuộc cổng khác" in response.content.decode()
    assert Document.objects.count() == 0
