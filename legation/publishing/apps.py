from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "legation.publishing"
    label = "publishing"
