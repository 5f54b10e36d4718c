"""What one feed address selects: a site's list in the address's language, narrowed by filters.

The list is the site's own (`listed_documents()`: the public gate, a mission's syndicated
ministry documents included) and the filters are the archive's form, so a feed shows what
the archive with the same filters shows, newest first.
"""

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django import forms
from django.http import Http404
from django.template.loader import render_to_string
from django.utils.html import escape, strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from lxml import html as lxml_html
from wagtail.models import Page, Site

from legation.core.languages import bcp47, site_languages_for_request
from legation.core.models import PublicGate
from legation.directory.models import Person
from legation.documents.filters import ArchiveFilterForm
from legation.documents.models import DocumentKind, DocumentPage
from legation.missions.models import MissionHomePage

from .countries import country_of

FEED_LENGTH = 20
SUMMARY_WORDS = 60
# The canonical order of a feed address's parameters: one address for one list.
PARAMETERS = ("kind", "person", "organisation", "country", "year", "month", "content")
# The authority date of the entries' tag: URIs (RFC 4151); it never changes once ids are out.
TAG_DATE = "2026"


class FeedFilterForm(ArchiveFilterForm):
    """The archive's filters, and the two only feeds have: country and content."""

    country = forms.SlugField(required=False)
    content = forms.ChoiceField(choices=[("summary", "summary"), ("full", "full")], required=False)

    def clean(self):
        cleaned = super().clean()
        code = (cleaned.get("country") or "").lower()
        if code:
            missions = [
                mission
                for mission in PublicGate().filter(
                    MissionHomePage.objects.filter(locale=self.locale)
                )
                if country_of(mission.time_zone) == code
            ]
            if not missions:
                self.add_error("country", _("Nothing is filed under “%(slug)s”.") % {"slug": code})
            cleaned["country"] = missions
        return cleaned

    def apply(self, documents, zone):
        """A country narrows the list to what the missions in that country list too."""
        documents = super().apply(documents, zone)
        missions = self.cleaned_data.get("country")
        if missions:
            listed_there = documents.none()
            for mission in missions:
                listed_there |= mission.listed_documents()
            documents = documents.filter(pk__in=listed_there.order_by().values("pk"))
        return documents


def canonical_query(query_dict):
    """The query string in the canonical order, without empty values and defaults."""
    pairs = []
    for name in PARAMETERS:
        value = query_dict.get(name, "").strip()
        if name == "country":
            value = value.lower()
        if value and not (name == "content" and value == "summary"):
            pairs.append((name, value))
    return urlencode(pairs)


def public_home(request):
    """The public home of the request's site in the address's language, else 404."""
    site = Site.find_for_request(request)
    language = get_language()
    if site is None or language not in site_languages_for_request(request):
        raise Http404("This site does not publish in this language.")
    homes = site.root_page.get_translations(inclusive=True).filter(locale__language_code=language)
    home = PublicGate().filter(homes).specific().first()
    if home is None or not hasattr(home, "listed_documents"):
        raise Http404("This site has no home in this language.")
    return home


@dataclass
class Entry:
    """One document as a feed entry: everything the feed writes, worked out for the list."""

    document: object
    url: str
    id: str
    language: str
    kind: DocumentKind
    kind_scheme: str  # the archive's address to which ?kind=<slug> is added
    people_scheme: str  # the address of people's pages, under which each one's slug goes
    speakers: list = field(default_factory=list)  # [(person, address of their page or None)]
    summary: str = ""
    content: str = ""


class FeedSelection:
    def __init__(self, request):
        self.request = request
        names = set(request.GET)
        if names - set(PARAMETERS) or any(len(request.GET.getlist(name)) > 1 for name in names):
            raise Http404("A feed takes only the parameters " + ", ".join(PARAMETERS) + ".")
        self.home = public_home(request)
        self.locale = self.home.locale
        self.form = FeedFilterForm(request.GET, locale=self.locale)
        if not self.form.is_valid():
            raise Http404("; ".join(str(error) for error in self.form.errors.values()))
        self.query = canonical_query(request.GET)
        self.full_text = self.form.cleaned_data.get("content") == "full"
        self.home_url = self.home.get_full_url(request)
        archive = self.home.archive
        self.archive_url = archive.get_full_url(request) if archive else self.home_url

    @property
    def language(self):
        return bcp47(self.locale.language_code)

    @property
    def url(self):
        return self.request.build_absolute_uri(self.request.path) + (
            f"?{self.query}" if self.query else ""
        )

    @property
    def title(self):
        data = self.form.cleaned_data
        parts = [self.home.title]
        if data.get("kind"):
            parts.append(self.kind_in_language(data["kind"]).plural_name)
        for name in ("person", "organisation"):
            if data.get(name):
                parts.append(data[name].name)
        parts += [mission.title for mission in data.get("country") or []]
        if data.get("year"):
            parts.append(
                f"{data['year']}-{data['month']:02}" if data.get("month") else str(data["year"])
            )
        return " — ".join(parts)

    def kind_in_language(self, kind):
        return self._kinds.get(kind.translation_key, kind)

    @cached_property
    def _documents(self):
        documents = self.form.apply(self.home.listed_documents(), self.home.zone)
        return list(documents.select_related("kind", "locale")[:FEED_LENGTH])

    @cached_property
    def _kinds(self):
        """Every entry's kind in the feed's language, whatever kind its version names."""
        keys = {document.kind.translation_key for document in self._documents}
        data_kind = self.form.cleaned_data.get("kind")
        if data_kind:
            keys.add(data_kind.translation_key)
        return {
            kind.translation_key: kind
            for kind in DocumentKind.objects.filter(translation_key__in=keys, locale=self.locale)
        }

    @cached_property
    def entries(self):
        documents = self._documents
        self._attach_site_roots(documents)
        speakers = self._speakers(documents)
        hostnames = {
            site.root_page.translation_key: site.hostname
            for site in Site.objects.select_related("root_page")
        }
        entries = []
        for document in documents:
            url = document.get_full_url(self.request)
            hostname = hostnames.get(document.site_root.translation_key, "legation.invalid")
            entry = Entry(
                document=document,
                url=url,
                # The translation key and the language: neither an edit, a new title or slug,
                # nor a move changes them.
                id=f"tag:{hostname},{TAG_DATE}:document/{document.translation_key}/"
                f"{document.locale.language_code}",
                language=bcp47(document.locale.language_code),
                kind=self.kind_in_language(document.kind),
                kind_scheme=f"{self.archive_url}?kind=",
                people_scheme=f"{self.home_url}people/",
                speakers=speakers.get(document.translation_key, []),
            )
            entry.summary = self._summary(document)
            if self.full_text:
                entry.content = self._full_text(document, url)
            entries.append(entry)
        return entries

    @cached_property
    def etag(self):
        """What the feed shows: its address and each entry as it stands, with the names it
        prints. Django's condition() answers 304 while it has not changed."""
        fingerprint = [self.request.path, self.query, self.title]
        for entry in self.entries:
            document = entry.document
            fingerprint += [
                document.pk,
                document.last_published_at.isoformat() if document.last_published_at else "",
                entry.kind.name,
                *(person.name for person, _url in entry.speakers),
            ]
        return hashlib.sha256(repr(fingerprint).encode()).hexdigest()[:32]

    @property
    def last_modified(self):
        moments = [entry.document.last_published_at for entry in self.entries]
        return max((moment for moment in moments if moment), default=None)

    def _attach_site_roots(self, documents):
        """Each document's site root, all in one query (a mission's list holds the
        ministry's documents too): the entries' ids, zones and speaker links read it."""
        prefixes = {document.path[: 2 * Page.steplen] for document in documents}
        roots = {root.path: root for root in Page.objects.filter(path__in=prefixes).specific()}
        for document in documents:
            document.__dict__["site_root"] = roots[document.path[: 2 * Page.steplen]]

    def _speakers(self, documents):
        """{translation key: [(person, page address)]}: the participants, set on a document's
        source and shared by its translations, each named in the feed's language where they
        have a version in it."""
        through = DocumentPage.participants.through
        pairs = (
            through.objects.filter(
                documentpage__translation_key__in={
                    document.translation_key for document in documents
                }
            )
            .order_by("pk")
            .values_list("documentpage__translation_key", "person__translation_key")
        )
        people_keys = {}
        for document_key, person_key in pairs:
            keys = people_keys.setdefault(document_key, [])
            if person_key not in keys:
                keys.append(person_key)
        versions = {}
        for person in Person.objects.filter(
            translation_key__in={key for keys in people_keys.values() for key in keys}
        ):
            if person.locale_id == self.locale.pk or person.translation_key not in versions:
                versions[person.translation_key] = person
        return {
            document_key: [
                (
                    versions[key],
                    self.home_url + self.home.reverse_subpage("person", args=[versions[key].slug])
                    if versions[key].locale_id == self.locale.pk
                    else None,
                )
                for key in keys
                if key in versions
            ]
            for document_key, keys in people_keys.items()
        }

    def _summary(self, document):
        """The lead; where there is none, the first words of the first paragraph, read from
        the stored blocks so that a summary feed renders no body."""
        if document.lead:
            return f"<p>{escape(document.lead)}</p>"
        for block in document.body.raw_data:
            if block["type"] == "paragraph":
                words = Truncator(strip_tags(block["value"])).words(SUMMARY_WORDS, truncate="…")
                return f"<p>{escape(words)}</p>"
        return ""

    def _full_text(self, document, url):
        """The body as the document's page renders it, with addresses made absolute: a feed
        reader shows it away from the site (lxml does the rewriting; no hand-made parser)."""
        text = render_to_string(
            "feeds/full_text.html",
            {"page": document, "transcript": document.transcript},
            request=self.request,
        )
        fragment = lxml_html.fragment_fromstring(text, create_parent="div")
        fragment.make_links_absolute(url)
        return lxml_html.tostring(fragment, encoding="unicode")
