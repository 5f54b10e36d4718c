"""A pass over the index (the page's hits and the facets' counts) is kept between searches
and worked out again at every change of the index: the next search sees a publication, a
reindex no page started, and an expiry that passed before the worker's round."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from freezegun import freeze_time

from legation.documents.models import DocumentPage
from legation.search.query import Query
from legation.search.search import Search
from tests.utils.builders import MINISTRY_HOST, add_document, paragraph

pytestmark = pytest.mark.django_db

PASS = "AS MATERIALIZED"  # the pass's statement, as search.Search._pass writes it


def search_page(path):
    """The page's HTML, and whether the pass was run for it."""
    with CaptureQueriesContext(connection) as captured:
        response = Client().get(path, HTTP_HOST=MINISTRY_HOST)
    assert response.status_code == 200
    ran = any(PASS in query["sql"] for query in captured.captured_queries)
    return response.content.decode(), ran


def test_a_search_asked_again_is_answered_without_matching_again(world):
    first, ran = search_page("/en-gb/search/?q=harbour")
    assert ran and "Consular hours during the harbour festival" in first
    again, ran = search_page("/en-gb/search/?q=harbour")
    assert not ran and again.count("Consular hours") == first.count("Consular hours")
    # Another page of the same words, other facets, another order: passes of their own.
    assert search_page("/en-gb/search/?q=harbour&sort=date")[1]
    assert search_page("/en-gb/search/?q=harbour&kind=press_release")[1]

    add_document(
        world.ministry_archive,
        "Harbour dues for the winter",
        world.statement_kind,
        body=[paragraph("The harbour dues fall from December.")],
    )
    html, ran = search_page("/en-gb/search/?q=harbour")
    assert ran and "Harbour dues for the winter" in html


def test_a_reindex_no_page_started_is_seen_by_the_next_search(world):
    """An organisation's slug edited: its documents' facet value changes only when they are
    indexed again (`legation reindex`), which is no page's publication event."""

    def organisations():
        return dict(Search(Query.parse("quota")).facets()["organisation"])

    assert organisations() == {"council-of-nations": 1}
    world.council.slug = "council-of-the-nations"
    world.council.save()
    call_command("reindex", "--no-progress", stdout=io.StringIO())
    assert organisations() == {"council-of-the-nations": 1}


def test_an_expiry_seen_at_its_second_though_nothing_else_changed(world):
    def found():
        return [hit.page.pk for hit in Search(Query.parse("festival")).hits()]

    assert found() == [world.mission_note.pk]
    ends = timezone.now().replace(microsecond=0) + datetime.timedelta(hours=1)
    # Written as the worker's own query would, with no event: only the clock passes it.
    DocumentPage.objects.filter(pk=world.mission_note.pk).update(expire_at=ends)
    with freeze_time(ends - datetime.timedelta(seconds=1)):
        assert found() == [world.mission_note.pk]
    with freeze_time(ends):
        assert found() == []
