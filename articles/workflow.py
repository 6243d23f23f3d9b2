"""The publishing workflow: who may do what to an article, and the steps themselves.

Journalists write, edit their own work while it is a draft or waiting for review,
and submit it. Editors edit anything, publish now or at a later time, unpublish,
and pin top stories to the home page and to sections. The admin (form, actions, revision views) only calls these functions,
so a forged POST meets the same rules as a click.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Article, ArticleRevision, Section
from newsroom.portals import portal

EDITABLE_BY_AUTHOR = {Article.Status.DRAFT, Article.Status.REVIEW}
PIN_FIELDS = ("home_position", "section_position", "pinned_until")


def portal_of(article):
    """The portal (Site) `article` is on, or will be on: its section's."""
    return portal(article.section.site_id if article.section_id else article.site_id)


def can_publish(user, site=None):
    """Editors publish, schedule and unpublish on their portals (`site`; None:
    on some portal, to offer the fields and actions); journalists never do."""
    return user.is_active and user.has_perm("articles.publish_article", site)


def can_pin(user, site=None):
    """Choosing the top stories is an editor's call, like publishing."""
    return can_publish(user, site)


def can_edit(user, article):
    """May `user` change this article's text? Own drafts and reviews, or
    anything for editors: on the article's portal."""
    site = portal_of(article)
    if not (user.is_active and user.has_perm("articles.change_article", site)):
        return False
    if user.has_perm("articles.edit_others_article", site):
        return True
    return article.author_id == user.pk and article.status in EDITABLE_BY_AUTHOR


def can_preview(user, article):
    """Staff who work on articles of its portal may read any of them before readers can."""
    return user.is_active and user.is_staff and user.has_perm("articles.view_article", portal_of(article))


def can_write_in(user, section):
    """May `user` write articles in `section` (on its portal)?"""
    return user.is_active and user.has_perm("articles.add_article", portal(section.site_id))


def check_form_save(article, user, changed_fields):
    """Refuse an edit from the article form that puts the article in a section
    of a portal `user` does not write for, would publish or schedule the
    article (or move its publish time) when `user` may not publish there, or
    change its pins when `user` may not pin there."""
    site = portal_of(article)
    _require(
        user.has_perm("articles.add_article" if article.pk is None else "articles.change_article", site),
        _("Bạn không viết bài cho cổng này."),
    )
    if article.status == Article.Status.PUBLISHED or "published_at" in changed_fields:
        _require(can_publish(user, site), _("Chỉ biên tập viên được đăng bài."))
    if set(PIN_FIELDS) & set(changed_fields):
        _require(can_pin(user, site), _("Chỉ biên tập viên được ghim tin nổi bật."))


def save_revision(article, user):
    """Keep a copy of the article's text as it now stands."""
    return ArticleRevision.objects.create(
        article=article,
        title=article.title,
        lead=article.lead,
        body=article.body,
        status=article.status,
        created_by=user,
    )


def _require(allowed, message):
    if not allowed:
        raise PermissionDenied(message)


@transaction.atomic
def submit_for_review(article, user):
    """A draft goes to the editors' queue."""
    _require(can_edit(user, article), _("Bạn không được sửa bài viết này."))
    if article.status != Article.Status.DRAFT:
        raise PermissionDenied(_("Chỉ gửi duyệt được bài đang là bản nháp."))
    article.status = Article.Status.REVIEW
    article.save()
    return save_revision(article, user)


@transaction.atomic
def publish(article, user, at=None):
    """Publish now, or at `at`; a future time means scheduled (the visibility rule waits)."""
    _require(can_publish(user, portal_of(article)), _("Chỉ biên tập viên được đăng bài."))
    article.status = Article.Status.PUBLISHED
    article.published_at = at or timezone.now()
    article.save()
    return save_revision(article, user)


@transaction.atomic
def unpublish(article, user):
    """Take an article off the site; it goes back to being a draft."""
    _require(can_publish(user, portal_of(article)), _("Chỉ biên tập viên được gỡ bài."))
    article.status = Article.Status.DRAFT
    article.published_at = None
    article.save()
    return save_revision(article, user)


@transaction.atomic
def pin(article, user, home_position=None, section_position=None, until=None):
    """Pin `article` to the home page and/or its section's page, in that place's
    order (1 first), until `until` or until unpinned. Only published articles
    show, so unpublishing takes a pinned article off every page at once."""
    _require(can_pin(user, portal_of(article)), _("Chỉ biên tập viên được ghim tin nổi bật."))
    article.home_position = home_position
    article.section_position = section_position
    article.pinned_until = until
    article.save()


@transaction.atomic
def unpin(article, user):
    """Take `article` out of every top-story place."""
    pin(article, user)


@transaction.atomic
def restore_revision(revision, user):
    """Put an earlier text back; the restore itself becomes the newest revision."""
    article = revision.article
    _require(can_edit(user, article), _("Bạn không được sửa bài viết này."))
    article.title = revision.title
    article.lead = revision.lead
    article.body = revision.body
    article.save()
    return save_revision(article, user)


def province_of(article):
    """The province (Site) whose home page may show `article`, a ward's story; None for a province's own."""
    site = portal(article.site_id)
    return portal(site.profile.parent_id) if site.profile.parent_id else None


def can_put_on_province_home(user, article):
    """Editors of the province choose which of its wards' stories its home page shows."""
    province = province_of(article)
    return province is not None and can_pin(user, province)


@transaction.atomic
def put_on_province_home(article, user):
    """Show the ward's published story on its province's home page ("Tin từ
    cơ sở"), linking to the ward's own page, which stays its canonical address."""
    _require(
        can_put_on_province_home(user, article), _("Chỉ biên tập viên của cổng tỉnh được chọn tin từ cơ sở.")
    )
    if not Article.objects.published().filter(pk=article.pk).exists():
        raise PermissionDenied(_("Chỉ đưa được bài đã đăng lên trang chủ tỉnh."))
    Article.objects.filter(pk=article.pk).touch(on_province_home_at=timezone.now())


@transaction.atomic
def take_off_province_home(article, user):
    """Take the ward's story off its province's home page."""
    _require(
        can_put_on_province_home(user, article), _("Chỉ biên tập viên của cổng tỉnh được chọn tin từ cơ sở.")
    )
    Article.objects.filter(pk=article.pk).touch(on_province_home_at=None)


def mark_tagged_articles_changed(tags):
    """After a tag is renamed, or before it is deleted: touch the articles that
    carry it, so the cached pages showing the tag (its articles, its own page,
    the sitemap) are built afresh on the next request."""
    Article.objects.filter(pk__in=Article.objects.filter(tags__in=tags).values("pk")).touch()


@transaction.atomic
def delete_tags(tags):
    """Delete `tags` (a queryset) and refresh the pages that showed them."""
    mark_tagged_articles_changed(list(tags))
    tags.delete()


def delete_articles(articles):
    """Delete `articles` (a queryset) and mark their sections changed, so that the
    cached pages listing them drop them on the next request."""
    section_ids = set(articles.values_list("section_id", flat=True))
    articles.delete()
    Section.objects.filter(pk__in=section_ids).touch()
