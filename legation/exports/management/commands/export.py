import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from legation.exports.archive import FORMATS, ExportArchive, ExportError, find_sites
from legation.exports.downloads import publish_downloads


class Command(BaseCommand):
    help = (
        "Write every public document with its transcript turns as JSON Lines, CSV and Akoma "
        "Ntoso 3.0 debates, with a data dictionary and a manifest; or, with --downloads, the "
        "dated files each site offers under /data/."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", nargs="?", help="Where to write the export.")
        parser.add_argument(
            "--since",
            help="Only documents published or changed since this date (YYYY-MM-DD, midnight "
            "UTC) or ISO 8601 date and time (UTC unless it gives its offset).",
        )
        parser.add_argument(
            "--site",
            action="append",
            default=[],
            help="Only this site (host name or home page slug); repeat for several.",
        )
        parser.add_argument(
            "--format",
            default=",".join(FORMATS),
            help="Comma-separated formats among %(default)s (default: all).",
        )
        parser.add_argument(
            "--downloads",
            action="store_true",
            help="Write each site's dated download files into the data directory instead.",
        )

    def handle(self, *args, directory, since, site, format, downloads, verbosity, **options):
        try:
            if downloads:
                if directory or since:
                    raise CommandError(
                        "--downloads writes the whole archive into the data directory: "
                        "give it no directory and no --since."
                    )
                written = publish_downloads(sites=find_sites(site), progress=verbosity >= 1)
                if verbosity >= 1:
                    self.stdout.write("\n".join(f"wrote {name}" for name in written))
                return
            if not directory:
                raise CommandError("Give the directory to write the export to (or --downloads).")
            result = ExportArchive(
                directory,
                since=parse_since(since) if since else None,
                sites=find_sites(site),
                formats=parse_formats(format),
                progress=verbosity >= 1,
            ).execute()
        except ExportError as error:
            raise CommandError(str(error)) from error
        if verbosity < 1:
            return
        manifest = result.manifest
        what = f"changed since {manifest['since']}" if manifest["incremental"] else "in all"
        self.stdout.write(
            f"Exported {manifest['documents']} documents ({what}), {manifest['transcripts']} "
            f"transcripts, {manifest['turns']} turns to {directory} "
            f"({len(manifest['files'])} files, listed in manifest.json)."
        )


def parse_since(text):
    try:
        moment = parse_datetime(text)  # a plain date too: midnight
    except ValueError:  # well formed, but no such day or time (2026-02-30)
        moment = None
    if moment is None:
        raise CommandError(
            f"--since {text!r} is not a date (YYYY-MM-DD) nor an ISO 8601 date and time "
            "(YYYY-MM-DDTHH:MM[:SS][+HH:MM])."
        )
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=datetime.UTC)
    if moment > timezone.now():
        raise CommandError(f"--since {text!r} is in the future: nothing has changed since then.")
    return moment


def parse_formats(text):
    formats = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in formats if name not in FORMATS]
    if unknown or not formats:
        raise CommandError(
            f"--format {text!r}: {', '.join(unknown) or 'nothing'} is not one of "
            f"{', '.join(FORMATS)}."
        )
    return formats
