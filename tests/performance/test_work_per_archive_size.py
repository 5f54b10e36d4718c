"""Who is public, and whom the archive's filter offers, cost the same whatever the archive's
size: they are asked for each person, and each probe stops at the first public text naming
them. Measured as the database's own work (SQLite's virtual machine steps), which no load on
the machine changes: reading every public text to find whom it names grew with the archive
(seconds at 100,000 documents, for every page that names a person)."""

import pytest
from django.db import connection

from legation.directory.models import Person
from legation.directory.publication import public_keys
from legation.documents.filters import ArchiveFilterForm
from tests.utils.builders import (
    add_document,
    make_kind,
    make_ministry,
    make_organisation,
    make_person,
)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="counts SQLite's steps"),
]


def steps_of(action):
    """The virtual machine steps (in hundreds) the database takes for `action`."""
    counted = [0]

    def count():
        counted[0] += 1
        return 0

    connection.ensure_connection()
    connection.connection.set_progress_handler(count, 100)
    try:
        action()
    finally:
        connection.connection.set_progress_handler(None, 100)
    return counted[0]


def test_the_directory_and_the_archive_filter_do_not_grow_with_the_archive():
    ministry, archive = make_ministry()
    kind = make_kind("statement")
    council = make_organisation("Council of Harbours")
    people = [make_person(f"Person {n}") for n in range(3)]

    def grow(count):
        for n in range(count):
            add_document(
                archive,
                f"Statement {n}",
                kind,
                participants=[people[n % len(people)]],
                organisations=[council],
            )

    def directory():
        assert len(public_keys(Person)) == len(people)

    def filter_choices():
        form = ArchiveFilterForm({}, locale=ministry.locale)
        offered = form.person_choices(ministry.listed_documents())
        assert sorted(offered.values_list("name", flat=True)) == [p.name for p in people]

    grow(10)
    small = steps_of(directory), steps_of(filter_choices)
    grow(90)
    large = steps_of(directory), steps_of(filter_choices)
    # Ten times the documents: the same work, give or take the first probe's path.
    assert large[0] <= small[0] * 1.5, (small, large)
    assert large[1] <= small[1] * 1.5, (small, large)
