from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "legation.caching"
    label = "caching"
    verbose_name = "Page cache"

    def ready(self):
        from . import dependencies, invalidation

        dependencies.connect()
        invalidation.connect()
