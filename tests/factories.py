"""Plain functions that build test data with sensible defaults."""

import datetime
import io
import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.html import escape
from PIL import Image

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


def make_article(title=None, section=None, author=None, tags=(), **fields):
    """A published article from an hour ago unless told otherwise."""
    number = next(_sequence)
    fields.setdefault("status", Article.Status.PUBLISHED)
    if fields["status"] == Article.Status.PUBLISHED:
        fields.setdefault("published_at", timezone.now() - datetime.timedelta(hours=1))
    fields.setdefault("lead", f"Chiều 14/5, tin số {number} của quận.")
    fields.setdefault("body", f"<p>Nội dung bài viết số {number}.</p>")
    article = Article.objects.create(
        title=title or f"Bài viết số {number}",
        section=section or make_section(),
        author=author or make_user(),
        **fields,
    )
    if tags:
        article.tags.set(tags)
    return article


def make_upload(size=(1600, 1000), picture=None):
    """A photo stored as the editor's upload view stores it (cleaned, renditions
    made): a plain one of `size`, or the JPEG bytes `picture`. Its URL, as
    CKEditor puts it in a body."""
    from articles.images import store_upload

    if picture is None:
        buffer = io.BytesIO()
        Image.new("RGB", size, (30, 110, 180)).save(buffer, format="JPEG")
        picture = buffer.getvalue()
    name, _width, _height = store_upload(ContentFile(picture, name="anh.jpg"))
    return default_storage.url(name)


def photo_figure(url, alt="Cầu Hoàng Nam lúc thông xe", caption="Ảnh: Minh Anh", classes="image"):
    """A captioned body photo as CKEditor's image2 writes it."""
    return (
        f'<figure class="{classes}"><img src="{url}" alt="{escape(alt)}" width="1600" height="1000">'
        f"<figcaption>{escape(caption)}</figcaption></figure>"
    )


# The roles the migrations create: {group name: [(app label, codename)]}. Read
# from the freshly migrated test database once (tests/conftest.py), because
# browser tests flush the database, groups included.
ROLES = {}


def remember_roles():
    """Note every group the migrations made, with its rights."""
    for group in Group.objects.prefetch_related("permissions__content_type"):
        ROLES[group.name] = [(p.content_type.app_label, p.codename) for p in group.permissions.all()]


def newsroom_group(name):
    """One of the roles the migrations create ("Phóng viên", "Biên tập viên",
    "Kiểm duyệt viên"), put back with the migration's own rights if a flush
    removed it, so tests never invent their own."""
    group, created = Group.objects.get_or_create(name=name)
    if created:
        group.permissions.set(
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in ROLES[name]
        )
    return group


def first_site():
    """The first portal's Site (answering on the test client's host), put back
    if a flush removed it, the way the migrations made it."""
    from django.conf import settings
    from django.contrib.sites.models import Site

    from newsroom.models import FIRST_PORTAL_ID

    site, created = Site.objects.get_or_create(
        pk=FIRST_PORTAL_ID, defaults={"domain": settings.NEWSROOM_FIRST_PORTAL_DOMAIN, "name": "Hoàng Nam"}
    )
    if created:
        from django.core.management.color import no_style
        from django.db import connection

        from newsroom.portals import forget_portals

        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), [Site]):
                cursor.execute(statement)
        forget_portals()
    return site


def make_site(domain=None, name=None, short_name=None, parent=None):
    """Another portal (a ward of the first one unless told otherwise), answering on `domain`."""
    from newsroom.portals import save_portal

    number = next(_sequence)
    return save_portal(
        domain or f"phuong-{number}.example.vn",
        name or f"Cổng thông tin điện tử phường số {number}",
        short_name=short_name or f"P{number}",
        parent=parent if parent is not None else first_site(),
    )


def give_role(user, role, site=None):
    """`user` becomes journalist, editor or moderator of `site` (the first portal
    unless told otherwise), with the group's rights there (newsroom/roles.py)."""
    from newsroom.models import PortalRole

    PortalRole.objects.get_or_create(user=user, site=site or first_site(), role=role)
    user.__dict__.pop("_portal_perm_cache", None)
    user.__dict__.pop("_staff_site_ids", None)
    return user


def make_journalist(username=None, site=None, **fields):
    user = make_user(username, **fields)
    user.groups.add(newsroom_group("Phóng viên"))
    return give_role(user, "journalist", site)


def make_editor(username=None, site=None, **fields):
    user = make_user(username, **fields)
    user.groups.add(newsroom_group("Biên tập viên"))
    return give_role(user, "editor", site)


def make_moderator(username=None, site=None, **fields):
    user = make_user(username, **fields)
    user.groups.add(newsroom_group("Kiểm duyệt viên"))
    return give_role(user, "moderator", site)


def make_captcha(answer="abcd", age_seconds=60):
    """A captcha issued `age_seconds` ago (the form's minimum time has passed); its key."""
    from captcha.conf import settings as captcha_settings
    from captcha.models import CaptchaStore

    lifetime = datetime.timedelta(minutes=int(captcha_settings.CAPTCHA_TIMEOUT))
    store = CaptchaStore.objects.create(
        challenge=answer.upper(),
        response=answer,
        expiration=timezone.now() + lifetime - datetime.timedelta(seconds=age_seconds),
    )
    return store.hashkey


def form_started(age_seconds=60):
    """The comment form's signed "first shown" time, `age_seconds` ago."""
    from comments.forms import started_token

    return started_token(timezone.now() - datetime.timedelta(seconds=age_seconds))


def comment_data(**fields):
    """A valid comment form post, shown a minute ago, with a freshly solved captcha."""
    data = {
        "name": "Nguyễn Văn Hùng",
        "phone": "0912 345 678",
        "title": "Mong sớm hoàn thành",
        "body": "Tôi ở đầu phố, mong nhà thầu giữ đúng tiến độ.",
        "captcha": "abcd",
        "website": "",
    }
    data.update(fields)
    if "captcha_key" not in data:
        data["captcha_key"] = make_captcha(answer="abcd")
    if "started" not in data:
        data["started"] = form_started()
    return data


def make_comment(article=None, **fields):
    from comments.models import Comment

    number = next(_sequence)
    fields.setdefault("name", f"Bạn đọc {number}")
    fields.setdefault("title", f"Ý kiến số {number}")
    fields.setdefault("body", f"Nội dung ý kiến số {number}.")
    fields.setdefault("ip_address", "203.113.0.1")
    return Comment.objects.create(article=article or make_article(), **fields)
