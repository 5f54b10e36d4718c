import pytest


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Wagtail caches site root paths; each test builds its own sites."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
