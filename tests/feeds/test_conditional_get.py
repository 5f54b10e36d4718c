"""Feed readers ask again often: unchanged feeds answer 304, changed ones 200 at once."""

import pytest
from django.utils import timezone

from tests.utils.builders import add_document

from .conftest import fetch

pytestmark = pytest.mark.django_db

ADDRESSES = ("/en-gb/feeds/atom/?kind=statement", "/en-gb/feeds/rss/?person=vera-anders")


def test_an_unchanged_feed_answers_304_to_its_etag_and_its_date(world):
    for path in ADDRESSES:
        first = fetch(path)
        assert first.status_code == 200
        assert first["Cache-Control"] == "public, no-cache"
        assert fetch(path, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
        assert fetch(path, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
        assert fetch(path, HTTP_IF_NONE_MATCH='"another"').status_code == 200


def test_a_new_document_an_edit_or_a_withdrawal_changes_the_answer(world):
    path = ADDRESSES[0]
    etag = fetch(path)["ETag"]
    add_document(world.ministry_archive, "A new statement", world.statement.kind)
    changed = fetch(path, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag

    etag = changed["ETag"]
    world.statement.title = "On the harbour treaty, as signed"
    world.statement.save_revision().publish()
    assert fetch(path, HTTP_IF_NONE_MATCH=etag).status_code == 200

    etag = fetch(path)["ETag"]
    world.statement.unpublish()
    answer = fetch(path, HTTP_IF_NONE_MATCH=etag)
    assert answer.status_code == 200
    assert b"On the harbour treaty" not in answer.content


def test_the_304_is_decided_at_the_reader_s_moment(world):
    """A feed fetched before a scheduled document's time differs from the one after it."""
    from freezegun import freeze_time

    etag = fetch(ADDRESSES[0])["ETag"]
    with freeze_time(world.scheduled.published_at + timezone.timedelta(seconds=1)):
        from legation.publishing.scheduling import Worker

        Worker().run_due()
        assert fetch(ADDRESSES[0], HTTP_IF_NONE_MATCH=etag).status_code == 200
