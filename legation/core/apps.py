from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "legation.core"
    label = "core"
