from django.apps import AppConfig


class ExportsConfig(AppConfig):
    name = "legation.exports"
    label = "exports"

    def ready(self):
        from legation.publishing.scheduling import AFTER_PUBLISHING

        from .downloads import refresh_downloads

        AFTER_PUBLISHING.append(refresh_downloads)
