"""After a reindex, the index is left as searches read it fastest."""

import pytest
from django.db import connection

from legation.search.backends import VECTOR_INDEXES, engine

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's GIN indexes"),
]


def pending_pages(cursor, index):
    """Pages still in the index's pending list (emptying it says how many it held)."""
    cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])
    return cursor.fetchone()[0]


def test_optimizing_merges_what_the_vector_indexes_hold_pending(world):
    # Rows indexed one by one wait in each GIN index's pending list, which every search
    # reads in full: 6 ms of a search at 100,000 documents until a vacuum came.
    with connection.cursor() as cursor:
        engine().optimize(cursor)
        assert {index: pending_pages(cursor, index) for index in VECTOR_INDEXES} == {
            index: 0 for index in VECTOR_INDEXES
        }


def test_the_documents_vectors_are_kept_in_their_rows(world):
    # A search for a word in most of the archive reads every row's vector: fetched from the
    # TOAST table, where PostgreSQL moves a value over 2 kB, it took twice as long.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attstorage FROM pg_attribute "
            "WHERE attrelid = 'search_match'::regclass AND attname = 'vector'"
        )
        assert cursor.fetchone() == ("m",)
