"""Tags ("từ khóa"): taggit's models, made to compare Vietnamese names the way
readers type them. Declared here and imported by articles.models (which knows
them as its own): the picker and its autocomplete are in articles/tagging.py."""

from django.contrib.sites.models import Site
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.managers import _TaggableManager
from taggit.models import ItemBase, TagBase

from newsroom.models import FIRST_PORTAL_ID
from newsroom.roles import staff_sites
from newsroom.vietnamese import clean_label, label_key, vietnamese_slugify


class TagQuerySet(models.QuerySet):
    def for_site(self, site):
        """The tags of the portal `site` (a Site or its id)."""
        return self.filter(site=site)

    def for_staff(self, user):
        """The tags of the portals `user` works on (newsroom/roles.py)."""
        mine = staff_sites(user)
        return self.all() if mine is None else self.filter(site__in=mine)

    def named(self, names, site):
        """The tags of portal `site` for `names`, made when missing: {key: tag}.
        Names differing only in case, spacing or Unicode form are one tag."""
        site_id = getattr(site, "pk", site)
        wanted = {label_key(name): clean_label(name) for name in names if clean_label(name)}
        found = {tag.key: tag for tag in self.for_site(site_id).filter(key__in=wanted)}
        for key, name in wanted.items():
            if key not in found:
                found[key], _ = self.get_or_create(site_id=site_id, key=key, defaults={"name": name})
        return found

    def carried_by(self, articles):
        """Tags that at least one of `articles` (a queryset: the published ones)
        carries."""
        return self.filter(pk__in=TaggedArticle.objects.filter(content_object__in=articles).values("tag"))


class Tag(TagBase):
    """A "từ khóa" of one portal. Its slug is made like an article's ("Đô thị" -> do-thi)."""

    # An install of one portal never names it: the first portal is the default.
    site = models.ForeignKey(
        Site, on_delete=models.PROTECT, related_name="tags", default=FIRST_PORTAL_ID, verbose_name=_("cổng")
    )
    name = models.CharField(_("từ khóa"), max_length=100)
    # Unique in the whole install (taggit numbers a second "do-thi"), so a tag's
    # address never names another portal's tag.
    slug = models.SlugField(_("đường dẫn"), max_length=100, unique=True)
    # The name as compared (label_key): one tag per key and portal, whatever the
    # typing. Case folding can make a name up to three times longer ("ß" -> "ss",
    # "ﬃ" -> "ffi"), so the key holds three times the name.
    key = models.CharField(max_length=300, editable=False)

    objects = TagQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("từ khóa")
        verbose_name_plural = _("từ khóa")
        constraints = [
            models.UniqueConstraint(fields=["site", "name"], name="tag_name_per_site"),
            models.UniqueConstraint(fields=["site", "key"], name="tag_key_per_site"),
        ]

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
    """article.tags: names given as text to add() or set() go through
    Tag.objects.named(), so "ĐÔ  THỊ" added anywhere (admin, shell, seed) finds
    the tag "Đô thị". (taggit's way: a manager class given to TaggableManager.)"""

    def _as_tags(self, tags):
        found = Tag.objects.named([tag for tag in tags if isinstance(tag, str)], self.instance.site_id)
        return [
            found[label_key(tag)] if isinstance(tag, str) else tag
            for tag in tags
            if not isinstance(tag, str) or clean_label(tag)
        ]

    def add(self, *tags, **kwargs):
        super().add(*self._as_tags(tags), **kwargs)

    def set(self, tags, **kwargs):
        super().set(self._as_tags(tags), **kwargs)


class TaggedArticle(ItemBase):
    """One tag on one article: the through model of Article.tags."""

    content_object = models.ForeignKey(
        "articles.Article", on_delete=models.CASCADE, related_name="tagged_items", verbose_name=_("bài viết")
    )
    tag = models.ForeignKey(
        Tag, on_delete=models.CASCADE, related_name="tagged_articles", verbose_name=_("từ khóa")
    )

    class Meta:
        verbose_name = _("từ khóa của bài")
        verbose_name_plural = _("từ khóa của bài")
        constraints = [models.UniqueConstraint(fields=["content_object", "tag"], name="one_tag_per_article")]
