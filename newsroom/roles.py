"""Rights per portal: a role (newsroom.PortalRole) grants its group's rights on
its portal, and there only.

`user.has_perm("articles.publish_article", site)` asks whether `user` may
publish on `site`; the workflow modules (articles/workflow.py,
comments/moderation.py) ask this way, so the admin, its actions, uploads and
commands all keep a ward's staff to their ward. Without a site,
`user.has_perm(perm)` is true when some role grants it somewhere: enough for
the admin to show a model's pages, whose rows are then the user's portals'
only. Superusers have every right everywhere (Django answers for them).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import BaseBackend
from django.contrib.auth.models import Permission
from django.contrib.sites.models import Site
from django.db.models import Case, Value, When

from newsroom.models import PortalRole
from newsroom.portals import portals


def _roles(user, site=None):
    roles = PortalRole.objects.filter(user=user)
    return roles.filter(site=site) if site is not None else roles


def _with_group_names(roles):
    """`roles`, each with the name of the group whose rights it grants."""
    return roles.annotate(
        group_name=Case(*(When(role=role, then=Value(name)) for role, name in PortalRole.GROUPS.items()))
    )


class PortalRoleBackend(BaseBackend):
    """Object permissions whose object is a portal (a Site); see the module."""

    def get_all_permissions(self, user, obj=None):
        if not user.is_active or user.is_anonymous or not (obj is None or isinstance(obj, Site)):
            return set()
        known = user.__dict__.setdefault("_portal_perm_cache", {})
        key = getattr(obj, "pk", None)
        if key not in known:
            rights = Permission.objects.filter(
                group__name__in=_with_group_names(_roles(user, obj)).values("group_name")
            )
            known[key] = {
                f"{app}.{codename}"
                for app, codename in rights.values_list("content_type__app_label", "codename")
            }
        return known[key]

    def has_perm(self, user, perm, obj=None):
        return perm in self.get_all_permissions(user, obj)

    def has_module_perms(self, user, app_label):
        return any(perm.startswith(f"{app_label}.") for perm in self.get_all_permissions(user))


def staff_sites(user):
    """The ids of the portals `user` works on, or None when that is every portal
    (a superuser; anyone in an install of one portal), so that their lists need
    no filter at all. Read once per request (kept on the user)."""
    if user.is_active and user.is_superuser:
        return None
    if "_staff_site_ids" not in user.__dict__:
        user._staff_site_ids = frozenset(_roles(user).values_list("site", flat=True))
    mine = user._staff_site_ids
    return None if mine >= portals().by_id.keys() else mine


def staff_with_perm(perm, site):
    """Active users whose role on `site` grants `perm` (app_label.codename)."""

    app, codename = perm.split(".")
    groups = Permission.objects.filter(content_type__app_label=app, codename=codename).values("group__name")
    roles = _with_group_names(PortalRole.objects.filter(site=site)).filter(group_name__in=groups)
    return get_user_model().objects.filter(is_active=True, portal_roles__in=roles).distinct()
