"""Sections and articles: the content readers come for."""

import datetime
import operator
from functools import reduce
from zoneinfo import ZoneInfo

from ckeditor.fields import RichTextField
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import get_image_dimensions
from django.db import connections, models
from django.db.models import Case, Count, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager, _TaggableManager
from taggit.models import ItemBase, TagBase

from articles import images
from articles.freshness import content_changed
from articles.richtext import body_photos, sanitize_html
from articles.search import SEARCH_COLUMNS, has_all_words, query_words, related_title_words, search_columns
from articles.vietnamese import clean_label, label_key, nfc, vietnamese_slugify


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


class TagQuerySet(models.QuerySet):
    def named(self, names):
        """The tags for `names`, made when missing: {key: tag}. Names differing
        only in case, spacing or Unicode form are one tag."""
        wanted = {label_key(name): clean_label(name) for name in names if clean_label(name)}
        found = {tag.key: tag for tag in self.filter(key__in=wanted)}
        for key, name in wanted.items():
            if key not in found:
                found[key], _ = self.get_or_create(key=key, defaults={"name": name})
        return found

    def with_published_articles(self):
        """Tags that at least one published article carries."""
        return self.filter(
            pk__in=TaggedArticle.objects.filter(content_object__in=Article.objects.published()).values("tag")
        )


class Tag(TagBase):
    """A "từ khóa". Its slug is made like an article's ("Đô thị" -> do-thi)."""

    name = models.CharField(_("từ khóa"), max_length=100, unique=True)
    slug = models.SlugField(_("đường dẫn"), max_length=100, unique=True)
    # The name as compared (label_key): one tag per key, whatever the typing.
    key = models.CharField(max_length=100, unique=True, editable=False)

    objects = TagQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("từ khóa")
        verbose_name_plural = _("từ khóa")

    def save(self, *args, **kwargs):
        self.name = clean_label(self.name)
        self.key = label_key(self.name)
        super().save(*args, **kwargs)

    def slugify(self, tag, i=None):
        slug = vietnamese_slugify(tag, max_length=90) or "tu-khoa"
        return f"{slug}-{i}" if i is not None else slug

    def get_absolute_url(self):
        return reverse("articles:tag", kwargs={"slug": self.slug})


class ArticleTagManager(_TaggableManager):
    """article.tags: names given as text go through Tag.objects.named(), so
    "ĐÔ  THỊ" added anywhere (admin, shell, seed) finds the tag "Đô thị"."""

    def _to_tag_model_instances(self, tags, tag_kwargs):
        names = [tag for tag in tags if isinstance(tag, str)]
        found = Tag.objects.named(names)
        tags = [
            found[label_key(tag)] if isinstance(tag, str) else tag
            for tag in tags
            if not isinstance(tag, str) or clean_label(tag)
        ]
        return super()._to_tag_model_instances(tags, tag_kwargs)


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None):
        """The one visibility rule: published, and the publish time has come."""
        now = now or timezone.now()
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=now)

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

    def pinned_to_section(self, section, now=None):
        """Articles of `section` pinned to its page, pin not expired, in order."""
        return (
            self.in_section(section)
            ._pin_holds(now)
            .filter(section_position__isnull=False)
            .order_by("section_position", "-published_at", "-pk")
        )

    def sharing_tags_with(self, article):
        """Other articles carrying any of `article`'s tags, most shared tags first.
        Reads the article's tags through its prefetch, when it has one."""
        tag_ids = [tag.pk for tag in article.tags.all()]
        if not tag_ids:
            return self.none()
        return (
            self.filter(tags__in=tag_ids)
            .exclude(pk=article.pk)
            .annotate(shared_tags=Count("pk"))
            .order_by("-shared_tags", "-published_at", "-pk")
        )

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
        return (
            self.search_matches(query)
            .annotate(
                search_rank=Case(
                    When(exact_title, then=Value(2)),
                    When(folded_title, then=Value(1)),
                    default=Value(0),
                )
            )
            .order_by("-search_rank", "-published_at", "-pk")
        )

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
        shared = [Q(search_title__contains=f" {word} ") for word in related_title_words(article.search_title)]
        if not shared:
            return self.none()
        return (
            self.in_section(article.section_id)
            .exclude(pk=article.pk)
            .filter(reduce(operator.or_, shared))
            .annotate(shared_words=reduce(operator.add, [Case(When(q, then=1), default=0) for q in shared]))
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
            models.Index(fields=["section", "status", "published_at"], name="article_section_idx"),
            # articles.freshness reads the newest change on every public request.
            models.Index(fields=["updated_at"], name="article_updated_idx"),
            # ... and the newest expired pin, so a pin leaves on time.
            models.Index(fields=["pinned_until"], name="article_pin_expiry_idx"),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        try:
            self.clean_cover()
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
        self.fill_search_columns()
        self.measure_body_photos()
        self.clean_cover()
        self.measure_cover()

    def clean_cover(self):
        """Put the cleaned copy (articles.images.clean_photo) in place of a newly
        attached cover, before anything is stored: readers never get the
        uploaded bytes. Raises images.ImageRejected for a file that is refused."""
        if not self.cover_image or self.cover_image._committed:
            return
        if getattr(self.cover_image.file, "newsroom_clean", False):
            return
        photo = images.clean_photo(self.cover_image.file)
        self.cover_image = photo.as_file()
        self.cover_width, self.cover_height = photo.width, photo.height

    def measure_cover(self):
        """Record the cover photo's pixel size when a new photo arrives."""
        if not self.cover_image:
            self.cover_width = self.cover_height = None
            return
        if self.cover_width and (
            self.cover_image._committed or getattr(self.cover_image.file, "newsroom_clean", False)
        ):
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

    def body_uploads(self):
        """Names in storage of the editor's uploads shown in the body, in order."""
        names = (photo.name for photo in body_photos(self.body))
        return list(dict.fromkeys(name for name in names if name and name.startswith(f"{images.UPLOADS}/")))

    def measure_body_photos(self):
        """Record the size of each body photo whose renditions exist. A photo
        measured before is not opened again (a stored name never gets another
        file); one without renditions is looked for on each save, so
        `make_body_renditions` followed by a save brings it in."""
        known = self.body_photo_sizes or {}
        sizes = {}
        for name in self.body_uploads():
            size = known.get(name) or images.rendered_size(name)
            if size:
                sizes[name] = list(size)
        self.body_photo_sizes = sizes

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


class TaggedArticle(ItemBase):
    """One tag on one article: the through model of Article.tags."""

    content_object = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="tagged_items", verbose_name=_("bài viết")
    )
    tag = models.ForeignKey(
        Tag, on_delete=models.CASCADE, related_name="tagged_articles", verbose_name=_("từ khóa")
    )

    class Meta:
        verbose_name = _("từ khóa của bài")
        verbose_name_plural = _("từ khóa của bài")
        constraints = [models.UniqueConstraint(fields=["content_object", "tag"], name="one_tag_per_article")]


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
