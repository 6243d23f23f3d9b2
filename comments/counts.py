"""Comment counts: the moderation queue's count per status, and each article's
number of approved comments.

The approved count is stored on Article.comment_count so that every list of
articles shows it without a query per article (or a join over the comments
table); the comments app alone writes it, through ArticleQuerySet.touch(),
which applies the freshness rule, since the number is on public pages.
"""

import hashlib

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce

from articles.models import Article
from comments.models import Comment, ModerationRecord

# Counting a million comments by status takes a while; the counts only change
# when a comment arrives or a decision is made, which the newest ids show.
# (A superuser's deletion shows within the timeout.)
STATUS_COUNTS_TIMEOUT = 60


def status_counts(comments):
    """How many of `comments` (a queryset: the staff member's portals') there
    are in each status, for the queue's filter."""
    newest_comment = Comment.objects.order_by("-pk").values_list("pk", flat=True).first()
    newest_record = ModerationRecord.objects.order_by("-pk").values_list("pk", flat=True).first()

    def count():
        return dict(comments.order_by().values_list("status").annotate(n=Count("pk")))

    # The same portals give the same query: its SQL names them.
    try:
        which = hashlib.blake2b(str(comments.query).encode(), digest_size=8).hexdigest()
    except EmptyResultSet:  # no portal at all
        return {}
    key = f"comment-status-counts:{which}:{newest_comment}:{newest_record}"
    return cache.get_or_set(key, count, STATUS_COUNTS_TIMEOUT)


def recount_comments(article_ids):
    """Store each article's number of approved comments on the article."""
    approved = (
        Comment.objects.approved()
        .filter(article=OuterRef("pk"))
        .order_by()
        .values("article")
        .annotate(n=Count("pk"))
        .values("n")
    )
    Article.objects.filter(pk__in=list(article_ids)).touch(comment_count=Coalesce(Subquery(approved), 0))
