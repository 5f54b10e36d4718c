"""The language versions of a page that a reader may open: only those that exist and are public."""

from dataclasses import dataclass

from wagtail.models import Page

from .languages import bcp47
from .models import PublicGate


@dataclass(frozen=True)
class LanguageVersion:
    page: Page
    tag: str
    url: str
    is_current: bool


def language_versions(page, request=None):
    if page is None or not page.pk:
        return []
    translations = (
        PublicGate()
        .filter(Page.objects.filter(translation_key=page.translation_key))
        .select_related("locale")
    )
    versions = [
        LanguageVersion(
            page=translation,
            tag=bcp47(translation.locale.language_code),
            url=translation.get_url(request=request),
            is_current=translation.pk == page.pk,
        )
        for translation in translations.order_by("locale__language_code")
    ]
    return [version for version in versions if version.url]
