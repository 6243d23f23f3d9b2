"""The questions app: citizens ask, the authority answers in public (Hỏi đáp)."""

from django.apps import AppConfig


class QuestionsConfig(AppConfig):
    name = "questions"
    verbose_name = "Hỏi đáp"
