"""The moderators' mail's line on the opinions waiting (comments/notify.py,
setting COMMENTS_QUEUE_COUNTERS)."""

from django.urls import reverse
from django.utils.translation import ngettext

from documents.models import Opinion
from newsroom.portals import site_url


def mail_line(site):
    """The line on the portal `site`'s opinions on drafts waiting, and the
    queue's address, or None when none waits."""
    waiting = Opinion.objects.filter(document__site=site).waiting().count()
    if not waiting:
        return None
    line = ngettext(
        "Lấy ý kiến dự thảo: %(count)d ý kiến đang chờ xem xét.",
        "Lấy ý kiến dự thảo: %(count)d ý kiến đang chờ xem xét.",
        waiting,
    ) % {"count": waiting}
    return line, site_url(site, reverse("admin:documents_opinion_changelist"))
