"""Editors write the portal's own pages (CKEditor, as articles) and its leaders."""

from django.contrib import admin
from django.utils.translation import gettext_lazy

from newsroom.admin import PortalStaffAdmin
from newsroom.vietnamese import NFCAdminMixin
from organisation import workflow
from organisation.models import Leader, Page


class ChecksPortalRights:
    """Each save asks organisation/workflow.py whether the user writes for the row's portal."""

    def save_model(self, request, obj, form, change):
        workflow.check_edit(request.user, obj.site)
        super().save_model(request, obj, form, change)

    def delete_model(self, request, obj):
        workflow.check_edit(request.user, obj.site)
        super().delete_model(request, obj)


@admin.register(Page)
class PageAdmin(ChecksPortalRights, PortalStaffAdmin, NFCAdminMixin, admin.ModelAdmin):
    list_display = ["title", "kind", "parent", "position", "is_published", "address", "site"]
    list_filter = ["kind", "is_published"]
    list_select_related = ["parent", "site"]
    search_fields = ["title"]
    fields = [
        "site",
        "title",
        "slug",
        "kind",
        "parent",
        "summary",
        "body",
        "map_url",
        "position",
        "is_published",
    ]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "map_url":
            kwargs["assume_scheme"] = "https"  # a map link typed without its scheme
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "parent":
            # Top-level pages only: pages nest one level.
            kwargs["queryset"] = Page.objects.for_staff(request.user).top_level().select_related("site")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description=gettext_lazy("địa chỉ"))
    def address(self, page):
        return page.get_absolute_url()


@admin.register(Leader)
class LeaderAdmin(ChecksPortalRights, PortalStaffAdmin, NFCAdminMixin, admin.ModelAdmin):
    list_display = ["name", "title", "position", "site"]
    search_fields = ["name", "title"]
    fields = ["site", "name", "title", "photo", "duties", "phone", "email", "position"]
