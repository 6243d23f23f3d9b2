from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "newsroom"
    verbose_name = "Newsroom"

    def ready(self):
        from django.contrib.auth import get_user_model

        from newsroom.people import full_name

        # A user is shown by name wherever the admin or a template prints one
        # (lists, filters, histories, revisions), family name first.
        User = get_user_model()
        User.__str__ = full_name
        User.get_full_name = full_name
