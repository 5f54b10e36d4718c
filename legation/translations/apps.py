from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "legation.translations"
    label = "legation_translations"
    verbose_name = _("Translations")

    def ready(self):
        from . import snippets
        from .locales import create_locales

        # After Wagtail's own tables exist, on every migrate: LANGUAGES may have grown.
        post_migrate.connect(create_locales, sender=apps.get_app_config("wagtailcore"))
        snippets.connect()
