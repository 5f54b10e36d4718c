"""Tests that need something from outside the repository (Node, the sample pages) skip on a
developer's machine that lacks it, and fail in CI (`CI` set, as .ci/run does): a CI run that
silently skipped them would pass without testing what they hold."""

import os

import pytest


def skip_or_fail(reason):
    if os.environ.get("CI"):
        pytest.fail(f"{reason}, and CI is set: this test must run in CI")
    pytest.skip(reason)
