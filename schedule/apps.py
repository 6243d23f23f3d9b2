"""The schedule app: the leaders' weekly work schedule (Lịch công tác) of each portal."""

from django.apps import AppConfig


class ScheduleConfig(AppConfig):
    name = "schedule"
    verbose_name = "Lịch công tác"
