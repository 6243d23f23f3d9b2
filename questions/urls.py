"""The reader URLs of Hỏi đáp."""

from django.urls import path

from questions import views

app_name = "questions"

urlpatterns = [
    path("", views.question_list, name="list"),
    path("dat-cau-hoi/", views.ask, name="ask"),
    path("tra-cuu/", views.lookup, name="lookup"),
    path("<int:pk>/", views.question_detail, name="detail"),
    path("<int:pk>/huu-ich/", views.vote, name="vote"),
]
