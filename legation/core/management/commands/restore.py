from django.core.management.base import BaseCommand, CommandError

from legation.core.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Replace the database and the uploaded media with those of an archive written by "
        "`legation backup`. Stop the app processes and the worker first."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--yes", action="store_true", help="do not ask before replacing the current data"
        )

    def handle(self, *args, archive, yes, **options):
        if (
            not yes
            and input("This replaces the current database and media. Type 'yes' to go on: ")
            != "yes"
        ):
            raise CommandError("Nothing restored.")
        try:
            manifest = restore(archive)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Restored the {manifest['database']} database and {manifest['media_files']} "
            f"media files of {manifest['created']}. Next: `legation migrate` if this release "
            "is newer than the backup's, then start the app processes."
        )
