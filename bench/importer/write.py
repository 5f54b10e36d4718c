"""Importer speed into the database.

    .venv/bin/python bench/importer/corpus.py /tmp/legacy --pages 10000
    .venv/bin/python bench/importer/write.py /tmp/legacy [--publish]

Builds a throwaway database (SQLite in a temporary directory unless DATABASE_URL is set) with
a ministry in the five languages, then imports every page of the corpus through the same
writer as `legation import`, one transaction per page, and prints pages per second. A second
pass over the same files measures a re-import, which must update, never duplicate.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def setup_django(data_dir):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "legation.settings.test")
    os.environ["LEGATION_DATA_DIR"] = str(data_dir)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def build_ministry():
    from wagtail.models import Locale, Page, Site

    from legation.documents.models import ArchivePage
    from legation.missions.models import MinistryHomePage

    ministry = Page.get_first_root_node().add_child(
        instance=MinistryHomePage(
            title="Ministry", slug="bench-ministry", time_zone="Europe/Berlin"
        )
    )
    ministry.save_revision().publish()
    archive = ministry.add_child(instance=ArchivePage(title="All messages", slug="archive"))
    archive.save_revision().publish()
    Site.objects.update_or_create(
        hostname="bench.test", defaults={"root_page": ministry, "is_default_site": True}
    )
    for locale in Locale.objects.exclude(pk=ministry.locale_id):
        home = ministry.copy_for_translation(locale)
        home.save_revision().publish()
        translated = archive.copy_for_translation(locale)
        translated.save_revision().publish()
    return MinistryHomePage.objects.get(pk=ministry.pk)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--publish", action="store_true")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        setup_django(data_dir)
        from legation.documents.models import DocumentPage
        from legation.importer.indexing import deferred_indexing
        from legation.importer.runner import ImportRun
        from legation.importer.writer import PageWriter

        ministry = build_ministry()
        for attempt in ("first import", "re-import"):
            writer = PageWriter(ministry, publish=arguments.publish)
            with open(os.devnull, "w") as quiet:
                started = time.perf_counter()
                with deferred_indexing() as writer.pending_marks:
                    summary = ImportRun([arguments.corpus], write=writer, stdout=quiet).execute()
                seconds = time.perf_counter() - started
            print(
                f"{attempt}: {summary.total} pages written in {summary.seconds:.1f} s = "
                f"{summary.rate:.0f} pages/s; with the indexing that follows, {seconds:.1f} s = "
                f"{summary.total / seconds:.0f} pages/s; {summary.actions}; "
                f"{summary.failed} failed; {DocumentPage.objects.count()} documents"
            )


if __name__ == "__main__":
    main()
