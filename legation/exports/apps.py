from django.apps import AppConfig


class ExportsConfig(AppConfig):
    name = "legation.exports"
    label = "exports"
