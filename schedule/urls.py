"""The schedule's reader URLs: the week's page and its iCalendar feed."""

from django.urls import path

from schedule import views

app_name = "schedule"

urlpatterns = [
    path("", views.week, name="week"),
    path("lich.ics", views.calendar, name="calendar"),
]
