"""The staff's side of Văn bản: kinds, documents with their files (checked by
content, their words read as they are saved), the opinions on drafts in a
queue of their own, and the documents an article links, in the article form.
Every save keeps a revision ("Phiên bản": who, when, the words changed;
editors restore one) besides the admin's own history (LogEntry: "Lịch sử")."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.forms.models import BaseInlineFormSet
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from articles.models import Article
from articles.revisions import compare_revisions, text_changes
from documents import workflow
from documents.files import FileRefused, check_file
from documents.models import Attachment, Document, DocumentRevision, Kind, Opinion
from newsroom.admin import PortalStaffAdmin
from newsroom.portals import portal
from newsroom.vietnamese import NFCAdminMixin


@admin.register(Kind)
class KindAdmin(PortalStaffAdmin, NFCAdminMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "position", "site"]
    prepopulated_fields = {"slug": ["name"]}


class AttachmentForm(forms.ModelForm):
    class Meta:
        model = Attachment
        fields = ["file", "name", "position"]

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None or not hasattr(upload, "content_type"):
            return upload  # unchanged: already checked when it came
        try:
            file_type = check_file(upload)
        except FileRefused as refused:
            raise forms.ValidationError(str(refused), code="refused") from None
        upload.seek(0)
        data = upload.read()
        upload.seek(0)
        self.instance.file_type = file_type
        self.instance.size = upload.size
        workflow.read_upload(self.instance, data)
        return upload

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if not data.get("name") and hasattr(upload, "content_type"):
            # Set here, not in clean_file(): the form's own (empty) name would overwrite it.
            data["name"] = upload.name[-200:]
        return data


class AttachmentInline(admin.StackedInline):
    # Stacked: each field has its label (a table's column headers are not labels).
    model = Attachment
    form = AttachmentForm
    extra = 1
    fields = ["file", "name", "position", "text_shown"]
    readonly_fields = ["text_shown"]

    @admin.display(description=_("chữ trong tệp"))
    def text_shown(self, attachment):
        if attachment.pk is None:
            return "–"
        if attachment.text_state == Attachment.TextState.READ:
            return ngettext("Đã đọc %(count)d chữ", "Đã đọc %(count)d chữ", len(attachment.text.split())) % {
                "count": len(attachment.text.split())
            }
        if attachment.text_state == Attachment.TextState.WAITING:
            return gettext("Chưa đọc chữ: đang chờ nhận dạng chữ (OCR). Văn bản vẫn tìm được theo thông tin.")
        return gettext(
            "Chưa đọc được chữ trong tệp: văn bản chỉ tìm được theo thông tin (số ký hiệu, trích yếu…)."
        )


class DocumentAdminForm(forms.ModelForm):
    def clean(self):
        data = super().clean()
        site_id = data["site"].pk if data.get("site") else self.instance.site_id
        if data.get("kind") and data["kind"].site_id != site_id:
            self.add_error("kind", gettext("Loại văn bản này thuộc cổng khác: chọn loại của cổng văn bản."))
        effective, expires = data.get("effective_on"), data.get("expires_on")
        if effective and expires and expires < effective:
            self.add_error("expires_on", gettext("Ngày hết hiệu lực phải sau ngày hiệu lực."))
        return data


# What the "Phiên bản" page compares, in the order of the document's page.
REVISION_FIELDS = [
    (_("Số ký hiệu"), "number"),
    (_("Loại văn bản"), "kind_name"),
    (_("Trích yếu"), "summary"),
    (_("Cơ quan ban hành"), "issuer"),
    (_("Người ký"), "signer"),
    (_("Các ngày"), "dates_text"),
    (_("Lĩnh vực"), "field"),
    (_("Trạng thái"), "status_text"),
    (_("Tệp đính kèm"), "file_names"),
]


def _changed_fields(older, newer):
    return [field for field in compare_revisions(older, newer, REVISION_FIELDS, text_changes) if field[2]]


@admin.register(Document)
class DocumentAdmin(PortalStaffAdmin, NFCAdminMixin, admin.ModelAdmin):
    form = DocumentAdminForm
    list_display = [
        "number",
        "kind",
        "summary_short",
        "issued_on",
        "status",
        "consultation_ends_at",
        "files_read",
    ]
    list_display_links = ["number", "summary_short"]
    list_filter = ["status", ("kind", admin.RelatedOnlyFieldListFilter), "issued_on"]
    list_select_related = ["kind"]
    search_fields = ["number", "summary", "issuer"]
    date_hierarchy = "issued_on"
    # A plain field with its label and a lookup (articles run to tens of thousands).
    raw_id_fields = ["articles", "consultation_report"]
    inlines = [AttachmentInline]
    actions = ["read_files_again"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "site",
                    "kind",
                    "number",
                    "summary",
                    "issuer",
                    "signer",
                    "issued_on",
                    "effective_on",
                    "expires_on",
                    "field",
                    "status",
                ]
            },
        ),
        (
            _("Dự thảo lấy ý kiến"),
            {"fields": ["consultation_ends_at", "consultation_report", "opinion_count"]},
        ),
        (_("Liên kết"), {"fields": ["articles"]}),
    ]
    readonly_fields = ["opinion_count"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("search_title_exact", "search_title", "search_text")

    @admin.display(description=_("Trích yếu"))
    def summary_short(self, document):
        return document.summary[:90]

    @admin.display(description=_("chữ trong tệp"))
    def files_read(self, document):
        states = [attachment.text_state for attachment in document.attachments.all()]
        unread = sum(
            state in (Attachment.TextState.WAITING, Attachment.TextState.NOT_READ) for state in states
        )
        if unread:
            return format_html('<strong class="document-unread">{}</strong>', gettext("Chưa đọc chữ"))
        return gettext("Đã đọc") if states else "–"

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        changelist.queryset = changelist.queryset.prefetch_related("attachments")
        return changelist

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "kind":
            kwargs["queryset"] = Kind.objects.for_staff(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not workflow.can_publish(request.user):
            kwargs["choices"] = [(Document.Status.DRAFT, Document.Status.DRAFT.label)]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        workflow.check_form_save(obj, request.user, form.changed_data)
        if not change:
            obj.author = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        document = form.instance
        workflow.files_saved(document)
        workflow.save_revision(document, request.user)  # with its files' names
        if document.attachments.filter(text_state=Attachment.TextState.NOT_READ, file_type="pdf").exists():
            self.message_user(
                request,
                gettext(
                    "Văn bản đã lưu. Chưa đọc được chữ trong tệp quét (máy chủ chưa có Tesseract): "
                    "văn bản vẫn tìm được theo số ký hiệu, trích yếu và các thông tin khác."
                ),
                messages.WARNING,
            )

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:pk>/phien-ban/", view(self.revisions_view), name="documents_document_revisions"),
            path(
                "<int:pk>/phien-ban/<int:revision_pk>/khoi-phuc/",
                view(require_POST(self.restore_view)),
                name="documents_document_restore",
            ),
        ] + super().get_urls()

    def revisions_view(self, request, pk):
        document = get_object_or_404(self.get_queryset(request), pk=pk)
        if not workflow.can_see_revisions(request.user, document):
            raise PermissionDenied
        revisions = list(document.revisions.select_related("created_by"))
        # Each version with what changed since the one before it (the oldest: nothing to compare).
        older = [*revisions[1:], None]
        listed = [
            (revision, previous is None, previous and _changed_fields(previous, revision))
            for revision, previous in zip(revisions, older, strict=True)
        ]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "document": document,
            "title": gettext("Các phiên bản của văn bản “%(number)s”") % {"number": document.number},
            "revisions": listed,
            "may_restore": workflow.can_restore(request.user, document),
        }
        return TemplateResponse(request, "admin/documents/document/revisions.html", context)

    def restore_view(self, request, pk, revision_pk):
        revision = get_object_or_404(
            DocumentRevision, pk=revision_pk, document__in=self.get_queryset(request).filter(pk=pk)
        )
        _restored, lost_kind = workflow.restore_revision(revision, request.user)
        messages.success(
            request,
            gettext("Đã khôi phục phiên bản lưu lúc %(time)s.")
            % {"time": date_format(timezone.localtime(revision.created_at), "SHORT_DATETIME_FORMAT")},
        )
        if lost_kind:
            messages.warning(
                request,
                gettext("Loại văn bản “%(kind)s” không còn ở cổng này: văn bản giữ loại hiện tại.")
                % {"kind": lost_kind},
            )
        return redirect(reverse("admin:documents_document_change", args=[pk]))

    @admin.action(description=_("Đọc lại chữ trong các tệp quét chưa đọc được"))
    def read_files_again(self, request, queryset):
        queued = workflow.read_again(Attachment.objects.filter(document__in=queryset))
        self.message_user(
            request,
            ngettext(
                "%(count)d tệp được đưa vào hàng đợi OCR.", "%(count)d tệp được đưa vào hàng đợi OCR.", queued
            )
            % {"count": queued},
        )


@admin.register(Opinion)
class OpinionAdmin(PortalStaffAdmin, admin.ModelAdmin):
    """The opinions on drafts, a queue apart from the comments'."""

    portal_field = "document__site"
    list_display = ["title", "document", "name", "status", "received_at"]
    list_filter = ["status", ("document", admin.RelatedOnlyFieldListFilter)]
    show_facets = admin.ShowFacets.ALWAYS
    list_select_related = ["document"]
    search_fields = ["title", "body", "name"]
    date_hierarchy = "received_at"
    fields = ["document", "name", "phone", "title", "body", "received_at", "status", "rejection_reason"]
    readonly_fields = ["document", "name", "phone", "title", "body", "received_at"]
    actions = ["mark_accepted"]

    def site_of(self, obj):
        return portal(obj.document.site_id)

    def has_add_permission(self, request):
        # Opinions come from readers, through the draft's form.
        return False

    @admin.action(description=_("Đánh dấu đã tiếp nhận"))
    def mark_accepted(self, request, queryset):
        done = queryset.filter(status=Opinion.Status.NEW).update(status=Opinion.Status.ACCEPTED)
        self.message_user(request, gettext("Đã tiếp nhận %(count)d ý kiến.") % {"count": done})


class OptionalPartFormSet(BaseInlineFormSet):
    """An article form posted without this part (a client that knows only the
    articles' fields) changes no link, rather than failing as a tampered form."""

    def __init__(self, data=None, *args, prefix=None, **kwargs):
        name = f"{prefix or self.get_default_prefix()}-TOTAL_FORMS"
        if data is not None and name not in data:
            data = data.copy()
            data.update({name: "0", name.replace("TOTAL", "INITIAL"): "0"})
        super().__init__(data, *args, prefix=prefix, **kwargs)


class DocumentLinkInline(admin.StackedInline):
    """ "Văn bản liên quan" in the article form: the documents an article links
    (added from here, so the articles app knows nothing of documents)."""

    model = Document.articles.through
    formset = OptionalPartFormSet
    extra = 0
    raw_id_fields = ["document"]
    verbose_name = _("văn bản liên quan")
    verbose_name_plural = _("Văn bản liên quan")


_article_admin = admin.site.get_model_admin(Article)
_article_admin.inlines = [*_article_admin.inlines, DocumentLinkInline]
