"""Serve Legation in production: Waitress on legation.wsgi, behind an HTTPS proxy.

`legation serve_production` runs with legation.settings.production (legation/cli.py), so it
refuses to start without SECRET_KEY and ALLOWED_HOSTS. Unlike `legation serve` (the demo's),
it listens on one address for every site (sites are told apart by host name), serves the
collected static files, and leaves scheduled publishing to `legation worker`.
"""

import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# What the proxy in front tells Waitress about the reader's request; trusted only from
# TRUSTED_PROXY, cleared from anyone else.
PROXY_HEADERS = "x-forwarded-proto x-forwarded-host x-forwarded-for x-forwarded-port"


class Command(BaseCommand):
    help = "Serve every site with the production settings (Waitress, behind an HTTPS proxy)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--listen",
            default=os.environ.get("LISTEN", "127.0.0.1:8000"),
            help="host:port, several separated by spaces (default: $LISTEN or 127.0.0.1:8000)",
        )
        parser.add_argument("--threads", type=int, default=int(os.environ.get("THREADS", "8")))

    def handle(self, *args, listen, threads, **options):
        from waitress import serve

        from legation.wsgi import application

        if settings.DEBUG:
            raise CommandError("DEBUG is on: serve_production runs with DEBUG off only.")
        if not (settings.STATIC_ROOT / "staticfiles.json").exists():
            raise CommandError(
                f"No collected static files in {settings.STATIC_ROOT}: "
                "run `legation collectstatic --noinput` first."
            )
        proxy = {}
        if settings.TRUSTED_PROXY:
            proxy = {
                "trusted_proxy": settings.TRUSTED_PROXY,
                "trusted_proxy_count": settings.TRUSTED_PROXY_COUNT,
                "trusted_proxy_headers": PROXY_HEADERS,
            }
        self.stdout.write(
            f"Legation on {listen} for {', '.join(settings.ALLOWED_HOSTS)}"
            + (f", behind {settings.TRUSTED_PROXY}" if proxy else ", with no trusted proxy")
        )
        serve(application, listen=listen, threads=threads, ident="legation", **proxy)
