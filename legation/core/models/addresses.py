"""Page addresses found from their site root's serving address, asked once a request.

Wagtail finds each page's address by reversing its serving pattern under the page's language
(`translation.override`, then `reverse`): a tenth of a millisecond a link, and a list shows
twenty or thirty. The address is always the serving address of the site root's path in that
language followed by the rest of the page's `url_path`, quoted as `reverse` quotes it, so the
root's address is reversed once a request and each page adds its own rest.
"""

import re
from functools import cache
from urllib.parse import quote

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.http import RFC3986_SUBDELIMS
from wagtail.coreutils import WAGTAIL_APPEND_SLASH, get_supported_content_language_variant

# What `reverse` leaves unquoted (django.urls.resolvers).
REVERSE_SAFE = RFC3986_SUBDELIMS + "/~:@"


class AddressFromSiteRoot:
    """Page models whose `get_url_parts(request)` reverses the serving pattern once a request
    for each site root and language, as Wagtail's would for every page."""

    def get_url_parts(self, request=None):
        if not isinstance(request, HttpRequest) or not WAGTAIL_APPEND_SLASH:
            return super().get_url_parts(request)
        possible_sites = self._get_relevant_site_root_paths(request)
        if len({values[0] for values in possible_sites}) != 1:
            # None routable, or a page of several sites: Wagtail picks by the request.
            return super().get_url_parts(request)
        site_id, root_path, root_url, language_code = possible_sites[0]
        rest = self.url_path[len(root_path) :]
        if not _served_path().match(rest):  # Wagtail's reverse would find no address
            return super().get_url_parts(request)
        try:
            prefix = _root_address(request, root_path, _address_language(language_code))
        except NoReverseMatch:  # Wagtail's pages not served here (headless)
            return super().get_url_parts(request)
        return (site_id, root_url, prefix + quote(rest, safe=REVERSE_SAFE))


@cache
def _served_path():
    """Wagtail's serving pattern (its module reads models: not importable before them)."""
    from wagtail.urls import serve_pattern

    return re.compile(serve_pattern)


def _address_language(language_code):
    """The language the address is in: the active one where it is a variant of the page's
    (LANGUAGES longer than WAGTAIL_CONTENT_LANGUAGES), as Wagtail chooses."""
    active = translation.get_language()
    try:
        variant = get_supported_content_language_variant(active)
    except LookupError:
        return language_code
    return active if variant == language_code else language_code


def _root_address(request, root_path, language):
    known = request.__dict__.setdefault("_legation_root_addresses", {})
    key = (root_path, language)
    if key not in known:
        with translation.override(language):
            known[key] = reverse("wagtail_serve", args=("",))
    return known[key]
