"""The canonical record of a document: turns as data, with the roles held on the day."""

import datetime

import pytest

from legation.documents.records import document_record, document_records
from tests.utils.builders import add_document

from .world import rich

pytestmark = pytest.mark.django_db


def test_full_record_of_a_transcript(world):
    record = document_record(world.conference)
    assert record["id"] == f"{world.conference.translation_key}:en-gb"
    assert record["url"] == "http://ministry.test/en-gb/news/" + world.conference.slug + "/"
    assert record["site"]["id"] == "ministry.test"
    assert record["kind"] == {"slug": "transcript", "name": "Transcript"}
    assert record["published_at"] == "2026-03-12T18:30:00Z"
    assert record["published_at_local"] == "2026-03-12T19:30:00+01:00"  # Berlin
    assert record["event"] == {
        "date": "2026-03-12",
        "date_precision": "day",
        "place": "Velmora City",
    }
    # The participants chosen, and those the turns name (the asker too).
    assert {p["name"] for p in record["people"]} == {"Irena Talvik", "Oskar Brenn", "Mara Vell"}
    assert record["organisations"][0]["slug"] == "velmora-mfa"
    assert [b["type"] for b in record["body"]] == [
        "heading",
        "statement",
        "question",
        "answer",
        "answer",
        "note",
    ]
    assert record["body"][0]["anchor"] == "section-1"
    assert record["body"][2]["turn"] == 2
    first, question, answer, after = record["turns"]
    # On 12 March 2026 she is minister, no longer deputy minister.
    assert first["speaker"]["role"]["title"] == "Minister of Foreign Affairs"
    assert question["kind"] == "question"
    assert question["speaker"]["name"] == "Mara Vell"
    assert question["speaker"]["role"] is None
    assert question["outlet"] == "Velmora Daily"
    assert [p["name"] for p in question["addressed_to"]] == ["Irena Talvik"]
    assert question["text"] == "When will the accord be signed?"
    assert answer["anchor"] == "turn-3"
    assert answer["speaking_after"] is None
    assert after["speaker"]["role"]["title"] == "Spokesperson"
    assert after["speaking_after"]["name"] == "Irena Talvik"
    assert after["speaking_after"]["role"]["title"] == "Minister of Foreign Affairs"


def test_translation_shares_the_document_and_its_people(world):
    russian = world.conference.get_translation(
        world.conference.locale.__class__.objects.get(language_code="ru-ru")
    )
    english, russian_record = document_records([world.conference, russian])
    assert russian_record["document"] == english["document"]
    assert russian_record["id"].endswith(":ru-ru")
    assert russian_record["url"].startswith("http://ministry.test/ru-ru/")
    assert [p["slug"] for p in russian_record["people"]] == [p["slug"] for p in english["people"]]
    assert "body" not in russian_record


def test_roles_are_those_held_on_the_day_of_the_event(world):
    archive = world.ministry.get_children().get(slug="news").specific
    earlier = add_document(
        archive,
        "Briefing of June 2025",
        world.statement_kind,
        event_date=datetime.date(2025, 6, 1),
        body=[("statement", {"speaker": world.speaker, "text": rich("Welcome.")})],
    )
    (turn,) = document_record(earlier)["turns"]
    assert turn["speaker"]["role"]["title"] == "Deputy Minister"
