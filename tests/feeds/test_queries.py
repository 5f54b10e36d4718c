"""Cheap at any size: a feed's queries do not grow with the archive (bench/feeds.py measures
the time at 100,000 documents)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.utils.builders import add_document, paragraph

from .conftest import MISSION_HOST, fetch

pytestmark = pytest.mark.django_db

ADDRESSES = [
    ("/en-gb/feeds/atom/", "ministry.test"),
    ("/en-gb/feeds/rss/?kind=statement&person=vera-anders&content=full", "ministry.test"),
    ("/en-gb/feeds/atom/?country=gb&content=full", "ministry.test"),
    ("/en-gb/feeds/rss/", MISSION_HOST),
]


def queries(path, host):
    with CaptureQueriesContext(connection) as captured:
        assert fetch(path, host).status_code == 200
    return len(captured)


def grow(world, count):
    for number in range(count):
        add_document(
            world.ministry_archive,
            f"Statement number {number}",
            world.statement.kind,
            lead="A lead.",
            body=[paragraph(f"Paragraph {number}.")],
            participants=[world.vera],
            organisations=[world.council],
        )


def test_the_number_of_queries_does_not_grow_with_the_archive(world, django_assert_max_num_queries):
    grow(world, 22)  # past a feed's length: every feed below is full
    counts = {address: queries(*address) for address in ADDRESSES}
    grow(world, 30)
    for (path, host), count in counts.items():
        with django_assert_max_num_queries(count):
            assert fetch(path, host).status_code == 200
