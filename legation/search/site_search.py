"""A search as a site answers it: scoped to the site (the ministry's to every site), with the
names of kinds, sites, people and organisations in the reader's language, addresses, and
facets as links. The page and the API both present this."""

from functools import cached_property
from urllib.parse import urlencode

from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from legation.core.languages import bcp47
from legation.core.models import PublicGate
from legation.directory.models import Organisation, Person
from legation.documents.models import DocumentKind
from legation.documents.models.counts import kept

from .forms import FILTERS
from .query import Query
from .search import PAGE_SIZE, Scope, Search

LANGUAGE_NAMES = dict(settings.LANGUAGES)


class PublicHomes:
    """Every site and its public home in each language, read once for a search: the page's own
    home, the sites' names, and the zones and addresses of its hits. The homes are derived data
    of the gate, kept between searches (documents.models.counts) as the archive's counts are:
    through the gate, they took a search four queries, and five milliseconds on PostgreSQL."""

    def __init__(self):
        # Read afresh: a site's host name or root changes with no publication event.
        self.sites = list(Site.objects.select_related("root_page"))
        roots = sorted(str(site.root_page.translation_key) for site in self.sites)
        self.by_key = kept(
            f"search-homes:{','.join(roots)}", timezone.now(), lambda: _public_homes(roots)
        )

    def home_of(self, site, language):
        """`site`'s public home in `language`, or None."""
        root = next((each.root_page for each in self.sites if each.pk == site.pk), None)
        return self.by_key.get((root.translation_key, language)) if root else None


def _public_homes(roots):
    """{(translation key, language): the specific public home} of the sites' roots."""
    homes = PublicGate().filter(Page.objects.filter(translation_key__in=roots))
    # By the locale's id: the specific pages are read without their locale, which would
    # otherwise be one more query for each home in each language.
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    return {(home.translation_key, languages[home.locale_id]): home for home in homes.specific()}


class SiteSearch:
    def __init__(self, request, form, home, homes=None):
        self.request = request
        self.form = form
        self.home = home
        self.public_homes = homes or PublicHomes()
        self.language = get_language()
        if form.is_valid() and form.cleaned_data.get("site"):
            if form.cleaned_data["site"] not in self.site_keys_by_host:
                form.add_error("site", _("No site is served at this host name (see /api/sites/)."))
        data = form.cleaned_data if form.is_valid() else {}
        self.text = data.get("q") or ""
        self.sort = data.get("sort") or "relevance"
        self.filters = form.filters() if form.is_valid() else {}
        self.page_number = data.get("page") or 1
        filters = dict(self.filters)
        if "site" in filters:  # a host name to readers, the home's translation key inside
            filters["site"] = self.site_keys_by_host[filters["site"]]
        self.search = Search(
            Query.parse(self.text) if form.is_valid() else Query(""),
            filters=filters,
            scope=None if self.is_ministry else mission_scope(home),
            sort=self.sort,
            language=self.language,
            offset=(self.page_number - 1) * PAGE_SIZE,
        )

    @property
    def is_ministry(self):
        """The ministry's search (and the API's, without a home) covers every site."""
        from legation.missions.models import MinistryHomePage

        return self.home is None or isinstance(self.home, MinistryHomePage)

    # Hits --------------------------------------------------------------------------------

    @cached_property
    def hits(self):
        return [self._present(hit) for hit in self.search.hits()]

    def _present(self, hit):
        page = hit.page
        home = self.homes.get((hit.entry.site_key, hit.entry.language))
        host = next(
            (h for h, key in self.site_keys_by_host.items() if key == str(hit.entry.site_key)), ""
        )
        url = page.get_url(self.request) if home else None
        full_url = page.get_full_url(self.request)
        zone = home.zone if home else timezone.get_current_timezone()
        return {
            "page": page,
            "title": page.title,
            "url": url,
            "full_url": full_url,
            "language": hit.entry.language,
            "language_tag": bcp47(hit.entry.language),
            "kind": self.kind_names.get(page.kind.slug, page.kind.name),
            "kind_slug": page.kind.slug,
            "site": home.title if home else "",
            "site_host": host,
            "published_at": timezone.localtime(page.published_at, zone),
            "zone": zone,
            "snippet": hit.snippet,
            "turns": [
                {
                    "anchor": turn_hit.turn.anchor,
                    "url": f"{url}#{turn_hit.turn.anchor}",
                    "full_url": f"{full_url}#{turn_hit.turn.anchor}",
                    "kind": turn_hit.turn.kind,
                    "speaker": turn_hit.turn.speaker_name,
                    "role": turn_hit.turn.speaker_role,
                    "question": turn_hit.turn.question,
                    "question_anchor": turn_hit.turn.question_anchor,
                    "snippet": turn_hit.snippet,
                }
                for turn_hit in hit.turns
            ],
        }

    # Facets ------------------------------------------------------------------------------

    @cached_property
    def facets(self):
        """[(facet name, [{value, label, count, url, selected}…])] with the removal link."""
        counts = self.search.facets()
        labels = {
            "kind": self.kind_names,
            "site": self.site_names,
            "language": {code: f"{name} ({bcp47(code)})" for code, name in LANGUAGE_NAMES.items()},
            "person": self._names(Person, counts.get("person", [])),
            "organisation": self._names(Organisation, counts.get("organisation", [])),
            "year": {},
        }
        hosts = {key: host for host, key in self.site_keys_by_host.items()}
        counts["site"] = [
            (hosts[key], count) for key, count in counts.get("site", []) if key in hosts
        ]
        facets = []
        for name in FILTERS:
            values = counts.get(name, [])
            if name == "site" and not self.is_ministry:
                continue
            selected = self.filters.get(name)
            options = [
                {
                    "value": str(value),
                    "label": labels[name].get(str(value), str(value)),
                    "count": count,
                    "selected": str(value) == selected,
                    "url": self.url(**{name: None if str(value) == selected else value}),
                }
                for value, count in values[:10]
                if name != "person" or str(value) in labels[name]
            ]
            if options:
                facets.append((name, options))
        return facets

    @cached_property
    def site_names(self):
        """{host name: the site's name in the reader's language, else in its default one}."""
        names = {}
        for host, key in self.site_keys_by_host.items():
            versions = {lang: home for (k, lang), home in self.homes.items() if str(k) == key}
            home = versions.get(self.language) or next(iter(versions.values()), None)
            if home is not None:
                names[host] = home.title
        return names

    def _names(self, model, values):
        """Names by slug in the reader's language, else in any. The slugs come from the index,
        which holds public documents only: whoever they name is public (directory's rule), so
        the directory's own gate, a query over every page, need not be asked again."""
        slugs = [str(value) for value, _count in values[:10]]
        names = {}
        for item in model.objects.filter(slug__in=slugs).select_related("locale"):
            if item.locale.language_code == self.language or item.slug not in names:
                names[item.slug] = item.name
        return names

    @cached_property
    def kind_names(self):
        names = {}
        for kind in DocumentKind.objects.select_related("locale"):
            if kind.locale.language_code == self.language or kind.slug not in names:
                names[kind.slug] = kind.name
        return names

    @cached_property
    def site_keys_by_host(self):
        return {
            site.hostname: str(site.root_page.translation_key) for site in self.public_homes.sites
        }

    @property
    def homes(self):
        """{(site key, language): public home}, for names, zones and addresses."""
        return self.public_homes.by_key

    # Addresses ---------------------------------------------------------------------------

    def parameters(self, **changes):
        """The current query with changes (None drops a parameter), in one order, so that each
        selection has one address; any change goes back to the first page."""
        values = {"q": self.text, "sort": self.sort if self.sort != "relevance" else None}
        values.update(self.filters)
        values.update(changes)
        order = ["q", *FILTERS, "sort", "page"]
        return [(name, values[name]) for name in order if values.get(name) not in (None, "")]

    def url(self, **changes):
        return "?" + urlencode(self.parameters(**changes))

    @property
    def other_order_url(self):
        return self.url(sort="date" if self.sort == "relevance" else None)

    @property
    def pages(self):
        count = self.search.count
        last = max(1, -(-count // PAGE_SIZE))
        return {
            "number": self.page_number,
            "last": last,
            "previous": self.url(page=self.page_number - 1) if self.page_number > 1 else None,
            "next": self.url(page=self.page_number + 1) if self.page_number < last else None,
        }


def mission_scope(home):
    """What a mission's lists show (MissionHomePage.listed_documents), in every language."""
    from legation.missions.models import SyndicatedDocument

    chosen = SyndicatedDocument.objects.filter(page__translation_key=home.translation_key)
    document_keys = list(chosen.values_list("document__translation_key", flat=True).distinct())
    ministry = home.ministry
    kinds = list(
        DocumentKind.objects.filter(translation_key__in=home.syndicated_kind_keys)
        .values_list("slug", flat=True)
        .distinct()
    )
    return Scope(
        site_keys=[home.translation_key],
        document_keys=document_keys,
        kinds_of_site=(ministry.translation_key, kinds) if ministry else None,
    )
