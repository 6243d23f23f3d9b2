"""Fill the site with demo sections, articles, photos and staff accounts.

Safe to run again: what already exists (matched by slug or username) is left
as it is, so a developer's own edits survive `make run`.
"""

import datetime

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sites.models import Site
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from articles import images, workflow
from articles.models import Article, Section, Tag, TaggedArticle
from newsroom.models import FIRST_PORTAL_ID, Portal, PortalRole
from newsroom.portals import save_portal
from newsroom.vietnamese import label_key, vietnamese_slugify

from ._demo_articles import ARTICLES, SECTIONS, dated_lead, demo_tags
from ._demo_images import make_picture
from ._demo_reads import seed_reads
from ._demo_wards import WARDS

DEMO_PASSWORD = "newsroom-demo"

# username, full name, is_superuser, role on the first portal (the province)
DEMO_STAFF = [
    ("admin", "Quản trị viên", True, None),
    ("bientap", "Hoàng Điệp", False, PortalRole.Role.EDITOR),
    ("phongvien", "Minh Anh", False, PortalRole.Role.JOURNALIST),
    ("kiemduyet", "Thu Hà", False, PortalRole.Role.MODERATOR),
]
# Each ward's staff: the province's usernames with the ward's name after them
# ("bientap_anbinh"), same password.
WARD_STAFF_ROWS = DEMO_STAFF[1:]

# Local publishing times, cycled; the portal posts from early morning to late evening.
PUBLISH_TIMES = [
    datetime.time(7, 15),
    datetime.time(9, 40),
    datetime.time(14, 5),
    datetime.time(16, 30),
    datetime.time(20, 10),
    datetime.time(21, 11),
]
# Index of the demo article published just after local midnight.
MIDNIGHT_ARTICLE = 4

# Body photos arrive as a journalist's upload would, larger than the widest rendition.
BODY_PHOTO_SIZE = (1600, 1067)
# Bulk articles (for benchmarks) share a few cover pictures and come this often.
BULK_COVERS = 12
BULK_INTERVAL = datetime.timedelta(minutes=20)
BULK_BATCH = 1000
# Top stories: the newest demo articles pinned to the home page (the first is
# the top story), and this section's pinned story.
HOME_PINS = 4
PINNED_SECTION = "chinh-quyen"


class Command(BaseCommand):
    help = "Tạo dữ liệu mẫu: chuyên mục, bài viết có ảnh và tài khoản tòa soạn."

    def add_arguments(self, parser):
        parser.add_argument(
            "--comments",
            type=int,
            default=0,
            help="Tổng số bình luận muốn có (qua seed_demo_comments của ứng dụng bình luận).",
        )
        parser.add_argument(
            "--articles",
            type=int,
            default=0,
            help="Tổng số bài viết muốn có; phần thiếu được sinh từ bài mẫu (dùng cho benchmark).",
        )

    def handle(self, *args, articles=0, comments=0, **options):
        with transaction.atomic():
            province = Site.objects.get(pk=FIRST_PORTAL_ID)
            staff = self.make_staff()
            sections = self.make_sections()
            created = self.make_articles(staff, sections)
            self.pin_top_stories(staff["bientap"], sections[PINNED_SECTION])
            created += self.make_wards(province, staff["bientap"])
        # Demo photos stored by an earlier version of this command get theirs too.
        call_command("make_body_renditions", stdout=self.stdout, stderr=self.stderr)
        missing = articles - Article.objects.count()
        if missing > 0:
            created += self.make_bulk_articles(missing, staff, sections)
        # Comments are the comments app's own: it seeds them when installed.
        if apps.is_installed("comments"):
            call_command("seed_demo_comments", comments=comments, stdout=self.stdout)
        if reads := seed_reads():
            self.stdout.write(f"Lượt đọc mẫu cho mục Đọc nhiều: {reads}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Dữ liệu mẫu sẵn sàng: {len(sections)} chuyên mục, "
                f"{created} bài viết mới, {Article.objects.count()} bài viết tất cả."
            )
        )

    def make_staff(self, site_id=FIRST_PORTAL_ID, suffix=""):
        """The demo's staff accounts, each with its role on the portal `site_id`."""
        User = get_user_model()
        users = {}
        for username, full_name, is_superuser, role in DEMO_STAFF if not suffix else WARD_STAFF_ROWS:
            username = f"{username}{suffix}"
            first, _, last = full_name.rpartition(" ")
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": last,
                    "last_name": first,
                    "email": f"{username}@example.com",
                    "is_staff": True,
                    "is_superuser": is_superuser,
                },
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
                self.stdout.write(f"Tài khoản mẫu: {username} / {DEMO_PASSWORD}")
            if role:
                PortalRole.objects.get_or_create(user=user, site_id=site_id, role=role)
            users[username.removesuffix(suffix)] = user
        return users

    def make_sections(self, site_id=FIRST_PORTAL_ID, rows=SECTIONS):
        sections = {}
        for position, (slug, name) in enumerate(rows):
            sections[slug], _ = Section.objects.get_or_create(
                site_id=site_id, slug=slug, defaults={"name": name, "position": position}
            )
        return sections

    def make_wards(self, province, province_editor):
        """The ward portals of the first portal (_demo_wards.py), each with its
        staff, sections and published stories; the first story of each is on
        the province's home page. Returns how many stories were made."""
        created = 0
        now = timezone.now()
        for number, ward in enumerate(WARDS):
            site = save_portal(ward["domain"], ward["name"], short_name=ward["short_name"], parent=province)
            Portal.objects.filter(site=site).update(address=ward["address"], phone=ward["phone"])
            staff = self.make_staff(site.pk, suffix=f"_{ward['staff']}")
            sections = self.make_sections(site.pk, [(row["slug"], row["name"]) for row in ward["section"]])
            for index, text in enumerate(ward["story"]):
                if Article.objects.filter(site=site, title=text["title"]).exists():
                    continue
                published_at = now - datetime.timedelta(hours=2 + 5 * index + number)
                article = Article.objects.create(
                    title=text["title"],
                    lead=dated_lead(text, published_at),
                    body="\n".join(filter(None, map(text_html, text["body"]))),
                    author=staff["phongvien"],
                    section=sections[text["section"]],
                    status=Article.Status.PUBLISHED,
                    published_at=published_at,
                )
                article.tags.set([ward["tag"]])
                if index == 0:
                    workflow.put_on_province_home(article, province_editor)
                created += 1
        return created

    def make_articles(self, staff, sections):
        now = timezone.localtime()
        created = public = 0
        for index, text in enumerate(ARTICLES):
            slug = vietnamese_slugify(text["title"])
            if "status" in text:
                status, published_at = self.unpublished_state(now, text["status"])
            else:
                status, published_at = Article.Status.PUBLISHED, self.publish_time(now, public)
                public += 1
            if Article.objects.filter(site=FIRST_PORTAL_ID, slug=slug).exists():
                continue
            article = Article(
                title=text["title"],
                slug=slug,
                lead=dated_lead(text, published_at or now),
                body=self.body_html(slug, index, text["body"]),
                byline=text["byline"],
                author=staff["phongvien"] if index % 3 else staff["bientap"],
                section=sections[text["section"]],
                status=status,
                published_at=published_at,
                cover_caption=text["cover_caption"],
                cover_alt=text["cover_alt"],
            )
            # Stored by save(), cleaned like every cover (images.clean_cover).
            article.cover_image = ContentFile(make_picture(seed=index), name=f"{slug}.jpg")
            article.save()
            article.tags.set(demo_tags(article.title))
            created += 1
        return created

    def pin_top_stories(self, editor, section):
        """Pin demo stories, through the workflow as an editor would, unless some
        are pinned already (a developer's own choice survives)."""
        public = Article.objects.published(FIRST_PORTAL_ID)
        if public.pinned_to_home().exists():
            return
        now = timezone.now()
        newest = list(public.exclude(cover_image="").newest_first()[:HOME_PINS])
        for position, article in enumerate(newest, start=1):
            # The last one shows "ghim đến": it leaves the home page in two days.
            until = now + datetime.timedelta(days=2) if position == HOME_PINS else None
            workflow.pin(article, editor, home_position=position, until=until)
        lead = public.in_section(section).newest_first().first()
        if lead is not None:
            workflow.pin(
                lead,
                editor,
                home_position=lead.home_position,
                section_position=1,
                until=lead.pinned_until,
            )

    def make_bulk_articles(self, count, staff, sections):
        """Many published articles made from the demo texts, older than the demo
        itself, written in batches with bulk_create."""
        covers = [
            default_storage.save(
                f"covers/bulk/bia-{number}.jpg", ContentFile(make_picture(seed=500 + number))
            )
            for number in range(BULK_COVERS)
        ]
        oldest = Article.objects.order_by("published_at").values_list("published_at", flat=True)
        start = oldest.exclude(published_at=None).first() or timezone.now()
        authors = [staff["phongvien"], staff["bientap"]]
        offset = Article.objects.count()
        for first in range(0, count, BULK_BATCH):
            batch = []
            for number in range(first, min(first + BULK_BATCH, count)):
                text = ARTICLES[number % len(ARTICLES)]
                published_at = start - BULK_INTERVAL * (number + 1)
                article = Article(
                    title=f"{text['title']} (kỳ {offset + number})",
                    lead=dated_lead(text, published_at),
                    body="\n".join(filter(None, map(text_html, text["body"]))),
                    byline=text["byline"],
                    author=authors[number % 2],
                    section=sections[text["section"]],
                    status=Article.Status.PUBLISHED,
                    published_at=published_at,
                    cover_image=covers[number % BULK_COVERS],
                    cover_width=1200,
                    cover_height=800,
                    cover_caption=text["cover_caption"],
                    cover_alt=text["cover_alt"],
                )
                article.fill_derived_fields()
                batch.append(article)
            with transaction.atomic():
                Article.objects.bulk_create(batch)
                self.tag_in_bulk(batch)
        return count

    @staticmethod
    def tag_in_bulk(articles):
        """Demo tags for bulk-created articles, written in one insert."""
        wanted = {article.pk: demo_tags(article.title) for article in articles}
        tags = Tag.objects.named({name for names in wanted.values() for name in names}, FIRST_PORTAL_ID)
        TaggedArticle.objects.bulk_create(
            TaggedArticle(content_object_id=pk, tag=tags[label_key(name)])
            for pk, names in wanted.items()
            for name in names
        )

    @staticmethod
    def publish_time(now, index):
        """Spread the demo over several weeks: the newest 30 minutes ago, three on
        one day, one at 00:20 local time, the rest one or two a day before."""
        if index == 0:
            return now - datetime.timedelta(minutes=30)
        if index == MIDNIGHT_ARTICLE:
            day = now.date() - datetime.timedelta(days=2)
            clock = datetime.time(0, 20)
        else:
            day = now.date() - datetime.timedelta(days=1 + (index * 2) // 3)
            clock = PUBLISH_TIMES[index % len(PUBLISH_TIMES)]
        zone = timezone.get_current_timezone()
        return datetime.datetime.combine(day, clock, tzinfo=zone)

    @staticmethod
    def unpublished_state(now, name):
        """(status, published_at) of a demo article the data keeps from readers:
        a draft, one awaiting review, or one scheduled for tomorrow morning."""
        if name == "scheduled":
            tomorrow = now.date() + datetime.timedelta(days=1)
            when = datetime.datetime.combine(
                tomorrow, datetime.time(8, 0), tzinfo=timezone.get_current_timezone()
            )
            return Article.Status.PUBLISHED, when
        return Article.Status(name), None

    @staticmethod
    def body_html(slug, index, blocks):
        """Turn the demo blocks into the HTML CKEditor would have produced."""
        parts = []
        for number, block in enumerate(blocks):
            if "photo" not in block:
                parts.append(text_html(block))
                continue
            width, height = BODY_PHOTO_SIZE
            name = default_storage.save(
                f"{images.UPLOADS}/demo/{slug}-{number}.jpg",
                ContentFile(make_picture(seed=1000 + index * 10 + number, width=width, height=height)),
            )
            # What the editor's upload does next (articles.images.store_upload).
            images.make_renditions(name)
            parts.append(
                f'<figure class="image"><img src="{settings.MEDIA_URL}{name}" '
                f'alt="{escape(block["alt"])}" width="{width}" height="{height}">'
                f"<figcaption>{escape(block['photo'])}</figcaption></figure>"
            )
        return "\n".join(parts)


def text_html(block):
    """A demo body block's paragraph or sub-heading as HTML; None for a photo."""
    if "p" in block:
        return f"<p>{escape(block['p'])}</p>"
    if "h" in block:
        return f"<h2>{escape(block['h'])}</h2>"
    return None
