"""A scanned PDF (no text layer) is saved at once and found by its metadata;
its words are read by the OCR job (Tesseract), never in the request, and then
it is found by them too. Without Tesseract the admin says the text is not read."""

import os
import shutil

import pytest

from documents import samples
from documents.models import Attachment, Document
from tests.documents.factories import admin_post, make_kind, upload
from tests.factories import make_editor

pytestmark = pytest.mark.django_db(transaction=True)

ADD = "/quan-tri/documents/document/add/"
SCAN = ["QUYẾT ĐỊNH", "Công nhận tổ dân phố văn hóa", "Tổ dân phố Đồng Xuân đạt danh hiệu"]


@pytest.fixture
def tesseract():
    if not (shutil.which("tesseract") and shutil.which("pdftoppm")):
        if os.environ.get("CI"):
            pytest.fail("tesseract-ocr(-vie) and poppler-utils must be installed in CI")
        pytest.skip("tesseract or pdftoppm not installed (apt-get install tesseract-ocr-vie poppler-utils)")


def found(client, query):
    return "120/QĐ-UBND" in client.get("/van-ban/", {"q": query}).content.decode().replace(
        "<mark>", ""
    ).replace("</mark>", "")


@pytest.fixture
def queue():
    """The job queue, kept in memory for the test instead of run at once."""
    from huey.contrib.djhuey import HUEY
    from huey.storage import MemoryStorage

    HUEY.immediate = False  # (this makes the configured storage again: replaced next)
    HUEY.storage = MemoryStorage(HUEY.name)
    yield HUEY
    HUEY.immediate = True  # memory again; the suite's fixture puts the rest back


def test_a_scan_becomes_searchable_once_its_job_has_run(client, settings, tmp_path, tesseract, queue):
    settings.MEDIA_ROOT = tmp_path
    editor = make_editor()
    client.force_login(editor)
    post = admin_post(make_kind("Quyết định"), upload(samples.scanned_pdf(SCAN)), number="120/QĐ-UBND")
    assert client.post(ADD, post).status_code == 302
    attachment = Attachment.objects.get()
    assert attachment.text_state == "waiting"
    page = client.get(f"/quan-tri/documents/document/{attachment.document_id}/change/").content.decode()
    assert "đang chờ nhận dạng chữ (OCR)" in page
    client.logout()
    assert found(client, "120/QĐ-UBND") and not found(client, "Đồng Xuân")
    # A worker takes the job from the queue and runs it.
    assert queue.pending_count() == 1
    queue.execute(queue.dequeue())
    assert Attachment.objects.get().text_state == "read"
    assert found(client, "Đồng Xuân") and found(client, "dong xuan danh hieu")


def test_without_tesseract_the_scan_is_kept_and_the_admin_says_its_text_is_not_read(
    client, settings, tmp_path, monkeypatch
):
    settings.MEDIA_ROOT = tmp_path
    monkeypatch.setattr(shutil, "which", lambda name: None)
    client.force_login(make_editor())
    post = admin_post(make_kind("Quyết định"), upload(samples.scanned_pdf(SCAN)), number="120/QĐ-UBND")
    response = client.post(ADD, post, follow=True)
    assert "Chưa đọc được chữ trong tệp quét" in response.content.decode()
    document = Document.objects.get()
    assert document.attachments.get().text_state == "not_read"
    page = client.get(f"/quan-tri/documents/document/{document.pk}/change/").content.decode()
    assert "Chưa đọc được chữ trong tệp" in page
    client.logout()
    assert found(client, "120/QĐ-UBND") and found(client, "sua chua duong")


def test_jobs_are_queued_not_run_in_the_request_even_in_debug(settings):
    """djhuey runs jobs at once when DEBUG is on unless told otherwise: the
    settings tell it, so `make run` (DEBUG on) queues them for its worker."""
    assert settings.HUEY["immediate"] is False
    assert settings.HUEY["huey_class"] == ("huey.RedisHuey" if settings.REDIS_URL else "huey.SqliteHuey")
