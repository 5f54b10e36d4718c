"""The language versions of a page that a reader may open: only those that exist and are public.

The switcher, the `<link rel="alternate" hreflang>` of the head and the "not found" page all
list versions from here, so they always agree, and all of them go through the public gate.
"""

from dataclasses import dataclass
from urllib.parse import urlparse

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.http import Http404
from wagtail.models import Page, Site

from legation.caching.dependencies import reading

from .languages import bcp47, site_languages, site_languages_for_request, split_language_prefix
from .models import PublicGate


@dataclass(frozen=True)
class LanguageVersion:
    page: Page
    language_code: str
    url: str
    full_url: str
    is_current: bool
    is_default: bool

    @property
    def tag(self):
        """The BCP 47 tag (en-GB) for `lang` and `hreflang`."""
        return bcp47(self.language_code)

    @property
    def name(self):
        """The language's name in itself (Deutsch), as its readers look for it."""
        return dict(settings.LANGUAGES)[self.language_code]


def language_versions(page, request=None):
    """The public versions of `page` in the languages of its site, in the order of LANGUAGES.

    On a view inside a routable page (a person's page under a site's home), each version is the
    same view in the page's translation, as the page's `translated_route(request, translation)`
    names it ("people/vera-anders/"); on a page whose query selects what it shows (a filtered
    archive), each version keeps the query as `translated_query` names it. Languages they name
    none for are left out.
    """
    if not getattr(page, "pk", None):  # templates without a page, such as "not found"
        return []
    site = _site_of(page, request)
    if site is None:
        return []
    on_requested_site = request is not None and site is Site.find_for_request(request)
    languages = site_languages_for_request(request) if on_requested_site else site_languages(site)
    home_served = Page.objects.live().filter(
        translation_key=site.root_page.translation_key, locale=OuterRef("locale")
    )
    route = _route_within(page, request)
    # Within a route, each version names it its own way (its specific page's
    # `translated_route`): the versions, all of the page's type, are read specific at once.
    model = page.specific_class if route else Page
    # One query: the public versions in the site's languages whose home is live (Wagtail
    # routes /fr-fr/… through the French home only once it is published). What it reads
    # changes only with the page's versions and the site's home, whose tags they are.
    with reading(f"page:{page.translation_key}", f"page:{site.root_page.translation_key}"):
        translations = (
            PublicGate()
            .filter(model.objects.filter(translation_key=page.translation_key))
            .filter(locale__language_code__in=languages.codes)
            .filter(Exists(home_served))
            .select_related("locale")
        )
    by_language = {translation.locale.language_code: translation for translation in translations}
    versions = []
    for code in languages.codes:
        translation = by_language.get(code)
        if translation is None:
            continue
        url, full_url = translation.get_url(request), translation.get_full_url(request)
        query = _translated_query(page, request, translation)
        if query is None:
            continue
        if url and query:
            url, full_url = f"{url}?{query}", f"{full_url}?{query}"
        if url and route:
            translated = (
                route
                if translation.pk == page.pk
                else _translated_route(page, request, translation)
            )
            url, full_url = (
                (url + translated, full_url + translated) if translated else (None, None)
            )
        if url:
            versions.append(
                LanguageVersion(
                    page=translation,
                    language_code=code,
                    url=url,
                    full_url=full_url,
                    is_current=translation.pk == page.pk,
                    is_default=code == languages.default,
                )
            )
    return versions


def _site_of(page, request):
    """The page's site: the request's own where the page is in it (no query), else its own."""
    site = Site.find_for_request(request) if request is not None else None
    parts = page.get_url_parts(request)
    if parts is None or site is None or parts[0] != site.pk:
        return page.get_site()
    return site


def _route_within(page, request):
    """The rest of the request's path after the page's own address, "" on the page itself."""
    if request is None:
        return ""
    own_path = urlparse(page.get_url(request) or "").path
    if not own_path or not request.path.startswith(own_path):
        return ""
    return request.path[len(own_path) :]


def _translated_route(page, request, translation):
    translate_route = getattr(page.specific, "translated_route", None)
    return translate_route(request, translation.specific) if translate_route else None


def _translated_query(page, request, translation):
    """The request's query string as the translation names the same selection ("" for none);
    None when the translation has no such selection. Only pages whose query selects what they
    show (a filtered archive) say so, through `translated_query(request, translation)`."""
    translate_query = getattr(page.specific, "translated_query", None)
    if request is None or translate_query is None:
        return ""
    return translate_query(request, translation)


def default_version(versions):
    """The x-default alternate: the version in the site's default language, if there is one."""
    return next((version for version in versions if version.is_default), None)


def versions_of_missing_page(request):
    """The public versions of the page a "not found" address names in another language.

    /fr-fr/archive/statement/ is not found when the statement has no public French version;
    its path is looked up in each language's tree of the site, so the reader is offered the
    versions that exist.
    """
    site = Site.find_for_request(request)
    language, path = split_language_prefix(request.path)
    if site is None or language is None:
        return []
    components = [component for component in path.split("/") if component]
    roots = Page.objects.filter(translation_key=site.root_page.translation_key).exclude(
        locale__language_code=language
    )
    for root in roots.specific():
        page = _page_at(root, request, components)
        if page is not None:
            return [
                version
                for version in language_versions(page, request)
                if version.language_code != language
            ]
    return []


def _page_at(root, request, components):
    """The page at exactly this path under `root`, not a parent that routes the rest itself."""
    try:
        page = root.route(request, components).page
    except Http404:
        return None
    relative_path = page.url_path[len(root.url_path) :]
    return page if relative_path.strip("/") == "/".join(components) else None
