from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "legation.documents"
    label = "documents"
