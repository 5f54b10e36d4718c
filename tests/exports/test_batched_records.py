"""The bulk export decodes a batch's bodies from people and appointments read once for the
batch: the records must be those Wagtail's own page-by-page decoding gives, at a number of
queries that does not grow with the transcripts."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from legation.directory.models import Person
from legation.documents.models import DocumentPage
from legation.documents.records import block_data, document_records, turn_data
from tests.utils.builders import add_document, make_person, paragraph

from .conftest import rich

pytestmark = pytest.mark.django_db


def briefing(minister, deputy, guest):
    return [
        paragraph("Opening."),
        ("statement", {"speaker": guest, "text": rich("I bring greetings.")}),
        (
            "question",
            {
                "asker": None,
                "outlet": "Harbour Post",
                "addressed_to": [deputy, guest, minister],
                "text": rich("Is the treaty near?"),
            },
        ),
        ("answer", {"speaker": minister, "speaking_after": guest, "text": rich("Soon.")}),
    ]


@pytest.fixture
def people(archive_world):
    minister, deputy = (Person.objects.get(name=name) for name in ("Iris Valden", "Tomas Reyl"))
    guest = make_person("Anouk Sarel", ("Envoy", None, datetime.date(2010, 1, 1), None, False))
    return minister, deputy, guest


@pytest.fixture
def transcripts(archive_world, people):
    """The world's news conference, and a briefing before the minister took office, so the
    same people hold other roles (or none) on its day."""
    conference = archive_world["conference"]
    earlier = add_document(
        conference.get_parent(),
        "Briefing before the treaty",
        conference.kind,
        published_at=conference.published_at - datetime.timedelta(days=1),
        event_date=datetime.date(2019, 6, 3),
        participants=people[::2],
        body=briefing(*people),
    )
    return [conference, earlier]


def fresh(pages):
    """The pages as the export reads them (with their kinds and languages): nothing decoded."""
    pages = DocumentPage.objects.filter(pk__in=[page.pk for page in pages])
    return list(pages.select_related("kind", "locale").order_by("pk"))


def page_by_page(page):
    """Body and turns as Wagtail decodes one page's body, with its own queries."""
    transcript = page.transcript
    return (
        [block_data(block, anchor) for block, anchor in transcript.items],
        [turn_data(turn) for turn in transcript.turns],
    )


def test_batched_records_are_the_page_by_page_ones(archive_world, transcripts):
    pages = fresh(DocumentPage.objects.all())
    records = document_records(pages, full=True)
    assert len(records) == len(pages) > len(transcripts)
    for page, record in zip(fresh(pages), records, strict=True):
        body, turns = page_by_page(page)
        assert record["body"] == body
        assert record["turns"] == turns
    earlier = next(record for record in records if record["title"].startswith("Briefing"))
    roles = [
        (turn["speaker"] or {}).get("role") or {} for turn in earlier["turns"] if turn["speaker"]
    ]
    assert [role.get("title") for role in roles] == ["Envoy", None]  # no minister yet in 2019
    addressed = earlier["turns"][1]["addressed_to"]
    assert [person["name"] for person in addressed] == ["Tomas Reyl", "Anouk Sarel", "Iris Valden"]
    assert addressed[0]["role"]["title"] == "Deputy Minister"


def test_full_records_cost_the_same_queries_for_one_transcript_or_many(transcripts, people):
    def queries_for(pages):
        pages = fresh(pages)
        with CaptureQueriesContext(connection) as queries:
            document_records(pages, full=True)
        return len(queries)

    queries_for(transcripts)  # the caches a first record fills (site root paths)
    one = queries_for(transcripts[:1])
    archive = transcripts[0].get_parent()
    more = transcripts + [
        add_document(archive, f"Briefing {n}", transcripts[1].kind, body=briefing(*people))
        for n in range(3)
    ]
    assert queries_for(more) == one
