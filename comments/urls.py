"""The reader URLs of comments: the captcha (image and audio), the form page and posting."""

from django.urls import path

from comments import views

app_name = "comments"

urlpatterns = [
    path("ma-xac-nhan/", views.new_captcha, name="captcha"),
    path("ma-xac-nhan/<str:key>/nghe/", views.hear_captcha, name="audio"),
    path("<int:article_pk>/", views.comment_form, name="form"),
    path("<int:article_pk>/gui/", views.post_comment, name="post"),
]
