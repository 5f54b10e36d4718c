"""The on-time worker: each scheduled revision goes out at its second, in one transaction, with
its language versions, once, even with two workers; expiry sticks; missed ones are caught up.

Time is frozen (freezegun) and the worker's sleep is injected: nothing here really waits.
"""

import datetime
import io
import logging
import threading
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection
from freezegun import freeze_time
from wagtail.models import Locale, PageLogEntry, Revision
from wagtail.signals import page_unpublished

from legation.documents.models import DocumentPage
from legation.publishing.scheduling import POLL_SECONDS, Worker
from tests.utils.builders import (
    add_document,
    make_kind,
    make_ministry,
    make_mission,
)

UTC = datetime.UTC
SECOND = datetime.timedelta(seconds=1)
START = datetime.datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
DUE = datetime.datetime(2026, 6, 1, 9, 0, tzinfo=UTC)

pytestmark = pytest.mark.django_db


@pytest.fixture
def frozen():
    with freeze_time(START) as frozen:
        yield frozen


@pytest.fixture
def archive(frozen):
    return make_ministry()[1]


@pytest.fixture
def kind(frozen):
    return make_kind("statement")


def schedule(archive, title, kind, due=DUE, **fields):
    """A document scheduled as the editor's form schedules it: its time is its go-live."""
    return add_document(
        archive, title, kind, published_at=due, go_live_at=due, live=False, **fields
    )


def translate(document, language_code, due=DUE):
    translation = document.copy_for_translation(
        Locale.objects.get(language_code=language_code), copy_parents=True
    )
    translation.title = f"{document.title} [{language_code}]"
    translation.save_revision().publish()
    return DocumentPage.objects.get(pk=translation.pk)


def publications(page):
    return PageLogEntry.objects.filter(page=page, action="wagtail.publish.scheduled")


def is_public(page):
    return DocumentPage.objects.public().filter(pk=page.pk).exists()


def scheduled(page):
    return Revision.page_revisions.filter(object_id=str(page.pk), approved_go_live_at__isnull=False)


def test_a_scheduled_document_goes_live_at_its_second_not_before(frozen, archive, kind):
    document = schedule(archive, "Statement on the harbour", kind)
    worker = Worker()

    frozen.move_to(DUE - SECOND)
    assert worker.run_due() == ([], [])
    assert not is_public(document)

    frozen.move_to(DUE)
    published, _expired = worker.run_due()

    assert [revision.object_id for revision in published] == [str(document.pk)]
    assert is_public(document)
    assert publications(document).get().timestamp == DUE
    assert not scheduled(document).exists()


def test_the_loop_sleeps_until_the_next_due_moment_but_never_longer_than_a_poll(
    frozen, archive, kind
):
    due = DUE + datetime.timedelta(milliseconds=1300)
    document = schedule(archive, "Statement on the harbour", kind, due=due)
    frozen.move_to(DUE)
    sleeps = []
    stop = threading.Event()

    def sleep(seconds):
        sleeps.append(seconds)
        frozen.tick(datetime.timedelta(seconds=seconds))
        if is_public(document):
            stop.set()

    Worker().run(stop, sleep)

    # Two full polls, then the 0.3 s left; published at its millisecond; then nothing is due.
    assert sleeps == pytest.approx([POLL_SECONDS, POLL_SECONDS, 0.3, POLL_SECONDS])
    assert publications(document).get().timestamp == due


def test_a_revision_scheduled_while_the_worker_sleeps_is_seen_within_a_poll(frozen, archive, kind):
    worker = Worker()
    frozen.move_to(DUE - datetime.timedelta(hours=1))
    assert worker.seconds_to_wait() == POLL_SECONDS  # nothing scheduled: one poll

    schedule(archive, "Statement on the harbour", kind, due=DUE + datetime.timedelta(seconds=0.2))
    frozen.move_to(DUE)

    assert worker.seconds_to_wait() == pytest.approx(0.2)


def test_on_start_the_worker_publishes_what_it_missed_and_says_how_late(frozen, archive, kind):
    mission_archive = make_mission("America/Argentina/Buenos_Aires")[1]
    first = schedule(archive, "Statement on the harbour", kind, due=DUE)
    second = schedule(
        mission_archive, "Embassy notice", kind, due=DUE + datetime.timedelta(hours=2)
    )
    later = schedule(archive, "Tomorrow's briefing", kind, due=DUE + datetime.timedelta(days=1))
    frozen.move_to(DUE + datetime.timedelta(hours=3))  # the worker was down since before DUE
    out = io.StringIO()

    with mock.patch.object(Worker, "run"):  # only the catch-up, not the endless loop
        call_command("worker", stdout=out)

    assert is_public(first) and is_public(second)
    assert not is_public(later) and scheduled(later).exists()
    log = out.getvalue()
    assert "Caught up: published 2 and expired 0 documents" in log
    assert f'Published "Statement on the harbour" (page {first.pk}' in log
    assert "10800.000 s late" in log
    assert f'Published "Embassy notice" (page {second.pk}' in log
    assert "3600.000 s late" in log


def test_a_publication_that_fails_midway_keeps_its_schedule_and_goes_out_next_run(
    frozen, archive, kind, caplog
):
    document = schedule(archive, "Statement on the harbour", kind)
    frozen.move_to(DUE)
    original_save = DocumentPage.save

    def killed_after_the_schedule_was_cleared(page, *args, **kwargs):
        if page.pk == document.pk and page.live:
            # Wagtail has cleared approved_go_live_at by now; the page row is not written yet.
            assert not scheduled(document).exists()
            raise RuntimeError("worker killed")
        return original_save(page, *args, **kwargs)

    with mock.patch.object(DocumentPage, "save", killed_after_the_schedule_was_cleared):
        with caplog.at_level(logging.ERROR, "legation.publishing"):
            assert Worker().run_due() == ([], [])

    assert 'Could not publish "Statement on the harbour"' in caplog.text
    assert scheduled(document).get().approved_go_live_at == DUE
    assert not DocumentPage.objects.get(pk=document.pk).live
    assert not publications(document).exists()

    frozen.tick()  # the worker restarts
    Worker().run_due()

    assert is_public(document)
    assert publications(document).count() == 1


def test_a_failing_revision_is_retried_later_and_does_not_hold_back_the_others(
    frozen, archive, kind
):
    broken = schedule(archive, "Broken statement", kind)
    fine = schedule(archive, "Fine statement", kind)
    frozen.move_to(DUE)
    worker = Worker()
    original_save = DocumentPage.save

    def fails_for_broken(page, *args, **kwargs):
        if page.pk == broken.pk and page.live:
            raise RuntimeError("disk full")
        return original_save(page, *args, **kwargs)

    with mock.patch.object(DocumentPage, "save", fails_for_broken):
        worker.run_due()
        assert is_public(fine) and not is_public(broken)
        assert worker.seconds_to_wait() == POLL_SECONDS  # not a busy loop on the broken one
        frozen.tick(datetime.timedelta(seconds=0.5))
        assert worker.run_due() == ([], [])  # waits its second before trying again

    frozen.tick(datetime.timedelta(seconds=0.5))
    worker.run_due()
    assert is_public(broken)


def test_expired_pages_are_unpublished_at_their_second(frozen, archive, kind):
    expire_at = DUE + datetime.timedelta(milliseconds=200)
    document = add_document(archive, "Old notice", kind, expire_at=expire_at)
    worker = Worker()
    frozen.move_to(DUE)
    assert worker.seconds_to_wait() == pytest.approx(0.2)
    assert worker.run_due() == ([], [])

    frozen.move_to(expire_at)
    _published, expired = worker.run_due()

    document.refresh_from_db()
    assert [page.pk for page in expired] == [document.pk]
    assert not document.live and document.expired
    assert PageLogEntry.objects.filter(page=document, action="wagtail.unpublish.scheduled").exists()


def test_an_expiry_that_fails_midway_leaves_the_page_as_it_was(frozen, archive, kind):
    document = add_document(archive, "Old notice", kind, expire_at=DUE)
    frozen.move_to(DUE)

    def killed_after_the_page_was_saved(**kwargs):
        raise RuntimeError("worker killed")  # e.g. while the caches that showed it are purged

    page_unpublished.connect(killed_after_the_page_was_saved)
    try:
        Worker().run_due()
    finally:
        page_unpublished.disconnect(killed_after_the_page_was_saved)

    assert not PageLogEntry.objects.filter(page=document, action="wagtail.unpublish.scheduled")
    assert DocumentPage.objects.get(pk=document.pk).live
    Worker().run_due()
    assert not DocumentPage.objects.get(pk=document.pk).live


def test_a_source_and_its_translations_due_together_go_out_together(frozen, archive, kind):
    source = schedule(archive, "Statement on the harbour", kind)
    russian = translate(source, "ru-ru")
    german_later = translate(source, "de-de")
    later = DUE + datetime.timedelta(hours=1)
    german_later.published_at = later  # its go-live follows
    german_later.save_revision().publish()
    assert scheduled(russian).get().approved_go_live_at == DUE
    frozen.move_to(DUE)

    published, _expired = Worker().run_due()

    assert sorted(int(revision.object_id) for revision in published) == [source.pk, russian.pk]
    assert DocumentPage.objects.get(pk=source.pk).live
    assert DocumentPage.objects.get(pk=russian.pk).live
    assert publications(russian).get().timestamp == DUE
    assert not DocumentPage.objects.get(pk=german_later.pk).live
    assert scheduled(german_later).get().approved_go_live_at == later


def test_versions_are_published_in_one_transaction(frozen, archive, kind):
    source = schedule(archive, "Statement on the harbour", kind)
    russian = translate(source, "ru-ru")
    frozen.move_to(DUE)
    original_save = DocumentPage.save

    def fails_for_russian(page, *args, **kwargs):
        if page.pk == russian.pk and page.live:
            raise RuntimeError("worker killed")
        return original_save(page, *args, **kwargs)

    with mock.patch.object(DocumentPage, "save", fails_for_russian):
        Worker().run_due()

    # Neither version went out alone: both keep their schedule.
    assert not DocumentPage.objects.get(pk=source.pk).live
    assert scheduled(source).exists() and scheduled(russian).exists()


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite has one writer at a time (transactions begin IMMEDIATE), so two workers "
    "cannot publish at once there; on PostgreSQL the worker claims rows with "
    "select_for_update(skip_locked=True)",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_workers_at_once_publish_a_document_once():
    with freeze_time(START) as frozen:
        archive = make_ministry()[1]
        document = schedule(archive, "Statement on the harbour", make_kind("statement"))
        frozen.move_to(DUE)
        first_has_claimed, second_is_done = threading.Event(), threading.Event()
        original_publish = Revision.publish

        def publish_holding_the_claim(revision, *args, **kwargs):
            if not first_has_claimed.is_set():
                # The first worker holds its claimed row while the second one looks.
                first_has_claimed.set()
                second_is_done.wait(timeout=5)
            return original_publish(revision, *args, **kwargs)

        published = {}

        def first():
            try:
                published["first"] = Worker().run_due()[0]
            finally:
                connection.close()

        def second():
            try:
                first_has_claimed.wait(timeout=5)
                published["second"] = Worker().run_due()[0]
            finally:
                second_is_done.set()
                connection.close()

        with mock.patch.object(Revision, "publish", publish_holding_the_claim):
            threads = [threading.Thread(target=first), threading.Thread(target=second)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=20)

    assert [len(published["first"]), len(published["second"])] == [1, 0]
    assert publications(document).count() == 1
    publishing = PageLogEntry.objects.filter(
        page=document, action__in=["wagtail.publish", "wagtail.publish.scheduled"]
    )
    assert publishing.count() == 1
    assert DocumentPage.objects.get(pk=document.pk).live
