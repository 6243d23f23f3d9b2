"""Comment moderation: the rules that answer "refuse, hold or spam?", the submit
workflow and the moderators' decisions.

Every rule has a setting (comments/conf.py). Views, the admin and commands call
these functions; nothing here reads a request. The decisions check the actor's
permission themselves, so a forged POST meets the same rules as a click.
"""

import datetime
import logging
import math
import re

from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Article
from comments.captcha import use_captcha
from comments.conf import setting
from comments.counts import recount_comments
from comments.models import Comment, Keyword, ModerationRecord, Reply
from comments.notify import notify_moderators
from newsroom.portals import portal
from newsroom.vietnamese import fold_accents, visible_text

logger = logging.getLogger("newsroom.comments")

Status = Comment.Status

# One match per link: a URL with its scheme or "www.", or a bare domain name.
_LINK = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\b(?:[\w-]+\.)+(?:com|net|org|info|biz|vn|xyz|top|io|me|co|ru|cn)\b\S*",
    re.IGNORECASE,
)


# Spam rules ----------------------------------------------------------------


def flood_wait(ip, site, now=None):
    """Seconds `ip` must wait before its next comment on the portal `site` (a
    Site or its id); 0 when it may post now. Each portal has its own limit."""
    return wait_for_flood(Comment.objects.from_ip(ip).for_site(site), now)


def wait_for_flood(posts, now=None):
    """Seconds until one more post may join `posts` (one address's posts on one
    portal, as a queryset of a model with `received_at`) under the flood limit;
    0 when it may come now. Other readers' forms (questions) share the rule.

    Counted from stored rows, so the limit holds across server processes.
    """
    now = now or timezone.now()
    limit = setting("FLOOD_LIMIT")
    window = datetime.timedelta(seconds=setting("FLOOD_WINDOW"))
    recent = list(
        posts.filter(received_at__gt=now - window)
        .order_by("-received_at")
        .values_list("received_at", flat=True)[:limit]
    )
    if len(recent) < limit:
        return 0
    return max(1, math.ceil((recent[-1] + window - now).total_seconds()))


def is_duplicate(article, body, ip, phone, now):
    """Has the same person already sent this body to this article lately?

    One statement, one branch per way of knowing the person (address, phone),
    each going through that person's own recent comments by its index. The
    article is compared here, not in the query: given it, the database may go
    through every recent comment of the article instead, which on a popular
    story is thousands per post (PostgreSQL does so when its statistics still
    show the story quiet, SQLite for an OR of the two).
    """
    since = now - datetime.timedelta(seconds=setting("DUPLICATE_WINDOW"))
    sent = (
        Comment.objects.filter(body=body)
        .received_since(since)
        .order_by()
        .values_list("article_id", flat=True)
    )
    by_address = sent.filter(ip_address=ip)
    found = by_address.union(sent.filter(phone=phone), all=True) if phone else by_address
    return article.pk in set(found)


def count_links(text):
    return len(_LINK.findall(text))


def matching_words(text, words):
    """The words found in `text`, ignoring case, Vietnamese accents and invisible
    characters (which could otherwise split a word unseen)."""
    folded = fold_accents(visible_text(text))
    return [
        word
        for word in words
        if re.search(rf"(?<!\w){re.escape(fold_accents(visible_text(word)))}(?!\w)", folded)
    ]


def listed_words(text):
    """(blocked, watched): the moderators' listed words found in `text`."""
    keywords = list(Keyword.objects.values_list("word", "action"))
    blocked = matching_words(text, [w for w, action in keywords if action == Keyword.Action.SPAM])
    watched = matching_words(text, [w for w, action in keywords if action == Keyword.Action.FLAG])
    return blocked, watched


def blocked_reason(blocked, limit):
    """The recorded reason for a post refused by the block list, cut to `limit` characters."""
    reason = _("Khớp danh sách chặn: %(words)s") % {"words": ", ".join(blocked)}
    # Many long blocked words would not fit the record's column.
    return reason if len(reason) <= limit else reason[: limit - 1] + "…"


def classify(name, title, body):
    """(status, flags, reason) for a new comment under the moderators' rules."""
    text = "\n".join([name, title, body])
    blocked, watched = listed_words(text)
    flags = []
    if count_links(text) >= setting("FLAG_LINKS"):
        flags.append(Comment.Flag.LINKS)
    if watched:
        flags.append(Comment.Flag.KEYWORD)
    if blocked:
        return (
            Status.SPAM,
            flags,
            blocked_reason(blocked, ModerationRecord._meta.get_field("reason").max_length),
        )
    return Status.PENDING, flags, ""


# The reader's side ---------------------------------------------------------


class WrongCaptcha(Exception):
    """The captcha's answer was wrong, or its key spent or expired: it is spent now."""


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


def lock_for_post(*names):
    """Make simultaneous posts that share one of `names` (e.g. "ip:<site>:<address>")
    wait for each other until the transaction ends.

    The flood limit and the duplicate rule count rows and then insert one; two
    server processes doing that at once would both see room. SQLite needs nothing
    here: its IMMEDIATE transactions let one writer in at a time. On PostgreSQL
    we take advisory locks, always in the order given (the address first), so
    two posts never wait on each other in a circle.
    """
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        # One round trip; the same statement takes the locks in the same order every time.
        cursor.execute(
            "SELECT " + ", ".join(["pg_advisory_xact_lock(%s, hashtext(%s))"] * len(names)),
            [value for name in names for value in (_LOCK_CLASS, name)],
        )


def _store(article, data, status, flags, reason, *, ip, user_agent, now):
    """Insert the comment, inside submit_comment's transaction, once the flood
    limit and the duplicate rule (checked under the lock) let it in."""
    lock_for_post(f"ip:{article.site_id}:{ip}", f"body:{article.pk}:{data['body']}")
    wait = flood_wait(ip, article.site_id, now)
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
            comment=comment,
            from_status=Status.PENDING,
            to_status=Status.SPAM,
            reason=reason,
            created_at=now,
        )
    return comment


def spend_captcha_then(data, store, *, shown_at, now):
    """The gate every reader's form passes (comments, questions): spend the
    captcha of `data` (a form's cleaned data) and, if it was solved by a person
    taking their time, call `store()` in the same transaction; returns what
    `store()` returned, or None when the honeypot was filled.

    Raises WrongCaptcha, and TooFast for a post sooner than MIN_SECONDS_TO_POST
    after the form was shown (`shown_at`, None if unknown). A wrong answer, a
    honeypot or a hurried post spends the captcha all the same; a `store()`
    that raises (a duplicate, a flood, the database failing) leaves it unspent
    for the reader to send again.
    """
    key, answer = data["captcha_key"], data["captcha"]
    hurried = shown_at is None or (now - shown_at).total_seconds() < setting("MIN_SECONDS_TO_POST")
    if data.get("website") or hurried:
        # The post goes no further, and its captcha is spent all the same.
        if use_captcha(key, answer, now=now) is None:
            raise WrongCaptcha()
        if data.get("website"):
            return None
        raise TooFast()
    stored = None
    with transaction.atomic():
        if use_captcha(key, answer, now=now) is not None:
            stored = store()
    if stored is None:
        # Outside the block, so that the key stays spent.
        raise WrongCaptcha()
    return stored


def submit_comment(article, data, *, ip, user_agent, shown_at, now=None, queue_url=""):
    """Spend the captcha and store a reader's comment for moderation, unless a
    spam rule stops it.

    `data` is the comment form's cleaned data (the captcha's key and answer
    included) and `shown_at` when the form was first shown (None if unknown).
    Returns the stored comment (pending, or spam when it matches the block list),
    or None when the honeypot was filled: the only post dropped without a word.
    Raises WrongCaptcha, TooFast for a post sooner than MIN_SECONDS_TO_POST after
    the form was shown, Duplicate for the same body again, and Flooded when the
    address is over the flood limit (checked again here, under the lock, so
    simultaneous posts cannot exceed it). Mails the moderators when a pending
    comment arrives (at most once per interval).

    Spending the captcha, the checks under the lock and the insert are one
    transaction: a captcha buys one comment, and a post that stores none (a
    duplicate, a flood, the database failing) leaves it for the reader to send
    again. A wrong answer, a honeypot or a hurried post spends it all the same.
    """
    now = now or timezone.now()
    comment = spend_captcha_then(
        data,
        lambda: _store(
            article,
            data,
            *classify(data["name"], data["title"], data["body"]),
            ip=ip,
            user_agent=user_agent,
            now=now,
        ),
        shown_at=shown_at,
        now=now,
    )
    if comment is None:
        return None
    if comment.status == Status.PENDING:
        # The comment is stored: a mail server or database hiccup from here on
        # must not tell the reader it failed (they would post it again).
        try:
            notify_moderators(article.site_id, now=now, queue_url=queue_url)
        except (OSError, DatabaseError):
            logger.warning("Could not tell the moderators about comment %s", comment.pk, exc_info=True)
    return comment


# The moderators' side ------------------------------------------------------


def portal_of(comment):
    """The portal (Site) of the article `comment` is under."""
    return portal(comment.article.site_id)


def _may(user, perm, site):
    return user is not None and user.is_active and user.has_perm(perm, site)


def can_moderate(user, site=None):
    """Moderators approve, reject and file comments as spam, on their portals
    (`site`; None: on some portal, to offer the buttons)."""
    return _may(user, "comments.moderate_comment", site)


def can_edit(user, site=None):
    """Moderators (and editors given the right) correct a comment's title or
    body, on their portals."""
    return _may(user, "comments.change_comment", site)


def can_see_phone(user):
    """May `user` see commenters' whole phone numbers (others see them masked)?"""
    return _may(user, "comments.view_full_phone", None)


def decide(comment, to_status, *, by, reason="", now=None):
    """Move one comment to `to_status` and record who did it and why.

    Returns the record, or None when the comment was already there (or another
    moderator moved it first: the conditional UPDATE decides). Raises
    PermissionDenied unless `by` may moderate.
    """
    if not can_moderate(by, portal_of(comment)):
        raise PermissionDenied(_("Bạn không có quyền kiểm duyệt bình luận."))
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
            comment=comment,
            actor=by,
            created_at=now,
            from_status=from_status,
            to_status=to_status,
            reason=reason,
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
    """Correct a comment's title or body, recording before and after.

    Raises PermissionDenied unless `by` may edit comments.
    """
    if not can_edit(by, portal_of(comment)):
        raise PermissionDenied(_("Bạn không có quyền sửa bình luận."))
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
            comment=comment,
            actor=by,
            created_at=now or timezone.now(),
            from_status=comment.status,
            to_status=comment.status,
            reason=reason,
            changes=changes,
        )
        if comment.status == Status.APPROVED:
            Article.objects.filter(pk=comment.article_id).touch()
    comment.title, comment.body = title, body
    return record


# The key of a reply in ModerationRecord.changes (beside "title" and "body").
REPLY_CHANGE = "reply"


def can_reply(user, site=None):
    """Moderators and editors answer readers on the newsroom's behalf, on their portals."""
    return _may(user, "comments.reply_comment", site)


class NotReplyable(ValueError):
    """Only a comment readers can see gets an answer."""


def reply(comment, *, by, body, now=None):
    """Write, change or (with an empty body) withdraw the newsroom's reply to an
    approved comment, recorded like a decision. Returns the record, or None when
    nothing changed.

    Raises PermissionDenied unless `by` may reply, and NotReplyable when the
    comment is not approved (a reply shows only with its comment).
    """
    if not can_reply(by, portal_of(comment)):
        raise PermissionDenied(_("Bạn không có quyền trả lời bình luận."))
    now = now or timezone.now()
    body = body.strip()
    with transaction.atomic():
        comment = Comment.objects.select_for_update().get(pk=comment.pk)
        if comment.status != Status.APPROVED:
            raise NotReplyable(_("Chỉ trả lời được bình luận đã duyệt."))
        existing = Reply.objects.filter(comment=comment).first()
        before = existing.body if existing else ""
        if body == before:
            return None
        if not body:
            existing.delete()
        elif existing:
            Reply.objects.filter(pk=existing.pk).update(body=body, author=by, updated_at=now)
        else:
            Reply.objects.create(comment=comment, body=body, author=by, created_at=now, updated_at=now)
        record = ModerationRecord.objects.create(
            comment=comment,
            actor=by,
            created_at=now,
            from_status=comment.status,
            to_status=comment.status,
            changes={REPLY_CHANGE: [before, body]},
        )
        Article.objects.filter(pk=comment.article_id).touch()
    return record


# Deleting and erasing ------------------------------------------------------


def delete_comments(comments):
    """Delete `comments` (a queryset); the articles they were under show it at once."""
    article_ids = set(comments.values_list("article_id", flat=True))
    with transaction.atomic():
        comments.delete()
        recount_comments(article_ids)


# What readers see of an approved comment; phone, address and browser they never see.
SHOWN_FIELDS = {"name", "title", "body"}


def erase_personal_data(comments, **blanks):
    """Blank the personal fields given in `blanks` (e.g. name="Bạn đọc", phone="")
    on `comments` (a queryset); returns how many. When a field readers see is
    among them, the articles showing an approved one show the change at once."""
    with transaction.atomic():
        shown = SHOWN_FIELDS & blanks.keys()
        article_ids = set(comments.approved().values_list("article_id", flat=True)) if shown else ()
        count = comments.update(**blanks)
        Article.objects.filter(pk__in=article_ids).touch()
    return count


# How a commenter whose data was erased is named under their comments.
ANONYMOUS_NAME = "Bạn đọc"


def can_erase_commenter_data(user):
    return user.has_perm("comments.erase_commenter_data")


def erase_commenters(comments, by):
    """A reader's request to have their personal data erased, from the admin: the
    comments given, and every comment sent from their phone numbers, lose the
    name (now ANONYMOUS_NAME), phone, address and browser. Each comment's history
    records who did it and when (never what was erased). Returns how many."""
    if not can_erase_commenter_data(by):
        raise PermissionDenied(_("Bạn không có quyền xóa dữ liệu cá nhân của người bình luận."))
    chosen = [comment.pk for comment in comments]
    phones = {comment.phone for comment in comments if comment.phone}
    targets = Comment.objects.filter(pk__in=chosen) | Comment.objects.filter(phone__in=phones)
    with transaction.atomic():
        erased = list(targets.select_for_update().values_list("pk", "status"))
        erase_personal_data(targets, name=ANONYMOUS_NAME, phone="", ip_address=None, user_agent="")
        ModerationRecord.objects.bulk_create(
            ModerationRecord(
                comment_id=pk,
                actor=by,
                from_status=status,
                to_status=status,
                reason=_("Đã xóa dữ liệu cá nhân của người gửi theo yêu cầu."),
            )
            for pk, status in erased
        )
    return len(erased)
