"""The questions' workflow: a citizen's question comes in through the comment
form's gate (captcha, "too fast", flood, duplicates, block list: comments/
moderation.py), staff assign it to a department, answer it, publish question
and answer together ("Công bố") or turn it down with a reason; readers say
whether an answer helped.

Rights are per portal (newsroom/roles.py): editors ("Biên tập viên") answer
and publish (questions.answer_question); moderators ("Kiểm duyệt viên") and
editors see the queue, assign and turn down (questions.triage_question). The
admin only calls these functions, so a forged POST meets the same rules as a
click. Every step is recorded (QuestionEvent); every change readers see goes
through the freshness rule (articles/freshness.py).
"""

import datetime
import logging

from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from articles.freshness import content_changed
from comments.captcha import window_count
from comments.conf import setting as comment_setting
from comments.moderation import (
    Duplicate,
    Flooded,
    blocked_reason,
    listed_words,
    lock_for_post,
    spend_captcha_then,
    wait_for_flood,
)
from comments.notify import notify_moderators
from newsroom.portals import portal
from questions.conf import setting
from questions.models import HelpfulVote, Question, QuestionEvent

logger = logging.getLogger("newsroom.questions")

Status = Question.Status


# The asker's side ----------------------------------------------------------


class DuplicateQuestion(Duplicate):
    """The same address already sent this question; it is stored once, as `question`."""

    def __init__(self, question):
        super().__init__(question.reference)
        self.question = question


def _store(site, data, *, ip, user_agent, now):
    """Insert the question, inside submit_question's transaction, once the flood
    limit and the duplicate rule (checked under the lock) let it in."""
    lock_for_post(f"ip:{site.pk}:{ip}", f"question:{site.pk}:{data['body']}")
    wait = wait_for_flood(Question.objects.for_site(site).from_ip(ip), now)
    if wait:
        raise Flooded(wait)
    since = now - datetime.timedelta(seconds=comment_setting("DUPLICATE_WINDOW"))
    earlier = (
        Question.objects.for_site(site).from_ip(ip).filter(body=data["body"], received_at__gt=since).first()
    )
    if earlier is not None:
        raise DuplicateQuestion(earlier)
    blocked, _watched = listed_words("\n".join([data["name"], data["title"], data["body"]]))
    question = Question(
        site=site,
        name=data["name"],
        phone=data["phone"],
        email=data["email"],
        field=data["field"],
        title=data["title"],
        body=data["body"],
        ip_address=ip or None,
        user_agent=user_agent[:300],
        received_at=now,
    )
    if blocked:
        question.status = Status.REJECTED
        question.rejection_reason = blocked_reason(
            blocked, Question._meta.get_field("rejection_reason").max_length
        )
    question.save()
    _record(question, "", None, now, question.rejection_reason)
    return question


def submit_question(site, data, *, ip, user_agent, shown_at, now=None, queue_url=""):
    """Spend the captcha and store a citizen's question, unseen until staff
    publish its answer, unless a rule stops it.

    `data` is the question form's cleaned data. Returns the stored question
    (new, or turned down when it matches the block list), or None when the
    honeypot was filled. Raises the comment form's WrongCaptcha, TooFast and
    Flooded, and DuplicateQuestion for the same body again from the same
    address. Mails the moderators (at most once per interval, the comments'
    throttle) when a question waits.
    """
    now = now or timezone.now()
    question = spend_captcha_then(
        data,
        lambda: _store(site, data, ip=ip, user_agent=user_agent, now=now),
        shown_at=shown_at,
        now=now,
    )
    if question is not None and question.status == Status.NEW:
        # Stored: a mail or database hiccup from here on must not tell the asker it failed.
        try:
            notify_moderators(site.pk, now=now, queue_url=queue_url)
        except (OSError, DatabaseError):
            logger.warning("Could not tell the moderators about question %s", question.pk, exc_info=True)
    return question


class LookupLimited(Exception):
    """The address has looked up its share of references; `wait` seconds until the next."""

    def __init__(self, wait):
        super().__init__(wait)
        self.wait = wait


def look_up(site, reference, *, ip, now=None):
    """The portal's question with `reference` (as stored), or None; counted
    against the address's lookups (LookupLimited past QUESTIONS_LOOKUP_LIMIT),
    so references cannot be tried one after another."""
    count, wait = window_count("question-lookup", ip, now or timezone.now(), setting("LOOKUP_WINDOW"))
    if count > setting("LOOKUP_LIMIT"):
        raise LookupLimited(wait)
    return Question.objects.for_site(site).filter(reference=reference).first() if reference else None


def voter_key(ip, question):
    """The keyed hash that stands for one address's vote on one question: the
    same address votes once, and the address itself is never stored."""
    return salted_hmac("questions.helpful-vote", f"{ip}|{question.pk}", algorithm="sha256").hexdigest()


def vote(question, *, ip, is_helpful, now=None):
    """Count a reader's answer to "Câu trả lời có hữu ích không?"; False when
    this address has already answered for this question (nothing changes)."""
    try:
        with transaction.atomic():
            HelpfulVote.objects.create(
                question=question,
                voter=voter_key(ip, question),
                is_helpful=is_helpful,
                created_at=now or timezone.now(),
            )
    except IntegrityError:
        return False
    return True


# The staff's side ------------------------------------------------------------


def _may(user, perm, site):
    return user is not None and user.is_active and user.has_perm(perm, site)


def can_triage(user, site=None):
    """Moderators and editors see the queue, assign questions to a department
    and turn them down, on their portals (`site`; None: on some portal)."""
    return _may(user, "questions.triage_question", site)


def can_answer(user, site=None):
    """Editors write the answer and publish it, on their portals."""
    return _may(user, "questions.answer_question", site)


def _require(allowed, message):
    if not allowed:
        raise PermissionDenied(message)


def _record(question, from_status, by, now, note=""):
    return QuestionEvent.objects.create(
        question=question,
        actor=by,
        from_status=from_status,
        to_status=question.status,
        note=note[:300],
        created_at=now,
    )


def _seen_change(question, now):
    """What readers see of `question` changed: its page, the list, search, sitemaps."""
    question.public_changed_at = now
    content_changed(question.site_id)


def _move(question, to_status, by, now, note="", **values):
    from_status = question.status
    for name, value in values.items():
        setattr(question, name, value)
    question.status = to_status
    if from_status == Status.PUBLISHED or to_status == Status.PUBLISHED:
        _seen_change(question, now)
    question.save()
    return _record(question, from_status, by, now, note)


@transaction.atomic
def assign(question, department, *, by, now=None):
    """Give the question to a department of its portal to answer."""
    _require(can_triage(by, portal(question.site_id)), _("Bạn không có quyền giao câu hỏi."))
    _require(department.site_id == question.site_id, _("Đơn vị này không thuộc cổng của câu hỏi."))
    to_status = Status.ASSIGNED if question.status in (Status.NEW, Status.ASSIGNED) else question.status
    return _move(question, to_status, by, now or timezone.now(), department.name, department=department)


@transaction.atomic
def answer(question, *, body, department, by, now=None):
    """Write (or correct) the answer, in the name of `department`. A published
    question shows the corrected answer at once."""
    _require(can_answer(by, portal(question.site_id)), _("Chỉ biên tập viên được trả lời câu hỏi."))
    _require(department is not None, _("Vui lòng chọn đơn vị trả lời."))
    _require(department.site_id == question.site_id, _("Đơn vị này không thuộc cổng của câu hỏi."))
    now = now or timezone.now()
    to_status = Status.PUBLISHED if question.status == Status.PUBLISHED else Status.ANSWERED
    return _move(
        question,
        to_status,
        by,
        now,
        answer=body.strip(),
        answered_by=department,
        answered_at=question.answered_at if question.status == Status.PUBLISHED else now,
    )


@transaction.atomic
def publish(question, *, by, now=None):
    """ "Công bố": question and answer become public together."""
    _require(can_answer(by, portal(question.site_id)), _("Chỉ biên tập viên được công bố câu hỏi."))
    _require(bool(question.answer.strip()) and question.answered_by_id, _("Chưa có câu trả lời để công bố."))
    now = now or timezone.now()
    return _move(
        question, Status.PUBLISHED, by, now, is_published=True, published_at=question.published_at or now
    )


@transaction.atomic
def unpublish(question, *, by, now=None):
    """Take question and answer off the portal; the answer stays for staff."""
    _require(can_answer(by, portal(question.site_id)), _("Chỉ biên tập viên được gỡ câu hỏi."))
    return _move(question, Status.ANSWERED, by, now or timezone.now(), is_published=False)


@transaction.atomic
def reject(question, *, reason, by, now=None):
    """Turn the question down (out of scope, a duplicate): the reason is what
    the asker reads when following it."""
    _require(can_triage(by, portal(question.site_id)), _("Bạn không có quyền từ chối câu hỏi."))
    _require(bool(reason.strip()), _("Vui lòng ghi lý do không tiếp nhận."))
    return _move(
        question,
        Status.REJECTED,
        by,
        now or timezone.now(),
        reason,
        rejection_reason=reason.strip(),
        is_published=False,
    )


def apply_changes(question, changed, *, by, now=None):
    """The change form's edits, step by step through the functions above, in
    the order they make sense: turn down, assign, answer, publish or withdraw.
    `question` carries the form's values; `changed` names the fields changed."""
    stored = Question.objects.get(pk=question.pk)
    wanted = {name: getattr(question, name) for name in changed}
    for name in changed:
        setattr(question, name, getattr(stored, name))
    steps = []
    with transaction.atomic():
        if "rejection_reason" in wanted and wanted["rejection_reason"].strip():
            return [reject(question, reason=wanted["rejection_reason"], by=by, now=now)]
        if "department" in wanted and wanted["department"] is not None:
            steps.append(assign(question, wanted["department"], by=by, now=now))
        if {"answer", "answered_by"} & wanted.keys():
            department = wanted.get("answered_by", question.answered_by) or question.department
            steps.append(
                answer(
                    question,
                    body=wanted.get("answer", question.answer),
                    department=department,
                    by=by,
                    now=now,
                )
            )
        if wanted.get("is_published") is True:
            steps.append(publish(question, by=by, now=now))
        elif wanted.get("is_published") is False and question.is_published:
            steps.append(unpublish(question, by=by, now=now))
        edits = {name: wanted[name] for name in ("title", "body", "field") if name in wanted}
        if edits:
            _require(can_answer(by, portal(question.site_id)), _("Chỉ biên tập viên được sửa câu hỏi."))
            for name, value in edits.items():
                setattr(question, name, value)
            if question.is_published:
                _seen_change(question, now or timezone.now())
            question.save()
    return steps
