"""A Wagtail locale for every language in settings.LANGUAGES, so any site may publish in it."""

from django.conf import settings


def create_locales(using="default", **kwargs):
    from wagtail.models import Locale

    for code, _name in settings.LANGUAGES:
        Locale.objects.using(using).get_or_create(language_code=code)
