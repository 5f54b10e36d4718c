"""Filling the index from the public gate, and only from it.

A document is indexed as a whole (every language version at once), because whether one
version is public depends on the others: no translation is public before its source, and a
view restriction on one covers them all. Whatever changes that — publishing, unpublishing,
withdrawal, a schedule reaching its second, expiry, a restriction, a deletion — re-indexes
the document inside the same transaction (signals.py), so the index is never ahead of or
behind what readers may see.
"""

from html import unescape

from django.db import connection, transaction
from django.utils import timezone
from django.utils.html import strip_tags

from legation.core.models import PublicGate
from legation.directory.models import Person, roles_on
from legation.documents.blocks import TURN_TYPES
from legation.documents.models import DocumentPage
from legation.documents.models.counts import publication_event
from legation.documents.records import DocumentRecords

from .backends import engine
from .models import SearchDocument, SearchTag, SearchTurn
from .text import terms


class IndexDocuments:
    """Bring the index in step with the gate for the documents with these translation keys."""

    def __init__(self, document_keys, now=None):
        self.document_keys = set(document_keys)
        self.now = now

    def execute(self):
        with transaction.atomic():
            # The passes kept over the index (search.py) are kept under this number: a
            # reindex that no page's event started (`legation reindex`) changes it too, and
            # an event committed on its own before the index (a view restriction saved) is
            # not left for a search to keep the old index under. First, so that what the gate
            # keeps as it is read here is kept under the number readers will see.
            publication_event()
            versions = DocumentPage.objects.filter(translation_key__in=self.document_keys)
            public = list(PublicGate(self.now).filter(versions).select_related("kind", "locale"))
            SearchDocument.objects.filter(document_key__in=self.document_keys).delete()
            write_entries(public)
        return public


def write_entries(pages):
    """Insert the rows of public pages that have none (the caller removed the old ones)."""
    if not pages:
        return
    records = DocumentRecords(pages)
    bodies = {page.pk: RawBody(page) for page in pages}
    speakers = Person.objects.in_bulk({pk for body in bodies.values() for pk in body.people})
    documents, turns, tags = [], [], []
    for page in pages:
        # The page's home from the batch's index of homes, not two queries per page.
        page.site_root = records.sites.home_of(page)
        body = bodies[page.pk]
        page_tags = [
            SearchTag(facet=SearchTag.PERSON, slug=p.slug) for p in people(records, page)
        ] + [
            SearchTag(facet=SearchTag.ORGANISATION, slug=o.slug)
            for o in organisations(records, page)
        ]
        documents.append(document_entry(page, body, page_tags))
        turns.append(turn_entries(page, body, speakers))
        tags.append(page_tags)
    SearchDocument.objects.bulk_create(documents)
    for entry, entry_turns, entry_tags in zip(documents, turns, tags, strict=True):
        for row in [*entry_turns, *entry_tags]:
            row.document = entry
    SearchTurn.objects.bulk_create([row for rows in turns for row in rows])
    SearchTag.objects.bulk_create([row for rows in tags for row in rows])


class RawBody:
    """A body's words and turns read from its stored JSON.

    Read raw, not through the StreamField's blocks: those look up each document's people
    one query at a time, most of the cost of indexing an archive. Turns are numbered as the
    page numbers them (documents/transcripts.py: every turn block in order, from 1).
    """

    def __init__(self, page):
        self.texts, self.turns, self.people = [], [], set()
        number = 0
        for block in page.body.raw_data:
            kind, value = block["type"], block["value"]
            if kind in TURN_TYPES:
                number += 1
                speaker = value.get("asker") if kind == "question" else value.get("speaker")
                text = _plain(value.get("text", ""))
                self.turns.append((number, kind, speaker, value.get("outlet", ""), text))
                if speaker:
                    self.people.add(speaker)
                self.texts += [value.get("outlet", ""), text] if kind == "question" else [text]
            elif kind == "paragraph":
                self.texts.append(_plain(value))
            elif kind == "quote":
                self.texts += [value.get("text", ""), value.get("attribution", "")]
            elif kind == "image":
                self.texts.append(value.get("caption", ""))
            else:  # heading, note
                self.texts.append(str(value))


def _plain(html):
    return unescape(strip_tags(html or "")).strip()


def document_entry(page, body, tags):
    home = page.site_root
    language = page.locale.language_code
    text = "\n".join(part for part in [page.lead, *body.texts] if part)
    return SearchDocument(
        page=page,
        document_key=page.translation_key,
        language=language,
        site_key=home.translation_key,
        kind=page.kind.slug,
        published_at=page.published_at,
        year=timezone.localtime(page.published_at, home.zone).year,
        title=page.title,
        text=text,
        title_terms=terms(page.title, language),
        terms=terms(text, language),
        tag_values=[tag.value for tag in tags],
    )


def turn_entries(page, body, speakers):
    if not body.turns:
        return []
    language = page.locale.language_code
    day = page.event_date or timezone.localtime(page.published_at, page.site_root.zone).date()
    roles = roles_on([pk for pk in body.people if pk in speakers], day)
    entries, question = [], None
    for number, kind, speaker_pk, outlet, text in body.turns:
        anchor = f"turn-{number}"
        if kind == "question":
            question = (anchor, text)
        elif kind == "statement":
            question = None  # answers after a statement answer no question of the floor
        speaker = speakers.get(speaker_pk)
        role = roles.get(speaker_pk)
        answered = question if kind == "answer" else None
        entries.append(
            SearchTurn(
                number=number,
                anchor=anchor,
                kind=kind,
                speaker_slug=speaker.slug if speaker else "",
                speaker_name=speaker.name if speaker else outlet,
                speaker_role=role.role if role else "",
                question=answered[1] if answered else "",
                question_anchor=answered[0] if answered else "",
                text=text,
                terms=terms(text, language),
            )
        )
    return entries


def people(records, page):
    return [versions[0] for versions in _named(records.people, page)]


def organisations(records, page):
    return [versions[0] for versions in _named(records.organisations, page)]


def _named(named, page):
    return [versions for versions in named.get(page.translation_key, []) if versions]


class RebuildIndex:
    """Index every document again from the gate, in batches of documents, each in a
    transaction of its own: readers keep finding what was indexed while it runs, and rows
    left from documents no longer public are removed at the end, with the facet cells and
    tag sets no document has any more."""

    batch = 200

    def __init__(self, progress=None):
        self.progress = progress  # called with the number of documents each batch indexed

    def execute(self):
        keys = list(
            DocumentPage.objects.order_by("translation_key")
            .values_list("translation_key", flat=True)
            .distinct()
        )
        indexed = 0
        for start in range(0, len(keys), self.batch):
            batch = keys[start : start + self.batch]
            indexed += len(IndexDocuments(batch).execute())
            if self.progress:
                self.progress(len(batch))
        with transaction.atomic():
            SearchDocument.objects.exclude(
                document_key__in=DocumentPage.objects.values("translation_key")
            ).delete()
            publication_event()
        # A transaction of its own, holding nothing a document's indexing may wait for while
        # prune() waits for those under way.
        with transaction.atomic(), connection.cursor() as cursor:
            engine().prune(cursor)
        return indexed
