"""Serve every site of the install from one process, each on its own port.

Locally all sites live on 127.0.0.1 and Wagtail tells them apart by port (the ministry on
8000, each mission on the next ports). Waitress listens on several ports in one process;
Django's runserver listens on one.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail.models import Site

from legation.publishing.scheduling import start_in_thread

LOCAL_HOSTS = {"127.0.0.1", "localhost"}


class Command(BaseCommand):
    help = "Serve all local sites (one port each) and publish scheduled documents on time."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--threads", type=int, default=8)
        parser.add_argument(
            "--no-scheduler", action="store_true", help="Leave scheduled publishing to a worker."
        )

    def handle(self, *args, host, threads, no_scheduler, **options):
        from waitress import serve

        from legation.wsgi import application

        ports = sorted({site.port for site in Site.objects.all() if site.hostname in LOCAL_HOSTS})
        if not ports:
            ports = [8000]
        for site in Site.objects.order_by("port"):
            if site.hostname in LOCAL_HOSTS:
                self.stdout.write(f"  {site.site_name or site.root_page.title}: {site.root_url}/")
        self.stdout.write(f"  admin: {settings.WAGTAILADMIN_BASE_URL}/admin/")
        if not no_scheduler:
            start_in_thread()
        serve(
            application,
            listen=" ".join(f"{host}:{port}" for port in ports),
            threads=threads,
            ident="legation",
        )
