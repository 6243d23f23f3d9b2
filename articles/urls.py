"""The reader URLs of articles: home, sections, article pages, the day archive, search, feeds and sitemaps."""

from django.urls import path

from articles import sitemaps, uploads, views
from articles.feeds import LatestArticlesFeed, SectionFeed, TagFeed

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("chuyen-muc/<slug:slug>/", views.section_page, name="section"),
    path("bai-viet/<slug:slug>-<int:pk>/", views.article_detail, name="detail"),
    path("luot-doc/<int:pk>/", views.count_read, name="count_read"),
    path("bai-da-dang/", views.archive_day, name="archive_day"),
    path("tim-kiem/", views.search, name="search"),
    path("rss/", LatestArticlesFeed(), name="feed"),
    path("chuyen-muc/<slug:slug>/rss/", SectionFeed(), name="section_feed"),
    path("tu-khoa/<slug:slug>/", views.tag_page, name="tag"),
    path("tu-khoa/<slug:slug>/rss/", TagFeed(), name="tag_feed"),
    path(
        "sitemap.xml",
        sitemaps.index,
        {
            "sitemap_url_name": "articles:sitemap_section",
            "template_name": "sitemaps/index.xml",
        },
        name="sitemap",
    ),
    # The news sitemap has its own template; its name is the generic pattern's
    # too, so the index links to it without knowing.
    path(
        "sitemap-tin-moi.xml",
        sitemaps.sitemap,
        {"section": "tin-moi", "template_name": "sitemaps/news.xml"},
    ),
    path(
        "sitemap-<section>.xml",
        sitemaps.sitemap,
        {"template_name": "sitemaps/sitemap.xml"},
        name="sitemap_section",
    ),
    path("bien-tap/tai-anh/", uploads.upload_image, name="upload_image"),
]
