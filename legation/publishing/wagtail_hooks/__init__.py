"""Wagtail's hooks for publishing, one module per concern (Wagtail imports this package)."""
