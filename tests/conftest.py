import os

import pytest


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Wagtail caches site root paths; each test builds its own sites."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def pytest_terminal_summary(terminalreporter):
    """Print the no-leak probe suite's matrices (tests/noleak) and the page audit's counts
    (tests/browser), recorded by their tests as a property so that they reach this summary
    from pytest-xdist's workers too."""
    reports = terminalreporter.stats.get("passed", []) + terminalreporter.stats.get("failed", [])
    for report in reports:
        for name, value in getattr(report, "user_properties", []):
            if name in {"no-leak matrix", "page audit"}:
                terminalreporter.write_line(value)


@pytest.fixture(scope="session")
def served_demo(tmp_path_factory):
    """A copy of the demo for this worker, built once per run (tests/utils/served_demo.py),
    to serve with the production settings."""
    from tests.utils.served_demo import demo_copy, shared_directory

    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    copy = demo_copy(
        shared_directory(tmp_path_factory), tmp_path_factory.mktemp("served"), f"served_{worker}"
    )
    yield copy
    copy.drop()


@pytest.fixture(scope="session")
def demo_crawl(tmp_path_factory, served_demo):
    """Every page of the served demo with what it answered, crawled once per run
    (tests/utils/crawl.py): {(host, path): (status, headers, body)}."""
    from tests.utils.crawl import shared_crawl
    from tests.utils.served_demo import shared_directory

    return shared_crawl(shared_directory(tmp_path_factory), served_demo)
