"""How late the worker publishes scheduled documents: median and worst, over many at once.

    .venv/bin/python bench/publishing/lateness.py [--documents 120] [--burst 12] [--spread 30]
        [--workers 1] [--tasks in-process|database] [--archive 100000]

Builds a throwaway database (a SQLite file in a temporary directory unless DATABASE_URL is
set; give it a fresh PostgreSQL database) with production settings and four sites in four
time zones, and starts real `legation worker` processes. Then it schedules N documents as an
editor's form does (the publication time, then Wagtail's revision publish), due a few seconds
ahead: `--burst` of them at the same second (one statement announced on several sites and in
several languages), the others spread over the following `--spread` seconds at odd
milliseconds. While the workers run, a reader in this process polls the public gate every
20 ms. For each document it reports the lateness of Wagtail's `wagtail.publish.scheduled` log
entry and of the first moment the gate showed it (after the worker's commit), both minus its
scheduled time. `--archive N` first adds N live documents (as bench/archive.py builds them),
so the worker's poll runs against an archive of that size; the median time of one poll is
printed too.
"""

import argparse
import datetime
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

SITES = [
    ("Ministry", "Europe/Vilnius"),
    ("Embassy in London", "Europe/London"),
    ("Embassy in Buenos Aires", "America/Argentina/Buenos_Aires"),
    ("Embassy in Tokyo", "Asia/Tokyo"),
]
READER_POLL_SECONDS = 0.02


TASK_BACKENDS = {
    "in-process": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def setup_django(data_dir, tasks):
    # As `legation worker` runs in production; the workers inherit this environment.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "legation.settings.production")
    os.environ.setdefault("SECRET_KEY", "legation-bench-only")
    os.environ.setdefault("ALLOWED_HOSTS", "*")
    os.environ["TASKS_BACKEND"] = TASK_BACKENDS[tasks]
    os.environ["LEGATION_DATA_DIR"] = str(data_dir)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def build_sites():
    from wagtail.models import Locale, Page, Site

    from legation.documents.models import ArchivePage, DocumentKind
    from legation.missions.models import MinistryHomePage, MissionHomePage

    locale = Locale.get_default()
    root = Page.get_first_root_node()
    archives = []
    for number, (title, zone) in enumerate(SITES):
        home_class = MinistryHomePage if number == 0 else MissionHomePage
        home = root.add_child(
            instance=home_class(title=title, slug=f"site-{number}", time_zone=zone, locale=locale)
        )
        home.save_revision().publish()
        Site.objects.create(hostname=f"site-{number}.test", port=80, root_page=home)
        archive = home.add_child(instance=ArchivePage(title="News", slug="news"))
        archive.save_revision().publish()
        archives.append(archive)
    kind, _created = DocumentKind.objects.get_or_create(
        slug="statement", locale=locale, defaults={"name": "Statement", "plural_name": "Statements"}
    )
    return archives, kind


def add_drafts(archives, kind, count):
    from legation.documents.models import DocumentPage

    drafts = []
    for n in range(count):
        draft = DocumentPage(title=f"Statement {n}", slug=f"statement-{n}", kind=kind, live=False)
        archives[n % len(archives)].add_child(instance=draft)
        drafts.append(draft)
    return drafts


def due_times(count, start, burst, spread, rng):
    """`burst` at `start` to the microsecond, the rest over the next `spread` seconds."""
    later = [
        start + datetime.timedelta(seconds=rng.uniform(0.001, spread)) for _ in range(count - burst)
    ]
    return [start] * burst + sorted(later)


def schedule(drafts, due):
    for draft, moment in zip(drafts, due, strict=True):
        draft.published_at = moment  # the form's one control; go-live follows it
        draft.save_revision().publish()


def start_worker(log_path):
    log = open(log_path, "w")  # noqa: SIM115 - closed when the worker is stopped
    worker = subprocess.Popen(
        [sys.executable, "-c", "from legation.cli import main; main()", "worker"],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=os.environ.copy(),
        cwd=ROOT,
    )
    return worker, log


def wait_until_up(log_path, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if "Publishing on time" in log_path.read_text():
            return
        time.sleep(0.1)
    raise SystemExit(f"the worker did not start:\n{log_path.read_text()}")


def watch_the_gate(due_by_pk, deadline):
    """When each document was first seen public, polling as a reader would."""
    from django.utils import timezone

    from legation.documents.models import DocumentPage

    seen = {}
    while len(seen) < len(due_by_pk) and time.monotonic() < deadline:
        now = timezone.now()
        pending = [pk for pk in due_by_pk if pk not in seen]
        for pk in DocumentPage.objects.public().filter(pk__in=pending).values_list("pk", flat=True):
            seen[pk] = now
        time.sleep(READER_POLL_SECONDS)
    return seen


def poll_seconds(repeat=50):
    from legation.publishing.scheduling import Worker

    worker = Worker()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        worker.seconds_to_wait()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def report(label, lateness):
    ordered = sorted(lateness)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(
        f"{label:34} median {statistics.median(ordered):6.3f} s   "
        f"p95 {p95:6.3f} s   worst {ordered[-1]:6.3f} s"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=120)
    parser.add_argument("--burst", type=int, default=12, help="documents due at one second")
    parser.add_argument("--spread", type=float, default=30.0, help="seconds the rest spread over")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument(
        "--tasks",
        choices=TASK_BACKENDS,
        default="in-process",
        help="where search and reference indexing run: in the worker (the embedded default) "
        "or queued in the database for `db_worker` (at scale)",
    )
    parser.add_argument("--archive", type=int, default=0, help="live documents to add first")
    parser.add_argument("--lead", type=float, default=3.0, help="seconds between last and first")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--log", action="store_true", help="print the workers' logs")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as data_dir:
        setup_django(data_dir, args.tasks)
        from django.db import connection
        from django.utils import timezone
        from wagtail.models import PageLogEntry

        print(f"database: {connection.vendor}")
        if args.archive:
            from archive import build_archive

            build_archive(args.archive)
            print(f"archive: {args.archive} live documents")
        archives, kind = build_sites()
        drafts = add_drafts(archives, kind, args.documents)
        log_paths = [Path(data_dir) / f"worker-{n}.log" for n in range(args.workers)]
        workers = [start_worker(log_path) for log_path in log_paths]
        try:
            for log_path in log_paths:
                wait_until_up(log_path)
            # Scheduling takes time too: the first due moment follows the last scheduling.
            started = time.perf_counter()
            schedule(drafts[:1], [timezone.now() + datetime.timedelta(days=1)])
            per_document = time.perf_counter() - started
            first_due = timezone.now() + datetime.timedelta(
                seconds=args.lead + per_document * args.documents * 2
            )
            due = due_times(args.documents, first_due, args.burst, args.spread, rng)
            schedule(drafts, due)
            late_scheduled = timezone.now() - first_due
            if late_scheduled > datetime.timedelta(0):
                raise SystemExit(f"scheduling ended {late_scheduled} after the first due time")
            due_by_pk = {draft.pk: moment for draft, moment in zip(drafts, due, strict=True)}
            deadline = time.monotonic() + args.lead + args.spread + 60
            seen = watch_the_gate(due_by_pk, deadline)
        finally:
            for worker, log in workers:
                worker.terminate()
                worker.wait(timeout=30)
                log.close()
        logged = dict(
            PageLogEntry.objects.filter(
                action="wagtail.publish.scheduled", page_id__in=due_by_pk
            ).values_list("page_id", "timestamp")
        )
        missing = set(due_by_pk) - set(seen)
        print(
            f"{len(due_by_pk)} documents on {len(SITES)} sites "
            f"({', '.join(zone for _title, zone in SITES)}); {args.burst} due at the same "
            f"second, the rest over the next {args.spread:g} s; {args.workers} worker(s), "
            f"tasks {args.tasks}"
        )
        if missing or len(logged) != len(due_by_pk):
            print("".join(log_path.read_text()[-3000:] for log_path in log_paths))
            raise SystemExit(f"not published: {sorted(missing)}; logged {len(logged)}")
        report(
            "publication logged (Wagtail)",
            [(logged[pk] - moment).total_seconds() for pk, moment in due_by_pk.items()],
        )
        report(
            f"seen public (gate, every {READER_POLL_SECONDS * 1000:.0f} ms)",
            [(seen[pk] - moment).total_seconds() for pk, moment in due_by_pk.items()],
        )
        if args.log:
            print("".join(log_path.read_text() for log_path in log_paths))
        early = [pk for pk, moment in due_by_pk.items() if seen[pk] < moment]
        print(f"seen before their time: {len(early)}")
        print(f"one poll of the worker (median): {poll_seconds() * 1000:.2f} ms")


if __name__ == "__main__":
    main()
