"""The reader URLs of Văn bản."""

from django.urls import path

from documents import feeds, views

app_name = "documents"

urlpatterns = [
    path("", views.document_list, name="list"),
    path("lay-y-kien/", views.draft_list, name="drafts"),
    path("rss/", feeds.NewDocumentsFeed(), name="feed"),
    path("<int:pk>/", views.document_detail, name="detail"),
    path("<int:pk>/gop-y/", views.give_opinion, name="opinion"),
    path("<int:pk>/tep/<int:file_pk>/", views.download, name="file"),
]
