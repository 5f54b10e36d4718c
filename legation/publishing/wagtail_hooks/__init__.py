"""Wagtail's hooks for publishing, one module per concern (Wagtail imports this package)."""

from . import embargo, roles, withdrawal  # noqa: F401
