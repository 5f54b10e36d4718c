"""A search page reads the database a fixed number of times, whatever the number of hits and
of the documents matched (bench/search.py measures the time at 100,000 documents)."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.utils.builders import MINISTRY_HOST, MISSION_HOST, add_document, paragraph

pytestmark = pytest.mark.django_db

# What the page reads when it has been asked before: the sites, the number of publication
# events (the homes and the pass are kept under it), the request's site and its languages,
# the view restrictions, the expired pages, kinds, people, the hits with their pages, their
# turns, and the template's links (9 on the ministry's site, 10 on the embassy's: its
# syndication). Before the homes were kept: 17 and 20; before the pass was kept, 10-11 on
# SQLite and 13-14 on PostgreSQL, where the pass has a transaction of its own.
MOST_QUERIES = {"sqlite": 10, "postgresql": 10}


def queries(path, host=MINISTRY_HOST):
    client = Client()
    client.get(path, HTTP_HOST=host)  # what is read once per process is read
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("host", [MINISTRY_HOST, MISSION_HOST])
def test_the_queries_do_not_grow_with_the_hits(world, host):
    path = "/en-gb/search/?q=harbour"
    few = queries(path, host)
    for n in range(25):
        add_document(
            world.mission_archive if host == MISSION_HOST else world.ministry_archive,
            f"Harbour notice {n}",
            world.statement_kind,
            body=[paragraph(f"The harbour opens at {n} o'clock.")],
        )
    assert queries(path, host) == few <= MOST_QUERIES[connection.vendor]
