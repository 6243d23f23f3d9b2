"""Plain functions that build test data with sensible defaults."""
import datetime
import itertools

from django.contrib.auth import get_user_model
from django.utils import timezone

from articles.models import Article, Section

_sequence = itertools.count(1)


def make_user(username=None, **fields):
    number = next(_sequence)
    fields.setdefault("is_staff", True)
    user = get_user_model().objects.create_user(
        username=username or f"user{number}", password="test-pass-123", **fields
    )
    return user


def make_section(name=None, **fields):
    number = next(_sequence)
    return Section.objects.create(name=name or f"Chuyên mục {number}", **fields)


def make_article(title=None, section=None, author=None, **fields):
    """A published article from an hour ago unless told otherwise."""
    number = next(_sequence)
    fields.setdefault("status", Article.Status.PUBLISHED)
    if fields["status"] == Article.Status.PUBLISHED:
        fields.setdefault("published_at", timezone.now() - datetime.timedelta(hours=1))
    fields.setdefault("lead", f"Chiều 14/5, tin số {number} của quận.")
    fields.setdefault("body", f"<p>Nội dung bài viết số {number}.</p>")
    return Article.objects.create(
        title=title or f"Bài viết số {number}",
        section=section or make_section(),
        author=author or make_user(),
        **fields,
    )


def newsroom_group(name):
    """One of the roles the articles migration creates ("Phóng viên", "Biên tập viên").

    Browser tests flush the database, groups included; this puts the group back
    with the migration's own list of rights, so tests never invent their own.
    """
    from importlib import import_module

    from django.contrib.auth.models import Group, Permission

    roles = import_module("articles.migrations.0007_newsroom_groups").ROLES
    group, created = Group.objects.get_or_create(name=name)
    if created:
        group.permissions.set(
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in (code.split(".") for code in roles[name])
        )
    return group


def make_journalist(username=None, **fields):
    user = make_user(username, **fields)
    user.groups.add(newsroom_group("Phóng viên"))
    return user


def make_editor(username=None, **fields):
    user = make_user(username, **fields)
    user.groups.add(newsroom_group("Biên tập viên"))
    return user
