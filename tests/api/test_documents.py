"""/api/documents/: public documents only, their records, filters, cursor pages, 404s."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.utils.builders import add_document

pytestmark = pytest.mark.django_db


def titles(response):
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["results"]]


def test_list_shows_public_documents_newest_first_as_summaries(api, world):
    response = api("/api/documents/")
    assert titles(response) == [
        "Embassy statement on the consular hours",
        "Пресс-конференция о Харбортонском соглашении",
        "News conference on the Harbourton accord",
    ] or titles(response) == [
        "Embassy statement on the consular hours",
        "News conference on the Harbourton accord",
        "Пресс-конференция о Харбортонском соглашении",
    ]
    assert "Zorvantic" not in response.content.decode()
    summary = response.json()["results"][0]
    assert summary["site"]["id"] == "mission.test"
    assert summary["people"] == [
        {"id": str(world.deputy.translation_key), "slug": "oskar-brenn", "name": "Oskar Brenn"}
    ]
    assert "body" not in summary and "turns" not in summary


def test_detail_carries_the_turns_as_data_with_roles_on_the_day(api, world):
    document_id = f"{world.conference.translation_key}:en-gb"
    record = api(f"/api/documents/{document_id}/").json()
    assert record["id"] == document_id
    assert record["url"].endswith(f"/en-gb/news/{world.conference.slug}/")
    assert [block["type"] for block in record["body"]][-1] == "note"
    statement, question, answer, answer_after = record["turns"]
    assert statement["speaker"]["name"] == "Irena Talvik"
    assert statement["speaker"]["role"]["title"] == "Minister of Foreign Affairs"
    assert statement["speaker"]["role"]["organisation"]["slug"] == "velmora-mfa"
    assert question["outlet"] == "Velmora Daily"
    assert question["addressed_to"][0]["slug"] == "irena-talvik"
    assert answer["text"] == "In spring."
    assert answer_after["speaking_after"]["slug"] == "irena-talvik"
    assert answer_after["anchor"] == "turn-4"


def test_the_russian_version_is_its_own_record(api, world):
    record = api(f"/api/documents/{world.conference.translation_key}:ru-ru/").json()
    assert record["title"] == "Пресс-конференция о Харбортонском соглашении"
    assert record["language"] == "ru-ru"
    assert record["document"] == str(world.conference.translation_key)
    assert len(record["turns"]) == 4


@pytest.mark.parametrize(
    "document_id",
    [
        "scheduled",  # a real id, not public before its time
        "{conference}:fr-fr",  # a language it has no version in
        "{conference}:xx-yy",
        "{conference}",
        "not-a-uuid:en-gb",
        "%00",
    ],
)
def test_detail_is_404_for_anything_not_public(api, world, document_id):
    if document_id == "scheduled":
        document_id = f"{world.scheduled.translation_key}:en-gb"
    document_id = document_id.format(conference=world.conference.translation_key)
    response = api(f"/api/documents/{document_id}/")
    assert response.status_code == 404
    assert "detail" in response.json()


def test_filters(api, world):
    both = {
        "News conference on the Harbourton accord",
        "Пресс-конференция о Харбортонском соглашении",
    }
    assert set(titles(api("/api/documents/", site="ministry.test"))) == both
    assert titles(api("/api/documents/", site="mission.test")) == [world.statement.title]
    assert titles(api("/api/documents/", site="elsewhere.test")) == []
    assert titles(api("/api/documents/", language="ru-ru")) == [
        "Пресс-конференция о Харбортонском соглашении"
    ]
    assert set(titles(api("/api/documents/", kind="transcript"))) == both
    assert titles(api("/api/documents/", kind="statement")) == [world.statement.title]
    # People are set on the source; the translation is found through it.
    assert set(titles(api("/api/documents/", person="irena-talvik"))) == both
    assert len(titles(api("/api/documents/", person="oskar-brenn"))) == 3
    assert titles(api("/api/documents/", person="ulla-zorvantic")) == []
    assert set(titles(api("/api/documents/", organisation="velmora-mfa"))) == both
    assert set(titles(api("/api/documents/", published_before="2026-03-13"))) == both
    assert (
        set(
            titles(
                api(
                    "/api/documents/",
                    published_after="2026-03-12T18:30:00Z",
                    published_before="2026-03-12T20:00:00+01:00",
                )
            )
        )
        == both
    )
    assert (
        titles(api("/api/documents/", published_after="2026-03-12T18:30:01Z", kind="transcript"))
        == []
    )
    combined = api(
        "/api/documents/",
        site="ministry.test",
        language="en-gb",
        kind="transcript",
        person="oskar-brenn",
    )
    assert titles(combined) == ["News conference on the Harbourton accord"]


def test_changed_since_finds_what_was_published_or_republished_since(api, world):
    since = timezone.now()
    assert titles(api("/api/documents/", changed_since=since.isoformat())) == []
    world.conference.title = "News conference on the Harbourton accord (corrected)"
    world.conference.save_revision().publish()
    assert titles(api("/api/documents/", changed_since=since.isoformat())) == [
        "News conference on the Harbourton accord (corrected)"
    ]
    long_ago = (since - datetime.timedelta(days=3650)).isoformat()
    assert len(titles(api("/api/documents/", changed_since=long_ago))) == 3


@pytest.mark.parametrize(
    "parameter, value",
    [
        ("published_after", "yesterday"),
        ("published_before", "2026-13-01"),
        ("changed_since", "0001-01-01T00:00:00+14:00"),
        ("language", "xx-yy"),
        ("site", "ministry\x00test"),
    ],
)
def test_a_bad_filter_is_a_400_naming_it(api, parameter, value):
    response = api("/api/documents/", **{parameter: value})
    assert response.status_code == 400
    assert list(response.json()) == [parameter]


def test_cursor_pages_walk_the_whole_list_once(api, world):
    seen = []
    response = api("/api/documents/", page_size=1)
    while True:
        body = response.json()
        assert len(body["results"]) <= 1
        seen += [item["id"] for item in body["results"]]
        if not body["next"]:
            break
        response = api(body["next"].replace("http://ministry.test", ""))
    assert len(seen) == len(set(seen)) == 3
    back = api(body["previous"].replace("http://ministry.test", "")).json()
    assert [item["id"] for item in back["results"]] == [seen[1]]
    assert api("/api/documents/", cursor="bogus").status_code == 404


def test_a_list_page_costs_the_same_queries_at_any_size(api, world, django_assert_max_num_queries):
    archive = world.ministry.get_children().get(slug="news")
    for number in range(25):
        add_document(
            archive.specific,
            f"Briefing {number}",
            world.statement_kind,
            published_at=timezone.now() - datetime.timedelta(days=number + 5),
            participants=[world.speaker],
            organisations=[world.ministry_org],
        )
    api("/api/documents/", page_size=1)  # Wagtail's site root paths and content types, cached
    counts = []
    for size in (2, 25):
        with CaptureQueriesContext(connection) as queries:
            assert len(titles(api("/api/documents/", page_size=size))) == size
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    with django_assert_max_num_queries(15):
        api("/api/documents/", page_size=25)
