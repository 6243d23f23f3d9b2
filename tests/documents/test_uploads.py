"""Files are checked by their content: a fake PDF (a web page, a program), an
SVG, a script, a ZIP bomb are refused with a Vietnamese answer and nothing is
stored."""

import io
import zipfile

import pytest

from documents import samples
from documents.models import Attachment, Document
from tests.documents.factories import admin_post, make_kind, upload
from tests.factories import make_editor

pytestmark = pytest.mark.django_db

ADD = "/quan-tri/documents/document/add/"


def zip_bomb():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"0" * (50 * 1024 * 1024))
    return out.getvalue()


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"<!DOCTYPE html><html><script>alert(1)</script></html>", "ke-hoach.pdf", "trang web"),
        (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "so-do.pdf", "SVG"),
        (b"MZ\x90\x00\x03" + b"\x00" * 200, "quyet-dinh.pdf", "chương trình"),
        (b"#!/bin/sh\nrm -rf /\n", "thong-bao.docx", "mã lệnh"),
        (b"%PDF-1.4\nkhong phai pdf that", "hong.pdf", "PDF bị hỏng"),
        (b"chi la chu thuong", "ghi-chu.pdf", "Không nhận ra định dạng"),
    ],
)
def test_a_file_that_is_not_a_document_is_refused_and_nothing_is_stored(
    client, settings, tmp_path, content, name, message
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(make_editor())
    response = client.post(ADD, admin_post(make_kind(), upload(content, name)))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Document.objects.count() == 0 and Attachment.objects.count() == 0
    assert list(tmp_path.rglob("*.*")) == []


def test_a_zip_bomb_is_refused_before_it_is_unpacked(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(make_editor())
    response = client.post(ADD, admin_post(make_kind(), upload(zip_bomb(), "bao-cao.docx")))
    assert "Tệp nén bất thường" in response.content.decode()
    assert Document.objects.count() == 0 and list(tmp_path.rglob("*.*")) == []


def test_a_file_over_the_size_limit_is_refused(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.DOCUMENTS_MAX_FILE_BYTES = 1024 * 1024
    client.force_login(make_editor())
    response = client.post(ADD, admin_post(make_kind(), upload(b"%PDF-1.4\n" + b"0" * 1024 * 1024)))
    assert "Tệp quá lớn (tối đa 1 MB)." in response.content.decode()
    assert Document.objects.count() == 0


def test_a_file_given_no_name_is_listed_by_the_name_it_was_uploaded_with(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(make_editor())
    pdf = samples.text_pdf(["Lát lại vỉa hè"])
    response = client.post(ADD, admin_post(make_kind(), upload(pdf, "ke-hoach-via-he.pdf")))
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    assert str(attachment) == "ke-hoach-via-he.pdf"
    assert "ke-hoach-via-he.pdf" in client.get(Document.objects.get().get_absolute_url()).content.decode()
