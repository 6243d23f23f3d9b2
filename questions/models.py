"""Citizens' questions and the authority's answers, the fields and departments
they belong to, the record of every step, and the readers' "did it help?"."""

import secrets

from django.conf import settings
from django.contrib.sites.models import Site
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.freshness import content_changed
from articles.models import PortalQuerySet
from articles.search import SEARCH_COLUMNS, SearchQuerySet, search_columns
from newsroom.models import FIRST_PORTAL_ID
from newsroom.vietnamese import nfc, vietnamese_slugify

# Reference numbers: "HD-2026-7K3Q9P", six symbols of Crockford's base 32 (no
# I, L, O, U: nothing to misread over the phone), drawn by `secrets`.
REFERENCE_PREFIX = "HD"
REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
REFERENCE_LENGTH = 6


def new_reference(now=None):
    year = timezone.localdate(now or timezone.now()).year
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))
    return f"{REFERENCE_PREFIX}-{year}-{code}"


def normal_reference(text):
    """A reference as typed ("hd 2026 7k3q9p", "HD-2026-7K3Q9P") in its stored form, or ""."""
    compact = "".join(ch for ch in (text or "").upper() if ch.isalnum())[:40]
    compact = compact.translate(str.maketrans("OIL", "011"))
    prefix, rest = compact[:2], compact[2:]
    if prefix != REFERENCE_PREFIX or len(rest) != 4 + REFERENCE_LENGTH or not rest[:4].isdigit():
        return ""
    return f"{prefix}-{rest[:4]}-{rest[4:]}"


class PortalList(models.Model):
    """A portal's list that readers see on its questions' pages (fields,
    departments): every change, deletion included, is a change of content
    (articles/freshness.py reads `updated_at`, setting NEWSROOM_CONTENT_SOURCES)."""

    updated_at = models.DateTimeField(auto_now=True, editable=False)

    objects = PortalQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        content_changed(self.site_id)

    def delete(self, *args, **kwargs):
        site_id = self.site_id
        result = super().delete(*args, **kwargs)
        # The newest change of what is left moves, whichever row went.
        type(self).objects.for_site(site_id).update(updated_at=timezone.now())
        content_changed(site_id)
        return result


class Field(PortalList):
    """A field (lĩnh vực) questions are filed under, per portal."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, default=FIRST_PORTAL_ID, verbose_name=_("cổng"))
    name = models.CharField(_("tên lĩnh vực"), max_length=120)
    slug = models.SlugField(_("đường dẫn"), max_length=140, blank=True)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        ordering = ["site_id", "position", "name"]
        verbose_name = _("lĩnh vực")
        verbose_name_plural = _("lĩnh vực")
        constraints = [
            models.UniqueConstraint(fields=["site", "slug"], name="question_field_slug_per_portal")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name).strip()
        self.slug = self.slug or vietnamese_slugify(self.name) or "linh-vuc"
        super().save(*args, **kwargs)


class Department(PortalList):
    """A department (phòng, ban) of the portal's authority that answers questions."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, default=FIRST_PORTAL_ID, verbose_name=_("cổng"))
    name = models.CharField(_("tên đơn vị"), max_length=200)

    class Meta:
        ordering = ["site_id", "name"]
        verbose_name = _("đơn vị trả lời")
        verbose_name_plural = _("đơn vị trả lời")

    def __str__(self):
        return self.name


class QuestionQuerySet(PortalQuerySet, SearchQuerySet):
    # The search (articles/search.py) reads the stored words with LIKE: the
    # word indexes are the articles' own, and a portal has few questions.
    search_word_index = False
    search_order = ("-answered_at", "-pk")

    def published(self, site):
        """The one visibility rule of questions: published (question and answer
        together) on the portal `site` whose readers ask."""
        return self.for_site(site).filter(status=Question.Status.PUBLISHED, is_published=True)

    def newest_answer_first(self):
        return self.order_by("-answered_at", "-pk")

    def for_listing(self):
        return self.select_related("field", "answered_by").defer(*SEARCH_COLUMNS)

    def awaiting_answer(self):
        return self.filter(status__in=[Question.Status.NEW, Question.Status.ASSIGNED])

    def received_before(self, moment):
        return self.filter(received_at__lt=moment)

    def from_ip(self, ip):
        return self.filter(ip_address=ip)


class Question(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("Mới nhận")
        ASSIGNED = "assigned", _("Đã giao đơn vị")
        ANSWERED = "answered", _("Đã trả lời")
        PUBLISHED = "published", _("Đã công bố")
        REJECTED = "rejected", _("Không tiếp nhận")

    site = models.ForeignKey(Site, on_delete=models.CASCADE, default=FIRST_PORTAL_ID, verbose_name=_("cổng"))
    reference = models.CharField(_("mã tra cứu"), max_length=20, unique=True, editable=False)
    name = models.CharField(_("họ tên"), max_length=100)
    # Never shown to readers: the asker's way to be reached, for staff only.
    phone = models.CharField(_("số điện thoại"), max_length=16, blank=True, help_text=_("Dạng E.164: +84…"))
    email = models.EmailField(_("thư điện tử"), blank=True)
    field = models.ForeignKey(
        Field,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions",
        verbose_name=_("lĩnh vực"),
    )
    title = models.CharField(_("tiêu đề"), max_length=200)
    body = models.TextField(_("nội dung câu hỏi"))
    status = models.CharField(_("trạng thái"), max_length=16, choices=Status.choices, default=Status.NEW)
    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assigned_questions",
        verbose_name=_("giao cho đơn vị"),
    )
    rejection_reason = models.CharField(_("lý do không tiếp nhận"), max_length=300, blank=True)
    answer = models.TextField(_("Nội dung trả lời"), blank=True)
    answered_by = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="answered_questions",
        verbose_name=_("đơn vị trả lời"),
    )
    answered_at = models.DateTimeField(_("trả lời lúc"), null=True, blank=True)
    is_published = models.BooleanField(
        _("Công bố"), default=False, help_text=_("Công bố câu hỏi cùng câu trả lời trên cổng.")
    )
    published_at = models.DateTimeField(_("công bố lúc"), null=True, blank=True)
    received_at = models.DateTimeField(_("nhận lúc"), default=timezone.now, db_index=True)
    # When what readers see of the question last changed (articles/freshness.py
    # reads it with the articles' own changes).
    public_changed_at = models.DateTimeField(null=True, blank=True, editable=False)
    ip_address = models.GenericIPAddressField(_("địa chỉ IP"), null=True, blank=True)
    user_agent = models.CharField(_("trình duyệt"), max_length=300, blank=True)
    search_title_exact = models.TextField(default="", editable=False)
    search_title = models.TextField(default="", editable=False)
    search_text = models.TextField(default="", editable=False)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("câu hỏi")
        verbose_name_plural = _("câu hỏi")
        permissions = [
            ("answer_question", _("Có thể trả lời và công bố câu hỏi")),
            ("triage_question", _("Có thể giao đơn vị và từ chối câu hỏi")),
        ]
        indexes = [
            models.Index(fields=["site", "status", "answered_at"], name="question_site_public_idx"),
            models.Index(fields=["site", "public_changed_at"], name="question_site_changed_idx"),
            models.Index(fields=["ip_address", "received_at"], name="question_ip_received_idx"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.reference = self.reference or new_reference(self.received_at)
        for column, value in search_columns(self.title, self.body, self.answer).items():
            setattr(self, column, value)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("questions:detail", kwargs={"pk": self.pk})


class QuestionEvent(models.Model):
    """One step of a question's life: who moved it from which status to which, and why."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        verbose_name=_("người làm"),
    )
    from_status = models.CharField(_("từ"), max_length=16, choices=Question.Status.choices, blank=True)
    to_status = models.CharField(_("sang"), max_length=16, choices=Question.Status.choices)
    note = models.CharField(_("ghi chú"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("lúc"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("bước xử lý")
        verbose_name_plural = _("các bước xử lý")

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"


class HelpfulVote(models.Model):
    """A reader's "Có"/"Không" under an answer. `voter` is a keyed hash of the
    address and the question (questions/workflow.py): once per address, and the
    address itself is never stored."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="votes")
    voter = models.CharField(max_length=64)
    is_helpful = models.BooleanField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("đánh giá câu trả lời")
        verbose_name_plural = _("đánh giá câu trả lời")
        constraints = [models.UniqueConstraint(fields=["question", "voter"], name="one_vote_per_address")]

    def __str__(self):
        return f"{self.question_id}: {self.is_helpful}"
