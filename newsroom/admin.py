"""Users and groups in the admin, with their rights listed in Vietnamese.

django-axes's lists of login attempts are left out of the admin: they describe each
row in English that no catalogue reaches; lockouts are lifted with
`manage.py axes_reset_username` / `axes_reset_ip` (docs/security.md).

Django stores a permission's name in English when it creates it ("Can add
article"); the lists of rights show each one as its app, its model and the
action, all through the translation catalogue instead.
"""

import re

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django import forms
from django.contrib import admin
from django.contrib.auth import get_permission_codename
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.forms import AdminPasswordChangeForm
from django.contrib.auth.models import Group, Permission, User
from django.contrib.sites.admin import SiteAdmin
from django.contrib.sites.models import Site
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from newsroom.models import Portal, PortalRole
from newsroom.portals import forget_portals, portal
from newsroom.roles import staff_sites

_DEFAULT_RIGHT = re.compile(r"^Can (add|change|delete|view) ")
_ACTIONS = {"add": _("thêm"), "change": _("sửa"), "delete": _("xóa"), "view": _("xem")}
# Apps whose rights no member of staff needs (the captcha keys are the site's own).
_HIDDEN_APPS = ["captcha"]


class PermissionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, permission):
        model = permission.content_type.model_class()
        if model is None:
            return str(permission)
        default = _DEFAULT_RIGHT.match(permission.name)
        right = (
            gettext("Được %(action)s") % {"action": _ACTIONS[default.group(1)]}
            if default
            else gettext(permission.name)
        )
        return f"{model._meta.app_config.verbose_name} | {model._meta.verbose_name} | {right}"


class _VietnameseRights:
    def formfield_for_manytomany(self, db_field, request=None, **kwargs):
        if db_field.name in ("permissions", "user_permissions"):
            kwargs["form_class"] = PermissionChoiceField
            kwargs["queryset"] = Permission.objects.exclude(
                content_type__app_label__in=_HIDDEN_APPS
            ).select_related("content_type")
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class LabelledListEditableMixin:
    """For a ModelAdmin with `list_editable`: each box in the list gets a name a
    screen reader can say ("Vị trí: Thời sự"); the admin gives them none."""

    def get_changelist_form(self, request, **kwargs):
        base = super().get_changelist_form(request, **kwargs)

        class LabelledForm(base):
            def __init__(self, *args, **form_kwargs):
                super().__init__(*args, **form_kwargs)
                for field in self.fields.values():
                    field.widget.attrs["aria-label"] = f"{capfirst(field.label)}: {self.instance}"

        return LabelledForm


class PasswordChangeForm(AdminPasswordChangeForm):
    # Django writes this warning in English, outside its catalogue.
    usable_password_help_text = _(
        "Người dùng có được đăng nhập bằng mật khẩu hay không."
        '<ul id="id_unusable_warning" class="messagelist"><li class="warning">'
        "Nếu tắt, mật khẩu hiện tại của người dùng này sẽ mất.</li></ul>"
    )


class PortalRoleInline(admin.TabularInline):
    model = PortalRole
    extra = 1
    verbose_name_plural = _("vai trò ở các cổng")


admin.site.unregister([User, Group, AccessAttempt, AccessLog, AccessFailureLog])


@admin.register(User)
class StaffUserAdmin(_VietnameseRights, UserAdmin):
    change_password_form = PasswordChangeForm
    inlines = [PortalRoleInline]


@admin.register(Group)
class StaffGroupAdmin(_VietnameseRights, GroupAdmin):
    pass


# Portals and who works on them -------------------------------------------------


class PortalStaffAdmin:
    """The admin of rows that belong to portals (sections, articles, tags,
    comments): staff list, open and change only their portals' rows (the
    model's queryset `for_staff()`, newsroom/roles.py); superusers see all,
    with a filter by portal. Another portal's row, asked for by its address or
    a forged POST, is a 404 and nothing changes."""

    # The lookup from the row to its portal, for the superusers' filter.
    portal_field = "site"

    def get_queryset(self, request):
        return super().get_queryset(request).for_staff(request.user)

    def get_object(self, request, object_id, from_field=None):
        found = super().get_object(request, object_id, from_field)
        if found is None:
            raise Http404(gettext("Không tìm thấy mục này trong các cổng bạn làm việc."))
        return found

    def get_list_filter(self, request):
        filters = list(super().get_list_filter(request))
        if request.user.is_superuser:
            # Every portal (a short list), not those found among the rows: that
            # would read the whole table (a million comments) on every page.
            filters.insert(0, (self.portal_field, admin.RelatedFieldListFilter))
        return filters

    def site_of(self, obj):
        """The portal (Site) `obj` belongs to."""
        return portal(obj.site_id)

    def _may(self, request, action, obj):
        codename = get_permission_codename(action, self.opts)
        return request.user.has_perm(f"{self.opts.app_label}.{codename}", self.site_of(obj))

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        return allowed and (
            obj is None or self._may(request, "view", obj) or self._may(request, "change", obj)
        )

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or self._may(request, "change", obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or self._may(request, "delete", obj))

    def get_readonly_fields(self, request, obj=None):
        # A row stays on its portal: chosen when it is made, shown after.
        fields = list(super().get_readonly_fields(request, obj))
        return [*fields, "site"] if obj is not None and self.portal_field == "site" else fields

    def save_model(self, request, obj, form, change):
        # The portal chosen on the form is one of the user's, but the role there
        # must allow the change too (an editor of one portal, a journalist of another).
        if not self._may(request, "change" if change else "add", obj):
            raise PermissionDenied
        super().save_model(request, obj, form, change)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "site":
            mine = staff_sites(request.user)
            kwargs["queryset"] = Site.objects.all() if mine is None else Site.objects.filter(pk__in=mine)
            # No portal chosen in advance (the field's default is the first
            # portal): the list opens on "---------", as a required choice should.
            kwargs["initial"] = None
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class SuperusersOnly:
    """Portals and their domains are the install's, changed by superusers only."""

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    has_add_permission = has_change_permission = has_delete_permission = has_view_permission


class ForgetsPortals:
    """Every process serves the change within newsroom.portals.PORTALS_LIFETIME; this one at once."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        transaction.on_commit(forget_portals)

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        transaction.on_commit(forget_portals)


admin.site.unregister(Site)


@admin.register(Site)
class PortalSiteAdmin(SuperusersOnly, ForgetsPortals, SiteAdmin):
    pass


@admin.register(Portal)
class PortalAdmin(SuperusersOnly, ForgetsPortals, admin.ModelAdmin):
    list_display = ["name", "short_name", "site", "parent"]
    list_select_related = ["site", "parent"]
    list_filter = [("parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "short_name", "site__domain"]
    fields = ["site", "name", "short_name", "parent", "address", "phone", "email", "logo"]


@admin.register(PortalRole)
class PortalRoleAdmin(SuperusersOnly, admin.ModelAdmin):
    list_display = ["user", "role", "site"]
    list_filter = ["role", "site"]
    list_select_related = ["user", "site"]
    search_fields = ["user__username", "site__domain"]
    autocomplete_fields = ["user"]
