import logging

from django.core.management.base import BaseCommand, CommandError

from legation.publishing.scheduling import POLL_SECONDS, Worker


class Command(BaseCommand):
    help = (
        "Publish scheduled documents at their second and unpublish expired ones, in a loop; "
        "on start, publish what was missed while no worker ran."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--poll",
            type=float,
            default=POLL_SECONDS,
            help="Most seconds between looks for newly scheduled documents (default %(default)s).",
        )

    def handle(self, *args, poll, verbosity, **options):
        if poll <= 0:
            raise CommandError(f"--poll must be a positive number of seconds, not {poll}.")
        self._log_to_stdout(verbosity)
        worker = Worker(poll)
        published, expired = worker.run_due()
        self.stdout.write(
            f"Caught up: published {len(published)} and expired {len(expired)} "
            "documents whose time had passed."
        )
        self.stdout.write(f"Publishing on time (looking every {poll} s). Ctrl-C stops.")
        try:
            worker.run()
        except KeyboardInterrupt:
            pass

    def _log_to_stdout(self, verbosity):
        handler = logging.StreamHandler(self.stdout)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger = logging.getLogger("legation.publishing")
        logger.addHandler(handler)
        logger.setLevel(logging.INFO if verbosity >= 1 else logging.WARNING)
        logger.propagate = False
