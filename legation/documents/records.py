"""The canonical plain-data record of a public document, for every machine-readable channel.

The API, the bulk export (JSON Lines, CSV, Akoma Ntoso) and the structured data of a page all
describe a document with this one record, so they cannot disagree. It holds plain data only
(str, int, bool, None, lists and dicts): ready for JSON, and the same for the same document.

Callers pass pages that are public already (through the gate): a record says nothing about
whether a document may be shown.

The fields (the export's data dictionary reads them from DOCUMENT_FIELDS, TURN_FIELDS and
PERSON_FIELDS):
"""

import datetime
import types
from functools import cached_property

from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page, Site
from wagtail.rich_text import expand_db_html

from legation.directory.blocks import people_known, people_named
from legation.directory.models import Organisation, Person, appointments_of

from .blocks import TURN_TYPES
from .models import DocumentKind, DocumentPage
from .transcripts import Transcript

DOCUMENT_FIELDS = {
    "id": "Stable identifier of this language version: the document's translation key and the "
    "language code, e.g. 0b7c…e1:en-gb. It survives edits, moves and renamed addresses.",
    "document": "The document's translation key (a UUID), shared by all its language versions.",
    "url": "The canonical address of this language version.",
    "site": "The site that publishes it: {id (host name), name, url}.",
    "language": "Language code of this version (en-gb, ru-ru, de-de, es-es, fr-fr).",
    "kind": "The kind of text: {slug (stable, e.g. joint_statement), name (in this language)}.",
    "title": "Title.",
    "lead": "Lead paragraph, plain text; empty if none.",
    "published_at": "Publication date and time, ISO 8601 in UTC.",
    "published_at_local": "The same moment in the site's time zone, ISO 8601 with its offset.",
    "updated_at": "When this version last changed in public (its last publication), in UTC.",
    "event": "The event: {date (ISO date or null), date_precision (day or month), place}.",
    "people": "People taking part: a list of persons ({id, slug, name}).",
    "organisations": "Organisations concerned, the first one is the document's card: "
    "a list of {id, slug, name}.",
    "body": "The body in order, a list of blocks, each {type, id, …}: paragraph {html, text}, "
    "heading {text, anchor}, quote {text, attribution}, image {image {id, title, url, width, "
    "height}, caption}, note {text}, and the turns statement, question, answer {turn, anchor} "
    "whose data is in turns under the same number. Only in full records.",
    "turns": "The transcript turns in order (see TURN_FIELDS). Only in full records.",
}

TURN_FIELDS = {
    "number": "Position among the turns, from 1.",
    "anchor": "Fragment of the turn on the document's page (url#anchor), e.g. turn-3.",
    "kind": "statement, question or answer.",
    "speaker": "Who speaks (for a question: who asks, null when only an outlet is given): a "
    "person with the role held on the day of the event.",
    "outlet": "For a question: the media outlet asking, when given; else empty.",
    "addressed_to": "For a question: the people it is addressed to, with their roles on the day.",
    "speaking_after": "For an answer given after another speaker's: that speaker; else null.",
    "text": "The words, plain text.",
    "html": "The words as HTML (links to documents not public now carry no address).",
}

PERSON_FIELDS = {
    "id": "The person's translation key (a UUID), the same in every language.",
    "slug": "The person's slug, the same in every language (used by the filters).",
    "name": "Name.",
    "role": "In turns only: the appointment held on the day, {title, organisation "
    "({id, slug, name} or null)}, or null when none is recorded.",
}

__doc__ += "\n".join(
    f"\n{title}:\n" + "\n".join(f"- {name}: {text}" for name, text in fields.items())
    for title, fields in (
        ("DOCUMENT_FIELDS", DOCUMENT_FIELDS),
        ("TURN_FIELDS", TURN_FIELDS),
        ("PERSON_FIELDS", PERSON_FIELDS),
    )
)


def document_record(page, request=None):
    """The full record (with body and turns) of one public document."""
    return DocumentRecords([page], request).full(page)


def document_records(pages, request=None, full=False):
    """Records of many documents with a fixed number of queries, whatever their number (full
    records add two: the people their bodies name, and those people's appointments)."""
    pages = list(pages)
    records = DocumentRecords(pages, request)
    return [records.full(page) if full else records.summary(page) for page in pages]


def record_id(page):
    return f"{page.translation_key}:{page.locale.language_code}"


class DocumentRecords:
    """What the records of a batch of documents share, each looked up once for the batch:
    sites, kinds in every language, the people and organisations of each document (set on
    its source, so found through the translation key), and for full records the people the
    bodies' turns name with their appointments."""

    def __init__(self, pages, request=None):
        self.pages = pages
        self.request = request
        # Wagtail keeps the sites' root paths on the object a URL is asked with (the request,
        # else each page, which reads them from the cache again): one holder for the batch.
        self.url_holder = request if request is not None else types.SimpleNamespace()
        self.sites = SiteIndex()
        for page in pages:  # its zone and event day read it: two queries a page otherwise
            page.__dict__.setdefault("site_root", self.sites.home_of(page))
        keys = {page.translation_key for page in pages}
        self.kinds = {
            (kind.translation_key, kind.locale_id): kind for kind in DocumentKind.objects.all()
        }
        self.people = _named_in(DocumentPage.participants.through, "person", Person, keys)
        self.organisations = _named_in(
            DocumentPage.organisations.through, "organisation", Organisation, keys
        )

    def summary(self, page):
        zone = self.sites.zone_of(page)
        kind = self.kinds.get((page.kind.translation_key, page.locale_id), page.kind)
        return {
            "id": record_id(page),
            "document": str(page.translation_key),
            "url": page.get_full_url(self.url_holder),
            "site": self.sites.site_of(page, self.request),
            "language": page.locale.language_code,
            "kind": {"slug": kind.slug, "name": kind.name},
            "title": page.title,
            "lead": page.lead,
            "published_at": _utc(page.published_at),
            "published_at_local": timezone.localtime(page.published_at, zone).isoformat(),
            "updated_at": _utc(page.last_published_at or page.published_at),
            "event": {
                "date": page.event_date.isoformat() if page.event_date else None,
                "date_precision": page.event_date_precision,
                "place": page.event_place,
            },
            "people": [
                person_data(person)
                for person in _localised(self.people.get(page.translation_key, []), page)
            ],
            "organisations": [
                person_data(organisation)
                for organisation in _localised(
                    self.organisations.get(page.translation_key, []), page
                )
            ],
        }

    def full(self, page):
        record = self.summary(page)
        people, versions, appointments = self._turn_people
        transcript = Transcript(
            page.body,
            on=page.local_event_date,
            appointments=appointments,
            locale=page.locale,
            versions=versions,
        )
        with people_known(people):  # the body's choosers decoded from the batch's people
            record["body"] = [
                block_data(block, anchor, self.request) for block, anchor in transcript.items
            ]
            record["turns"] = [turn_data(turn) for turn in transcript.turns]
        return record

    @cached_property
    def _turn_people(self):
        """({id: Person or None}, {(translation key, locale id): version}, the versions'
        appointments): everyone the batch's bodies name and their versions in every language,
        in three queries, where decoding body by body costs a query per chooser type and body."""
        body = DocumentPage._meta.get_field("body").stream_block
        ids = set().union(*(people_named(body, page.body.raw_data) for page in self.pages))
        found = Person.objects.in_bulk(ids) if ids else {}
        people = {pk: found.get(pk) for pk in ids}
        if not found:
            return people, {}, {}
        versions = {
            (person.translation_key, person.locale_id): person
            for person in Person.objects.filter(
                translation_key__in=[person.translation_key for person in found.values()]
            )
        }
        return people, versions, appointments_of(list(versions.values()))


class SiteIndex:
    """Every site's home in every language, read once: a page's site is the home whose path
    begins its own (every locale's tree has its homes at depth 2)."""

    def __init__(self):
        self.homes = {home.path: home for home in Page.objects.filter(depth=2).specific()}
        self.sites = {
            site.root_page.translation_key: site
            for site in Site.objects.select_related("root_page")
        }
        self._site_data = {}

    def home_of(self, page):
        return self.homes[page.path[: 2 * Page.steplen]]

    def zone_of(self, page):
        return self.home_of(page).zone

    def site_of(self, page, request=None):
        home = self.home_of(page)
        if home.path not in self._site_data:
            site = self.sites.get(home.translation_key)
            self._site_data[home.path] = {
                "id": site.hostname if site else None,
                "name": home.title,
                "url": home.get_full_url(request),
            }
        return dict(self._site_data[home.path])


def person_data(person, role=None, with_role=False):
    """A person or an organisation as {id, slug, name}; with the role, for turns."""
    data = {"id": str(person.translation_key), "slug": person.slug, "name": person.name}
    if with_role:
        data["role"] = (
            {
                "title": role.role,
                "organisation": person_data(role.organisation) if role.organisation else None,
            }
            if role
            else None
        )
    return data


def turn_data(turn):
    def speaking(person):
        return person_data(person, turn.role_by_person.get(person.pk), with_role=True)

    return {
        "number": turn.number,
        "anchor": turn.anchor,
        "kind": turn.kind,
        "speaker": speaking(turn.speaker) if turn.speaker else None,
        "outlet": turn.outlet,
        "addressed_to": [speaking(person) for person in turn.addressed_to],
        "speaking_after": speaking(turn.speaking_after) if turn.speaking_after else None,
        "text": turn.plain_text,
        "html": expand_db_html(turn.value["text"].source),
    }


def block_data(block, anchor=None, request=None):
    """One block of the body; `anchor` is its Turn or Heading from the page's transcript."""
    data = {"type": block.block_type, "id": block.id}
    value = block.value
    if block.block_type in TURN_TYPES:
        data.update(turn=anchor.number, anchor=anchor.anchor)
    elif block.block_type == "paragraph":
        data.update(html=expand_db_html(value.source), text=strip_tags(value.source).strip())
    elif block.block_type == "heading":
        data.update(text=value, anchor=anchor.anchor)
    elif block.block_type == "quote":
        data.update(text=value["text"], attribution=value["attribution"])
    elif block.block_type == "image":
        image = value["image"]
        data.update(
            image={
                "id": image.pk,
                "title": image.title,
                "url": request.build_absolute_uri(image.file.url) if request else image.file.url,
                "width": image.width,
                "height": image.height,
            }
            if image
            else None,
            caption=value["caption"],
        )
    else:
        data.update(text=str(value))
    return data


def _named_in(through, name, model, document_keys):
    """{document translation key: [every version of each person/organisation named]}, in the
    order they were chosen, from the relation rows of every version of the documents."""
    rows = (
        through.objects.filter(documentpage__translation_key__in=document_keys)
        .order_by("pk")
        .values_list("documentpage__translation_key", f"{name}__translation_key")
    )
    rows = list(rows)
    versions = {}
    for item in model.objects.filter(translation_key__in={key for _, key in rows}).order_by("pk"):
        versions.setdefault(item.translation_key, []).append(item)
    named = {}
    for document_key, key in rows:
        chosen = named.setdefault(document_key, {})
        chosen.setdefault(key, versions.get(key, []))
    return {document_key: list(chosen.values()) for document_key, chosen in named.items()}


def _localised(versions_of_each, page):
    """Each one in the page's language where it has a version in it, else in its first one."""
    return [
        next((item for item in versions if item.locale_id == page.locale_id), versions[0])
        for versions in versions_of_each
        if versions
    ]


def _utc(moment):
    return moment.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")
