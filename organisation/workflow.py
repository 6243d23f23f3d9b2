"""Who may change a portal's own pages and its leaders: the editors
("Biên tập viên") of that portal. The admin and the demo command ask here."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _


def can_edit(user, site=None):
    """May `user` write the Giới thiệu pages and leaders of the portal `site` (None: of some portal)?"""
    return user.is_active and user.has_perm("organisation.change_page", site)


def check_edit(user, site):
    """Refuse, with the reason, a change by `user` to the pages of `site`."""
    if not can_edit(user, site):
        raise PermissionDenied(_("Bạn không soạn trang giới thiệu của cổng này."))
