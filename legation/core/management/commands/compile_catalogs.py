"""Compile the message catalogs (.po to .mo) of every language, as part of the build.

Django's compilemessages needs GNU gettext installed on the machine; polib (already required
by wagtail-localize) compiles the same files in pure Python, so a fresh machine needs nothing.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the .po message catalogs under LOCALE_PATHS to .mo files."

    def handle(self, *args, **options):
        compiled = 0
        for locale_path in map(Path, settings.LOCALE_PATHS):
            for po_path in sorted(locale_path.glob("*/LC_MESSAGES/*.po")):
                catalog = polib.pofile(str(po_path))
                catalog.save_as_mofile(str(po_path.with_suffix(".mo")))
                compiled += 1
        self.stdout.write(f"Compiled {compiled} message catalogs.")
