"""The documents' workflow: who may do what (editors add and publish,
journalists draft), reading the words of attached files (OCR in a background
job, documents/tasks.py), and the public's opinions on an open draft, which
come in through the comment form's gate (captcha, "too fast", flood,
duplicates, block list: comments/moderation.py) and wait for the agency,
never shown to readers.

Rights are per portal (newsroom/roles.py); the admin only calls these
functions. Every change readers see goes through the freshness rule
(Document.save() calls articles/freshness.py's content_changed())."""

import datetime
import logging

from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.freshness import content_changed
from comments.conf import setting as comment_setting
from comments.moderation import (
    Duplicate,
    Flooded,
    blocked_reason,
    listed_words,
    lock_for_post,
    spend_captcha_then,
    wait_for_flood,
)
from comments.notify import notify_moderators
from documents import tasks, text
from documents.models import Attachment, Document, DocumentRevision, Kind, Opinion
from newsroom.portals import portal

logger = logging.getLogger("newsroom.documents")


# Rights ---------------------------------------------------------------------


def can_publish(user, site=None):
    """Editors publish documents on their portals; journalists only draft them."""
    return user.is_active and user.has_perm("documents.publish_document", site)


def check_form_save(document, user, changed_fields):
    """Refuse a save from the document form that publishes (or changes a
    published document) when `user` may not publish on its portal."""
    site = portal(document.site_id)
    if document.status == Document.Status.PUBLISHED and not can_publish(user, site):
        raise PermissionDenied(_("Chỉ biên tập viên được công bố văn bản."))


def can_see_revisions(user, document):
    """Those who see documents on the document's portal read its revisions."""
    return user.is_active and user.has_perm("documents.view_documentrevision", portal(document.site_id))


def can_restore(user, document):
    """Restoring a revision is the editors' act, on their own portal."""
    return can_publish(user, portal(document.site_id))


# Revisions ------------------------------------------------------------------


# What a revision keeps of the document as it is, and restores.
KEPT_FIELDS = [
    "number",
    "summary",
    "issuer",
    "signer",
    "issued_on",
    "effective_on",
    "expires_on",
    "field",
    "consultation_ends_at",
]


def save_revision(document, user):
    """Keep a copy of what readers read of the document as it now stands."""
    return DocumentRevision.objects.create(
        document=document,
        **{name: getattr(document, name) for name in KEPT_FIELDS},
        kind_name=document.kind.name,
        status=document.status,
        file_names="\n".join(str(attachment) for attachment in document.attachments.all()),
        created_by=user,
    )


@transaction.atomic
def restore_revision(revision, user):
    """Put an earlier version's fields back (not its status, nor its files:
    publishing and files are changed in the form); the restore becomes the
    newest revision. Returns it, and the kind's name when no kind of that
    name is left on the portal (the current kind is kept)."""
    document = revision.document
    if not can_restore(user, document):
        raise PermissionDenied(_("Chỉ biên tập viên của cổng được khôi phục phiên bản văn bản."))
    kind = Kind.objects.filter(site_id=document.site_id, name=revision.kind_name).first()
    document.kind = kind or document.kind
    for name in KEPT_FIELDS:
        setattr(document, name, getattr(revision, name))
    document.save()
    return save_revision(document, user), None if kind else revision.kind_name


# The words inside the files -----------------------------------------------


def read_upload(attachment, data):
    """Fill `attachment`'s words from its content `data` (not yet saved): the
    text layer or XML now; a scan is marked to be read by the OCR job, or as
    not read where this machine has no Tesseract."""
    try:
        attachment.text = text.read_text(data, attachment.file_type)
        attachment.text_state = (
            Attachment.TextState.READ if attachment.text else Attachment.TextState.NOT_READ
        )
    except text.NeedsOcr:
        attachment.text = ""
        attachment.text_state = (
            Attachment.TextState.WAITING if text.ocr_available() else Attachment.TextState.NOT_READ
        )


def files_saved(document):
    """After the document's files were saved: its search reads their words,
    and every scan waiting for OCR goes to the job queue once committed."""
    document.files_changed()
    waiting = list(
        document.attachments.filter(text_state=Attachment.TextState.WAITING).values_list("pk", flat=True)
    )
    if waiting:
        transaction.on_commit(lambda: [tasks.read_scan(pk) for pk in waiting])


def read_again(attachments):
    """Queue the scans not read yet (Tesseract installed since); returns how many."""
    if not text.ocr_available():
        return 0
    pks = list(
        attachments.filter(text_state=Attachment.TextState.NOT_READ, file_type="pdf").values_list(
            "pk", flat=True
        )
    )
    Attachment.objects.filter(pk__in=pks).update(text_state=Attachment.TextState.WAITING)
    transaction.on_commit(lambda: [tasks.read_scan(pk) for pk in pks])
    return len(pks)


def read_scan(attachment_pk):
    """The OCR job's work: read a waiting scan's words with Tesseract, then
    let the search find them. Tools failing raise, for the queue to retry."""
    attachment = Attachment.objects.select_related("document").filter(pk=attachment_pk).first()
    if attachment is None or attachment.text_state != Attachment.TextState.WAITING:
        return
    if not text.ocr_available():
        Attachment.objects.filter(pk=attachment.pk).update(text_state=Attachment.TextState.NOT_READ)
        return
    with attachment.file.open("rb") as source:
        data = source.read()
    words = text.ocr_pdf(data)
    with transaction.atomic():
        Attachment.objects.filter(pk=attachment.pk).update(
            text=words, text_state=Attachment.TextState.READ if words else Attachment.TextState.NONE
        )
        attachment.document.files_changed()


# Opinions on drafts ---------------------------------------------------------


class ConsultationClosed(Exception):
    """The draft takes no more opinions: its time is up."""


class DuplicateOpinion(Duplicate):
    """The same address already sent this opinion on this draft."""


def _store(document, data, *, ip, user_agent, now):
    lock_for_post(f"ip:{document.site_id}:{ip}", f"opinion:{document.pk}:{data['body']}")
    # Checked again under the lock: the deadline is the moment of storing.
    if not document.is_open_for_opinions(now):
        raise ConsultationClosed()
    wait = wait_for_flood(Opinion.objects.from_ip(ip), now)
    if wait:
        raise Flooded(wait)
    since = now - datetime.timedelta(seconds=comment_setting("DUPLICATE_WINDOW"))
    if document.opinions.from_ip(ip).filter(body=data["body"], received_at__gt=since).exists():
        raise DuplicateOpinion(document.pk)
    blocked, _watched = listed_words("\n".join([data["name"], data["title"], data["body"]]))
    opinion = Opinion(
        document=document,
        name=data["name"],
        phone=data["phone"],
        title=data["title"],
        body=data["body"],
        ip_address=ip or None,
        user_agent=user_agent[:300],
        received_at=now,
    )
    if blocked:
        opinion.status = Opinion.Status.REJECTED
        opinion.rejection_reason = blocked_reason(
            blocked, Opinion._meta.get_field("rejection_reason").max_length
        )
    opinion.save()
    if not blocked:
        # The page's count of opinions received changes: a change readers see.
        Document.objects.filter(pk=document.pk).update(
            opinion_count=F("opinion_count") + 1, public_changed_at=now
        )
        content_changed(document.site_id)
    return opinion


def submit_opinion(document, data, *, ip, user_agent, shown_at, now=None, queue_url=""):
    """Spend the captcha and store a reader's opinion on an open draft, for
    the agency alone, unless a rule stops it.

    Returns the stored opinion, or None when the honeypot was filled. Raises
    ConsultationClosed after the deadline (nothing stored, the captcha
    untouched), the comment form's WrongCaptcha, TooFast and Flooded, and
    DuplicateOpinion. Mails the moderators (the comments' throttle)."""
    now = now or timezone.now()
    if not document.is_open_for_opinions(now):
        raise ConsultationClosed()
    opinion = spend_captcha_then(
        data,
        lambda: _store(document, data, ip=ip, user_agent=user_agent, now=now),
        shown_at=shown_at,
        now=now,
    )
    if opinion is not None and opinion.status == Opinion.Status.NEW:
        try:
            notify_moderators(document.site_id, now=now, queue_url=queue_url)
        except (OSError, DatabaseError):
            logger.warning("Could not tell the moderators about opinion %s", opinion.pk, exc_info=True)
    return opinion
