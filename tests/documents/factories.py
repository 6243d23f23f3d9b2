"""Documents, kinds and uploads for the documents app's tests."""

import datetime
import itertools

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from documents import samples, workflow
from documents.models import Attachment, Document, Kind
from tests.factories import first_site

_sequence = itertools.count(1)


def make_kind(name="Kế hoạch", site=None):
    return Kind.objects.get_or_create(site=site or first_site(), name=name)[0]


def make_document(site=None, kind=None, file_lines=None, **fields):
    """A published document of `site` (the first portal), with a PDF of `file_lines` if given."""
    site = site or first_site()
    number = next(_sequence)
    fields.setdefault("number", f"{number}/KH-UBND")
    fields.setdefault("summary", f"Kế hoạch số {number} về công tác năm 2026")
    fields.setdefault("issuer", "Ủy ban nhân dân quận Hoàng Nam")
    fields.setdefault("signer", "Nguyễn Văn An")
    fields.setdefault("issued_on", timezone.localdate() - datetime.timedelta(days=number))
    fields.setdefault("status", Document.Status.PUBLISHED)
    document = Document.objects.create(site=site, kind=kind or make_kind(site=site), **fields)
    if file_lines:
        attach(document, samples.text_pdf(file_lines))
    return document


def attach(document, content, file_type="pdf", name="van-ban.pdf"):
    attachment = Attachment(document=document, name=name, file_type=file_type, size=len(content))
    workflow.read_upload(attachment, content)
    attachment.file.save(name, ContentFile(content), save=True)
    workflow.files_saved(document)
    return attachment


def open_draft(days=10, **fields):
    return make_document(consultation_ends_at=timezone.now() + datetime.timedelta(days=days), **fields)


def upload(content, name="van-ban.pdf"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def admin_post(kind, file, **values):
    """The admin's add form, filled in as an editor does, with one file."""
    data = {
        "site": kind.site_id,
        "kind": kind.pk,
        "number": "15/KH-UBND",
        "summary": "Kế hoạch sửa chữa đường tổ dân phố số 5",
        "issuer": "Ủy ban nhân dân quận Hoàng Nam",
        "signer": "Nguyễn Văn An",
        "issued_on": "2026-03-02",
        "effective_on": "2026-03-02",
        "expires_on": "",
        "field": "Giao thông",
        "status": "published",
        "consultation_ends_at_0": "",
        "consultation_ends_at_1": "",
        "attachments-TOTAL_FORMS": "1",
        "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0",
        "attachments-MAX_NUM_FORMS": "1000",
        "attachments-0-file": file,
        "attachments-0-name": "",
        "attachments-0-position": "0",
    }
    data.update(values)
    return data
