"""Every row a bad request could touch, to compare before and after it."""

from captcha.models import CaptchaStore

from articles.models import Article, ArticleRevision
from comments.models import Comment, ModerationRecord


def snapshot():
    return {
        "articles": list(
            Article.objects.order_by("pk").values_list(
                "pk", "title", "lead", "body", "status", "published_at", "author_id", "comment_count"
            )
        ),
        "revisions": ArticleRevision.objects.count(),
        "comments": list(
            Comment.objects.order_by("pk").values_list("pk", "name", "phone", "title", "body", "status")
        ),
        "moderation_records": ModerationRecord.objects.count(),
        "captchas": sorted(CaptchaStore.objects.values_list("hashkey", flat=True)),
    }
