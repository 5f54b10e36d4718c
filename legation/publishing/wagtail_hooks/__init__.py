"""Wagtail's hooks for publishing, one module per concern (Wagtail imports this package)."""

from . import embargo  # noqa: F401
from . import roles  # noqa: F401
from . import withdrawal  # noqa: F401
