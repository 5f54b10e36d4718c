"""Bulk export at scale: time and peak memory of `legation export` as the archive grows.

    .venv/bin/python bench/export.py --documents 100000

Builds a throwaway database (SQLite in a temporary directory unless DATABASE_URL is set) with
bench/archive.py's generator — one ministry, N documents inserted in bulk — and gives every
tenth document a transcript body (a statement, a question addressed to two people, two
answers, one speaking after the other, and a note). Then it runs `legation export` (every
format) and `legation export --downloads` each in a process of their own, and prints their
wall time and peak resident memory (the child's maximum RSS) and what they wrote.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.archive import build_archive, setup_django  # noqa: E402

TRANSCRIPT_EVERY = 10


def add_transcripts(archive, every):
    """Turns in every `every`-th document's body, written as the StreamField stores them."""
    from django.db import connection, transaction

    from legation.directory.models import Person
    from legation.documents.models import DocumentPage

    people = list(Person.objects.order_by("pk").values_list("pk", flat=True)[:4])
    minister, deputy, reporter, other = people
    rows = []
    pks = DocumentPage.objects.filter(path__startswith=archive.path).order_by("pk")
    for n, pk in enumerate(pks.values_list("pk", flat=True).iterator()):
        if n % every:
            continue
        body = [
            {"type": "paragraph", "value": f"<p>Opening of conference {n}.</p>"},
            {"type": "statement", "value": {"speaker": minister, "text": f"<p>Remarks {n}.</p>"}},
            {
                "type": "question",
                "value": {
                    "asker": reporter,
                    "outlet": "Velmora Daily",
                    "addressed_to": [minister, deputy],
                    "text": f"<p>Question {n}, on the harbour?</p>",
                },
            },
            {
                "type": "answer",
                "value": {"speaker": minister, "speaking_after": None, "text": "<p>Yes.</p>"},
            },
            {
                "type": "answer",
                "value": {"speaker": deputy, "speaking_after": minister, "text": "<p>Indeed.</p>"},
            },
            {"type": "note", "value": "(Applause)"},
            {
                "type": "question",
                "value": {"asker": other, "outlet": "", "addressed_to": [], "text": "<p>And?</p>"},
            },
        ]
        for block in body:
            block["id"] = str(uuid.uuid4())
        rows.append((json.dumps(body), pk))
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {DocumentPage._meta.db_table} SET body = %s WHERE page_ptr_id = %s", rows
        )
    return len(rows)


def run(arguments):
    """Wall seconds and peak RSS (MiB) of one `legation` run in a process of its own."""
    legation = Path(sys.executable).parent / "legation"
    started = time.perf_counter()
    child = subprocess.Popen(
        [str(legation), *arguments, "--verbosity", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"legation {' '.join(arguments)} failed ({child.returncode})")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def size_of(directory):
    files = [path for path in Path(directory).rglob("*") if path.is_file()]
    return len(files), sum(path.stat().st_size for path in files) / 2**20


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        setup_django(data_dir)
        started = time.perf_counter()
        archive, _person, _kind = build_archive(args.documents)
        transcripts = add_transcripts(archive, TRANSCRIPT_EVERY)
        print(
            f"built {args.documents} documents ({transcripts} transcripts) "
            f"in {time.perf_counter() - started:.1f} s"
        )
        export = Path(data_dir) / "export"
        seconds, peak = run(["export", str(export)])
        files, mib = size_of(export)
        print(
            f"export:    {seconds:7.1f} s, peak RSS {peak:6.0f} MiB, {files} files, {mib:.0f} MiB"
        )
        seconds, peak = run(["export", "--downloads"])
        files, mib = size_of(Path(data_dir) / "test-data")  # the test settings' downloads
        print(
            f"downloads: {seconds:7.1f} s, peak RSS {peak:6.0f} MiB, {files} files, {mib:.0f} MiB"
        )


if __name__ == "__main__":
    main()
