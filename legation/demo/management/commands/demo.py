import os
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from legation.demo.builder import ADMIN_USERNAME, DemoBuilder, ensure_administrator, local_addresses

DEFAULT_PASSWORD = "legation-demo"


class Command(BaseCommand):
    help = "Build (or bring up to date) the fictional demo ministry and its two embassies."

    def handle(self, *args, **options):
        started = time.monotonic()
        password = os.environ.get("LEGATION_ADMIN_PASSWORD", DEFAULT_PASSWORD)
        with transaction.atomic():
            DemoBuilder(log=self.stdout.write).build()
            _user, created = ensure_administrator(password)
        self.stdout.write(f"Demo ready in {time.monotonic() - started:.0f} s.")
        self.stdout.write("Sites:")
        for name, address in local_addresses():
            self.stdout.write(f"  {name}: {address}")
        login = password if created else "(unchanged since it was created)"
        self.stdout.write(f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/")
        self.stdout.write(f"  login {ADMIN_USERNAME} / password {login}")
