"""Sections and articles: the content readers come for."""
import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ckeditor.fields import RichTextField

from articles.richtext import sanitize_html
from articles.vietnamese import nfc, vietnamese_slugify


class Section(models.Model):
    name = models.CharField(_("tên chuyên mục"), max_length=100)
    slug = models.SlugField(_("đường dẫn"), max_length=100, unique=True)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    description = models.TextField(_("mô tả"), blank=True)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("chuyên mục")
        verbose_name_plural = _("chuyên mục")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name)
        if not self.slug:
            self.slug = vietnamese_slugify(self.name, max_length=100)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:section", kwargs={"slug": self.slug})


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """The one visibility rule: published, and the publish time has come."""
        now = now or timezone.now()
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=now)

    def for_listing(self):
        """What every list of articles shows: the section comes in the same query."""
        return self.select_related("section").defer("body")

    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def newer_than(self, article):
        """Articles published after `article`, nearest first."""
        return self.filter(
            Q(published_at__gt=article.published_at)
            | Q(published_at=article.published_at, pk__gt=article.pk)
        ).order_by("published_at", "pk")

    def older_than(self, article):
        """Articles published before `article`, nearest first."""
        return self.filter(
            Q(published_at__lt=article.published_at)
            | Q(published_at=article.published_at, pk__lt=article.pk)
        ).order_by("-published_at", "-pk")

    def published_on(self, day):
        """Articles whose publish time falls on `day` in the portal's time zone."""
        zone = ZoneInfo(settings.TIME_ZONE)
        start = datetime.datetime.combine(day, datetime.time.min, tzinfo=zone)
        end = start + datetime.timedelta(days=1)
        return self.filter(published_at__gte=start, published_at__lt=end)

    def in_section(self, section):
        return self.filter(section=section)


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Bản nháp")
        REVIEW = "review", _("Chờ duyệt")
        PUBLISHED = "published", _("Đã đăng")

    title = models.CharField(_("tiêu đề"), max_length=255)
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=200,
        blank=True,
        help_text=_("Tạo tự động từ tiêu đề; đường dẫn cũ vẫn dùng được khi sửa."),
    )
    lead = models.TextField(_("sapo"), help_text=_("Đoạn dẫn ngắn, văn bản thường."))
    body = RichTextField(_("nội dung"))
    cover_image = models.ImageField(
        _("ảnh đại diện"), upload_to="covers/%Y/%m/", blank=True
    )
    cover_caption = models.CharField(_("chú thích ảnh"), max_length=300, blank=True)
    cover_alt = models.CharField(
        _("mô tả ảnh (alt)"),
        max_length=300,
        blank=True,
        help_text=_("Mô tả nội dung ảnh cho người dùng trình đọc màn hình."),
    )
    byline = models.CharField(_("bút danh"), max_length=120, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="articles",
        verbose_name=_("người viết"),
    )
    section = models.ForeignKey(
        Section,
        on_delete=models.PROTECT,
        related_name="articles",
        verbose_name=_("chuyên mục"),
    )
    status = models.CharField(
        _("trạng thái"),
        max_length=16,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
    )
    published_at = models.DateTimeField(_("thời điểm đăng"), null=True, blank=True)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)
    # Approved comments, kept by comments.moderation so lists need no count query.
    comment_count = models.PositiveIntegerField(_("số bình luận"), default=0, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("bài viết")
        verbose_name_plural = _("bài viết")
        indexes = [
            models.Index(fields=["status", "published_at"], name="article_public_idx"),
            models.Index(
                fields=["section", "status", "published_at"], name="article_section_idx"
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        if self.cover_image and not self.cover_alt.strip():
            raise ValidationError(
                {"cover_alt": _("Ảnh đại diện cần có mô tả (alt) cho người khiếm thị.")}
            )
        if self.status == self.Status.PUBLISHED and not self.published_at:
            self.published_at = timezone.now()

    def save(self, *args, **kwargs):
        self.title = nfc(self.title).strip()
        self.lead = nfc(self.lead).strip()
        self.byline = nfc(self.byline).strip()
        self.body = sanitize_html(nfc(self.body))
        if not self.slug:
            self.slug = vietnamese_slugify(self.title) or "bai-viet"
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"slug": self.slug, "pk": self.pk})

    @property
    def is_published(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )
