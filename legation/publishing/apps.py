from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "legation.publishing"
    label = "publishing"

    def ready(self):
        from . import signals

        signals.connect()
