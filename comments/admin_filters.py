"""The moderation queue's list filters."""

from django.contrib import admin
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles.models import Section
from comments.counts import status_counts
from comments.models import Comment

Status = Comment.Status


class StatusFilter(admin.SimpleListFilter):
    """Status with its count; the queue opens on pending comments."""

    title = _("trạng thái")
    parameter_name = "trang_thai"
    ALL = "tat-ca"

    def lookups(self, request, model_admin):
        counts = status_counts(model_admin.get_queryset(request))
        choices = [(value, f"{label} ({counts.get(value, 0)})") for value, label in Status.choices]
        return choices + [(self.ALL, gettext("Tất cả"))]

    def value(self):
        return super().value() or Status.PENDING

    def queryset(self, request, queryset):
        if self.value() == self.ALL:
            return queryset
        return queryset.filter(status=self.value())

    def choices(self, changelist):
        for value, label in self.lookup_choices:
            yield {
                "selected": self.value() == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }


class SectionFilter(admin.SimpleListFilter):
    """The article's section. (The admin's related-field filter would list the
    sections found through every comment: a scan of the whole table.)"""

    title = _("chuyên mục")
    parameter_name = "chuyen_muc"

    def lookups(self, request, model_admin):
        return [(str(section.pk), section.name) for section in Section.objects.for_staff(request.user)]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(article__section_id=self.value())
        return queryset


class FlagFilter(admin.SimpleListFilter):
    title = _("cờ")
    parameter_name = "co"

    def lookups(self, request, model_admin):
        return Comment.Flag.choices

    def queryset(self, request, queryset):
        if self.value() in Comment.Flag.values:
            return queryset.filter(flags__contains=self.value())
        return queryset


class OrderFilter(admin.SimpleListFilter):
    """Oldest first (the queue's order) or newest first: a comment just approved,
    to reply to, is at the top of the approved list."""

    title = _("thứ tự")
    parameter_name = "thu_tu"
    NEWEST = "moi-nhat"

    def lookups(self, request, model_admin):
        return [(None, gettext("Cũ nhất trước")), (self.NEWEST, gettext("Mới nhất trước"))]

    def queryset(self, request, queryset):
        return queryset  # CommentAdmin.get_ordering reads the choice

    def choices(self, changelist):
        for value, label in self.lookup_choices:
            yield {
                "selected": self.value() == value,
                "query_string": changelist.get_query_string(
                    {self.parameter_name: value}, [self.parameter_name]
                ),
                "display": label,
            }
