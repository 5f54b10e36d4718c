"""The read-only JSON API under /api/ (Django REST framework, OpenAPI 3 by drf-spectacular)."""
