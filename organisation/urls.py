"""Giới thiệu's reader URLs: the index, the contacts page, pages nested one level."""

from django.urls import path

from organisation import views

app_name = "organisation"

urlpatterns = [
    path("", views.index, name="index"),
    path("lien-he/", views.contact, name="contact"),
    path("<slug:slug>/", views.page, name="page"),
    path("<slug:parent>/<slug:slug>/", views.page, name="child"),
]
