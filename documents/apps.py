"""The documents app: the agency's documents (Văn bản) and its drafts open for
the public's opinions (Lấy ý kiến dự thảo)."""

from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = "Văn bản, lấy ý kiến dự thảo"
