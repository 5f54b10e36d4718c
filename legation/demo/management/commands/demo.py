import os
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from legation.demo.builder import ADMIN_USERNAME, DemoBuilder, ensure_administrator, local_addresses


class Command(BaseCommand):
    help = (
        "Build (or bring up to date) the fictional demo ministry and its two embassies. "
        "Outside dev and test settings the administrator gets a random password, printed once, "
        "or LEGATION_ADMIN_PASSWORD if set (checked by the password validators)."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        with transaction.atomic():
            # First, so that a refused password stops the run before a minute of building.
            _user, password = ensure_administrator(os.environ.get("LEGATION_ADMIN_PASSWORD"))
            builder = DemoBuilder(log=self.stdout.write)
            builder.build()
        self.stdout.write(f"Demo ready in {time.monotonic() - started:.0f} s.")
        self.stdout.write("Sites:")
        for name, address in local_addresses():
            self.stdout.write(f"  {name}: {address}")
        login = password or "(unchanged since it was set)"
        self.stdout.write(f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/")
        self.stdout.write(f"  login {ADMIN_USERNAME} / password {login}")
        self.stdout.write("  one account per role (see docs/permissions.md):")
        for account in builder.accounts:
            login = account.password or "(unchanged since it was set)"
            self.stdout.write(f"  login {account.username} / password {login}  ({account.role})")
