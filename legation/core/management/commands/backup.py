from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from legation.core.backup import BackupError, back_up


class Command(BaseCommand):
    help = (
        "Write a consistent copy of the database (SQLite's backup API, or pg_dump) and the "
        "uploaded media to one tar archive, while the site runs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "destination",
            nargs="?",
            help="the archive's file name, or a directory for a dated one "
            "(default: backups/ in the data directory)",
        )

    def handle(self, *args, destination, **options):
        if destination is None:
            destination = Path(settings.DATA_DIR) / "backups"
            destination.mkdir(parents=True, exist_ok=True)
        try:
            archive, manifest = back_up(destination)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Backed up the {manifest['database']} database and "
            f"{manifest['media_files']} media files to {archive}"
        )
