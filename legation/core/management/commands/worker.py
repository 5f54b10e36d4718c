from django.core.management.base import BaseCommand

from legation.core.scheduling import DEFAULT_INTERVAL_SECONDS, run_forever


class Command(BaseCommand):
    help = "Publish scheduled documents on time and unpublish expired ones, in a loop."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=int,
            default=DEFAULT_INTERVAL_SECONDS,
            help="Seconds between checks (default %(default)s).",
        )

    def handle(self, *args, interval, **options):
        self.stdout.write(f"Publishing scheduled documents every {interval} s. Ctrl-C stops.")
        try:
            run_forever(interval)
        except KeyboardInterrupt:
            pass
