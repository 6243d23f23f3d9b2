"""Fill the demo articles with reader comments in every status (seed_demo calls this).

Safe to run again: a demo comment already on its article is left as it is.
Also: the newsroom's replies to a few approved comments, and one article with
enough approved comments to fill several pages. `--comments N` adds bulk
comments up to N in all, for the benchmarks, with one article of 2,000.
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

from ._demo_comments import COMMENTS, REPLIES

# The demo moderator (made by seed_demo) decides the demo comments.
DEMO_MODERATOR = "kiemduyet"
BULK_COMMENT_BATCH = 5000
# The benchmark's article page: the 26th newest article gets 50 approved comments.
BENCH_ARTICLE_INDEX = 25
BENCH_ARTICLE_COMMENTS = 50
# The benchmark's long discussion: the 27th newest article gets 2,000 approved comments.
LONG_ARTICLE_INDEX = 26
LONG_ARTICLE_COMMENTS = 2000
# The demo's article whose comments fill several pages (20 a page).
PAGED_ARTICLE_INDEX = 1
PAGED_ARTICLE_COMMENTS = 45
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
        if moderator is not None and Article.objects.published().exists():
            with transaction.atomic():
                self.make_comments(moderator)
                self.make_replies(moderator)
                self.make_paged_article()
        self.make_bulk_comments(comments)

    def make_comments(self, moderator):
        """Demo comments in every status, decided by the demo moderator.

        Each arrives between its article's publication and now, and is decided
        halfway between its arrival and now."""
        statuses = [Comment.Status.APPROVED] * 3 + [
            Comment.Status.PENDING,
            Comment.Status.REJECTED,
            Comment.Status.SPAM,
        ]
        articles = list(Article.objects.published().newest_first()[:10])
        now = timezone.now()
        for index, text in enumerate(COMMENTS):
            article = articles[index % len(articles)]
            if Comment.objects.filter(article=article, name=text["name"], title=text["title"]).exists():
                continue
            _status, flags, _reason = moderation.classify(text["name"], text["title"], text["body"])
            received = article.published_at + (now - article.published_at) * (
                0.2 + 0.6 * index / len(COMMENTS)
            )
            comment = Comment.objects.create(
                article=article,
                flags=" ".join(flags),
                name=text["name"],
                phone=to_e164(text["phone"]) if text["phone"] else "",
                title=text["title"],
                body=text["body"],
                ip_address=f"203.113.{index // 8}.{10 + index}",
                user_agent="Mozilla/5.0 (Linux; Android 14) Mobile",
                received_at=received,
            )
            status = statuses[index % len(statuses)]
            if status != Comment.Status.PENDING:
                moderation.decide(comment, status, by=moderator, now=received + (now - received) / 2)

    def make_replies(self, moderator):
        """The newsroom answers a few approved demo comments."""
        answered = set(
            Comment.objects.filter(title__in=REPLIES, reply__isnull=False).values_list("title", flat=True)
        )
        for title in REPLIES.keys() - answered:
            comment = Comment.objects.approved().filter(title=title).oldest_first().first()
            if comment is None:
                continue
            # A few hours after the comment arrived, never before it was approved nor in the future.
            at = max(comment.decided_at, comment.received_at + datetime.timedelta(hours=3))
            moderation.reply(comment, by=moderator, body=REPLIES[comment.title], now=min(at, timezone.now()))

    def make_paged_article(self):
        """Approved comments on one article until they fill three pages."""
        articles = list(Article.objects.published().newest_first()[: PAGED_ARTICLE_INDEX + 1])
        if not articles:
            return
        article = articles[-1]
        missing = PAGED_ARTICLE_COMMENTS - article.comments.approved().count()
        if missing <= 0:
            return
        texts = [text for text in COMMENTS if not text.get("spam")]
        now = timezone.now()
        step = (now - article.published_at) / (missing + 2)
        Comment.objects.bulk_create(
            Comment(
                article=article,
                name=text["name"],
                title=text["title"],
                body=text["body"],
                status=Comment.Status.APPROVED,
                ip_address=f"203.113.200.{number % 250 + 1}",
                received_at=(received := article.published_at + step * (number + 1)),
                decided_at=received + step / 2,
            )
            for number, text in ((n, texts[n % len(texts)]) for n in range(missing))
        )
        recount_comments([article.pk])

    def make_bulk_comments(self, total):
        """Comments up to `total`, spread over the published articles with
        bulk_create; the benchmark's article gets its fifty approved first."""
        missing = total - Comment.objects.count()
        public = list(Article.objects.published().newest_first().values_list("pk", flat=True))
        if missing <= 0 or not public:
            return
        busy = public[min(BENCH_ARTICLE_INDEX, len(public) - 1)]
        long_discussion = public[min(LONG_ARTICLE_INDEX, len(public) - 1)]
        others = [pk for pk in public if pk not in (busy, long_discussion)] or [busy]
        texts = [text for text in COMMENTS if not text.get("spam")]
        phones = {text["phone"]: to_e164(text["phone"]) for text in texts if text["phone"]}
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
                text = texts[number % len(texts)]
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
