"""Telling the moderators that comments are waiting, by mail, at most once per interval."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone

from comments.conf import setting
from comments.models import Comment, ModeratorAlert


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
    context = {
        "site": settings.NEWSROOM_SITE_SHORT_NAME,
        "count": Comment.objects.pending().count(),
        "queue_url": queue_url,
    }
    # The text is a template, so wording changes need no code change.
    subject = " ".join(render_to_string("comments/email/moderators_subject.txt", context).split())
    body = render_to_string("comments/email/moderators.txt", context)
    send_mail(subject, body, None, recipients)
    return True
