from django.apps import AppConfig


class FeedsConfig(AppConfig):
    name = "legation.feeds"
    label = "feeds"
