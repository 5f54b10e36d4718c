"""The ministry home's sections by kind: each kind's newest public documents, in one query."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from freezegun import freeze_time

from tests.utils.builders import MINISTRY_HOST, add_document, make_kind, make_ministry

pytestmark = pytest.mark.django_db


def sections(client, ministry):
    response = client.get(ministry.url, HTTP_HOST=MINISTRY_HOST)
    assert response.status_code == 200
    html = response.content.decode()
    by_kind = html[html.index('class="by-kind"') :]
    found = {}
    for part in by_kind.split('class="by-kind__section"')[1:]:
        heading = re.search(r"<h2[^>]*>([^<]+)</h2>", part).group(1)
        found[heading] = re.findall(r'<a href="[^"]*/news/([^/"]+)/"', part)
    return found


def test_each_kind_shows_its_five_newest_public_documents_newest_first(client, settings):
    settings.LEGATION_PAGE_CACHE = False
    ministry, archive = make_ministry()
    statement, speech, interview = (make_kind(s) for s in ("statement", "speech", "interview"))
    now = timezone.now()
    for days in range(1, 8):
        add_document(
            archive,
            f"Statement {days}",
            statement,
            now - datetime.timedelta(days=days),
            slug=f"statement-{days}",
        )
    add_document(archive, "Speech", speech, now - datetime.timedelta(days=3), slug="speech")
    # Not public: a statement scheduled for tomorrow, a draft, and the only interview, ahead.
    add_document(archive, "Later", statement, now + datetime.timedelta(days=1), slug="later")
    add_document(
        archive, "Draft", statement, now - datetime.timedelta(hours=1), live=False, slug="draft"
    )
    add_document(archive, "Ahead", interview, now + datetime.timedelta(days=2), slug="ahead")

    assert sections(client, ministry) == {
        statement.plural_name: [f"statement-{days}" for days in range(1, 6)],
        speech.plural_name: ["speech"],
    }


def test_the_sections_take_the_same_queries_whatever_the_number_of_kinds(client, settings):
    settings.LEGATION_PAGE_CACHE = False
    ministry, archive = make_ministry()

    def queries_with(kinds):
        for slug in kinds:
            add_document(archive, f"A {slug}", make_kind(slug), slug=f"a-{slug}")
        client.get(ministry.url, HTTP_HOST=MINISTRY_HOST)
        with CaptureQueriesContext(connection) as captured:
            assert len(sections(client, ministry)) == len(set(kinds_so_far))
        return len(captured)

    kinds_so_far = ["statement", "speech"]
    two = queries_with(kinds_so_far)
    more = ["interview", "briefing", "comment", "joint_statement"]
    kinds_so_far += more
    assert queries_with(more) == two


def test_the_sections_kept_between_readers_follow_publications_the_clock_and_the_kinds_order(
    client, settings
):
    # Which documents each section lists is kept between readers (documents.models.counts).
    settings.LEGATION_PAGE_CACHE = False
    ministry, archive = make_ministry()
    statement, speech = make_kind("statement"), make_kind("speech")
    order_kinds(statement, speech)
    now = timezone.now().replace(microsecond=0)
    for days in range(2, 7):
        add_document(
            archive, f"S {days}", statement, now - datetime.timedelta(days=days), slug=f"s-{days}"
        )
    add_document(
        archive,
        "Closing",
        statement,
        now - datetime.timedelta(days=1),
        slug="closing",
        expire_at=now + datetime.timedelta(minutes=5),
    )
    add_document(archive, "Speech", speech, now - datetime.timedelta(days=3), slug="speech")
    assert sections(client, ministry) == {
        statement.plural_name: ["closing", "s-2", "s-3", "s-4", "s-5"],
        speech.plural_name: ["speech"],
    }

    add_document(archive, "New", statement, now - datetime.timedelta(hours=1), slug="new")
    found = sections(client, ministry)
    assert found == {
        statement.plural_name: ["new", "closing", "s-2", "s-3", "s-4"],
        speech.plural_name: ["speech"],
    }
    assert list(found) == [statement.plural_name, speech.plural_name]

    order_kinds(speech, statement)
    assert list(sections(client, ministry)) == [speech.plural_name, statement.plural_name]

    # The expired text leaves, and the next older one takes its place.
    with freeze_time(now + datetime.timedelta(minutes=5, milliseconds=100)):
        assert sections(client, ministry)[statement.plural_name] == [
            "new",
            "s-2",
            "s-3",
            "s-4",
            "s-5",
        ]


def order_kinds(*kinds):
    for position, kind in enumerate(kinds):
        kind.sort_order = position
        kind.save()
