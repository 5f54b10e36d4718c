"""Pasted text cannot stall the recogniser: its patterns match in time linear in their input.

No test here times anything. Each input below is one that a backtracking pattern once took
exponential or quadratic time on (30 digits and a clock: 140 s). Each runs in its own
process with a deadline of several seconds, which a linear pattern meets by a factor of
hundreds on any machine and only a super-linear one can exceed. Speed targets live in bench/.
"""

import subprocess
import sys

import pytest

DEADLINE_SECONDS = 5

RECOGNISE = """
import sys
from legation.importer.recognise import UnreadablePage, recognise
try:
    recognise(sys.stdin.buffer.read(), "pasted.txt")
except UnreadablePage:
    pass
"""

PATTERN = """
import importlib, sys
module, name, method = sys.argv[1:]
pattern = getattr(importlib.import_module(module), name)
getattr(pattern, method)(sys.stdin.read())
"""


def finishes(code, data, *args):
    try:
        subprocess.run(
            [sys.executable, "-c", code, *args],
            input=data,
            check=True,
            timeout=DEADLINE_SECONDS,
            capture_output=True,
        )
    except subprocess.TimeoutExpired:
        return False
    return True


@pytest.mark.parametrize(
    "text",
    [
        "1" * 30 + " Moscow: 03:14",
        "1" * 60 + " Moscow: 03:14",
        "« " + "7" * 60 + " … 12 x",
        "<!--a-->" * 250 + "x",
    ],
    ids=["30 digits and a clock", "60 digits and a clock", "pager-like", "comments"],
)
def test_pathological_pastes_are_recognised_within_the_deadline(text):
    assert finishes(RECOGNISE, text.encode())


@pytest.mark.parametrize(
    "module, name, method, text",
    [
        ("widgets", "_CLOCK", "match", "Moscow" + " " * 5000 + "x"),
        ("widgets", "_PHONE", "match", "Phone" + " " * 5000 + "x"),
        ("widgets", "_EMAIL", "match", "Mail" + " " * 5000 + "x"),
        ("transcript", "_LABEL", "match", "Tomas" + " " * 5000 + "x"),
        ("transcript", "_SENTENCE_BREAK", "search", "a" * 50000),
    ],
)
def test_patterns_are_linear_on_long_runs(module, name, method, text):
    """The patterns themselves, on long runs of spaces or letters, which a paste can hold."""
    module = f"legation.importer.recognise.{module}"
    assert finishes(PATTERN, text.encode(), module, name, method)
