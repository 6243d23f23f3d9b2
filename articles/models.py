"""Sections and articles: the content readers come for."""
import datetime
import operator
from functools import reduce
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import get_image_dimensions
from django.db import connections, models
from django.db.models import Case, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ckeditor.fields import RichTextField

from articles.freshness import content_changed
from articles.richtext import sanitize_html
from articles.search import SEARCH_COLUMNS, has_all_words, query_words, related_title_words, search_columns
from articles.vietnamese import nfc, vietnamese_slugify


class Section(models.Model):
    name = models.CharField(_("tên chuyên mục"), max_length=100)
    slug = models.SlugField(_("đường dẫn"), max_length=100, unique=True)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    description = models.TextField(_("mô tả"), blank=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

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
        content_changed()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        content_changed()
        return result

    def get_absolute_url(self):
        return reverse("articles:section", kwargs={"slug": self.slug})


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """The one visibility rule: published, and the publish time has come."""
        now = now or timezone.now()
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=now)

    def for_listing(self):
        """What every list of articles shows: the section comes in the same query."""
        return self.select_related("section").defer("body", *SEARCH_COLUMNS)

    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def newer_than(self, article):
        """Articles published after `article`, nearest first. Written as a range
        on published_at (not an OR) so the database walks its index."""
        return (
            self.filter(published_at__gte=article.published_at)
            .exclude(published_at=article.published_at, pk__lte=article.pk)
            .order_by("published_at", "pk")
        )

    def older_than(self, article):
        """Articles published before `article`, nearest first."""
        return (
            self.filter(published_at__lte=article.published_at)
            .exclude(published_at=article.published_at, pk__gte=article.pk)
            .order_by("-published_at", "-pk")
        )

    def published_on(self, day):
        """Articles whose publish time falls on `day` in the portal's time zone."""
        zone = ZoneInfo(settings.TIME_ZONE)
        start = datetime.datetime.combine(day, datetime.time.min, tzinfo=zone)
        end = start + datetime.timedelta(days=1)
        return self.filter(published_at__gte=start, published_at__lt=end)

    def in_section(self, section):
        return self.filter(section=section)

    def _search_conditions(self, query):
        """(every word anywhere, every exact word in the title, every folded
        word in the title) for `query`, or None when it has no word."""
        exact, folded = query_words(query)
        if not folded:
            return None
        vendor = connections[self.db].vendor
        return (
            has_all_words("search_text", folded, vendor),
            has_all_words("search_title_exact", exact, vendor),
            has_all_words("search_title", folded, vendor),
        )

    def search_matches(self, query):
        """Articles with every word of `query`, ignoring case and accents, unordered."""
        conditions = self._search_conditions(query)
        if conditions is None:
            return self.none()
        return self.filter(conditions[0]).defer(*SEARCH_COLUMNS)

    def search(self, query):
        """search_matches(), best first: exact title match, accent-folded title
        match, then body or lead match; newest first within each. See
        articles/search.py."""
        conditions = self._search_conditions(query)
        if conditions is None:
            return self.none()
        _, exact_title, folded_title = conditions
        return self.search_matches(query).annotate(
            search_rank=Case(
                When(exact_title, then=Value(2)),
                When(folded_title, then=Value(1)),
                default=Value(0),
            )
        ).order_by("-search_rank", "-published_at", "-pk")

    def search_tiers(self, query):
        """The matches of `query` as search() ranks them, one queryset per
        rank, newest first within each: a page of results reads each tier only
        as far as it needs (articles/search.py RankedResults)."""
        conditions = self._search_conditions(query)
        if conditions is None:
            return []
        anywhere, exact_title, folded_title = conditions
        # A title's words are among the article's words, so a title match needs
        # no other condition, and each tier is read from its own word index.
        articles = self.defer(*SEARCH_COLUMNS).order_by("-published_at", "-pk")
        return [
            articles.filter(exact_title),
            articles.filter(folded_title).exclude(exact_title),
            articles.filter(anywhere).exclude(folded_title),
        ]

    def related_to(self, article):
        """Other articles of the same section sharing words with its title
        (accents ignored, common words left out), most shared words first."""
        shared = [
            Q(search_title__contains=f" {word} ")
            for word in related_title_words(article.search_title)
        ]
        if not shared:
            return self.none()
        return (
            self.in_section(article.section_id)
            .exclude(pk=article.pk)
            .filter(reduce(operator.or_, shared))
            .annotate(
                shared_words=reduce(
                    operator.add, [Case(When(q, then=1), default=0) for q in shared]
                )
            )
            .order_by("-shared_words", "-published_at", "-pk")
        )


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
    cover_image = models.ImageField(_("ảnh đại diện"), upload_to="covers/%Y/%m/", blank=True)
    # Measured once when the photo arrives, so pages can reserve its space without
    # opening the file. (ImageField's own width_field opens the file whenever a
    # row with empty sizes is loaded, and fails if the file has gone.)
    cover_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
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
    # Derived by save() for search (articles/search.py); never edited by hand.
    search_title_exact = models.TextField(editable=False, default="")
    search_title = models.TextField(editable=False, default="")
    search_text = models.TextField(editable=False, default="")
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)
    # Approved comments, written by the comments app (comments/counts.py) so that
    # lists of articles need no count query; articles itself knows no comments.
    comment_count = models.PositiveIntegerField(_("số bình luận"), default=0, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("bài viết")
        verbose_name_plural = _("bài viết")
        permissions = [
            ("publish_article", _("Có thể đăng, hẹn giờ đăng và gỡ bài")),
            ("edit_others_article", _("Có thể sửa bài của người khác")),
        ]
        indexes = [
            models.Index(fields=["status", "published_at"], name="article_public_idx"),
            models.Index(
                fields=["section", "status", "published_at"], name="article_section_idx"
            ),
            # articles.freshness reads the newest change on every public request.
            models.Index(fields=["updated_at"], name="article_updated_idx"),
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

    def fill_derived_fields(self):
        """Normalise the text and derive what is computed from it. save() calls
        this; bulk loaders that bypass save() must call it themselves."""
        self.title = nfc(self.title).strip()
        self.lead = nfc(self.lead).strip()
        self.byline = nfc(self.byline).strip()
        self.body = sanitize_html(nfc(self.body))
        if not self.slug:
            self.slug = vietnamese_slugify(self.title) or "bai-viet"
        self.fill_search_columns()
        self.measure_cover()

    def measure_cover(self):
        """Record the cover photo's pixel size when a new photo arrives."""
        if not self.cover_image:
            self.cover_width = self.cover_height = None
            return
        if self.cover_width and self.cover_image._committed:
            return
        try:
            if self.cover_image._committed:
                with self.cover_image.open("rb") as image:
                    size = get_image_dimensions(image)
            else:
                size = get_image_dimensions(self.cover_image.file)
        except OSError:
            size = (None, None)
        self.cover_width, self.cover_height = size

    def save(self, *args, **kwargs):
        self.fill_derived_fields()
        super().save(*args, **kwargs)
        content_changed()

    def delete(self, *args, **kwargs):
        section_id = self.section_id
        result = super().delete(*args, **kwargs)
        content_changed(sections=[section_id])
        return result

    def fill_search_columns(self):
        """Derive the search columns from title, lead and body (already NFC and
        sanitised by fill_derived_fields())."""
        for column, value in search_columns(self.title, self.lead, self.body).items():
            setattr(self, column, value)

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"slug": self.slug, "pk": self.pk})


class ArticleRevision(models.Model):
    """A copy of an article's text as one save left it; see articles/workflow.py."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="revisions", verbose_name=_("bài viết")
    )
    title = models.CharField(_("tiêu đề"), max_length=255)
    lead = models.TextField(_("sapo"))
    body = models.TextField(_("nội dung"))
    status = models.CharField(_("trạng thái"), max_length=16, choices=Article.Status.choices)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("người lưu"),
    )
    created_at = models.DateTimeField(_("lưu lúc"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("phiên bản bài viết")
        verbose_name_plural = _("phiên bản bài viết")

    def __str__(self):
        return f"{self.title} ({self.created_at:%Y-%m-%d %H:%M})"
