"""The gate's next clock moment: the earliest go-live, expiry or publication time still to
come, over every page. Kept values of the gate (documents.models.counts) hold until it."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from legation.documents.models import DocumentPage
from legation.documents.models.counts import next_clock_moment
from tests.utils.builders import add_document, make_kind, make_ministry

pytestmark = pytest.mark.django_db


def plan_of(sql):
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
        return cursor.fetchall()


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's planner")
def test_the_next_clock_moment_reads_one_entry_of_each_times_index():
    """The first reader after each publication event finds the gate's next clock moment
    (documents.models.counts): an aggregate over every page took 32-39 ms at 100,000."""
    ministry, archive = make_ministry()
    kind = make_kind("statement")
    for number in range(30):
        add_document(archive, f"Statement {number}", kind)
    now = timezone.now()
    add_document(archive, "Expiring", kind, expire_at=now + datetime.timedelta(hours=2))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")

    with CaptureQueriesContext(connection) as queries:
        assert next_clock_moment(now) == now + datetime.timedelta(hours=2)
    (query,) = queries.captured_queries
    steps = [text for _node, _parent, _unused, text in plan_of(query["sql"])]
    # One row to read the three on, then the first entry of each time's index.
    scans = [step.split(" USING ")[0] for step in steps if step.startswith("SCAN")]
    assert scans == ["SCAN wagtailcore_page"], steps
    assert sum(step.startswith("SEARCH") and " INDEX " in step for step in steps) == 3, steps
    assert not any("TEMP B-TREE" in step for step in steps), steps


@pytest.mark.parametrize("earliest", ["go-live", "expiry", "own publication time"])
def test_the_next_clock_moment_is_the_earliest_time_still_to_come(earliest):
    ministry, archive = make_ministry()
    kind = make_kind("statement")
    now = timezone.now()
    hours = {"go-live": 3, "expiry": 3, "own publication time": 3, earliest: 1}
    add_document(archive, "Past", kind, published_at=now - datetime.timedelta(days=1))
    add_document(
        archive, "Going live", kind, live=False, go_live_at=now + timedelta(hours["go-live"])
    )
    add_document(archive, "Expiring", kind, expire_at=now + timedelta(hours["expiry"]))
    DocumentPage.objects.filter(title="Past").update(
        published_at=now + timedelta(hours["own publication time"])
    )
    assert next_clock_moment(now) == now + timedelta(hours[earliest])
    assert next_clock_moment(now + timedelta(hours=5)) is None


def timedelta(hours):
    return datetime.timedelta(hours=hours)
