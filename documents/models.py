"""The agency's documents (văn bản), their attached files with the words read
from them, the kinds they are filed under, and the public's opinions on drafts."""

import os
import secrets

from django.conf import settings
from django.contrib.sites.models import Site
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from articles.freshness import content_changed
from articles.models import PortalQuerySet, Revision
from articles.search import SEARCH_COLUMNS, SearchQuerySet, word_columns
from documents.files import TYPE_LABELS
from newsroom.models import FIRST_PORTAL_ID
from newsroom.vietnamese import nfc, vietnamese_slugify, words


class KindQuerySet(PortalQuerySet):
    pass


class Kind(models.Model):
    """A kind of document (Quyết định, Kế hoạch, Thông báo, …), per portal,
    kept by its editors. Every change is a change readers see (the lists and
    pages name the kind): `updated_at` is in the content token
    (NEWSROOM_CONTENT_SOURCES)."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, default=FIRST_PORTAL_ID, verbose_name=_("cổng"))
    name = models.CharField(_("tên loại văn bản"), max_length=100)
    slug = models.SlugField(_("đường dẫn"), max_length=120, blank=True)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    updated_at = models.DateTimeField(auto_now=True, editable=False)

    objects = KindQuerySet.as_manager()

    class Meta:
        ordering = ["site_id", "position", "name"]
        verbose_name = _("loại văn bản")
        verbose_name_plural = _("loại văn bản")
        constraints = [models.UniqueConstraint(fields=["site", "slug"], name="document_kind_slug_per_portal")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        self.slug = self.slug or vietnamese_slugify(self.name) or "loai"
        super().save(*args, **kwargs)
        content_changed(self.site_id)


class DocumentQuerySet(PortalQuerySet, SearchQuerySet):
    # The search (articles/search.py) reads word indexes of the documents' own
    # (migration 0003): an FTS5 table on SQLite, word arrays on PostgreSQL.
    search_fts_table = "document_search"
    search_order = ("-issued_on", "-pk")

    def published(self, site):
        """The one visibility rule of documents: published on the portal `site`."""
        return self.for_site(site).filter(status=Document.Status.PUBLISHED)

    def newest_first(self):
        return self.order_by("-issued_on", "-pk")

    def for_listing(self):
        return self.select_related("kind").defer(*SEARCH_COLUMNS)

    def drafts_for_opinions(self):
        """Drafts put out for the public's opinions, open or closed."""
        return self.filter(consultation_ends_at__isnull=False)

    def open_for_opinions(self, now=None):
        return self.filter(consultation_ends_at__gt=now or timezone.now())

    def issue_years(self):
        """The years from the newest document's back to the oldest's: two
        index reads, where a distinct year would be worked out on every row."""
        span = self.aggregate(first=models.Min("issued_on"), last=models.Max("issued_on"))
        if span["first"] is None:
            return []
        return list(range(span["last"].year, span["first"].year - 1, -1))


class Document(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Bản nháp")
        PUBLISHED = "published", _("Đã công bố")

    site = models.ForeignKey(Site, on_delete=models.CASCADE, default=FIRST_PORTAL_ID, verbose_name=_("cổng"))
    kind = models.ForeignKey(
        Kind, on_delete=models.PROTECT, related_name="documents", verbose_name=_("Loại văn bản")
    )
    number = models.CharField(_("Số ký hiệu"), max_length=60, help_text=_("Ví dụ: 15/KH-UBND"))
    summary = models.TextField(_("Trích yếu"), max_length=1000)
    issuer = models.CharField(_("Cơ quan ban hành"), max_length=200)
    signer = models.CharField(_("Người ký"), max_length=120, blank=True)
    issued_on = models.DateField(_("Ngày ban hành"))
    effective_on = models.DateField(_("Ngày hiệu lực"), null=True, blank=True)
    expires_on = models.DateField(_("Ngày hết hiệu lực"), null=True, blank=True)
    field = models.CharField(_("Lĩnh vực"), max_length=120, blank=True)
    status = models.CharField(_("trạng thái"), max_length=16, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(_("công bố lúc"), null=True, blank=True, editable=False)
    consultation_ends_at = models.DateTimeField(
        _("Hết hạn lấy ý kiến"),
        null=True,
        blank=True,
        help_text=_("Chỉ điền khi văn bản là dự thảo lấy ý kiến: ngày giờ không nhận thêm ý kiến."),
    )
    consultation_report = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reported_drafts",
        verbose_name=_("Báo cáo tiếp thu, giải trình"),
        help_text=_("Văn bản tổng hợp, tiếp thu và giải trình ý kiến về dự thảo này."),
    )
    articles = models.ManyToManyField(
        "articles.Article", blank=True, related_name="documents", verbose_name=_("bài viết liên quan")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("người nhập"),
    )
    # The opinions received on the draft, counted as each is stored (never the
    # block list's): its page says how many.
    opinion_count = models.PositiveIntegerField(_("số ý kiến đã nhận"), default=0, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    # When what readers see of the document last changed (articles/freshness.py).
    public_changed_at = models.DateTimeField(null=True, blank=True, editable=False)
    search_title_exact = models.TextField(default="", editable=False)
    search_title = models.TextField(default="", editable=False)
    search_text = models.TextField(default="", editable=False)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_on", "-pk"]
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        permissions = [("publish_document", _("Có thể công bố văn bản"))]
        indexes = [
            models.Index(fields=["site", "status", "issued_on"], name="document_site_public_idx"),
            models.Index(fields=["site", "public_changed_at"], name="document_site_changed_idx"),
            # The list's filters offer the issuers and fields found: read from these alone.
            models.Index(fields=["site", "status", "issuer"], name="document_site_issuer_idx"),
            models.Index(fields=["site", "status", "field"], name="document_site_field_idx"),
        ]

    def __str__(self):
        return f"{self.number} – {self.summary[:80]}"

    def save(self, *args, **kwargs):
        self.number = nfc(self.number).strip()
        self.summary = nfc(self.summary).strip()
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        self.public_changed_at = timezone.now()
        self.fill_search_columns()
        super().save(*args, **kwargs)
        content_changed(self.site_id)

    def fill_search_columns(self, file_texts=None):
        """The three search columns (articles/search.py): the number and summary
        as the "title"; every field and the words read from the files as the text."""
        if file_texts is None:
            file_texts = self.attachments.values_list("text", flat=True) if self.pk else []
        title_words = words(f"{self.number} {self.summary}")
        kind_name = self.kind.name if self.kind_id else ""
        others = words(" ".join([kind_name, self.issuer, self.signer, self.field, *file_texts]))
        for column, value in word_columns(title_words, others).items():
            setattr(self, column, value)

    def files_changed(self):
        """An attached file was added, read or removed: the search reads its words."""
        self.save()

    def get_absolute_url(self):
        return reverse("documents:detail", kwargs={"pk": self.pk})

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED

    @property
    def is_draft_for_opinions(self):
        return self.consultation_ends_at is not None

    def is_open_for_opinions(self, now=None):
        return self.consultation_ends_at is not None and (now or timezone.now()) < self.consultation_ends_at


def attachment_path(attachment, filename):
    """Where a file is kept: a name nobody can guess, the extension the checks found."""
    return f"van-ban/{timezone.now():%Y/%m}/{secrets.token_hex(12)}.{attachment.file_type}"


class Attachment(models.Model):
    class TextState(models.TextChoices):
        READ = "read", _("Đã đọc chữ")
        WAITING = "waiting", _("Đang chờ nhận dạng chữ (OCR)")
        NOT_READ = "not_read", _("Chưa đọc được chữ")
        NONE = "none", _("Không có chữ")

    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("văn bản")
    )
    file = models.FileField(_("Tệp"), upload_to=attachment_path, max_length=200)
    name = models.CharField(_("tên tệp"), max_length=200, blank=True)
    file_type = models.CharField(_("định dạng"), max_length=8, editable=False)
    size = models.PositiveBigIntegerField(_("dung lượng"), default=0, editable=False)
    text = models.TextField(_("chữ trong tệp"), blank=True, editable=False)
    text_state = models.CharField(
        _("đọc chữ"), max_length=10, choices=TextState.choices, default=TextState.NONE, editable=False
    )
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("Tệp đính kèm")
        verbose_name_plural = _("Tệp đính kèm")

    def __str__(self):
        return self.name or os.path.basename(self.file.name)

    def get_absolute_url(self):
        return reverse("documents:file", kwargs={"pk": self.document_id, "file_pk": self.pk})

    @property
    def type_label(self):
        return TYPE_LABELS.get(self.file_type, self.file_type.upper())

    @property
    def is_pdf(self):
        return self.file_type == "pdf"


class OpinionQuerySet(models.QuerySet):
    def for_staff(self, user):
        return self.filter(document__in=Document.objects.for_staff(user))

    def from_ip(self, ip):
        return self.filter(ip_address=ip)

    def waiting(self):
        return self.filter(status=Opinion.Status.NEW)


class Opinion(models.Model):
    """A reader's opinion on a draft: for the agency alone, never shown to readers."""

    class Status(models.TextChoices):
        NEW = "new", _("Chờ xem xét")
        ACCEPTED = "accepted", _("Đã tiếp nhận")
        REJECTED = "rejected", _("Không tiếp nhận")

    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="opinions", verbose_name=_("dự thảo")
    )
    name = models.CharField(_("họ tên"), max_length=100)
    phone = models.CharField(_("số điện thoại"), max_length=16, blank=True)
    title = models.CharField(_("tiêu đề"), max_length=200)
    body = models.TextField(_("nội dung"))
    status = models.CharField(_("trạng thái"), max_length=10, choices=Status.choices, default=Status.NEW)
    rejection_reason = models.CharField(_("lý do không tiếp nhận"), max_length=300, blank=True)
    received_at = models.DateTimeField(_("nhận lúc"), default=timezone.now, db_index=True)
    ip_address = models.GenericIPAddressField(_("địa chỉ IP"), null=True, blank=True)
    user_agent = models.CharField(_("trình duyệt"), max_length=300, blank=True)

    objects = OpinionQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("ý kiến góp ý dự thảo")
        verbose_name_plural = _("ý kiến góp ý dự thảo")
        indexes = [models.Index(fields=["ip_address", "received_at"], name="opinion_ip_received_idx")]

    def __str__(self):
        return self.title


class DocumentRevision(Revision):
    """What readers read of a document as one save left it, with the names of
    its files (the files themselves are not copied); see documents/workflow.py."""

    document = models.ForeignKey(
        Document, on_delete=models.CASCADE, related_name="revisions", verbose_name=_("văn bản")
    )
    number = models.CharField(_("Số ký hiệu"), max_length=60)
    summary = models.TextField(_("Trích yếu"))
    kind_name = models.CharField(_("Loại văn bản"), max_length=100)
    issuer = models.CharField(_("Cơ quan ban hành"), max_length=200)
    signer = models.CharField(_("Người ký"), max_length=120, blank=True)
    issued_on = models.DateField(_("Ngày ban hành"))
    effective_on = models.DateField(_("Ngày hiệu lực"), null=True, blank=True)
    expires_on = models.DateField(_("Ngày hết hiệu lực"), null=True, blank=True)
    field = models.CharField(_("Lĩnh vực"), max_length=120, blank=True)
    status = models.CharField(_("trạng thái"), max_length=16, choices=Document.Status.choices)
    consultation_ends_at = models.DateTimeField(_("Hết hạn lấy ý kiến"), null=True, blank=True)
    file_names = models.TextField(_("tệp đính kèm"), blank=True, help_text=_("Mỗi dòng một tên tệp."))

    class Meta(Revision.Meta):
        verbose_name = _("phiên bản văn bản")
        verbose_name_plural = _("phiên bản văn bản")

    def __str__(self):
        return f"{self.number} ({self.created_at:%Y-%m-%d %H:%M})"

    @property
    def dates_text(self):
        """The dates as the document's page names them, one a line, for comparing."""
        days = [
            (_("Ngày ban hành"), self.issued_on),
            (_("Ngày hiệu lực"), self.effective_on),
            (_("Ngày hết hiệu lực"), self.expires_on),
        ]
        lines = [f"{label}: {date_format(day, 'SHORT_DATE_FORMAT')}" for label, day in days if day]
        if self.consultation_ends_at:
            ends = date_format(timezone.localtime(self.consultation_ends_at), "SHORT_DATETIME_FORMAT")
            lines.append(f"{_('Hết hạn lấy ý kiến')}: {ends}")
        return "\n".join(lines)

    @property
    def status_text(self):
        return self.get_status_display()
