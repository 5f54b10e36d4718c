"""The `legation` command: Django's management commands and ours, with dev settings by default."""

import os
import sys


def main(argv=None):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "legation.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["legation", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
