"""Comment moderation: the spam rules, the submit workflow and the moderators' decisions.

Every rule has a setting with a default below; set `COMMENTS_<NAME>` in Django's
settings to change it. Views and the admin call these functions; nothing here
reads a request.
"""
import datetime
import logging
import math
import re

from captcha.conf import settings as captcha_settings
from captcha.helpers import captcha_image_url
from captcha.models import CaptchaStore
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import DatabaseError, connection, transaction
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Article
from articles.vietnamese import fold_accents
from comments.models import Comment, Keyword, ModerationRecord, ModeratorAlert

logger = logging.getLogger("newsroom.comments")

DEFAULTS = {
    # Seconds between the form being first shown to the reader and the post; a
    # quicker post gets the form back (with what was typed) and a request to resend.
    "MIN_SECONDS_TO_POST": 3,
    # At most FLOOD_LIMIT comments per IP address within FLOOD_WINDOW seconds.
    "FLOOD_LIMIT": 5,
    "FLOOD_WINDOW": 600,
    # The same body from the same person on the same article within this many
    # seconds is stored once.
    "DUPLICATE_WINDOW": 24 * 3600,
    # Comments with at least this many links are flagged for attention.
    "FLAG_LINKS": 2,
    # Moderators get at most one "comments are waiting" mail per this many seconds.
    "NOTIFY_INTERVAL": 3600,
}

Status = Comment.Status

# One match per link: a URL with its scheme or "www.", or a bare domain name.
_LINK = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\b(?:[\w-]+\.)+(?:com|net|org|info|biz|vn|xyz|top|io|me|co|ru|cn)\b\S*",
    re.IGNORECASE,
)


def setting(name):
    return getattr(settings, f"COMMENTS_{name}", DEFAULTS[name])


# The captcha ---------------------------------------------------------------

def new_captcha():
    """Issue a captcha to a reader about to comment: its key and image URL."""
    CaptchaStore.remove_expired()
    key = CaptchaStore.generate_key()
    return {"key": key, "image_url": captcha_image_url(key)}


def posted_captcha(data):
    """The captcha a form was posted with, to show again unspent; None without a key."""
    key = (data.get("captcha_key") or "").strip()
    return {"key": key, "image_url": captcha_image_url(key)} if key else None


def use_captcha(key, answer, now=None):
    """Spend a captcha key; return the time it was issued if `answer` is right, else None.

    A key takes one answer, right or wrong, so it cannot be guessed at. Deleting
    its row is the claim: when two posts race with one solved captcha, only the
    one whose DELETE removed the row gets through.
    """
    now = now or timezone.now()
    store = CaptchaStore.objects.filter(hashkey=(key or "").strip()).first()
    if store is None:
        return None
    claimed, _deleted = CaptchaStore.objects.filter(pk=store.pk).delete()
    if not claimed or store.expiration <= now:
        return None
    if store.response != (answer or "").strip().lower():
        return None
    return store.expiration - datetime.timedelta(minutes=int(captcha_settings.CAPTCHA_TIMEOUT))


# Spam rules ----------------------------------------------------------------

def flood_wait(ip, now=None):
    """Seconds `ip` must wait before its next comment; 0 when it may post now.

    Counted from stored comments, so the limit holds across server processes.
    """
    now = now or timezone.now()
    limit = setting("FLOOD_LIMIT")
    window = datetime.timedelta(seconds=setting("FLOOD_WINDOW"))
    recent = list(
        Comment.objects.from_ip(ip)
        .received_since(now - window)
        .order_by("-received_at")
        .values_list("received_at", flat=True)[:limit]
    )
    if len(recent) < limit:
        return 0
    return max(1, math.ceil((recent[-1] + window - now).total_seconds()))


def is_duplicate(article, body, ip, phone, now):
    """Has the same person already sent this body to this article lately?"""
    same_person = Q(ip_address=ip)
    if phone:
        same_person |= Q(phone=phone)
    since = now - datetime.timedelta(seconds=setting("DUPLICATE_WINDOW"))
    return (
        Comment.objects.filter(article=article, body=body)
        .received_since(since)
        .filter(same_person)
        .exists()
    )


def count_links(text):
    return len(_LINK.findall(text))


def matching_words(text, words):
    """The words found in `text`, ignoring case and Vietnamese accents."""
    folded = fold_accents(text)
    return [
        word
        for word in words
        if re.search(rf"(?<!\w){re.escape(fold_accents(word))}(?!\w)", folded)
    ]


def classify(name, title, body):
    """(status, flags, reason) for a new comment under the moderators' rules."""
    text = "\n".join([name, title, body])
    keywords = list(Keyword.objects.values_list("word", "action"))
    blocked = matching_words(text, [w for w, action in keywords if action == Keyword.Action.SPAM])
    watched = matching_words(text, [w for w, action in keywords if action == Keyword.Action.FLAG])
    flags = []
    if count_links(text) >= setting("FLAG_LINKS"):
        flags.append(Comment.Flag.LINKS)
    if watched:
        flags.append(Comment.Flag.KEYWORD)
    if blocked:
        reason = _("Khớp danh sách chặn: %(words)s") % {"words": ", ".join(blocked)}
        return Status.SPAM, flags, reason
    return Status.PENDING, flags, ""


# The reader's side ---------------------------------------------------------

class TooFast(Exception):
    """Posted sooner after the form was shown than a person types, or with no
    genuine record of when the form was shown."""


class Duplicate(Exception):
    """The same person already sent this body to this article; it is stored once."""


class Flooded(Exception):
    """The address has sent its share of comments; `wait` seconds until the next."""

    def __init__(self, wait):
        super().__init__(wait)
        self.wait = wait


# Arbitrary first key of our advisory locks, so they cannot meet anyone else's.
_LOCK_CLASS = 0x636D  # "cm"


def _lock_for_submit(ip, article, body):
    """Make simultaneous posts from one address, or of one body to one article,
    wait for each other until the transaction ends.

    The flood limit and the duplicate rule count rows and then insert one; two
    server processes doing that at once would both see room. SQLite needs nothing
    here: its IMMEDIATE transactions let one writer in at a time. On PostgreSQL
    we take advisory locks, always the address first, so two posts never wait
    on each other in a circle.
    """
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for key in (f"ip:{ip}", f"body:{article.pk}:{body}"):
            cursor.execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s))", [_LOCK_CLASS, key])


def submit_comment(article, data, *, ip, user_agent, shown_at, now=None, queue_url=""):
    """Store a reader's comment for moderation, unless a spam rule stops it.

    `data` is the comment form's cleaned data and `shown_at` when the form was
    first shown (None if unknown). Returns the stored comment (pending, or spam
    when it matches the block list), or None when the honeypot was filled: the
    only post dropped without a word. Raises TooFast for a post sooner than
    MIN_SECONDS_TO_POST after the form was shown, Duplicate for the same body
    again, and Flooded when the address is over the flood limit (checked again
    here, under the lock, so simultaneous posts cannot exceed it). Mails the
    moderators when a pending comment arrives (at most once per interval).
    """
    now = now or timezone.now()
    if data.get("website"):
        return None
    if shown_at is None or (now - shown_at).total_seconds() < setting("MIN_SECONDS_TO_POST"):
        raise TooFast()
    status, flags, reason = classify(data["name"], data["title"], data["body"])
    with transaction.atomic():
        _lock_for_submit(ip, article, data["body"])
        wait = flood_wait(ip, now)
        if wait:
            raise Flooded(wait)
        if is_duplicate(article, data["body"], ip, data["phone"], now):
            raise Duplicate()
        comment = Comment.objects.create(
            article=article,
            name=data["name"],
            phone=data["phone"],
            title=data["title"],
            body=data["body"],
            status=status,
            flags=" ".join(flags),
            ip_address=ip or None,
            user_agent=user_agent[:300],
            received_at=now,
            decided_at=now if status == Status.SPAM else None,
        )
        if status == Status.SPAM:
            ModerationRecord.objects.create(
                comment=comment, from_status=Status.PENDING, to_status=Status.SPAM,
                reason=reason, created_at=now,
            )
    if status == Status.PENDING:
        # The comment is stored: a mail server or database hiccup from here on
        # must not tell the reader it failed (they would post it again).
        try:
            notify_moderators(now=now, queue_url=queue_url)
        except (OSError, DatabaseError):
            logger.warning("Could not tell the moderators about comment %s", comment.pk, exc_info=True)
    return comment


def moderator_emails():
    """Addresses of active users allowed to moderate, through a group or directly."""
    perm = {"codename": "moderate_comment", "content_type__app_label": "comments"}
    through_group = Q(**{f"groups__permissions__{k}": v for k, v in perm.items()})
    direct = Q(**{f"user_permissions__{k}": v for k, v in perm.items()})
    return sorted(
        set(
            get_user_model()
            .objects.filter(through_group | direct, is_active=True)
            .exclude(email="")
            .values_list("email", flat=True)
        )
    )


def notify_moderators(now=None, queue_url=""):
    """Mail the moderators that comments are waiting, at most once per interval.

    The last mail's time is one database row that every server process claims
    with a conditional UPDATE, so only one of them sends. Returns True if sent.
    """
    now = now or timezone.now()
    interval = datetime.timedelta(seconds=setting("NOTIFY_INTERVAL"))
    # Most posts come within the interval: a plain read settles them without
    # taking the write lock that the claim below needs.
    last = ModeratorAlert.objects.filter(pk=1).values_list("sent_at", flat=True).first()
    if last is not None and last > now - interval:
        return False
    recipients = moderator_emails()
    if not recipients:
        return False
    _alert, created = ModeratorAlert.objects.get_or_create(pk=1, defaults={"sent_at": now})
    if not created:
        claimed = ModeratorAlert.objects.filter(pk=1, sent_at__lte=now - interval).update(sent_at=now)
        if not claimed:
            return False
    waiting = Comment.objects.pending().count()
    subject = _("[%(site)s] %(count)d bình luận đang chờ kiểm duyệt") % {
        "site": settings.NEWSROOM_SITE_SHORT_NAME, "count": waiting,
    }
    body = _(
        "Có %(count)d bình luận của bạn đọc đang chờ kiểm duyệt.\n\n"
        "Mở hàng đợi kiểm duyệt: %(url)s\n"
    ) % {"count": waiting, "url": queue_url}
    send_mail(subject, body, None, recipients)
    return True


# The moderators' side ------------------------------------------------------

# Counting a million comments by status takes a while; the counts only change
# when a comment arrives or a decision is made, which the newest ids show.
# (A superuser's deletion shows within the timeout.)
STATUS_COUNTS_TIMEOUT = 60


def status_counts():
    """How many comments there are in each status, for the queue's filter."""
    newest_comment = Comment.objects.order_by("-pk").values_list("pk", flat=True).first()
    newest_record = ModerationRecord.objects.order_by("-pk").values_list("pk", flat=True).first()

    def count():
        return dict(Comment.objects.order_by().values_list("status").annotate(n=Count("pk")))

    key = f"comment-status-counts:{newest_comment}:{newest_record}"
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
    # updated_at moves too: the count is on public pages (newsroom.freshness).
    Article.objects.filter(pk__in=article_ids).update(
        comment_count=Coalesce(Subquery(approved), 0), updated_at=timezone.now()
    )


def decide(comment, to_status, *, by, reason="", now=None):
    """Move one comment to `to_status` and record who did it and why.

    Returns the record, or None when the comment was already there (or another
    moderator moved it first: the conditional UPDATE decides).
    """
    now = now or timezone.now()
    from_status = comment.status
    if from_status == to_status:
        return None
    with transaction.atomic():
        moved = Comment.objects.filter(pk=comment.pk, status=from_status).update(
            status=to_status, decided_at=now
        )
        if not moved:
            return None
        record = ModerationRecord.objects.create(
            comment=comment, actor=by, created_at=now,
            from_status=from_status, to_status=to_status, reason=reason,
        )
        if Status.APPROVED in (from_status, to_status):
            recount_comments([comment.article_id])
    comment.status, comment.decided_at = to_status, now
    return record


def _decide_all(comments, to_status, by, reason):
    records = [decide(comment, to_status, by=by, reason=reason) for comment in comments]
    return [record for record in records if record]


def approve(comments, *, by, reason=""):
    """Publish the comments; returns the records of those that changed."""
    return _decide_all(comments, Status.APPROVED, by, reason)


def reject(comments, *, by, reason=""):
    """Keep the comments off the site; returns the records of those that changed."""
    return _decide_all(comments, Status.REJECTED, by, reason)


def mark_spam(comments, *, by, reason=""):
    """File the comments as spam; returns the records of those that changed."""
    return _decide_all(comments, Status.SPAM, by, reason)


def edit_comment(comment, *, by, title, body, reason="", now=None):
    """Correct a comment's title or body, recording before and after."""
    changes = {
        field: [getattr(comment, field), value]
        for field, value in (("title", title), ("body", body))
        if getattr(comment, field) != value
    }
    if not changes:
        return None
    with transaction.atomic():
        Comment.objects.filter(pk=comment.pk).update(**{f: after for f, (_b, after) in changes.items()})
        record = ModerationRecord.objects.create(
            comment=comment, actor=by, created_at=now or timezone.now(),
            from_status=comment.status, to_status=comment.status,
            reason=reason, changes=changes,
        )
    comment.title, comment.body = title, body
    return record
