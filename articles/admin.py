"""The newsroom's article desk in the Django admin."""
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from articles.models import Article, Section


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "section", "status", "published_at", "author", "updated_at"]
    list_filter = ["status", "section", "author"]
    list_select_related = ["section", "author"]
    search_fields = ["title", "lead"]
    date_hierarchy = "published_at"
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "section", "lead", "body", "byline"]}),
        (_("Ảnh đại diện"), {"fields": ["cover_image", "cover_alt", "cover_caption"]}),
        (_("Xuất bản"), {"fields": ["status", "published_at", "created_at", "updated_at"]}),
    ]

    def save_model(self, request, obj, form, change):
        if not change and not obj.author_id:
            obj.author = request.user
        super().save_model(request, obj, form, change)
