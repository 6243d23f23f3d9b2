"""Fill the site with demo sections, articles, photos and staff accounts.

Safe to run again: what already exists (matched by slug or username) is left
as it is, so a developer's own edits survive `make run`.
"""
import datetime
import random

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from articles.models import Article, Section
from articles.vietnamese import vietnamese_slugify

from ._demo_articles import ARTICLES, COMMENTS, SECTIONS
from ._demo_images import make_picture
from ._demo_reads import seed_reads

DEMO_PASSWORD = "newsroom-demo"

# username, full name, is_superuser, group names
DEMO_STAFF = [
    ("admin", "Quản trị viên", True, []),
    ("bientap", "Hoàng Điệp", False, ["Biên tập viên"]),
    ("phongvien", "Minh Anh", False, ["Phóng viên"]),
    ("kiemduyet", "Thu Hà", False, ["Kiểm duyệt viên"]),
]

# Local publishing times, cycled; the portal posts from early morning to late evening.
PUBLISH_TIMES = [
    datetime.time(7, 15), datetime.time(9, 40), datetime.time(14, 5),
    datetime.time(16, 30), datetime.time(20, 10), datetime.time(21, 11),
]
# Index of the demo article published just after local midnight.
MIDNIGHT_ARTICLE = 4
# The last demo texts show the workflow instead of being public.
UNPUBLISHED = [Article.Status.DRAFT, Article.Status.REVIEW, "scheduled"]


# Bulk articles (for benchmarks) share a few cover pictures and come this often.
BULK_COVERS = 12
BULK_INTERVAL = datetime.timedelta(minutes=20)
BULK_BATCH = 1000
BULK_COMMENT_BATCH = 5000
# The benchmark's article page: the 26th newest article gets 50 approved comments.
BENCH_ARTICLE_INDEX = 25
BENCH_ARTICLE_COMMENTS = 50
# Bulk comments: mostly approved, some waiting, a few rejected or spam.
BULK_COMMENT_STATUSES = ["approved"] * 14 + ["pending"] * 4 + ["rejected", "spam"]


class Command(BaseCommand):
    help = "Tạo dữ liệu mẫu: chuyên mục, bài viết có ảnh và tài khoản tòa soạn."

    def add_arguments(self, parser):
        parser.add_argument(
            "--comments",
            type=int,
            default=0,
            help="Tổng số bình luận muốn có; phần thiếu được sinh hàng loạt (dùng cho benchmark).",
        )
        parser.add_argument(
            "--articles",
            type=int,
            default=0,
            help="Tổng số bài viết muốn có; phần thiếu được sinh từ bài mẫu (dùng cho benchmark).",
        )

    def handle(self, *args, articles=0, comments=0, **options):
        with transaction.atomic():
            staff = self.make_staff()
            sections = self.make_sections()
            created = self.make_articles(staff, sections)
            self.make_comments(staff)
        missing = articles - Article.objects.count()
        if missing > 0:
            created += self.make_bulk_articles(missing, staff, sections)
        self.make_bulk_comments(comments)
        if reads := seed_reads():
            self.stdout.write(f"Lượt đọc mẫu cho mục Đọc nhiều: {reads}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Dữ liệu mẫu sẵn sàng: {len(sections)} chuyên mục, "
                f"{created} bài viết mới, {Article.objects.count()} bài viết tất cả."
            )
        )

    def make_staff(self):
        User = get_user_model()
        users = {}
        for username, full_name, is_superuser, groups in DEMO_STAFF:
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
            user.groups.add(*Group.objects.filter(name__in=groups))
            users[username] = user
        return users

    def make_sections(self):
        sections = {}
        for position, (slug, name) in enumerate(SECTIONS):
            sections[slug], _ = Section.objects.get_or_create(
                slug=slug, defaults={"name": name, "position": position}
            )
        return sections

    def make_articles(self, staff, sections):
        now = timezone.localtime()
        public_texts = ARTICLES[: -len(UNPUBLISHED)]
        created = 0
        for index, text in enumerate(ARTICLES):
            slug = vietnamese_slugify(text["title"])
            if Article.objects.filter(slug=slug).exists():
                continue
            if index < len(public_texts):
                status, published_at = Article.Status.PUBLISHED, self.publish_time(now, index)
            else:
                status, published_at = self.unpublished_state(now, index - len(public_texts))
            article = Article(
                title=text["title"],
                slug=slug,
                lead=text["lead"],
                body=self.body_html(slug, index, text["body"]),
                byline=text["byline"],
                author=staff["phongvien"] if index % 3 else staff["bientap"],
                section=sections[text["section"]],
                status=status,
                published_at=published_at,
                cover_caption=text["cover_caption"],
                cover_alt=text["cover_alt"],
            )
            article.cover_image.save(
                f"{slug}.jpg", ContentFile(make_picture(seed=index)), save=False
            )
            article.save()
            created += 1
        return created

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
        start = (oldest.exclude(published_at=None).first() or timezone.now())
        authors = [staff["phongvien"], staff["bientap"]]
        offset = Article.objects.count()
        for first in range(0, count, BULK_BATCH):
            batch = []
            for number in range(first, min(first + BULK_BATCH, count)):
                text = ARTICLES[number % len(ARTICLES)]
                article = Article(
                    title=f"{text['title']} (kỳ {offset + number})",
                    lead=text["lead"],
                    body="\n".join(
                        f"<p>{escape(block[1])}</p>" for block in text["body"] if block[0] == "p"
                    ),
                    byline=text["byline"],
                    author=authors[number % 2],
                    section=sections[text["section"]],
                    status=Article.Status.PUBLISHED,
                    published_at=start - BULK_INTERVAL * (number + 1),
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
        return count

    def make_comments(self, staff):
        """Demo comments in every status, decided by the demo moderator."""
        from comments import moderation
        from comments.forms import to_e164
        from comments.models import Comment

        statuses = [Comment.Status.APPROVED] * 3 + [
            Comment.Status.PENDING, Comment.Status.REJECTED, Comment.Status.SPAM,
        ]
        articles = list(Article.objects.published().newest_first()[:10])
        for index, text in enumerate(COMMENTS):
            article = articles[index % len(articles)]
            if Comment.objects.filter(article=article, name=text["name"], title=text["title"]).exists():
                continue
            _status, flags, _reason = moderation.classify(text["name"], text["title"], text["body"])
            comment = Comment.objects.create(
                article=article,
                flags=" ".join(flags),
                name=text["name"],
                phone=to_e164(text["phone"]) if text["phone"] else "",
                title=text["title"],
                body=text["body"],
                ip_address=f"203.113.{index // 8}.{10 + index}",
                user_agent="Mozilla/5.0 (Linux; Android 14) Mobile",
                received_at=article.published_at + datetime.timedelta(minutes=20 + index * 7),
            )
            status = statuses[index % len(statuses)]
            if status != Comment.Status.PENDING:
                moderation.decide(comment, status, by=staff["kiemduyet"])

    def make_bulk_comments(self, total):
        """Comments up to `total`, spread over the published articles with
        bulk_create; the benchmark's article gets its fifty approved first."""
        from comments.forms import to_e164
        from comments.models import Comment
        from comments.moderation import recount_comments

        missing = total - Comment.objects.count()
        public = list(Article.objects.published().newest_first().values_list("pk", flat=True))
        if missing <= 0 or not public:
            return
        busy = public[min(BENCH_ARTICLE_INDEX, len(public) - 1)]
        others = [pk for pk in public if pk != busy] or [busy]
        texts = [text for text in COMMENTS if not text.get("spam")]
        phones = {text["phone"]: to_e164(text["phone"]) for text in texts if text["phone"]}
        already = Comment.objects.filter(article_id=busy, status=Comment.Status.APPROVED).count()
        top_up = max(0, BENCH_ARTICLE_COMMENTS - already)
        rng = random.Random(2024)
        now = timezone.now()
        for first in range(0, missing, BULK_COMMENT_BATCH):
            batch = []
            for number in range(first, min(first + BULK_COMMENT_BATCH, missing)):
                text = texts[number % len(texts)]
                if number < top_up:
                    article_id, status = busy, Comment.Status.APPROVED
                else:
                    article_id = rng.choice(others)
                    status = BULK_COMMENT_STATUSES[number % len(BULK_COMMENT_STATUSES)]
                received = now - datetime.timedelta(seconds=37 * number + 60)
                batch.append(
                    Comment(
                        article_id=article_id,
                        name=text["name"],
                        phone=phones.get(text["phone"], ""),
                        title=text["title"],
                        body=f"{text['body']} ({number})",
                        status=status,
                        ip_address=f"198.51.100.{number % 250 + 1}",
                        user_agent="Mozilla/5.0 (bench)",
                        received_at=received,
                        decided_at=None if status == "pending" else received,
                    )
                )
            with transaction.atomic():
                Comment.objects.bulk_create(batch)
        recount_comments(public)

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
    def unpublished_state(now, index):
        state = UNPUBLISHED[index % len(UNPUBLISHED)]
        if state == "scheduled":
            tomorrow = now.date() + datetime.timedelta(days=1)
            when = datetime.datetime.combine(
                tomorrow, datetime.time(8, 0), tzinfo=timezone.get_current_timezone()
            )
            return Article.Status.PUBLISHED, when
        return state, None

    @staticmethod
    def body_html(slug, index, blocks):
        """Turn the demo blocks into the HTML CKEditor would have produced."""
        parts = []
        for number, block in enumerate(blocks):
            kind = block[0]
            if kind == "p":
                parts.append(f"<p>{escape(block[1])}</p>")
            elif kind == "h":
                parts.append(f"<h2>{escape(block[1])}</h2>")
            elif kind == "img":
                caption, alt = block[1], block[2]
                name = default_storage.save(
                    f"uploads/demo/{slug}-{number}.jpg",
                    ContentFile(make_picture(seed=1000 + index * 10 + number)),
                )
                parts.append(
                    f'<figure class="image"><img src="{settings.MEDIA_URL}{name}" '
                    f'alt="{escape(alt)}" width="1200" height="800">'
                    f"<figcaption>{escape(caption)}</figcaption></figure>"
                )
        return "\n".join(parts)
