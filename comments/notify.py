"""Telling the moderators that comments are waiting, by mail, at most once per interval."""

import datetime

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.module_loading import import_string

from comments.conf import setting
from comments.models import Comment, ModeratorAlert
from newsroom.portals import portal
from newsroom.roles import staff_with_perm


def moderator_emails(site):
    """Addresses of the active users whose role on the portal `site` lets them moderate."""
    moderators = staff_with_perm("comments.moderate_comment", site).exclude(email="")
    return sorted(set(moderators.values_list("email", flat=True)))


def other_queues(site):
    """The (line, address) pairs the other queues (setting COMMENTS_QUEUE_COUNTERS) add to the mail."""
    lines = (import_string(path)(site) for path in setting("QUEUE_COUNTERS"))
    return [line for line in lines if line]


def notify_moderators(site_id, now=None, queue_url=""):
    """Mail the moderators of the portal `site_id` that comments are waiting
    there, at most once per interval.

    The last mail's time is one database row per portal (its id the Site's)
    that every server process claims with a conditional UPDATE, so only one of
    them sends. Returns True if sent.
    """
    now = now or timezone.now()
    interval = datetime.timedelta(seconds=setting("NOTIFY_INTERVAL"))
    # Most posts come within the interval: a plain read settles them without
    # taking the write lock that the claim below needs.
    last = ModeratorAlert.objects.filter(pk=site_id).values_list("sent_at", flat=True).first()
    if last is not None and last > now - interval:
        return False
    site = portal(site_id)
    recipients = moderator_emails(site)
    if not recipients:
        return False
    _alert, created = ModeratorAlert.objects.get_or_create(pk=site_id, defaults={"sent_at": now})
    if not created:
        claimed = ModeratorAlert.objects.filter(pk=site_id, sent_at__lte=now - interval).update(sent_at=now)
        if not claimed:
            return False
    context = {
        "site": site.profile.short_name or site.profile.name,
        "count": Comment.objects.for_site(site_id).pending().count(),
        "queue_url": queue_url,
        "other_queues": other_queues(site),
    }
    # The text is a template, so wording changes need no code change.
    subject = " ".join(render_to_string("comments/email/moderators_subject.txt", context).split())
    body = render_to_string("comments/email/moderators.txt", context)
    send_mail(subject, body, None, recipients)
    return True
