"""Filling the index from the public gate, and only from it.

A document is indexed as a whole (every language version at once), because whether one
version is public depends on the others: no translation is public before its source, and a
view restriction on one covers them all. Whatever changes that — publishing, unpublishing,
withdrawal, a schedule reaching its second, expiry, a restriction, a deletion — re-indexes
the document inside the same transaction (signals.py), so the index is never ahead of or
behind what readers may see.
"""

from django.db import transaction
from django.utils import timezone

from legation.core.models import PublicGate
from legation.documents.blocks import TURN_TYPES
from legation.documents.models import DocumentPage
from legation.documents.records import DocumentRecords

from .models import SearchDocument, SearchTag, SearchTurn
from .text import terms


class IndexDocuments:
    """Bring the index in step with the gate for the documents with these translation keys."""

    def __init__(self, document_keys, now=None):
        self.document_keys = set(document_keys)
        self.now = now

    def execute(self):
        versions = DocumentPage.objects.filter(translation_key__in=self.document_keys)
        public = list(PublicGate(self.now).filter(versions).select_related("kind", "locale"))
        with transaction.atomic():
            SearchDocument.objects.filter(document_key__in=self.document_keys).delete()
            write_entries(public)
        return public


def write_entries(pages):
    """Insert the rows of public pages that have none (the caller removed the old ones)."""
    if not pages:
        return
    records = DocumentRecords(pages)
    documents, turns, tags = [], [], []
    for page in pages:
        entry = document_entry(page, records)
        documents.append(entry)
        turns.append(turn_entries(page))
        tags.append(
            [SearchTag(facet=SearchTag.PERSON, slug=p.slug) for p in people(records, page)]
            + [
                SearchTag(facet=SearchTag.ORGANISATION, slug=o.slug)
                for o in organisations(records, page)
            ]
        )
    SearchDocument.objects.bulk_create(documents)
    for entry, entry_turns, entry_tags in zip(documents, turns, tags, strict=True):
        for row in [*entry_turns, *entry_tags]:
            row.document = entry
    SearchTurn.objects.bulk_create([row for rows in turns for row in rows])
    SearchTag.objects.bulk_create([row for rows in tags for row in rows])


def document_entry(page, records):
    home = records.sites.home_of(page)
    language = page.locale.language_code
    text = "\n".join(part for part in [page.lead, *page.body_text()] if part)
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
    )


def turn_entries(page):
    language = page.locale.language_code
    entries, question = [], None
    for turn in page.transcript.turns:
        if turn.kind not in TURN_TYPES:
            continue
        if turn.kind == "question":
            question = turn
        elif turn.kind == "statement":
            question = None  # answers after a statement answer no question of the floor
        speaker = turn.speaker
        role = turn.speaker_role
        answered = question if turn.kind == "answer" and question else None
        entries.append(
            SearchTurn(
                number=turn.number,
                anchor=turn.anchor,
                kind=turn.kind,
                speaker_slug=speaker.slug if speaker else "",
                speaker_name=speaker.name if speaker else turn.outlet,
                speaker_role=role.role if role else "",
                question=answered.plain_text if answered else "",
                question_anchor=answered.anchor if answered else "",
                text=turn.plain_text,
                terms=terms(turn.plain_text, language),
            )
        )
    return entries


def people(records, page):
    return [versions[0] for versions in _named(records.people, page)]


def organisations(records, page):
    return [versions[0] for versions in _named(records.organisations, page)]


def _named(named, page):
    return [versions for versions in named.get(page.translation_key, []) if versions]
