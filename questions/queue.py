"""The staff's queue of questions: what is overdue, and the line the
moderators' mail gives it (comments/notify.py, setting COMMENTS_QUEUE_COUNTERS)."""

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import ngettext

from newsroom.portals import site_url
from questions.conf import setting
from questions.models import Question


def overdue_since(now=None):
    """The moment a question must have come in after, to be still within its
    time: QUESTIONS_ANSWER_WORKING_DAYS working days (Monday to Friday, local
    time) before `now`. A question received earlier and not answered is overdue."""
    now = timezone.localtime(now or timezone.now())
    moment, left = now, setting("ANSWER_WORKING_DAYS")
    while left > 0:
        moment -= datetime.timedelta(days=1)
        if moment.weekday() < 5:
            left -= 1
    return moment


def overdue(site, now=None):
    """The portal's questions still waiting for an answer past their time."""
    return Question.objects.for_site(site).awaiting_answer().received_before(overdue_since(now))


def mail_line(site):
    """The moderators' mail's line on the questions of the portal `site` and the
    queue's address (setting COMMENTS_QUEUE_COUNTERS), or None when none waits."""
    waiting = Question.objects.for_site(site).awaiting_answer().count()
    if not waiting:
        return None
    late = overdue(site).count()
    line = ngettext(
        "Hỏi đáp: %(count)d câu hỏi đang chờ trả lời", "Hỏi đáp: %(count)d câu hỏi đang chờ trả lời", waiting
    ) % {"count": waiting}
    if late:
        line += ngettext(", %(late)d câu quá hạn.", ", %(late)d câu quá hạn.", late) % {"late": late}
    return line + ("" if late else "."), site_url(site, reverse("admin:questions_question_changelist"))
