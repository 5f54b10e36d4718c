"""Languages: which ones a site publishes in, and how readers and addresses name them.

Django and Wagtail name a language "en-gb"; readers, `lang` and `hreflang` use the BCP 47 tag
"en-GB". Every public address starts with the code (/en-gb/…); a site answers only in the
languages of its set, chosen on its root page (see docs/languages.md).
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language_from_path
from wagtail.models import Page, Site


def bcp47(language_code):
    language, _sep, region = language_code.partition("-")
    return f"{language}-{region.upper()}" if region else language


@dataclass(frozen=True)
class SiteLanguages:
    default: str
    codes: tuple

    def __contains__(self, language_code):
        return language_code in self.codes


ALL_LANGUAGES = SiteLanguages(
    default=settings.LANGUAGE_CODE, codes=tuple(code for code, _name in settings.LANGUAGES)
)


def site_languages(site):
    """The default language and the set of a site, read from the root page the site points to.

    The fields are synchronised to every translation of the root, but the Site's own root page
    is the one editors configure, so it alone is read. A site whose root is not one of ours
    (Wagtail's welcome page) publishes in every language.
    """
    root = site.root_page.specific if site else None
    if not hasattr(root, "languages"):
        return ALL_LANGUAGES
    # Kept in the order of settings.LANGUAGES, so every list of languages reads the same.
    codes = tuple(code for code in ALL_LANGUAGES.codes if code in root.languages)
    return SiteLanguages(default=root.default_language, codes=codes)


def site_languages_for_request(request):
    if not hasattr(request, "_legation_site_languages"):
        request._legation_site_languages = site_languages(Site.find_for_request(request))
    return request._legation_site_languages


def served_languages(site):
    """The site's languages whose home is live: Wagtail routes /fr-fr/… through the French home
    only when it is published, so nothing in French is reachable before it."""
    if site is None:
        return set()
    live_homes = Page.objects.live().filter(translation_key=site.root_page.translation_key)
    return set(live_homes.values_list("locale__language_code", flat=True))


def split_language_prefix(path):
    """("fr-fr", "archive/x/") for "/fr-fr/archive/x/"; (None, path) when there is no prefix."""
    language = get_language_from_path(path)
    if language is None:
        return None, path.lstrip("/")
    return language, path.lstrip("/")[len(language) :].lstrip("/")
