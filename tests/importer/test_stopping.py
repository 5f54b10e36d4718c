"""An import stopped before its end: by SIGTERM (systemd's stop, `timeout`) it stops as on
Ctrl-C, the pages written indexed; by SIGKILL its pages stay marked, and the next run indexes
them even though it finds them unchanged."""

import io
import os
import signal
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.models import ReferenceIndex

from legation.documents.models import DocumentPage
from legation.importer import indexing
from legation.importer.models import PendingIndex
from legation.missions.models import MinistryHomePage

from .test_writer import site

LEGATION = Path(sys.executable).with_name("legation")


def write_pages(folder, count):
    for number in range(count):
        (folder / f"page{number:04d}.txt").write_text(
            f"Statement on the harbour talks, round {number}\n\n12 May 2021\n\n"
            f"The Ministry welcomes round {number} of the harbour talks, known as "
            f"kestrel{number}x, and the progress the delegations made on the quotas.\n"
        )


def indexed(document):
    """Whether search finds the document by its own word, and its references are known."""
    word = f"kestrel{document.title.rsplit(' ', 1)[-1]}x"
    found = [hit.pk for hit in DocumentPage.objects.search(word)]
    return found == [document.pk] and ReferenceIndex.get_references_for_object(document).exists()


def import_into_ministry(folder):
    out, err = io.StringIO(), io.StringIO()
    call_command("import", str(folder), "--site", "mfa.example", "--jobs", "0", "--format",
                 "json", stdout=out, stderr=err)  # fmt: skip
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_pages_of_a_run_that_never_reached_its_end_are_indexed_by_the_next(tmp_path):
    site(MinistryHomePage, "ministry", "mfa.example", "Europe/Madrid")
    write_pages(tmp_path, 3)
    # The run dies before its closing indexing, as under SIGKILL.
    with mock.patch.object(indexing, "index_pending"):
        import_into_ministry(tmp_path)
    documents = list(DocumentPage.objects.order_by("pk"))
    assert len(documents) == 3 and not any(map(indexed, documents))
    assert PendingIndex.objects.filter(model_label="documents.DocumentPage").count() == 3

    out, _err = import_into_ministry(tmp_path)

    assert out.count('"action": "unchanged"') == 3
    assert all(indexed(document) for document in DocumentPage.objects.all())
    assert not PendingIndex.objects.exists()


@pytest.mark.django_db
def test_a_page_rolled_back_leaves_no_mark(tmp_path):
    site(MinistryHomePage, "ministry", "mfa.example", "Europe/Madrid")
    write_pages(tmp_path, 2)
    real_document = indexing.PendingMarks.mark

    def fail_on_the_second(marks):
        if DocumentPage.objects.count() == 2:
            raise RuntimeError("the database went away")
        real_document(marks)

    with (
        mock.patch.object(indexing.PendingMarks, "mark", fail_on_the_second),
        mock.patch.object(indexing, "index_pending"),
        pytest.raises(CommandError, match="1 of 2 files failed"),
    ):
        import_into_ministry(tmp_path)

    assert DocumentPage.objects.count() == 1
    marked = PendingIndex.objects.filter(model_label="documents.DocumentPage")
    assert list(marked.values_list("object_id", flat=True)) == [str(DocumentPage.objects.get().pk)]


def import_process(folder, database):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "legation.settings.test",
        "DATABASE_URL": "postgres://{USER}:{PASSWORD}@{HOST}:{PORT}/{NAME}".format(**database),
        "PYTHONUNBUFFERED": "1",
    }
    return subprocess.Popen(
        [str(LEGATION), "import", str(folder), "--site", "mfa.example", "--jobs", "0",
         "--format", "json"],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


def stop_after_some_pages(process, signum, pages=5):
    for _ in range(pages):
        line = process.stdout.readline()
        assert '"action": "created"' in line, process.stderr.read()
    process.send_signal(signum)
    out, err = process.communicate(timeout=120)
    return out, err


on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the import's process needs the test database too: SQLite's lives in this process",
)


@on_postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_sigterm_stops_the_run_cleanly_and_what_it_wrote_is_indexed(tmp_path):
    site(MinistryHomePage, "ministry", "mfa.example", "Europe/Madrid")
    write_pages(tmp_path, 400)
    process = import_process(tmp_path, connection.settings_dict)

    _out, err = stop_after_some_pages(process, signal.SIGTERM)

    assert process.returncode == 128 + signal.SIGTERM
    assert "stopped after" in err and "of 400 files" in err
    assert "stopped by SIGTERM" in err and "Traceback" not in err
    documents = list(DocumentPage.objects.all())
    assert 5 <= len(documents) < 400
    assert all(indexed(document) for document in documents)
    assert not PendingIndex.objects.exists()


@on_postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_after_sigkill_the_next_run_indexes_what_the_killed_one_wrote(tmp_path):
    site(MinistryHomePage, "ministry", "mfa.example", "Europe/Madrid")
    write_pages(tmp_path, 400)
    process = import_process(tmp_path, connection.settings_dict)

    stop_after_some_pages(process, signal.SIGKILL)

    assert process.returncode == -signal.SIGKILL
    written = list(DocumentPage.objects.all())
    assert 5 <= len(written) < 400 and not any(map(indexed, written))

    out, _err = import_into_ministry(tmp_path)

    assert out.count('"action": "unchanged"') == len(written)
    assert DocumentPage.objects.count() == 400
    assert all(indexed(document) for document in DocumentPage.objects.all())
