"""Editors enter a portal's week on one page: the week and its entries inline.

Who may do it is schedule/workflow.py's answer; the admin asks it for the
portals it offers, on every save and for its action.
"""

from django.contrib import admin, messages
from django.contrib.admin import widgets
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from newsroom.admin import PortalStaffAdmin
from newsroom.vietnamese import NFCAdminMixin
from schedule import workflow
from schedule.models import Entry, Week


class EntryInline(NFCAdminMixin, admin.StackedInline):
    model = Entry
    extra = 1
    # Day and hours on one line, then what, who and where: a week fits a screen or two.
    fields = [("date", "starts_at", "ends_at"), "content", ("chair", "place"), "attendees", "preparing_unit"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, models.TimeField):
            kwargs["widget"] = widgets.AdminTimeWidget(format="%H:%M")
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name in ("content", "attendees"):
            field.widget.attrs.update(rows=2)
        return field


@admin.register(Week)
class WeekAdmin(PortalStaffAdmin, NFCAdminMixin, admin.ModelAdmin):
    list_display = ["__str__", "is_published", "published_at", "entry_count", "site"]
    list_filter = ["is_published", "year"]
    fields = ["site", "year", "number", "is_published"]
    inlines = [EntryInline]
    actions = ["copy_previous_week"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("site").annotate(entry_total=Count("entries"))

    def get_changeform_initial_data(self, request):
        iso = timezone.localdate().isocalendar()
        return {"year": iso.year, "number": iso.week, **super().get_changeform_initial_data(request)}

    def save_model(self, request, obj, form, change):
        workflow.check_edit(request.user, obj.site)
        super().save_model(request, obj, form, change)

    @admin.display(description=gettext_lazy("số mục"))
    def entry_count(self, week):
        return week.entry_total

    @admin.action(description=gettext_lazy("Sao chép tuần trước"))
    def copy_previous_week(self, request, queryset):
        for week in queryset:
            try:
                count = workflow.copy_previous_week(week, request.user)
            except PermissionDenied as refusal:
                self.message_user(request, str(refusal), messages.ERROR)
                continue
            if not count:
                self.message_user(
                    request,
                    _("%(week)s: tuần trước không có mục nào để sao chép.") % {"week": week},
                    messages.WARNING,
                )
                continue
            self.message_user(
                request,
                ngettext(
                    "%(week)s: đã sao chép %(count)d mục từ tuần trước.",
                    "%(week)s: đã sao chép %(count)d mục từ tuần trước.",
                    count,
                )
                % {"week": week, "count": count},
                messages.SUCCESS,
            )
