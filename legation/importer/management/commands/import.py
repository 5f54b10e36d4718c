"""`legation import PATH... --site SITE [--locale L] [--draft|--publish] [--dry-run]
[--format json]`: bring pages saved from a legacy site into documents."""

import argparse
import signal
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from legation.importer.recognise.evidence import LOW_CONFIDENCE
from legation.importer.runner import ImportRun


class Terminated(KeyboardInterrupt):
    """SIGTERM (systemd's stop, `timeout`), handled as Ctrl-C is."""

    signum = signal.SIGTERM


@contextmanager
def stopped_cleanly_by_sigterm():
    """SIGTERM raises Terminated in the main thread, so the run stops as it does on Ctrl-C:
    the page being written rolled back, those written indexed. A second SIGTERM kills."""

    def stop(signum, frame):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        raise Terminated

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def content_language(code):
    """The content language a --locale names ("en", "en-GB", "en_gb"); refused when the
    platform publishes in no such language, rather than ignored."""
    codes = [language for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    wanted = code.lower().replace("_", "-")
    matching = [c for c in codes if c == wanted] or [c for c in codes if c.split("-")[0] == wanted]
    if not matching:
        raise CommandError(
            f"--locale {code!r}: not a content language here (give one of {', '.join(codes)})"
        )
    return matching[0]


def confidence(text):
    """A --drafts-below value: a number from 0 to 1."""
    try:
        value = float(text)
    except ValueError:
        value = None
    if value is None or not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"{text!r}: give a confidence from 0 to 1, as 0.8")
    return value


def _drafts_note(drafts_below, dry_run):
    if drafts_below is None:
        return ""
    return "would be kept as drafts" if dry_run else "kept as drafts"


class Command(BaseCommand):
    help = (
        "Import pages saved from a legacy ministry or embassy site (plain text or HTML): "
        "articles become documents, listings give their items, homepages give candidates "
        "for the mission's settings."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
        parser.add_argument(
            "--site", help="the site to import into (its hostname, site name or root page slug)"
        )
        parser.add_argument("--locale", help="language code of the documents (default: detected)")
        state = parser.add_mutually_exclusive_group()
        state.add_argument(
            "--draft", dest="publish", action="store_false", help="save as drafts (default)"
        )
        state.add_argument("--publish", dest="publish", action="store_true", help="publish")
        parser.add_argument(
            "--dry-run", action="store_true", help="recognise and report; write nothing"
        )
        parser.add_argument(
            "--drafts-below",
            type=confidence,
            metavar="C",
            help=(
                "with --publish: pages recognised with a confidence below C (0-1) are saved "
                "as drafts for a person to check, and listed in the summary"
            ),
        )
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument(
            "--jobs",
            type=int,
            help=(
                "processes reading pages while this one writes; 0 reads here (default: one per "
                "core, less one when writing, up to 4, for 200 files or more; else 0)"
            ),
        )
        parser.set_defaults(publish=False)

    def handle(
        self, *args, paths, site, locale, publish, dry_run, format, jobs, drafts_below, **options
    ):
        if locale:
            locale = content_language(locale)
        if drafts_below is not None and not (publish or dry_run):
            raise CommandError(
                "--drafts-below keeps uncertain pages as drafts while the others are "
                "published: give --publish with it"
            )
        write = None
        if not dry_run:
            if not site:
                raise CommandError("--site is required unless --dry-run is given")
            from legation.importer.writer import PageWriter

            write = PageWriter.for_site(
                site, locale=locale, publish=publish, drafts_below=drafts_below
            )
        run = ImportRun(
            paths,
            write=write,
            output_format=format,
            stdout=self.stdout._out,
            stderr=self.stderr._out,
            jobs=jobs,
            check_below=LOW_CONFIDENCE if drafts_below is None else drafts_below,
            drafts_note=_drafts_note(drafts_below, dry_run),
        )
        try:
            with stopped_cleanly_by_sigterm():
                if write is None:
                    summary = run.execute()
                else:
                    from legation.importer.indexing import deferred_indexing

                    with deferred_indexing() as write.pending_marks:
                        summary = run.execute()
        except KeyboardInterrupt as stop:
            signum = getattr(stop, "signum", signal.SIGINT)
            raise CommandError(
                f"stopped by {signal.Signals(signum).name}; the pages written before are "
                "kept and indexed, the one being written was rolled back",
                returncode=128 + signum,
            ) from None
        if summary.failed:
            raise CommandError(f"{summary.failed} of {summary.total} files failed", returncode=1)
