"""seed_demo_documents: a dozen documents of several kinds on every portal,
with real files (one a scan, read by the OCR job), and one open draft with
opinions; safe to run again."""

import pytest
from django.core.management import call_command

from documents.models import Attachment, Document, Opinion
from tests.factories import first_site

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_dozen_documents_a_scan_and_an_open_draft(settings, tmp_path, monkeypatch):
    settings.MEDIA_ROOT = tmp_path
    first_site()
    # Without Tesseract here: the scan is kept, its text marked as not read.
    monkeypatch.setattr("documents.text.ocr_available", lambda: False)
    call_command("seed_demo_documents")
    documents = Document.objects.for_site(first_site())
    assert documents.count() == 12
    assert documents.values("kind").distinct().count() >= 5
    assert Attachment.objects.filter(file_type="pdf", text_state="not_read").count() == 1
    assert Attachment.objects.filter(text_state="read").count() == 11
    drafts = list(documents.open_for_opinions())
    assert (
        len(drafts) == 1
        and drafts[0].opinion_count == Opinion.objects.filter(document=drafts[0]).count() == 2
    )
    call_command("seed_demo_documents")
    assert documents.count() == 12
