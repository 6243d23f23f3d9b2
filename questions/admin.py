"""The staff's queue of questions: by status with counts, overdue ones
marked, and the change form whose edits go through questions/workflow.py."""

from django import forms
from django.contrib import admin
from django.db.models import Count, Q
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from newsroom.admin import PortalStaffAdmin
from newsroom.vietnamese import NFCAdminMixin
from questions import workflow
from questions.models import Department, Field, Question, QuestionEvent
from questions.queue import overdue_since


class PortalListAdmin(PortalStaffAdmin, NFCAdminMixin, admin.ModelAdmin):
    def delete_queryset(self, request, queryset):
        # One by one, so that each deletion is a change readers see (PortalList.delete).
        for row in queryset:
            row.delete()


@admin.register(Field)
class FieldAdmin(PortalListAdmin):
    list_display = ["name", "slug", "position", "site"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Department)
class DepartmentAdmin(PortalListAdmin):
    list_display = ["name", "site"]
    search_fields = ["name"]


class OverdueFilter(admin.SimpleListFilter):
    title = _("thời hạn trả lời")
    parameter_name = "qua-han"

    def lookups(self, request, model_admin):
        return [("1", _("Quá hạn"))]

    def queryset(self, request, queryset):
        if self.value() == "1":
            return queryset.awaiting_answer().received_before(overdue_since())
        return queryset


class QuestionEventInline(admin.TabularInline):
    model = QuestionEvent
    extra = 0
    can_delete = False
    fields = ["created_at", "actor", "from_status", "to_status", "note"]
    readonly_fields = fields
    verbose_name_plural = _("Các bước xử lý")

    def has_add_permission(self, request, obj=None):
        return False


class QuestionAdminForm(forms.ModelForm):
    def clean(self):
        data = super().clean()
        answer = data.get("answer", self.instance.answer) or ""
        if data.get("is_published") and not answer.strip():
            self.add_error("is_published", gettext("Chưa có câu trả lời để công bố."))
        if data.get("is_published") and not (data.get("answered_by") or self.instance.answered_by_id):
            self.add_error("answered_by", gettext("Vui lòng chọn đơn vị trả lời."))
        return data


@admin.register(Question)
class QuestionAdmin(PortalStaffAdmin, NFCAdminMixin, admin.ModelAdmin):
    form = QuestionAdminForm
    list_display = ["reference", "title", "field", "status_shown", "department", "received_at", "helpful"]
    list_display_links = ["reference", "title"]
    list_filter = [
        "status",
        OverdueFilter,
        ("field", admin.RelatedOnlyFieldListFilter),
        ("department", admin.RelatedOnlyFieldListFilter),
    ]
    # The status filter shows how many questions each status holds.
    show_facets = admin.ShowFacets.ALWAYS
    list_select_related = ["field", "department"]
    search_fields = ["reference", "title", "name"]
    date_hierarchy = "received_at"
    inlines = [QuestionEventInline]

    class Media:
        # The queue as cards on a phone (as the other queues), and this app's marks.
        js = ["js/admin-cards.js"]
        css = {"all": ["css/admin-cards.css", "css/questions-admin.css"]}

    readonly_fields = [
        "reference",
        "status",
        "name",
        "phone",
        "email",
        "received_at",
        "answered_at",
        "published_at",
        "helpful",
    ]
    fieldsets = [
        (
            _("Câu hỏi"),
            {
                "fields": [
                    "reference",
                    "status",
                    "received_at",
                    "name",
                    "phone",
                    "email",
                    "field",
                    "title",
                    "body",
                ]
            },
        ),
        (_("Giao và trả lời"), {"fields": ["department", "answer", "answered_by", "answered_at"]}),
        (_("Công bố"), {"fields": ["is_published", "published_at", "helpful"]}),
        (_("Không tiếp nhận"), {"fields": ["rejection_reason"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .defer("search_title_exact", "search_title", "search_text")
            .annotate(
                helpful_yes=Count("votes", filter=Q(votes__is_helpful=True)),
                helpful_no=Count("votes", filter=Q(votes__is_helpful=False)),
            )
        )

    def changelist_view(self, request, extra_context=None):
        self._overdue_since = overdue_since()
        return super().changelist_view(request, extra_context)

    @admin.display(description=_("trạng thái"), ordering="status")
    def status_shown(self, question):
        late = question.status in (Question.Status.NEW, Question.Status.ASSIGNED) and (
            question.received_at < getattr(self, "_overdue_since", overdue_since())
        )
        if late:
            return format_html(
                '{} <strong class="question-overdue">{}</strong>',
                question.get_status_display(),
                gettext("Quá hạn"),
            )
        return question.get_status_display()

    @admin.display(description=_("hữu ích (có / không)"))
    def helpful(self, question):
        return f"{getattr(question, 'helpful_yes', 0)} / {getattr(question, 'helpful_no', 0)}"

    def has_add_permission(self, request):
        # Questions come from citizens, through the form.
        return False

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and workflow.can_triage(request.user, None if obj is None else self.site_of(obj))

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and not workflow.can_answer(request.user, self.site_of(obj)):
            fields += ["title", "body", "field", "answer", "answered_by", "is_published"]
        return fields

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # Only the departments and fields of the question's portal.
        question = getattr(request, "_question", None)
        if db_field.name in ("department", "answered_by") and question is not None:
            kwargs["queryset"] = Department.objects.for_site(question.site_id)
        if db_field.name == "field" and question is not None:
            kwargs["queryset"] = Field.objects.for_site(question.site_id)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_form(self, request, obj=None, change=False, **kwargs):
        request._question = obj
        form = super().get_form(request, obj, change, **kwargs)
        # Fields and departments have pages of their own: no add/change/view
        # icons beside the choices (links told apart by colour alone, axe says).
        for name in ("field", "department", "answered_by"):
            widget = form.base_fields[name].widget if name in form.base_fields else None
            if widget is not None and hasattr(widget, "can_add_related"):
                widget.can_add_related = widget.can_change_related = widget.can_view_related = False
        return form

    def save_model(self, request, obj, form, change):
        # Each step checks the user's rights on the question's portal (a 403 if not).
        workflow.apply_changes(obj, form.changed_data, by=request.user)
