"""The archive's length is kept as derived data and its deep pages read from the oldest end:
every page, the last included, lists exactly what the gate admits at that second."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import PageViewRestriction

from legation.documents.models import archive as archive_module
from legation.publishing.actions.withdraw import WithdrawDocumentAction
from tests.utils.builders import MINISTRY_HOST, add_document, make_kind, make_ministry

pytestmark = pytest.mark.django_db

PAGE_SIZE = 3


@pytest.fixture(autouse=True)
def small_pages(monkeypatch):
    monkeypatch.setattr(archive_module, "PAGE_SIZE", PAGE_SIZE)


@pytest.fixture
def archive():
    _ministry, archive = make_ministry()
    return archive


@pytest.fixture
def statement():
    return make_kind("statement")


def hours_ago(hours):
    return timezone.now().replace(microsecond=0) - datetime.timedelta(hours=hours)


def archive_page(number, query=""):
    response = Client().get(f"/en-gb/news/?{query}page={number}", HTTP_HOST=MINISTRY_HOST)
    assert response.status_code == 200
    html = response.content.decode()
    titles = re.findall(r'class="document-list__title">.*?<a href="[^"]+">([^<]+)</a>', html)
    pages = re.search(r"Page (\d+) of (\d+)", html)
    return titles, int(pages.group(2)) if pages else 1


def assert_archive_lists(expected, query=""):
    """Every page of the archive, newest first, and its count of pages, as a reader sees."""
    pages = max(1, -(-len(expected) // PAGE_SIZE))
    for number in range(1, pages + 1):
        shown = expected[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
        assert archive_page(number, query) == (shown, pages), (number, query)


def test_every_page_is_exact_after_each_publication_event(archive, statement):
    documents = {
        f"Statement {n}": add_document(archive, f"Statement {n}", statement, hours_ago(10 - n))
        for n in range(7)
    }
    newest_first = [f"Statement {n}" for n in range(6, -1, -1)]
    assert_archive_lists(newest_first)

    add_document(archive, "Older statement", statement, hours_ago(20))
    newest_first.append("Older statement")
    assert_archive_lists(newest_first)  # the last page now holds two

    documents["Statement 3"].unpublish()
    newest_first.remove("Statement 3")
    assert_archive_lists(newest_first)

    editor = get_user_model().objects.create_superuser("chief", "chief@example.test", "x")
    WithdrawDocumentAction(documents["Statement 0"], editor, "Published in error.").execute()
    newest_first.remove("Statement 0")
    assert_archive_lists(newest_first)

    restriction = PageViewRestriction.objects.create(
        page=documents["Statement 1"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    newest_first.remove("Statement 1")
    assert_archive_lists(newest_first)
    restriction.delete()
    newest_first.insert(newest_first.index("Older statement"), "Statement 1")
    assert_archive_lists(newest_first)


def test_a_filtered_list_is_exact_after_a_publication_event(archive, statement):
    speech = make_kind("speech")
    for n in range(4):
        add_document(archive, f"Speech {n}", speech, hours_ago(10 - n))
        add_document(archive, f"Statement {n}", statement, hours_ago(10 - n))
    speeches = [f"Speech {n}" for n in range(3, -1, -1)]
    assert_archive_lists(speeches, "kind=speech&")
    add_document(archive, "Older speech", speech, hours_ago(30))
    assert_archive_lists([*speeches, "Older speech"], "kind=speech&")


def test_the_count_follows_the_clock_to_the_second_without_any_event(archive, statement):
    for n in range(6):
        add_document(archive, f"Statement {n}", statement, hours_ago(10 - n))
    now = timezone.now().replace(microsecond=0)
    add_document(
        archive,
        "Closure notice",
        statement,
        hours_ago(40),
        expire_at=now + datetime.timedelta(minutes=5),
    )
    newest_first = [f"Statement {n}" for n in range(5, -1, -1)]

    assert_archive_lists([*newest_first, "Closure notice"])
    with freeze_time(now + datetime.timedelta(minutes=5, seconds=-1)):
        assert_archive_lists([*newest_first, "Closure notice"])
    with freeze_time(now + datetime.timedelta(minutes=5, milliseconds=100)):
        assert_archive_lists(newest_first)
