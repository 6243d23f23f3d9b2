"""Sections and articles: the content readers come for."""

import datetime
from zoneinfo import ZoneInfo

from ckeditor.fields import RichTextField
from django.conf import settings
from django.contrib.sites.models import Site
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from articles import images
from articles.conf import TOP_STORIES_COUNT
from articles.freshness import content_changed
from articles.richtext import sanitize_html
from articles.search import SEARCH_COLUMNS, SearchQuerySet, search_columns
from articles.tags import ArticleTagManager, Tag, TaggedArticle
from newsroom.models import FIRST_PORTAL_ID
from newsroom.portals import family_ids
from newsroom.roles import staff_sites
from newsroom.vietnamese import nfc, vietnamese_slugify

__all__ = [
    "Section",
    "Article",
    "WardStory",
    "Tag",
    "TaggedArticle",
    "ArticleRevision",
    "ReadCount",
    "ContentRemoval",
]


class PortalQuerySet(models.QuerySet):
    """What rows of one portal (a Site) and the staff's portals share."""

    site_field = "site"

    def for_site(self, site):
        """The rows of the portal `site` (a Site or its id)."""
        return self.filter(**{self.site_field: site})

    def for_staff(self, user):
        """The rows of the portals `user` works on (all of them for a superuser):
        what the admin lists and lets them open (newsroom/roles.py)."""
        mine = staff_sites(user)
        return self.all() if mine is None else self.filter(**{f"{self.site_field}__in": mine})

    def site_ids(self):
        return set(self.order_by().values_list(self.site_field, flat=True).distinct())


class PortalContent(models.Model):
    """A row readers see on its portal (`site`): saving or deleting it applies
    the one freshness rule to that portal (articles/freshness.py)."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        content_changed(self.site_id)

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        content_changed(self.site_id)
        return result


class SectionQuerySet(PortalQuerySet):
    def touch(self):
        """Mark these sections changed (their pages list other articles now) and
        apply the freshness rule to their portals."""
        count = self.update(updated_at=timezone.now())
        content_changed(*self.site_ids())
        return count


class Section(PortalContent):
    # An install of one portal never names it: the first portal is the default.
    site = models.ForeignKey(
        Site,
        on_delete=models.PROTECT,
        related_name="sections",
        default=FIRST_PORTAL_ID,
        verbose_name=_("cổng"),
    )
    name = models.CharField(_("tên chuyên mục"), max_length=100)
    slug = models.SlugField(_("đường dẫn"), max_length=100)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    description = models.TextField(_("mô tả"), blank=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = SectionQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("chuyên mục")
        verbose_name_plural = _("chuyên mục")
        constraints = [models.UniqueConstraint(fields=["site", "slug"], name="section_slug_per_site")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name)
        if not self.slug:
            self.slug = vietnamese_slugify(self.name, max_length=100)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:section", kwargs={"slug": self.slug})


class ArticleQuerySet(PortalQuerySet, SearchQuerySet):
    def published(self, site=None, now=None, *, with_wards=False):
        """The one visibility rule: published, the publish time has come, and on
        the portal `site` whose readers ask (with its wards' for the province's
        search: `with_wards`). Without a site: every portal's, for the commands
        and the staff's tools, never for a reader's page."""
        now = now or timezone.now()
        public = self.filter(status=Article.Status.PUBLISHED, published_at__lte=now)
        if site is None:
            return public
        return public.filter(site__in=family_ids(site)) if with_wards else public.for_site(site)

    def touch(self, **values):
        """Mark these articles changed, setting `values` in the same UPDATE (the
        comments app's comment_count), and apply the freshness rule to their portals."""
        sites = self.site_ids()
        count = self.update(updated_at=timezone.now(), **values)
        content_changed(*sites)
        return count

    def for_listing(self):
        """What every list of articles shows: the section comes in the same query."""
        return self.select_related("section").defer("body", "body_photo_sizes", *SEARCH_COLUMNS)

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

    def tagged(self, tag):
        return self.filter(tags=tag)

    def _pin_holds(self, now=None):
        now = now or timezone.now()
        return self.filter(Q(pinned_until__isnull=True) | Q(pinned_until__gt=now))

    def pinned_to_home(self, now=None):
        """Articles pinned to the home page whose pin has not expired, in the
        editors' order. Chain after published(): a pin never shows a draft."""
        return (
            self._pin_holds(now)
            .filter(home_position__isnull=False)
            .order_by("home_position", "-published_at", "-pk")
        )

    def top_stories(self, site):
        """ "Tin nổi bật": the published stories pinned to `site`'s home page, in
        the editors' order; one more than the list shows, since the home page's
        top story is the first of them and the list then leaves it out."""
        return self.published(site).for_listing().pinned_to_home()[: TOP_STORIES_COUNT + 1]

    def from_wards(self, province, now=None):
        """ "Tin từ cơ sở": the wards' published stories a province editor put on
        `province`'s home page, newest choice first (articles.workflow.put_on_province_home)."""
        return (
            self.published(now=now)
            .filter(site__in=family_ids(province)[1:], on_province_home_at__isnull=False)
            .order_by("-on_province_home_at", "-pk")
        )

    def pinned_to_section(self, section, now=None):
        """Articles of `section` pinned to its page, pin not expired, in order."""
        return (
            self.in_section(section)
            ._pin_holds(now)
            .filter(section_position__isnull=False)
            .order_by("section_position", "-published_at", "-pk")
        )

    def sharing_tags_with(self, article, limit):
        """The first `limit` other articles carrying any of `article`'s tags, most
        shared tags first, then newest. Reads the article's tags through its
        prefetch, when it has one.

        Ranked on ids alone in a subquery, and only those rows read whole: grouping
        the whole rows (SQLite groups by every selected column) took three times
        as long with 20,000 articles."""
        tag_ids = [tag.pk for tag in article.tags.all()]
        if not tag_ids:
            return self.none()
        ranked = (
            self.filter(tags__in=tag_ids)
            .exclude(pk=article.pk)
            .values("pk")
            .annotate(shared=Count("pk"))
            .order_by("-shared", "-published_at", "-pk")
            .values("pk")[:limit]
        )
        shared = (
            TaggedArticle.objects.filter(content_object=OuterRef("pk"), tag__in=tag_ids)
            .order_by()
            .values("content_object")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return (
            self.filter(pk__in=Subquery(ranked))
            .annotate(shared_tags=Subquery(shared))
            .order_by("-shared_tags", "-published_at", "-pk")
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
    # Derived by save(): {name in storage: [width, height]} of each photo the
    # editor uploaded into the body whose renditions exist, the size being the
    # largest rendition's. Pages offer those photos as renditions without
    # opening a file (articles/templatetags/article_images.py). NULL until the
    # first save: a column with a default would make SQLite rebuild the table
    # and lose the search index's triggers (migration 0010).
    body_photo_sizes = models.JSONField(null=True, blank=True, editable=False)
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
    # The portal the article is on: its section's, set by save().
    site = models.ForeignKey(
        Site, on_delete=models.PROTECT, related_name="articles", editable=False, verbose_name=_("cổng")
    )
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
    tags = TaggableManager(
        verbose_name=_("từ khóa"),
        help_text=_("Gõ để tìm từ khóa có sẵn; gõ tên mới rồi Enter hoặc dấu phẩy để thêm."),
        through="articles.TaggedArticle",
        manager=ArticleTagManager,
        blank=True,
    )
    # Top stories ("Tin nổi bật"): editors pin; see articles.workflow.pin().
    home_position = models.PositiveSmallIntegerField(
        _("ghim trang chủ, thứ tự"),
        null=True,
        blank=True,
        help_text=_("Để trống nếu không ghim. Số nhỏ đứng trước; bài đầu tiên là tin chính."),
    )
    section_position = models.PositiveSmallIntegerField(
        _("ghim chuyên mục, thứ tự"),
        null=True,
        blank=True,
        help_text=_("Để trống nếu không ghim. Bài ghim đứng đầu trang chuyên mục của bài."),
    )
    pinned_until = models.DateTimeField(
        _("ghim đến"),
        null=True,
        blank=True,
        help_text=_("Để trống để ghim đến khi bỏ ghim. Hết giờ, bài tự rời vị trí ghim."),
    )
    # "Tin từ cơ sở": when an editor of the province put this ward's story on the
    # province's home page (articles.workflow.feature_on_province); None: not there.
    on_province_home_at = models.DateTimeField(
        _("đưa lên trang chủ tỉnh lúc"), null=True, blank=True, editable=False
    )

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
            models.Index(fields=["site", "status", "published_at"], name="article_site_public_idx"),
            models.Index(fields=["section", "status", "published_at"], name="article_section_idx"),
            # articles.freshness reads the portal's newest change on every public request.
            models.Index(fields=["site", "updated_at"], name="article_site_updated_idx"),
            # ... and its newest expired pin, so a pin leaves on time.
            models.Index(fields=["site", "pinned_until"], name="article_site_pin_expiry_idx"),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        try:
            images.clean_cover(self)
        except images.ImageRejected as refusal:
            raise ValidationError({"cover_image": str(refusal)}) from refusal
        if self.cover_image and not self.cover_alt.strip():
            raise ValidationError({"cover_alt": _("Ảnh đại diện cần có mô tả (alt) cho người khiếm thị.")})
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
        if self.section_id is not None:
            self.site_id = self.section.site_id
        for column, value in search_columns(self.title, self.lead, self.body).items():
            setattr(self, column, value)
        images.clean_cover(self)
        images.measure_photos(self)

    def save(self, *args, **kwargs):
        self.fill_derived_fields()
        super().save(*args, **kwargs)
        content_changed(self.site_id)

    def delete(self, *args, **kwargs):
        section_id = self.section_id
        result = super().delete(*args, **kwargs)
        Section.objects.filter(pk=section_id).touch()
        return result

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"slug": self.slug, "pk": self.pk})


class WardStory(Article):
    """A ward's story as the editors of its province see it, choosing the
    "Tin từ cơ sở" of the province's home page (articles/admin.py)."""

    class Meta:
        proxy = True
        verbose_name = _("tin từ cơ sở")
        verbose_name_plural = _("tin từ cơ sở")


class Revision(models.Model):
    """Who saved a copy of some content, and when; newest first. The base of
    the articles' revisions and of other apps' (documents)."""

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("người lưu"),
    )
    created_at = models.DateTimeField(_("lưu lúc"), default=timezone.now, db_index=True)

    class Meta:
        abstract = True
        ordering = ["-created_at", "-pk"]


class ArticleRevision(Revision):
    """A copy of an article's text as one save left it; see articles/workflow.py."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="revisions", verbose_name=_("bài viết")
    )
    title = models.CharField(_("tiêu đề"), max_length=255)
    lead = models.TextField(_("sapo"))
    body = models.TextField(_("nội dung"))
    status = models.CharField(_("trạng thái"), max_length=16, choices=Article.Status.choices)

    class Meta(Revision.Meta):
        verbose_name = _("phiên bản bài viết")
        verbose_name_plural = _("phiên bản bài viết")

    def __str__(self):
        return f"{self.title} ({self.created_at:%Y-%m-%d %H:%M})"


class ReadCount(models.Model):
    """Reads of one article in one hour (UTC), for "Đọc nhiều" without Redis.

    Written in batches by articles.popularity, never once per read; rows older
    than a week are removed there too.
    """

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="read_counts", verbose_name=_("bài viết")
    )
    hour = models.DateTimeField(_("giờ"))
    reads = models.PositiveIntegerField(_("lượt đọc"), default=0)

    class Meta:
        verbose_name = _("lượt đọc")
        verbose_name_plural = _("lượt đọc")
        constraints = [models.UniqueConstraint(fields=["article", "hour"], name="read_count_article_hour")]
        indexes = [models.Index(fields=["hour"], name="read_count_hour_idx")]

    def __str__(self):
        return f"{self.article_id} {self.hour:%Y-%m-%d %H}:00 {self.reads}"


class ContentRemoval(models.Model):
    """When a row of another app's content (NEWSROOM_CONTENT_SOURCES) last left
    a portal: a deletion changes no row's newest time, so the content token reads
    this one row instead (articles/freshness.py writes and reads it)."""

    # No database constraint and nothing done when the portal goes: a portal's
    # own deletion removes its rows, and each of those deletions writes here.
    site = models.OneToOneField(
        Site,
        primary_key=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
        verbose_name=_("cổng"),
    )
    removed_at = models.DateTimeField(_("lần xoá gần nhất"))

    class Meta:
        verbose_name = _("lần xoá nội dung")
        verbose_name_plural = _("lần xoá nội dung")

    def __str__(self):
        return f"{self.site_id} {self.removed_at:%Y-%m-%d %H:%M:%S}"
