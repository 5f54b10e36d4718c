"""Archive speed at scale: queries and time per archive page as the archive grows.

    .venv/bin/python bench/archive.py --documents 100000

Builds a throwaway database (SQLite in a temporary directory unless DATABASE_URL is set),
one ministry with an archive, and N documents inserted in bulk (Wagtail's add_child would
take an hour for 100,000), then requests archive pages — unfiltered, deep pagination and each
filter — counting queries and timing them: the first request after a publication event,
which counts the list, and the median of the next ones, which find the count kept. Figures
go to bench/README.md.
"""

import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def setup_django(data_dir):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "legation.settings.test")
    os.environ["LEGATION_DATA_DIR"] = str(data_dir)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def build_archive(count, seed_people=50):
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Locale, Page, Site

    from legation.directory.models import Person
    from legation.documents.models import ArchivePage, DocumentKind, DocumentPage
    from legation.missions.models import MinistryHomePage

    locale = Locale.get_default()
    root = Page.get_first_root_node()
    ministry = root.add_child(
        instance=MinistryHomePage(
            title="Ministry", slug="bench-ministry", time_zone="Europe/Berlin"
        )
    )
    archive = ministry.add_child(instance=ArchivePage(title="News", slug="news"))
    Site.objects.update_or_create(
        hostname="bench.test", defaults={"root_page": ministry, "port": 80, "is_default_site": True}
    )
    kinds = [
        DocumentKind.objects.create(name=slug, plural_name=slug, slug=slug, locale=locale)
        for slug in ("speech", "statement", "comment", "transcript", "briefing")
    ]
    people = [Person.objects.create(name=f"Person {n}", locale=locale) for n in range(seed_people)]
    content_type = ContentType.objects.get_for_model(DocumentPage)
    now = timezone.now()
    batch = 5000
    with transaction.atomic():
        for start in range(0, count, batch):
            pages = []
            for n in range(start, min(start + batch, count)):
                path = Page._get_path(archive.path, archive.depth + 1, n + 1)
                pages.append(
                    Page(
                        path=path,
                        depth=archive.depth + 1,
                        numchild=0,
                        title=f"Document {n} on the situation in region {n % 97}",
                        draft_title=f"Document {n}",
                        slug=f"document-{n}",
                        content_type=content_type,
                        live=True,
                        has_unpublished_changes=False,
                        url_path=f"{archive.url_path}document-{n}/",
                        locale=locale,
                        first_published_at=now,
                        last_published_at=now,
                    )
                )
            Page.objects.bulk_create(pages)
            created = Page.objects.filter(path__in=[page.path for page in pages]).values_list(
                "pk", "slug"
            )
            rows = []
            for pk, slug in created:
                n = int(slug.rsplit("-", 1)[1])
                published = now - datetime.timedelta(hours=7 * n + 1)
                rows.append(
                    (pk, kinds[n % len(kinds)].pk, published, "day", "", f"Lead {n}.", "[]", "", "")
                )
            with connection.cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO {DocumentPage._meta.db_table} (page_ptr_id, kind_id, "
                    "published_at, event_date_precision, event_place, lead, body, source_url, "
                    "source_hash) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    rows,
                )
            through = DocumentPage.participants.through
            through.objects.bulk_create(
                through(documentpage_id=pk, person_id=people[pk % seed_people].pk)
                for pk, _slug in created
            )
        Page.objects.filter(pk=archive.pk).update(numchild=count)
        # Published, as an editor's publish leaves them: the gate shows no page (and so no
        # document under it) whose original version was never published.
        Page.objects.filter(pk__in=[ministry.pk, archive.pk]).update(
            first_published_at=now, last_published_at=now
        )
    # Fresh planner statistics, as autovacuum (PostgreSQL) or a maintenance job would leave
    # them after a bulk import; without them PostgreSQL plans for empty tables.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return archive, people[0], kinds[0]


def measure(url, repeat):
    """(queries, ms) of the first request after a publication event, which works out what
    the list adds up to (its length, its years), then of the median of `repeat` more, which
    find it kept (documents.models.counts)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from legation.documents.models.counts import publication_event

    client = Client()
    publication_event()
    timings = []
    for _ in range(repeat + 1):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url, HTTP_HOST="bench.test")
            timings.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
        if len(timings) == 1:
            first = (len(queries), timings[0] * 1000)
    return first, (len(queries), statistics.median(timings[1:]) * 1000)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        setup_django(data_dir)
        started = time.perf_counter()
        archive, person, kind = build_archive(args.documents)
        print(f"built {args.documents} documents in {time.perf_counter() - started:.1f} s")
        last_page = args.documents // 20
        year = datetime.date.today().year - 1
        urls = {
            "first page": "/en-gb/news/",
            "page 50": "/en-gb/news/?page=50",
            f"last page ({last_page})": f"/en-gb/news/?page={last_page}",
            "kind": f"/en-gb/news/?kind={kind.slug}",
            "year": f"/en-gb/news/?year={year}",
            "year and month": f"/en-gb/news/?year={year}&month=6",
            "person": f"/en-gb/news/?person={person.slug}",
            "ministry home": "/en-gb/",
        }
        print(f"{'request':28} {'queries':>7} {'median ms':>10}   after an event: queries, ms")
        for label, url in urls.items():
            (first_queries, first_ms), (queries, median_ms) = measure(url, args.repeat)
            print(
                f"{label:28} {queries:>7} {median_ms:>10.1f}   {first_queries:>14} {first_ms:>7.1f}"
            )


if __name__ == "__main__":
    main()
