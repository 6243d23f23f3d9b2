"""The organisation app: the portal's own pages (Giới thiệu): duties, structure, leaders, contacts."""

from django.apps import AppConfig


class OrganisationConfig(AppConfig):
    name = "organisation"
    verbose_name = "Giới thiệu"
