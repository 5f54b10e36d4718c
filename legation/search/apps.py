"""Public search: our own index of public documents and their transcript turns."""

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "legation.search"
    label = "legation_search"  # "search" is Wagtail's own search app
    verbose_name = "Public search"

    def ready(self):
        from . import signals

        signals.connect()
