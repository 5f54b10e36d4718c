"""The demo as ./scripts/demo serves it: the development settings (SQLite in var/, a known key,
any host, static files from the apps, mail to files, the demo's known password) without
Django's debug pages, so the demo's readers get the project's own "not found" page (which
offers the languages a page exists in) and error page, as a ministry's readers would."""

from .dev import *  # noqa: F403

DEBUG = False
LEGATION_DEMO_PASSWORD_ALLOWED = True
