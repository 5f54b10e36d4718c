"""The site a request is for, with its home as routing and every page read it, kept between
readers as derived data (documents.models.counts): Wagtail reads the site, then the home's own
row, then its locale on every request, and a site, its home and the locales change only at a
publication event (saving a site, a page or a locale is one)."""

from django.conf import settings
from django.http.request import split_domain_port, validate_host
from django.utils import timezone
from wagtail.models import Site

from legation.caching.dependencies import reading, record, tags_of
from legation.core.models import SiteRootPage
from legation.documents.models.counts import kept

# Answered without a site: the health check, which must answer while the database or the
# cache does not (it asks them itself), and the API's description, the same for every site.
WITHOUT_SITE = ("/healthz", "/api/openapi.json")


def keep_site_for_request(request):
    """Give Wagtail's `Site.find_for_request` the request's site, its root page specific and
    with its locale, from what was kept; a host not allowed is left to Django to refuse."""
    if hasattr(request, "_wagtail_site") or request.path in WITHOUT_SITE:
        return
    hostname, port = split_domain_port(request._get_raw_host())[0], request.get_port()
    if not validate_host(hostname, settings.ALLOWED_HOSTS):
        return
    # No gate query stands behind it: the page cache's tags are the rows' own (below).
    with reading():
        site = kept(f"site:{hostname}:{port}", timezone.now(), lambda: _site_for(request))
    if site is not None:
        # Rows taken from the cache are not loaded (no post_init): the page cache is told.
        record(*tags_of(site), *tags_of(site.root_page), *tags_of(site.root_page.locale))
    request._wagtail_site = site


def _site_for(request):
    site = Site._find_for_request(request)
    if site is None:
        return None
    root = site.root_page.specific
    root.locale  # noqa: B018 -- loaded now, to be kept with the page
    if isinstance(root, SiteRootPage):
        # Every language version of the home, each with what a request to it reads.
        versions = type(root).objects.filter(translation_key=root.translation_key)
        homes = {
            home.locale.language_code: home
            for home in versions.exclude(pk=root.pk).select_related("locale")
        }
        homes[root.locale.language_code] = root
        for home in homes.values():
            home._legation_kept_rows = [row for row in home.keep_parts() if row is not None]
            home._legation_homes = homes
    site.root_page = root
    return site
