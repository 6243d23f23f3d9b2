"""The newsroom's article desk in the Django admin.

Every rule about who may do what lives in articles/workflow.py; this module
shows journalists and editors only what they may use and asks the workflow
again on every POST, so a forged form or action is refused the same way.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.forms import Script
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from articles import workflow
from articles.images import make_renditions
from articles.models import Article, ArticleRevision, Section, Tag, WardStory
from articles.revisions import compare_revisions
from articles.richtext import images_without_description
from articles.tagging import TagAutocomplete, TagForm, TagNameAutocompleteView, TagNamesField
from newsroom.admin import LabelledListEditableMixin, PortalStaffAdmin
from newsroom.people import full_name
from newsroom.portals import portal, portals
from newsroom.roles import staff_sites
from newsroom.vietnamese import NFCAdminMixin, label_key

# The name of the article form's "Gửi duyệt" button: save, then submit for review.
SUBMIT = "_gui-duyet"


@admin.register(Section)
class SectionAdmin(PortalStaffAdmin, LabelledListEditableMixin, NFCAdminMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "position", "site"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


@admin.register(Tag)
class TagAdmin(PortalStaffAdmin, NFCAdminMixin, admin.ModelAdmin):
    """Tags are made while writing (ArticleAdmin's tag field); here editors
    rename and delete them, and the pages that show them are refreshed."""

    form = TagForm
    list_display = ["name", "slug", "site"]
    search_fields = ["name"]

    def get_search_results(self, request, queryset, search_term):
        # Compared as stored in Tag.key: any case, any Unicode form.
        if not search_term.strip():
            return queryset, False
        return queryset.filter(key__contains=label_key(search_term)), False

    def get_urls(self):
        names = TagNameAutocompleteView.as_view(admin_site=self.admin_site)
        return [
            path("goi-y/", self.admin_site.admin_view(names), name="articles_tag_names"),
        ] + super().get_urls()

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change:
            workflow.mark_tagged_articles_changed([obj])

    def delete_model(self, request, obj):
        workflow.delete_tags(Tag.objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset):
        workflow.delete_tags(queryset)


@admin.register(Article)
class ArticleAdmin(PortalStaffAdmin, NFCAdminMixin, admin.ModelAdmin):
    list_display = ["title", "section", "status_label", "pin_label", "published_at", "author", "updated_at"]
    # Sections and authors of the staff member's portals only, as found in the list.
    list_filter = [
        "status",
        ("section", admin.RelatedOnlyFieldListFilter),
        ("author", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["section", "author"]
    # Fifty rows: the list a desk works from, on a phone too, rendered in well under
    # 100 ms with 20,000 stories in the install (bench/portals.py); Django's 100 took
    # twice that, nearly all of it drawing the rows.
    list_per_page = 50
    search_fields = ["title", "lead"]
    date_hierarchy = "published_at"
    readonly_fields = ["created_at", "updated_at"]
    actions = ["submit_for_review", "publish_now", "unpublish", "unpin"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "section", "lead", "body", "byline", "tags"]}),
        (gettext_lazy("Ảnh đại diện"), {"fields": ["cover_image", "cover_alt", "cover_caption"]}),
        (gettext_lazy("Xuất bản"), {"fields": ["status", "published_at", "created_at", "updated_at"]}),
        (gettext_lazy("Tin nổi bật"), {"fields": list(workflow.PIN_FIELDS)}),
    ]

    class Media:
        # Deferred so it runs after ckeditor.js and before the editors are made.
        js = [Script("js/admin-editor.js", defer=True), "js/admin-cards.js"]
        css = {"all": ["css/admin-editing.css", "css/admin-cards.css"]}

    @admin.display(description=gettext_lazy("trạng thái"), ordering="status")
    def status_label(self, article):
        scheduled = article.published_at and article.published_at > timezone.now()
        if article.status == Article.Status.PUBLISHED and scheduled:
            when = date_format(timezone.localtime(article.published_at), "DATETIME_FORMAT")
            return _("Hẹn giờ %(time)s") % {"time": when}
        return article.get_status_display()

    def changelist_view(self, request, extra_context=None):
        # The list needs the width for its headlines: no model sidebar beside it.
        return super().changelist_view(request, {"is_nav_sidebar_enabled": False, **(extra_context or {})})

    @admin.display(description=gettext_lazy("ghim"))
    def pin_label(self, article):
        places = []
        if article.home_position is not None:
            places.append(_("Trang chủ #%(n)d") % {"n": article.home_position})
        if article.section_position is not None:
            places.append(_("Chuyên mục #%(n)d") % {"n": article.section_position})
        if places and article.pinned_until:
            until = date_format(timezone.localtime(article.pinned_until), "SHORT_DATETIME_FORMAT")
            places.append(_("đến %(time)s") % {"time": until})
        return ", ".join(places) or "–"

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "tags":
            return TagNamesField(
                label=capfirst(db_field.verbose_name),
                help_text=db_field.help_text,
                widget=TagAutocomplete(db_field, self.admin_site),
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or workflow.can_edit(request.user, obj))

    def has_publish_permission(self, request):
        return workflow.can_publish(request.user)

    def get_changeform_initial_data(self, request):
        # A new article is signed by whoever writes it, as the portal prints a byline.
        return {"byline": full_name(request.user), **super().get_changeform_initial_data(request)}

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if workflow.can_pin(request.user):
            return fieldsets
        # Pins are the editors' to set: the others do not see fields they cannot use.
        return [
            (name, options) for name, options in fieldsets if options["fields"] != list(workflow.PIN_FIELDS)
        ]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # "Gửi duyệt" for those who cannot publish, while the article is theirs to submit.
        context["may_submit"] = not workflow.can_publish(request.user) and (
            obj is None or (obj.status == Article.Status.DRAFT and workflow.can_edit(request.user, obj))
        )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        site = workflow.portal_of(obj) if obj is not None else None
        if not workflow.can_publish(request.user, site):
            fields.append("published_at")
        if not workflow.can_pin(request.user, site):
            fields.extend(workflow.PIN_FIELDS)
        return fields

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "section":
            kwargs["queryset"] = Section.objects.for_staff(request.user).select_related("site")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not workflow.can_publish(request.user):
            kwargs["choices"] = [
                (value, label)
                for value, label in Article.Status.choices
                if value in workflow.EDITABLE_BY_AUTHOR
            ]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        workflow.check_form_save(obj, request.user, form.changed_data)
        if not change:
            obj.author = request.user
        super().save_model(request, obj, form, change)
        if SUBMIT in request.POST and obj.status == Article.Status.DRAFT:
            workflow.submit_for_review(obj, request.user)  # saves the revision too
        else:
            workflow.save_revision(obj, request.user)
        if obj.status == Article.Status.REVIEW and (SUBMIT in request.POST or "status" in form.changed_data):
            request.newsroom_submitted = obj
        if obj.cover_image:
            make_renditions(obj.cover_image.name)
        undescribed = images_without_description(obj.body)
        if undescribed:
            # Saved all the same: a missing description is the journalist's to add.
            self.message_user(
                request,
                ngettext(
                    "%(count)d ảnh trong nội dung chưa có “Mô tả ảnh cho người khiếm thị”. "
                    "Bấm đúp vào ảnh để thêm mô tả.",
                    "%(count)d ảnh trong nội dung chưa có “Mô tả ảnh cho người khiếm thị”. "
                    "Bấm đúp vào ảnh để thêm mô tả.",
                    undescribed,
                )
                % {"count": undescribed},
                messages.WARNING,
            )

    def message_user(self, request, message, level=messages.INFO, *args, **kwargs):
        submitted = getattr(request, "newsroom_submitted", None)
        if submitted is not None and level == messages.SUCCESS:
            # Instead of the admin's "…được chỉnh sửa thành công": say where it went.
            message = _(
                "Đã gửi bài “%(title)s” cho biên tập viên duyệt. Bài được đăng khi biên tập viên đồng ý."
            ) % {"title": submitted.title}
        super().message_user(request, message, level, *args, **kwargs)

    def delete_model(self, request, obj):
        workflow.delete_articles(Article.objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset):
        workflow.delete_articles(queryset)

    def _run_step(self, request, queryset, step, done_message):
        done = refused = 0
        for article in queryset:
            try:
                step(article, request.user)
            except PermissionDenied:
                refused += 1
            else:
                done += 1
        if done:
            self.message_user(request, done_message % {"count": done}, messages.SUCCESS)
        if refused:
            self.message_user(
                request,
                _(
                    "%(count)d bài không được thay đổi vì bạn không có quyền hoặc bài không ở trạng thái phù hợp."
                )
                % {"count": refused},
                messages.WARNING,
            )

    @admin.action(description=gettext_lazy("Gửi duyệt các bài đã chọn"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        self._run_step(request, queryset, workflow.submit_for_review, _("Đã gửi duyệt %(count)d bài."))

    @admin.action(description=gettext_lazy("Đăng ngay các bài đã chọn"), permissions=["publish"])
    def publish_now(self, request, queryset):
        self._run_step(request, queryset, workflow.publish, _("Đã đăng %(count)d bài."))

    @admin.action(description=gettext_lazy("Gỡ các bài đã chọn khỏi trang"), permissions=["publish"])
    def unpublish(self, request, queryset):
        self._run_step(request, queryset, workflow.unpublish, _("Đã gỡ %(count)d bài."))

    @admin.action(description=gettext_lazy("Bỏ ghim các bài đã chọn"), permissions=["publish"])
    def unpin(self, request, queryset):
        self._run_step(request, queryset, workflow.unpin, _("Đã bỏ ghim %(count)d bài."))

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:pk>/phien-ban/", view(self.revisions_view), name="articles_article_revisions"),
            path(
                "<int:pk>/phien-ban/so-sanh/",
                view(self.compare_view),
                name="articles_article_compare",
            ),
            path(
                "<int:pk>/phien-ban/<int:revision_pk>/khoi-phuc/",
                view(require_POST(self.restore_view)),
                name="articles_article_restore",
            ),
        ] + super().get_urls()

    def _article_for_history(self, request, pk):
        article = get_object_or_404(self.get_queryset(request), pk=pk)
        if not (
            request.user.has_perm("articles.view_articlerevision", workflow.portal_of(article))
            or workflow.can_edit(request.user, article)
        ):
            raise PermissionDenied
        return article

    def _history_context(self, request, article, **extra):
        return {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "article": article,
            "title": _("Các phiên bản của “%(title)s”") % {"title": article.title},
            "may_restore": workflow.can_edit(request.user, article),
            **extra,
        }

    def revisions_view(self, request, pk):
        article = self._article_for_history(request, pk)
        revisions = article.revisions.select_related("created_by")
        return TemplateResponse(
            request,
            "admin/articles/article/revisions.html",
            self._history_context(request, article, revisions=revisions),
        )

    def compare_view(self, request, pk):
        article = self._article_for_history(request, pk)
        chosen = article.revisions.filter(pk__in=[request.GET.get("a", 0), request.GET.get("b", 0)])
        pair = sorted(chosen, key=lambda revision: (revision.created_at, revision.pk))
        if len(pair) != 2:
            messages.error(request, _("Hãy chọn hai phiên bản khác nhau để so sánh."))
            return redirect("admin:articles_article_revisions", pk=article.pk)
        return TemplateResponse(
            request,
            "admin/articles/article/compare.html",
            self._history_context(
                request,
                article,
                older=pair[0],
                newer=pair[1],
                changes=compare_revisions(*pair),
            ),
        )

    def restore_view(self, request, pk, revision_pk):
        revision = get_object_or_404(
            ArticleRevision, pk=revision_pk, article__in=self.get_queryset(request).filter(pk=pk)
        )
        workflow.restore_revision(revision, request.user)
        messages.success(
            request,
            _("Đã khôi phục phiên bản lưu lúc %(time)s.")
            % {"time": date_format(timezone.localtime(revision.created_at), "SHORT_DATETIME_FORMAT")},
        )
        return redirect(reverse("admin:articles_article_change", args=[pk]))


@admin.register(WardStory)
class WardStoryAdmin(admin.ModelAdmin):
    """ "Tin từ cơ sở": the province's editors choose which of its wards'
    published stories its home page shows (articles.workflow.put_on_province_home)."""

    list_display = ["title", "ward", "published_at", "on_home"]
    list_select_related = ["site__portal"]
    search_fields = ["title"]
    actions = ["put_on_province_home", "take_off_province_home"]

    def get_queryset(self, request):
        # The portals where the user chooses top stories; the wards are theirs.
        mine = staff_sites(request.user)
        if mine is None:
            mine = portals().by_id.keys()
        provinces = [pk for pk in mine if workflow.can_pin(request.user, portal(pk))]
        return Article.objects.published().filter(site__portal__parent__in=provinces).newest_first()

    def has_module_permission(self, request):
        return workflow.can_pin(request.user)

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request) and (
            obj is None or workflow.can_put_on_province_home(request.user, obj)
        )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=gettext_lazy("cổng"))
    def ward(self, article):
        return article.site.portal.name

    @admin.display(
        description=gettext_lazy("trên trang chủ tỉnh"), boolean=True, ordering="on_province_home_at"
    )
    def on_home(self, article):
        return article.on_province_home_at is not None

    def _run(self, request, queryset, step, done_message):
        done = 0
        for article in queryset:
            step(article, request.user)
            done += 1
        self.message_user(request, done_message % {"count": done}, messages.SUCCESS)

    @admin.action(description=gettext_lazy("Đưa lên trang chủ tỉnh (Tin từ cơ sở)"))
    def put_on_province_home(self, request, queryset):
        self._run(
            request, queryset, workflow.put_on_province_home, _("Đã đưa %(count)d bài lên trang chủ tỉnh.")
        )

    @admin.action(description=gettext_lazy("Gỡ khỏi trang chủ tỉnh"))
    def take_off_province_home(self, request, queryset):
        self._run(
            request, queryset, workflow.take_off_province_home, _("Đã gỡ %(count)d bài khỏi trang chủ tỉnh.")
        )
