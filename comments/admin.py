"""The moderation queue: pending comments, oldest first, decided one by one or in bulk."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from comments import moderation
from comments.admin_filters import FlagFilter, OrderFilter, SectionFilter, StatusFilter
from comments.admin_forms import CommentEditForm, ReplyForm
from comments.models import Comment, Keyword, ModerationRecord, Reply
from comments.text import to_e164
from newsroom.admin import PortalStaffAdmin
from newsroom.vietnamese import NFCAdminMixin

Status = Comment.Status

# What a decision button or action does: workflow, past tense for the message.
DECISIONS = {
    Status.APPROVED: (moderation.approve, _("Đã duyệt %(count)d bình luận.")),
    Status.REJECTED: (moderation.reject, _("Đã từ chối %(count)d bình luận.")),
    Status.SPAM: (moderation.mark_spam, _("Đã chuyển %(count)d bình luận vào rác.")),
}
ROW_BUTTONS = [
    (Status.APPROVED, _("Duyệt"), "a"),
    (Status.REJECTED, _("Từ chối"), "r"),
    (Status.SPAM, _("Rác"), "s"),
]


class ModerationRecordInline(admin.TabularInline):
    model = ModerationRecord
    template = "admin/comments/comment/history_inline.html"
    extra = 0
    can_delete = False
    fields = ["created_at", "actor", "from_status", "to_status", "reason", "changes_shown"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("thay đổi"))
    def changes_shown(self, record):
        return format_html_join(
            "",
            "<p><strong>{}</strong>: «{}» → «{}»</p>",
            (
                (CHANGE_LABELS.get(field, field), before, after)
                for field, (before, after) in record.changes.items()
            ),
        )


# How a field named in ModerationRecord.changes reads on the comment's page.
CHANGE_LABELS = {
    "title": _("tiêu đề"),
    "body": _("nội dung"),
    moderation.REPLY_CHANGE: _("Tòa soạn trả lời"),
}


@admin.register(Comment)
class CommentAdmin(PortalStaffAdmin, NFCAdminMixin, admin.ModelAdmin):
    form = CommentEditForm
    change_form_template = "admin/comments/comment/change_form.html"
    list_filter = [StatusFilter, OrderFilter, SectionFilter, "received_at", FlagFilter]
    list_select_related = ["article"]
    list_per_page = 50
    ordering = ["received_at", "pk"]
    # The phone is searched apart, by a whole number only (get_search_results).
    search_fields = ["name", "title", "body", "ip_address"]
    search_help_text = _("Tìm theo tên, tiêu đề, nội dung, IP hoặc cả số điện thoại.")
    actions = ["approve_comments", "reject_comments", "mark_spam", "erase_commenters"]
    show_full_result_count = False

    class Media:
        js = ["js/admin-cards.js", "js/comment-queue.js"]
        css = {"all": ["css/admin-cards.css", "css/comment-queue.css"]}

    portal_field = "article__site"

    def site_of(self, comment):
        return moderation.portal_of(comment)

    # The list ------------------------------------------------------------

    def get_list_display(self, request):
        sender = "sender_full" if moderation.can_see_phone(request.user) else "sender"
        columns = ["title", "excerpt", "article_link", sender, "received", "waiting", "flags_shown"]
        if moderation.can_moderate(request.user):
            columns.append("decision_buttons")
        if moderation.can_reply(request.user):
            columns.append("reply_link")
        return columns

    def get_list_display_links(self, request, list_display):
        return ["title"]

    @admin.display(description=_("nội dung"))
    def excerpt(self, comment):
        return Truncator(comment.body).chars(400)

    @admin.display(description=_("bài viết"), ordering="article__title")
    def article_link(self, comment):
        return format_html(
            '<a href="{}">{}</a>',
            comment.article.get_absolute_url(),
            Truncator(comment.article.title).chars(40),
        )

    @admin.display(description=_("người gửi"), ordering="name")
    def sender(self, comment):
        return self._sender(comment, comment.masked_phone)

    @admin.display(description=_("người gửi"), ordering="name")
    def sender_full(self, comment):
        return self._sender(comment, comment.phone)

    @staticmethod
    def _sender(comment, phone):
        lines = [comment.name, phone, comment.ip_address]
        return format_html_join("", "<div>{}</div>", ((line,) for line in lines if line))

    @admin.display(description=_("điện thoại"))
    def masked_phone(self, comment):
        return comment.masked_phone

    @admin.display(description=_("điện thoại"), ordering="phone")
    def full_phone(self, comment):
        return comment.phone

    @admin.display(description=_("nhận lúc"), ordering="received_at")
    def received(self, comment):
        return date_format(timezone.localtime(comment.received_at), "DATETIME_FORMAT")

    @admin.display(description=_("đã chờ"))
    def waiting(self, comment):
        if comment.status != Status.PENDING:
            return "–"
        minutes = int((timezone.now() - comment.received_at).total_seconds() // 60)
        if minutes < 60:
            return gettext("%(n)d phút") % {"n": minutes}
        if minutes < 48 * 60:
            return gettext("%(n)d giờ") % {"n": minutes // 60}
        return gettext("%(n)d ngày") % {"n": minutes // (24 * 60)}

    @admin.display(description=_("cờ"))
    def flags_shown(self, comment):
        labels = [Comment.Flag(flag).label for flag in comment.flag_list if flag in Comment.Flag.values]
        return format_html_join(" ", '<span class="comment-flag">{}</span>', ((label,) for label in labels))

    @admin.display(description=_("quyết định"))
    def decision_buttons(self, comment):
        # Buttons of the changelist's own form (which carries the CSRF token),
        # posted to the per-row decision view by `formaction`.
        return format_html_join(
            " ",
            '<button type="submit" class="button comment-decision" formaction="{}" data-key="{}">{}</button>',
            (
                (reverse("admin:comments_comment_decide", args=[comment.pk, status]), key, label)
                for status, label, key in ROW_BUTTONS
                if comment.status != status
            ),
        )

    @admin.display(description=_("trả lời"))
    def reply_link(self, comment):
        if comment.status != Status.APPROVED:
            return "–"
        return format_html(
            '<a class="button comment-reply-link" href="{}">{}</a>',
            reverse("admin:comments_comment_reply", args=[comment.pk]),
            gettext("Trả lời"),
        )

    def changelist_view(self, request, extra_context=None):
        # The queue needs the width: no model sidebar beside it.
        context = {"is_nav_sidebar_enabled": False, "title": gettext("Hàng chờ kiểm duyệt")}
        return super().changelist_view(request, {**context, **(extra_context or {})})

    def get_ordering(self, request):
        if request.GET.get(OrderFilter.parameter_name) == OrderFilter.NEWEST:
            return ["-received_at", "-pk"]
        return super().get_ordering(request)

    def get_search_results(self, request, queryset, search_term):
        """A whole phone number, typed the way people write it ("0912 345 678"),
        finds the stored +84 form, for those who may see phones only. A part of
        a number never matches: otherwise a masked phone could be read digit
        by digit through the search."""
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if search_term and moderation.can_see_phone(request.user):
            try:
                phone = to_e164(search_term)
            except ValueError:
                pass
            else:
                results = results | queryset.filter(phone=phone)
        return results, may_have_duplicates

    # Permissions ---------------------------------------------------------

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    def delete_model(self, request, obj):
        moderation.delete_comments(Comment.objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset):
        moderation.delete_comments(queryset)

    def has_moderate_permission(self, request):
        """The admin asks this for the actions marked permissions=["moderate"]."""
        return moderation.can_moderate(request.user)

    # Decisions -----------------------------------------------------------

    def _decide_selected(self, request, queryset, to_status):
        workflow, done = DECISIONS[to_status]
        records = workflow(list(queryset), by=request.user)
        self.message_user(request, done % {"count": len(records)}, messages.SUCCESS)

    @admin.action(description=_("Duyệt các bình luận đã chọn"), permissions=["moderate"])
    def approve_comments(self, request, queryset):
        self._decide_selected(request, queryset, Status.APPROVED)

    @admin.action(description=_("Từ chối các bình luận đã chọn"), permissions=["moderate"])
    def reject_comments(self, request, queryset):
        self._decide_selected(request, queryset, Status.REJECTED)

    @admin.action(description=_("Đánh dấu rác các bình luận đã chọn"), permissions=["moderate"])
    def mark_spam(self, request, queryset):
        self._decide_selected(request, queryset, Status.SPAM)

    def has_erase_commenter_data_permission(self, request):
        return moderation.can_erase_commenter_data(request.user)

    @admin.action(
        description=_("Xóa dữ liệu cá nhân của người gửi (theo yêu cầu của họ)"),
        permissions=["erase_commenter_data"],
    )
    def erase_commenters(self, request, queryset):
        count = moderation.erase_commenters(list(queryset), by=request.user)
        self.message_user(
            request,
            gettext(
                "Đã xóa tên, số điện thoại, IP và trình duyệt trong %(count)d bình luận của những người gửi đã chọn "
                "(cả các bình luận khác cùng số điện thoại). Lịch sử của từng bình luận ghi lại việc này."
            )
            % {"count": count},
            messages.SUCCESS,
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/quyet-dinh/<str:to_status>/",
                self.admin_site.admin_view(self.decide_view),
                name="comments_comment_decide",
            ),
            path(
                "<int:pk>/tra-loi/",
                self.admin_site.admin_view(self.reply_view),
                name="comments_comment_reply",
            ),
        ] + super().get_urls()

    def decide_view(self, request, pk, to_status):
        """One row's approve / reject / spam button; back to where the moderator was."""
        return require_POST(self._decide_one)(request, pk, to_status)

    def _decide_one(self, request, pk, to_status):
        if not moderation.can_moderate(request.user) or to_status not in DECISIONS:
            raise PermissionDenied
        comment = get_object_or_404(self.get_queryset(request), pk=pk)
        self._decide_selected(request, [comment], to_status)
        back = request.headers.get("Referer", "")
        if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
            back = reverse("admin:comments_comment_changelist")
        return redirect(back)

    def reply_view(self, request, pk):
        """The newsroom's reply to one comment: write, change or withdraw it."""
        if not moderation.can_reply(request.user):
            raise PermissionDenied
        comment = get_object_or_404(self.get_queryset(request).select_related("article"), pk=pk)
        if not moderation.can_reply(request.user, moderation.portal_of(comment)):
            raise PermissionDenied
        existing = Reply.objects.filter(comment=comment).first()
        form = ReplyForm(request.POST or None, initial={"body": existing.body if existing else ""})
        if request.method == "POST" and form.is_valid():
            try:
                record = moderation.reply(comment, by=request.user, body=form.cleaned_data["body"])
            except moderation.NotReplyable as refusal:
                form.add_error(None, str(refusal))
            else:
                if record:
                    self.message_user(request, gettext("Đã lưu câu trả lời của tòa soạn."), messages.SUCCESS)
                return redirect(self._after_reply(request, comment))
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Tòa soạn trả lời"),
            "opts": self.opts,
            "comment": comment,
            "form": form,
            "is_replyable": comment.status == Status.APPROVED,
            "back_url": self._after_reply(request, comment),
        }
        return TemplateResponse(request, "admin/comments/comment/reply.html", context)

    def _after_reply(self, request, comment):
        if self.has_view_or_change_permission(request, comment):
            return reverse("admin:comments_comment_change", args=[comment.pk])
        return reverse("admin:index")

    # The comment's page --------------------------------------------------

    def get_fields(self, request, obj=None):
        phone = "full_phone" if moderation.can_see_phone(request.user) else "masked_phone"
        fields = [
            "status",
            "article_link",
            "name",
            phone,
            "ip_address",
            "user_agent",
            "received_at",
            "decided_at",
            "flags_shown",
            "title",
            "body",
            "reason",
            "reply_shown",
        ]
        if not self.has_change_permission(request, obj):
            # The reason goes with a change; someone who may only look has none to give.
            fields.remove("reason")
        return fields

    def get_readonly_fields(self, request, obj=None):
        return [
            "status",
            "article_link",
            "name",
            "masked_phone",
            "full_phone",
            "ip_address",
            "user_agent",
            "received_at",
            "decided_at",
            "flags_shown",
            "reply_shown",
        ]

    @admin.display(description=_("Tòa soạn trả lời"))
    def reply_shown(self, comment):
        existing = Reply.objects.filter(comment=comment).first()
        return existing.body if existing else "–"

    def get_inlines(self, request, obj):
        return [ModerationRecordInline] if obj else []

    def save_model(self, request, obj, form, change):
        """Edits go through the workflow so each is recorded with before and after."""
        original = Comment.objects.get(pk=obj.pk)
        reason = form.cleaned_data.get("reason", "")
        moderation.edit_comment(original, by=request.user, title=obj.title, body=obj.body, reason=reason)
        to_status = request.POST.get("_decide")
        if to_status in DECISIONS and moderation.can_moderate(request.user):
            moderation.decide(original, to_status, by=request.user, reason=reason)

    def render_change_form(self, request, context, *args, **kwargs):
        if moderation.can_moderate(request.user):
            context["decision_buttons"] = [(status, label) for status, label, _key in ROW_BUTTONS]
        comment = context.get("original")
        if comment and comment.status == Status.APPROVED and moderation.can_reply(request.user):
            context["reply_url"] = reverse("admin:comments_comment_reply", args=[comment.pk])
        return super().render_change_form(request, context, *args, **kwargs)


@admin.register(Keyword)
class KeywordAdmin(NFCAdminMixin, admin.ModelAdmin):
    list_display = ["word", "action"]
    list_filter = ["action"]
    search_fields = ["word"]
