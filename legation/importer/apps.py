from django.apps import AppConfig


class ImporterConfig(AppConfig):
    name = "legation.importer"
    label = "importer"
