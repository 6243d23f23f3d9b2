from django.urls import path

from articles import uploads, views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("chuyen-muc/<slug:slug>/", views.SectionView.as_view(), name="section"),
    path("bai-viet/<slug:slug>-<int:pk>/", views.article_detail, name="detail"),
    path("bai-da-dang/", views.archive_day, name="archive_day"),
    path("bien-tap/tai-anh/", uploads.upload_image, name="upload_image"),
]
