"""The sitemaps of a site: every public address in every language, with its alternates.

Built on Wagtail's Sitemap (itself Django's), which finds the site from the request. What
neither does, and we add: every language's tree of the site, not only the default one; the
`xhtml:link rel="alternate" hreflang` of each address, reciprocal (each address lists every
public version of its page, itself included, and the x-default); people and organisations,
who have pages under each home without being pages. Everything is read through the public
gate. An address's alternates are read for a whole sitemap page at once, not one query per
address.
"""

from django.conf import settings
from django.db.models import Max, OuterRef, Subquery
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from legation.core.languages import bcp47, served_languages, site_languages
from legation.core.models import PublicGate
from legation.directory.models import Organisation, Person
from legation.documents.models import DocumentPage


class SiteSitemap(Sitemap):
    """One section of a site's sitemaps, split into pages of at most `limit` addresses."""

    # The sitemaps.org limit; the index lists one sitemap per `limit` addresses.
    limit = 50_000

    def __init__(self, request=None):
        super().__init__(request)
        self.gate = PublicGate()
        self.site = self.get_wagtail_site()
        self.languages = site_languages(self.site)
        self.homes = {
            home.locale.language_code: home
            for home in self.gate.filter(self.site.root_page.get_translations(inclusive=True))
            .filter(locale__language_code__in=self.served_language_codes())
            .select_related("locale")
            .specific()
        }

    def served_language_codes(self):
        served = served_languages(self.site)
        return [code for code in self.languages.codes if code in served]

    def items(self):
        """The public versions this section lists, ordered so that pages are stable, as
        {translation_key, locale__language_code} rows: a sitemap page holds up to 50,000, and
        a model instance for each would cost more than the rest of the sitemap."""
        raise NotImplementedError

    def versions_of(self, keys):
        """{translation key: {language code: (address, lastmod)}} of the public versions of
        the pages whose translation keys the subquery `keys` gives."""
        raise NotImplementedError

    def listed(self):
        """The queryset items() reads its rows from."""
        raise NotImplementedError

    def get_latest_lastmod(self):
        """For the index, in one query (Django's default reads every item)."""
        return self.listed().aggregate(latest=Max(self.lastmod_field))["latest"]

    def _urls(self, page, protocol, domain):
        # Overridden as Wagtail's own Sitemap does, to read the alternates of a whole page of
        # addresses at once.
        object_list = self.paginator.page(page).object_list
        # The page's keys as a subquery: up to `limit` of them would pass SQLite's cap on
        # query parameters as a list.
        versions = self.versions_of(object_list.values("translation_key"))
        items = list(object_list)
        urls = []
        for item in items:
            by_language = versions[item["translation_key"]]
            location, lastmod = by_language[item["locale__language_code"]]
            alternates = [
                {"lang_code": bcp47(code), "location": address}
                for code, (address, _lastmod) in by_language.items()
            ]
            if self.languages.default in by_language:
                alternates.append(
                    {"lang_code": "x-default", "location": by_language[self.languages.default][0]}
                )
            urls.append(
                {"item": item, "location": location, "lastmod": lastmod, "alternates": alternates}
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


class PageSitemap(SiteSitemap):
    """Homes, archives and documents: every public page of the site's trees."""

    lastmod_field = "last_published_at"

    def pages(self):
        in_site = Page.objects.none()
        for home in self.homes.values():
            in_site |= Page.objects.filter(path__startswith=home.path)
        return self.gate.filter(in_site)

    def listed(self):
        return self.pages()

    def items(self):
        return self.pages().order_by("path").values("translation_key", "locale__language_code")

    def versions_of(self, keys):
        versions = {}
        pages = self.pages().filter(translation_key__in=keys).order_by("path")
        addresses = PageAddresses(self.site)
        for key, code, url_path, lastmod in pages.values_list(
            "translation_key", "locale__language_code", "url_path", "last_published_at"
        ):
            versions.setdefault(key, {})[code] = (addresses.of(url_path), lastmod)
        return _in_language_order(versions, self.languages.codes)


class PageAddresses:
    """Page.get_full_url() from the one field it reads, url_path, for a sitemap's many pages:
    Wagtail asks it of a page instance, and building one (a modelcluster model) for each of
    50,000 addresses took most of a sitemap's time. The same steps as Wagtail 8's
    Page.get_url_parts: the first site root path the page is under (this site's if several),
    the URL reversed in that root's language."""

    def __init__(self, site):
        self.site = site
        self.root_paths = Site.get_site_root_paths()

    def of(self, url_path):
        under = [root for root in self.root_paths if url_path.startswith(root.root_path)]
        root = next((root for root in under if root.site_id == self.site.pk), under[0])
        with translation.override(root.language_code):
            path = reverse("wagtail_serve", args=(url_path[len(root.root_path) :],))
        if not getattr(settings, "WAGTAIL_APPEND_SLASH", True) and path != "/":
            path = path.rstrip("/")
        return root.root_url + path


class DirectorySitemap(SiteSitemap):
    """People or organisations: their pages under each home, as the home's route names them."""

    model = None  # Person or Organisation
    route = None  # the home's route to their page
    lastmod_field = "newest_document"

    def entries(self):
        """The public versions in the languages the site has a public home in, each with the
        publication time of the newest public document naming them (their page lists it)."""
        naming = DocumentPage.objects.filter(
            **{f"{self.documents_field}__translation_key": OuterRef(OuterRef("translation_key"))}
        ).values("translation_key")
        newest = (
            DocumentPage.objects.public(self.gate.now)
            .filter(translation_key__in=naming)
            .order_by("-published_at")
            .values("published_at")[:1]
        )
        return (
            self.model.objects.public(self.gate.now)
            .filter(locale__language_code__in=list(self.homes))
            .annotate(newest_document=Subquery(newest))
        )

    def listed(self):
        return self.entries()

    def items(self):
        entries = self.entries().order_by("slug", "locale_id")
        return entries.values("translation_key", "locale__language_code")

    def address(self, entry):
        home = self.homes[entry.locale.language_code]
        return home.get_full_url(self.request) + home.reverse_subpage(self.route, args=[entry.slug])

    def versions_of(self, keys):
        versions = {}
        for entry in self.entries().filter(translation_key__in=keys).select_related("locale"):
            versions.setdefault(entry.translation_key, {})[entry.locale.language_code] = (
                self.address(entry),
                entry.newest_document,
            )
        return _in_language_order(versions, self.languages.codes)


class PersonSitemap(DirectorySitemap):
    model = Person
    route = "person"
    documents_field = "participants"


class OrganisationSitemap(DirectorySitemap):
    model = Organisation
    route = "organisation"
    documents_field = "organisations"


def _in_language_order(versions, codes):
    """Alternates listed in the order of the site's languages, as the head lists them."""
    return {
        key: {code: by_language[code] for code in codes if code in by_language}
        for key, by_language in versions.items()
    }


SITEMAPS = {"pages": PageSitemap, "people": PersonSitemap, "organisations": OrganisationSitemap}
