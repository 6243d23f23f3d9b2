"""Fill the demo articles with their reader comments, in every status, and the
newsroom's replies to a few (seed_demo calls this). One story's discussion
fills several pages.

Safe to run again: a demo comment already on its article is left as it is.
`--comments N` adds bulk comments up to N in all, for the benchmarks, with one
article of 2,000.
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from articles.models import Article
from comments import moderation
from comments.counts import recount_comments
from comments.models import Comment
from comments.text import to_e164
from newsroom.models import FIRST_PORTAL_ID, PortalRole

from ._demo_comments import TEXTS, THREADS, WARD_THREADS

# The demo moderator (made by seed_demo) decides the demo comments.
DEMO_MODERATOR = "kiemduyet"
BULK_COMMENT_BATCH = 5000
# The benchmark's article page: the 26th newest article gets 50 approved comments.
BENCH_ARTICLE_INDEX = 25
BENCH_ARTICLE_COMMENTS = 50
# The benchmark's long discussion: the 27th newest article gets 2,000 approved comments.
LONG_ARTICLE_INDEX = 26
LONG_ARTICLE_COMMENTS = 2000
# Bulk comments: mostly approved, some waiting, a few rejected or spam.
BULK_COMMENT_STATUSES = ["approved"] * 14 + ["pending"] * 4 + ["rejected", "spam"]


class Command(BaseCommand):
    help = "Tạo bình luận mẫu cho các bài viết mẫu (seed_demo gọi lệnh này)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--comments",
            type=int,
            default=0,
            help="Tổng số bình luận muốn có; phần thiếu được sinh hàng loạt (dùng cho benchmark).",
        )

    def handle(self, *args, comments=0, **options):
        moderator = get_user_model().objects.filter(username=DEMO_MODERATOR).first()
        if moderator is not None:
            with transaction.atomic():
                for thread in THREADS:
                    article = Article.objects.published(FIRST_PORTAL_ID).filter(slug=thread["slug"]).first()
                    # A developer may have removed or withdrawn a demo article.
                    if article is not None:
                        self.make_comments(article, thread["comment"], moderator)
        # Each ward's comments, decided by the ward's own demo moderator ("kiemduyet_<ward>").
        for thread in WARD_THREADS:
            role = (
                PortalRole.objects.filter(
                    site__domain=thread["domain"],
                    role=PortalRole.Role.MODERATOR,
                    user__username__startswith=f"{DEMO_MODERATOR}_",
                )
                .select_related("user")
                .first()
            )
            if role is None:
                continue
            article = Article.objects.published(role.site_id).filter(slug=thread["slug"]).first()
            if article is not None:
                with transaction.atomic():
                    self.make_comments(article, thread["comment"], role.user)
        self.make_bulk_comments(comments)

    @staticmethod
    def make_comments(article, texts, moderator):
        """The article's demo comments, decided by the demo moderator, and the
        newsroom's replies.

        They arrive in order between the article's publication and now; each is
        decided halfway between its arrival and now, and answered a few hours
        after it arrived (never before it was approved, nor in the future)."""
        now = timezone.now()
        for number, text in enumerate(texts):
            if Comment.objects.filter(article=article, name=text["name"], title=text["title"]).exists():
                continue
            _status, flags, _reason = moderation.classify(text["name"], text["title"], text["body"])
            received = article.published_at + (now - article.published_at) * (0.1 + 0.8 * number / len(texts))
            comment = Comment.objects.create(
                article=article,
                flags=" ".join(flags),
                name=text["name"],
                phone=to_e164(text["phone"]) if text.get("phone") else "",
                title=text["title"],
                body=text["body"],
                ip_address=f"203.113.{article.pk % 250}.{10 + number}",
                user_agent="Mozilla/5.0 (Linux; Android 14) Mobile",
                received_at=received,
            )
            status = text.get("status", Comment.Status.APPROVED)
            if status != Comment.Status.PENDING:
                moderation.decide(comment, status, by=moderator, now=received + (now - received) / 2)
            if "reply" in text:
                at = max(comment.decided_at, received + datetime.timedelta(hours=3))
                moderation.reply(comment, by=moderator, body=text["reply"], now=min(at, now))

    def make_bulk_comments(self, total):
        """Comments up to `total`, spread over the published articles with
        bulk_create; the benchmark's article gets its fifty approved first."""
        missing = total - Comment.objects.count()
        # On the first portal, which the benchmark asks.
        public = list(Article.objects.published(FIRST_PORTAL_ID).newest_first().values_list("pk", flat=True))
        if missing <= 0 or not public:
            return
        busy = public[min(BENCH_ARTICLE_INDEX, len(public) - 1)]
        long_discussion = public[min(LONG_ARTICLE_INDEX, len(public) - 1)]
        others = [pk for pk in public if pk not in (busy, long_discussion)] or [busy]
        phones = {text["phone"]: to_e164(text["phone"]) for text in TEXTS if text.get("phone")}
        already = Comment.objects.filter(article_id=busy, status=Comment.Status.APPROVED).count()
        top_up = max(0, BENCH_ARTICLE_COMMENTS - already)
        long_already = Comment.objects.filter(
            article_id=long_discussion, status=Comment.Status.APPROVED
        ).count()
        long_top_up = top_up + max(0, LONG_ARTICLE_COMMENTS - long_already)
        rng = random.Random(2024)
        now = timezone.now()
        for first in range(0, missing, BULK_COMMENT_BATCH):
            batch = []
            for number in range(first, min(first + BULK_COMMENT_BATCH, missing)):
                text = TEXTS[number % len(TEXTS)]
                if number < top_up:
                    article_id, status = busy, Comment.Status.APPROVED
                elif number < long_top_up:
                    article_id, status = long_discussion, Comment.Status.APPROVED
                else:
                    article_id = rng.choice(others)
                    status = BULK_COMMENT_STATUSES[number % len(BULK_COMMENT_STATUSES)]
                received = now - datetime.timedelta(seconds=37 * number + 60)
                batch.append(
                    Comment(
                        article_id=article_id,
                        name=text["name"],
                        phone=phones.get(text.get("phone"), ""),
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
