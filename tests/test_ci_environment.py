"""In CI a test that lacks what it needs (Node, the sample pages) fails instead of skipping."""

import pytest

from tests.utils.environment import skip_or_fail


def test_a_missing_requirement_skips_on_a_developers_machine(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="Node.js is not installed"):
        skip_or_fail("Node.js is not installed")


def test_a_missing_requirement_fails_in_ci(monkeypatch):
    monkeypatch.setenv("CI", "1")
    with pytest.raises(pytest.fail.Exception, match="Node.js is not installed, and CI is set"):
        skip_or_fail("Node.js is not installed")
