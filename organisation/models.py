"""What the authority says of itself (Giới thiệu): pages editors write, nested
one level, and the leaders.

A page keeps every slug it had: the old addresses redirect to the new one
(PageSlug), so links and bookmarks outlive a rename. The contacts page has the
fixed address `organisation:contact`; the portal's address, phone and email come
from its profile (newsroom.Portal, also shown in every page's footer), the page
adds the map link and, in its text, the point that receives requests for
information.
"""

from ckeditor.fields import RichTextField
from django.contrib.sites.models import Site
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from articles import images
from articles.models import PortalContent, PortalQuerySet
from articles.richtext import sanitize_html
from articles.search import query_words, search_columns
from newsroom.vietnamese import nfc, vietnamese_slugify

CONTACT_SLUG = "lien-he"


class PageQuerySet(PortalQuerySet):
    def published(self, site):
        """The one visibility rule: the portal's pages that editors published."""
        public = self.for_site(site).filter(is_published=True)
        return public.filter(Q(parent=None) | Q(parent__is_published=True))

    def top_level(self):
        return self.filter(parent=None)

    def matching(self, query):
        """Pages with every word of `query` in their title, summary or text,
        accents and case ignored, as the articles' search matches them. (A
        portal has tens of pages: no word index needed.)"""
        _exact, folded = query_words(query)
        if not folded:
            return self.none()
        return self.filter(*(Q(search_text__contains=f" {word} ") for word in folded))


class Page(PortalContent):
    class Kind(models.TextChoices):
        GENERAL = "general", _("Trang thông thường")
        DUTIES = "duties", _("Chức năng, nhiệm vụ")
        STRUCTURE = "structure", _("Cơ cấu tổ chức")
        LEADERS = "leaders", _("Lãnh đạo")
        CONTACT = "contact", _("Liên hệ")
        DISCLOSURE = "disclosure", _("Danh mục thông tin công khai")

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+", verbose_name=_("cổng"))
    title = models.CharField(_("tiêu đề"), max_length=200)
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=100,
        blank=True,
        help_text=_("Để trống để tạo từ tiêu đề. Đổi đường dẫn thì địa chỉ cũ vẫn dẫn tới trang."),
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("trang cha"),
        help_text=_("Trang con chỉ lồng một cấp: trang cha phải là trang cấp đầu."),
    )
    kind = models.CharField(
        _("loại trang"),
        max_length=16,
        choices=Kind.choices,
        default=Kind.GENERAL,
        help_text=_(
            "Trang “Lãnh đạo” hiện danh sách lãnh đạo dưới nội dung; trang “Liên hệ” có địa chỉ riêng."
        ),
    )
    summary = models.CharField(_("tóm tắt"), max_length=300, blank=True)
    body = RichTextField(_("nội dung"), blank=True)
    map_url = models.URLField(
        _("đường dẫn bản đồ"), blank=True, help_text=_("Chỉ dùng cho trang “Liên hệ”: địa chỉ trên bản đồ.")
    )
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    is_published = models.BooleanField(_("hiển thị"), default=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)
    # The words of title, summary and text, accent-folded (articles/search.py).
    search_text = models.TextField(default="", editable=False)

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["position", "title"]
        verbose_name = _("trang giới thiệu")
        verbose_name_plural = _("trang giới thiệu")
        constraints = [
            models.UniqueConstraint(fields=["site", "slug"], name="page_slug_per_site"),
            models.UniqueConstraint(
                fields=["site"], condition=Q(kind="contact"), name="one_contact_page_per_site"
            ),
        ]

    def __str__(self):
        return self.title

    @classmethod
    def from_db(cls, db, field_names, values):
        page = super().from_db(db, field_names, values)
        page._stored_slug = page.__dict__.get("slug")
        return page

    def clean(self):
        errors = {}
        if self.parent_id is not None:
            if self.parent_id == self.pk:
                errors["parent"] = _("Một trang không thể là trang cha của chính nó.")
            elif self.parent.parent_id is not None:
                errors["parent"] = _("Trang cha phải là trang cấp đầu: các trang chỉ lồng một cấp.")
            elif self.parent.site_id != self.site_id:
                errors["parent"] = _("Trang cha phải thuộc cùng cổng.")
            elif self.pk is not None and self.children.exists():
                errors["parent"] = _("Trang này đang có trang con nên phải ở cấp đầu.")
            elif self.kind == self.Kind.CONTACT:
                errors["parent"] = _("Trang “Liên hệ” phải ở cấp đầu.")
        slug = self.slug or vietnamese_slugify(nfc(self.title), max_length=100)
        if slug == CONTACT_SLUG and self.kind != self.Kind.CONTACT:
            errors["slug"] = _("Đường dẫn “%(slug)s” dành cho trang Liên hệ.") % {"slug": CONTACT_SLUG}
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        """Also keeps the slug the page had, when it changes, so its old
        addresses redirect (PageSlug)."""
        self.title = nfc(self.title).strip()
        self.summary = nfc(self.summary).strip()
        self.body = sanitize_html(nfc(self.body))
        self.search_text = search_columns(self.title, self.summary, self.body)["search_text"]
        if not self.slug:
            self.slug = vietnamese_slugify(self.title, max_length=100) or "trang"
        old_slug = getattr(self, "_stored_slug", None)
        super().save(*args, **kwargs)
        # The page's own slug is never an old one of any page.
        PageSlug.objects.filter(site=self.site_id, slug=self.slug).delete()
        if old_slug and old_slug != self.slug:
            PageSlug.objects.update_or_create(site_id=self.site_id, slug=old_slug, defaults={"page": self})
        self._stored_slug = self.slug

    def get_absolute_url(self):
        if self.kind == self.Kind.CONTACT:
            return reverse("organisation:contact")
        if self.parent_id is not None:
            return reverse("organisation:child", kwargs={"parent": self.parent.slug, "slug": self.slug})
        return reverse("organisation:page", kwargs={"slug": self.slug})


class PageSlug(models.Model):
    """A slug a page had before it was renamed: its addresses redirect to the page."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    slug = models.SlugField(max_length=100)
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="old_slugs")
    updated_at = models.DateTimeField(auto_now=True)

    objects = PortalQuerySet.as_manager()

    class Meta:
        verbose_name = _("đường dẫn cũ")
        verbose_name_plural = _("đường dẫn cũ")
        constraints = [models.UniqueConstraint(fields=["site", "slug"], name="old_page_slug_per_site")]

    def __str__(self):
        return self.slug


class Leader(PortalContent):
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+", verbose_name=_("cổng"))
    name = models.CharField(_("họ và tên"), max_length=120, help_text=_("Họ trước tên sau: “Bùi Huyền Mai”."))
    title = models.CharField(_("chức vụ"), max_length=200)
    photo = models.ImageField(_("ảnh"), upload_to="leaders/%Y/", blank=True)
    photo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    photo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    duties = models.TextField(_("nhiệm vụ được phân công"), blank=True)
    phone = models.CharField(_("điện thoại công vụ"), max_length=40, blank=True)
    email = models.EmailField(_("thư điện tử công vụ"), blank=True)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = PortalQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("lãnh đạo")
        verbose_name_plural = _("lãnh đạo")

    def __str__(self):
        return f"{self.name} – {self.title}"

    def clean(self):
        try:
            images.clean_cover(self, "photo", ("photo_width", "photo_height"))
        except images.ImageRejected as refusal:
            raise ValidationError({"photo": str(refusal)}) from refusal

    def save(self, *args, **kwargs):
        for name in ("name", "title", "duties", "phone"):
            setattr(self, name, nfc(getattr(self, name)).strip())
        images.clean_cover(self, "photo", ("photo_width", "photo_height"))
        super().save(*args, **kwargs)
