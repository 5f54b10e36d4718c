"""The archive ("all messages"): newest first, paginated, every filter a stable URL."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.utils.builders import (
    MINISTRY_HOST,
    add_document,
    make_kind,
    make_ministry,
    make_organisation,
    make_person,
)

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


def titles(response):
    assert response.status_code == 200
    return re.findall(
        r'class="document-list__title">.*?<a href="[^"]+">([^<]+)</a>', response.content.decode()
    )


@pytest.fixture
def archive():
    # UTC+2 in winter: a document at 23:30 UTC on 31 January is published on 1 February.
    _ministry, archive = make_ministry(time_zone="Europe/Vilnius")
    return archive


def get(client, query=""):
    return client.get(f"/en-gb/news/{query}", HTTP_HOST=MINISTRY_HOST)


def test_newest_first_and_paginated(client, archive):
    kind = make_kind("statement")
    start = datetime.datetime(2024, 1, 1, 12, tzinfo=UTC)
    for day in range(25):
        add_document(
            archive, f"Statement {day:02}", kind, published_at=start + datetime.timedelta(days=day)
        )

    first = titles(get(client))
    assert first == [f"Statement {day:02}" for day in range(24, 4, -1)]
    second = titles(get(client, "?page=2"))
    assert second == [f"Statement {day:02}" for day in range(4, -1, -1)]
    assert 'rel="next" href="?page=2"' in get(client).content.decode()


def test_each_filter_is_a_stable_url(client, archive):
    speech, statement = make_kind("speech"), make_kind("statement")
    council = make_organisation("Council of Nations")
    minister = make_person("Vera Anders")
    add_document(
        archive,
        "Speech in March",
        speech,
        published_at=datetime.datetime(2024, 3, 5, 10, tzinfo=UTC),
        participants=[minister],
    )
    add_document(
        archive,
        "Statement at the turn of the month",
        statement,
        published_at=datetime.datetime(2024, 1, 31, 23, 30, tzinfo=UTC),
        organisations=[council],
    )
    add_document(
        archive,
        "Statement of 2023",
        statement,
        published_at=datetime.datetime(2023, 7, 1, 10, tzinfo=UTC),
    )

    assert titles(get(client, "?kind=speech")) == ["Speech in March"]
    assert titles(get(client, "?year=2023")) == ["Statement of 2023"]
    assert titles(get(client, "?year=2024&month=2")) == ["Statement at the turn of the month"]
    assert titles(get(client, "?year=2024&month=1")) == []
    assert titles(get(client, "?person=vera-anders")) == ["Speech in March"]
    assert titles(get(client, "?organisation=council-of-nations")) == [
        "Statement at the turn of the month"
    ]
    assert titles(get(client, "?kind=statement&year=2024")) == [
        "Statement at the turn of the month"
    ]


def test_bad_filter_values_say_what_is_wrong(client, archive):
    add_document(archive, "A statement", make_kind("statement"))
    for query, message in [
        ("?kind=no-such-kind", "Nothing is filed under “no-such-kind”"),
        ("?year=abc", "Enter a whole number"),
        ("?month=2", "Choose a year to filter by month"),
    ]:
        response = get(client, query)
        assert response.status_code == 200
        assert message in response.content.decode()
        assert titles(response) == []


def test_unpublished_scheduled_and_expired_documents_stay_out(client, archive):
    kind = make_kind("statement")
    now = datetime.datetime.now(UTC)
    add_document(archive, "Public statement", kind)
    add_document(archive, "Draft statement", kind, live=False)
    add_document(
        archive,
        "Scheduled statement",
        kind,
        live=False,
        published_at=now + datetime.timedelta(days=2),
        go_live_at=now + datetime.timedelta(days=2),
    )
    add_document(
        archive,
        "Expired statement",
        kind,
        expire_at=now - datetime.timedelta(hours=1),
        published_at=now - datetime.timedelta(days=1),
    )
    add_document(archive, "Future stamp", kind, published_at=now + datetime.timedelta(hours=3))

    assert titles(get(client)) == ["Public statement"]
    home = client.get("/en-gb/", HTTP_HOST=MINISTRY_HOST).content.decode()
    assert "Public statement" in home
    for hidden in ("Draft", "Scheduled", "Expired", "Future stamp"):
        assert hidden not in home
    for slug in ("draft-statement", "scheduled-statement", "expired-statement", "future-stamp"):
        assert client.get(f"/en-gb/news/{slug}/", HTTP_HOST=MINISTRY_HOST).status_code == 404


def count_queries(client, query):
    get(client, query)  # warm caches that do not depend on the archive's size
    with CaptureQueriesContext(connection) as queries:
        get(client, query)
    return len(queries)


@pytest.mark.parametrize("query", ["", "?kind=statement&year=2024", "?person=vera-anders&page=2"])
def test_queries_per_page_do_not_grow_with_the_archive(client, archive, query):
    kind = make_kind("statement")
    person = make_person("Vera Anders")
    start = datetime.datetime(2024, 1, 1, tzinfo=UTC)

    def add(count, offset):
        for number in range(count):
            add_document(
                archive,
                f"Statement {offset + number}",
                kind,
                participants=[person],
                published_at=start + datetime.timedelta(days=offset + number),
            )

    add(21, 0)
    small = count_queries(client, query)
    add(30, 21)
    assert count_queries(client, query) == small
