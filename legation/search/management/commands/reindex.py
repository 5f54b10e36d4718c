"""`legation reindex`: the public search index rebuilt from the public gate, with progress."""

from django.core.management.base import BaseCommand
from django.db import connection
from tqdm import tqdm

from legation.documents.models import DocumentPage
from legation.search.backends import engine
from legation.search.indexing import RebuildIndex


class Command(BaseCommand):
    help = (
        "Rebuild the public search index from what is public now. Searches go on while it "
        "runs; Wagtail's admin search has its own command, update_index."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, no_progress=False, **options):
        total = DocumentPage.objects.values("translation_key").distinct().count()
        with tqdm(total=total, unit=" documents", desc="Indexing", disable=no_progress) as bar:
            indexed = RebuildIndex(progress=bar.update).execute()
        with connection.cursor() as cursor:
            engine().optimize(cursor)
        self.stdout.write(f"Indexed {indexed} public language versions of {total} documents.")
