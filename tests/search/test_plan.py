"""A search's own queries read what they need through an index, at any archive size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from legation.search.query import Query
from legation.search.search import Search
from tests.utils.builders import add_document, make_kind, make_ministry

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's planner"),
]


def test_the_expiry_check_reads_only_pages_past_their_expiry():
    # At 100,000 documents the check read every page, in path order: 14 ms of each request.
    _ministry, archive = make_ministry()
    kind = make_kind("statement")
    for n in range(40):
        add_document(archive, f"Statement {n}", kind)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    with CaptureQueriesContext(connection) as queries:
        Search(Query.parse("statement"))._expired  # noqa: B018 (a cached property, read)
    (query,) = queries.captured_queries
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {query['sql']}")
        plan = [row[3] for row in cursor.fetchall()]
    assert not [step for step in plan if step.startswith("SCAN")], plan
