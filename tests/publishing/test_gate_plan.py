"""The gate's queries stay cheap for each row whatever SQLite's statistics say.

Once ANALYZE has run (as it does on any long-lived database), SQLite had planned the gate's
view-restriction test as a scan of every page for each candidate page: a full reindex of
100,000 documents took hours. A list must never read a whole table once per row.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from legation.core.models import PublicGate
from legation.documents.models import DocumentPage
from tests.utils.builders import add_document, make_kind, make_ministry

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's planner"),
]


def plan_of(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return cursor.fetchall()


def scans_per_row(queryset):
    """The plan's full scans inside a correlated subquery (run once for each outer row)."""
    rows = plan_of(*queryset.query.sql_with_params())
    detail = {node: text for node, _parent, _unused, text in rows}
    parent = {node: up for node, up, _unused, _text in rows}

    def per_row(node):
        while node in parent:
            node = parent[node]
            if detail.get(node, "").startswith("CORRELATED"):
                return True
        return False

    return [text for node, text in detail.items() if text.startswith("SCAN") and per_row(node)]


def analysed_archive(restricted):
    """A ministry's archive of 40 documents, the first `restricted` of them view-restricted,
    with the planner's statistics fresh (as on any long-lived database)."""
    ministry, archive = make_ministry()
    kind = make_kind("statement")
    documents = [add_document(archive, f"Statement {n}", kind) for n in range(40)]
    for document in documents[:restricted]:
        PageViewRestriction.objects.create(
            page=document, restriction_type=PageViewRestriction.LOGIN
        )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return ministry, archive, documents


@pytest.mark.parametrize("restricted", [0, 2])
def test_a_gate_query_reads_no_table_whole_for_each_candidate_page(restricted):
    ministry, archive, documents = analysed_archive(restricted)
    gate = PublicGate()
    lists = {
        "newest documents": gate.filter(DocumentPage.objects.all()).order_by("-published_at")[:20],
        "pages of a site": gate.filter(Page.objects.filter(path__startswith=ministry.path)),
        "documents of an archive": gate.filter(DocumentPage.objects.child_of(archive)),
    }
    assert {name: scans_per_row(queryset) for name, queryset in lists.items()} == {
        name: [] for name in lists
    }
    assert gate.filter(DocumentPage.objects.all()).count() == 40 - restricted


@pytest.mark.parametrize("restricted", [0, 1])
def test_the_view_restrictions_are_read_without_reading_every_page(restricted):
    ministry, archive, documents = analysed_archive(restricted)
    with CaptureQueriesContext(connection) as captured:
        found = PublicGate()._restricted_pages()
    assert found == [(d.path, d.translation_key) for d in documents[:restricted]]
    (query,) = captured.captured_queries
    plan = [row[-1] for row in plan_of(query["sql"])]
    assert not [line for line in plan if line.split()[:2] == ["SCAN", "wagtailcore_page"]], plan
