"""The `legation` command: Django's management commands and ours, with dev settings by default
(production settings for `serve_production`)."""

import os
import sys

from django.core.exceptions import ImproperlyConfigured

PRODUCTION_COMMANDS = {"serve_production"}


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    default = "production" if argv[:1] and argv[0] in PRODUCTION_COMMANDS else "dev"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", f"legation.settings.{default}")
    from django.conf import settings
    from django.core.management import execute_from_command_line

    try:
        # Loaded here so that a missing setting is a one-line refusal, not a traceback.
        settings.INSTALLED_APPS  # noqa: B018
    except ImproperlyConfigured as error:
        sys.exit(f"legation: {error}")
    execute_from_command_line(["legation", *argv])


if __name__ == "__main__":
    main()
