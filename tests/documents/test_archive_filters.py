"""The archive's filter form as a reader uses it: months by name in the page's language, people
and organisations to choose from (only public ones), and lists that do not read every row."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from lxml import html

from tests.utils.builders import (
    MINISTRY_HOST,
    add_document,
    locale,
    make_kind,
    make_ministry,
    make_organisation,
    make_person,
    translate,
)

pytestmark = pytest.mark.django_db
UTC = datetime.UTC


def form(client, path):
    response = client.get(path, HTTP_HOST=MINISTRY_HOST)
    assert response.status_code == 200
    return html.fromstring(response.content).xpath("//form[@class='archive-filters']")[0]


def options(form_, name):
    return [
        (option.get("value"), option.text, option.get("selected") is not None)
        for option in form_.xpath(f".//select[@name='{name}']/option")
    ]


def test_months_are_named_in_the_pages_language(client):
    ministry, archive = make_ministry()
    add_document(archive, "A statement", make_kind("statement"))
    translate(ministry, "ru-ru")
    translate(archive, "ru-ru")

    english = options(form(client, "/en-gb/news/?year=2026&month=3"), "month")
    assert english[1:4] == [("1", "January", False), ("2", "February", False), ("3", "March", True)]
    russian = [text for _value, text, _selected in options(form(client, "/ru-ru/news/"), "month")]
    assert russian[1:4] == ["январь", "февраль", "март"]  # the month itself, not "марта"
    assert len(russian) == 13


def test_people_and_organisations_to_choose_from_are_those_public_texts_name(client):
    _ministry, archive = make_ministry()
    kind = make_kind("statement")
    council, forum = make_organisation("Council of Nations"), make_organisation("Secret Forum")
    minister, envoy = make_person("Vera Anders"), make_person("Hidden Envoy")
    add_document(archive, "Public", kind, participants=[minister], organisations=[council])
    add_document(archive, "Draft", kind, live=False, participants=[envoy], organisations=[forum])
    add_document(
        archive,
        "Scheduled",
        kind,
        live=False,
        published_at=datetime.datetime.now(UTC) + datetime.timedelta(days=2),
        go_live_at=datetime.datetime.now(UTC) + datetime.timedelta(days=2),
        participants=[envoy],
    )

    filters = form(client, "/en-gb/news/?person=vera-anders")
    assert options(filters, "person") == [
        ("", "All people", False),
        ("vera-anders", "Vera Anders", True),
    ]
    assert options(filters, "organisation") == [
        ("", "All organisations", False),
        ("council-of-nations", "Council of Nations", False),
    ]
    assert filters.xpath(".//input[@type='hidden']") == []  # chosen in the form, not hidden


# The queries that read the lists (the gate's own lookups of restrictions go before them).
READS_DATES = 'SELECT "documents_documentpage"."published_at"'
READS_KINDS = 'SELECT "documents_documentkind".'


def statements(queries):
    return [query["sql"] for query in queries]


def test_the_kind_and_year_lists_do_not_read_every_document():
    ministry, archive = make_ministry(time_zone="Europe/Vilnius")
    statement, speech = make_kind("statement"), make_kind("speech")
    for number in range(6):
        add_document(
            archive,
            f"Statement {number}",
            statement,
            published_at=datetime.datetime(2021 + number, 6, 1, tzinfo=UTC),
        )
    add_document(archive, "Speech", speech, published_at=datetime.datetime(2024, 2, 1, tzinfo=UTC))

    with CaptureQueriesContext(connection) as years_queries:
        assert ministry.listed_years() == [2026, 2025, 2024, 2023, 2022, 2021]
    # The newest and the oldest, each one row from the index.
    reading = [sql for sql in statements(years_queries) if sql.startswith(READS_DATES)]
    assert len(reading) == 2, reading
    for sql in reading:
        sql = sql.upper()
        assert "LIMIT 1" in sql and "GROUP BY" not in sql and "DISTINCT" not in sql, sql

    with CaptureQueriesContext(connection) as kinds_queries:
        assert {kind.slug for kind in ministry.listed_kinds()} == {"statement", "speech"}
    reading = [sql.upper() for sql in statements(kinds_queries) if sql.startswith(READS_KINDS)]
    # A probe per kind that stops at its first document, not every document grouped; then the
    # kinds found, read by their keys (which kinds is kept as derived data; the kinds are not).
    probes = [sql for sql in reading if "EXISTS" in sql]
    assert len(probes) == 1 and len(reading) == 2, reading
    for sql in reading:
        assert "GROUP BY" not in sql and "DISTINCT" not in sql, sql


def listed_titles(client, path):
    response = client.get(path, HTTP_HOST=MINISTRY_HOST)
    assert response.status_code == 200
    return html.fromstring(response.content).xpath("//*[@class='document-list__title']/a/text()")


def page_query_plans(client, path):
    """SQLite's plan of each query of the request that reads a page of the list."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path, HTTP_HOST=MINISTRY_HOST).status_code == 200
    plans = []
    with connection.cursor() as cursor:
        for sql in statements(queries):
            if 'ORDER BY "documents_documentpage"."published_at" DESC' in sql and "LIMIT" in sql:
                cursor.execute("EXPLAIN QUERY PLAN " + sql)
                plans.append([row[-1] for row in cursor.fetchall()])
    assert plans, "the page of the list was not read"
    return plans


def test_a_kind_lists_the_documents_that_name_any_version_of_it(client):
    ministry, archive = make_ministry()
    speech, statement = make_kind("speech"), make_kind("statement")
    russian_speech = speech.copy_for_translation(locale("ru-ru"))
    russian_speech.name = russian_speech.plural_name = "Выступление"
    russian_speech.save()
    translate(ministry, "ru-ru")
    russian_archive = translate(archive, "ru-ru")
    address = add_document(archive, "Address to the assembly", speech)
    add_document(archive, "Statement on the treaty", statement)
    # A translation keeps its source's kind, the English row; a text written in Russian names
    # the Russian one.
    translate(address, "ru-ru", title="Выступление на ассамблее")
    add_document(russian_archive, "Выступление в парламенте", russian_speech, slug="parlament")

    assert set(listed_titles(client, "/ru-ru/news/?kind=speech")) == {
        "Выступление на ассамблее",
        "Выступление в парламенте",
    }
    assert listed_titles(client, "/en-gb/news/?kind=speech") == ["Address to the assembly"]
    assert listed_titles(client, "/en-gb/news/?kind=statement") == ["Statement on the treaty"]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query planner")
def test_a_kind_is_listed_in_date_order_without_sorting_all_its_documents(client):
    """Sorting every document of a kind to take twenty took 160-235 ms at 100,000."""
    ministry, archive = make_ministry()
    speech, statement = make_kind("speech"), make_kind("statement")
    for number in range(30):
        add_document(archive, f"Speech {number}", speech if number % 2 else statement)
    for path in ("/en-gb/news/?kind=speech", "/en-gb/news/?kind=speech&page=2"):
        for plan in page_query_plans(client, path):
            assert not any("TEMP B-TREE FOR ORDER BY" in step for step in plan), plan
    # With versions in two languages, the kind is any of two rows.
    speech.copy_for_translation(locale("ru-ru")).save()
    for plan in page_query_plans(client, "/en-gb/news/?kind=speech"):
        assert not any("TEMP B-TREE FOR ORDER BY" in step for step in plan), plan
