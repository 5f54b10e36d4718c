import pytest


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Wagtail caches site root paths; each test builds its own sites."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def pytest_terminal_summary(terminalreporter):
    """Print the no-leak probe suite's matrices (tests/noleak), recorded by its tests as a
    property so that they reach this summary from pytest-xdist's workers too."""
    reports = terminalreporter.stats.get("passed", []) + terminalreporter.stats.get("failed", [])
    for report in reports:
        for name, value in getattr(report, "user_properties", []):
            if name == "no-leak matrix":
                terminalreporter.write_line(value)
