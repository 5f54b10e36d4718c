"""Pasted text cannot stall the recogniser: its patterns match in time linear in their input.

No test here times anything. Each input below is one that a backtracking pattern once took
exponential or quadratic time on (30 digits and a clock: 140 s). Each runs in its own
process with a deadline of several seconds, which a linear pattern meets by a factor of
hundreds on any machine and only a super-linear one can exceed. Speed targets live in bench/.
"""

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import legation.importer.recognise as recogniser

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


SWEEP = Path(__file__).with_name("pattern_sweep.py")
# The sweep takes about a minute of processor time; a pattern exponential on a run of forty
# characters would take years, so it never ends and is named by the last line of progress.
SWEEP_DEADLINE_SECONDS = 900


def test_every_pattern_of_the_recogniser_grows_linearly_with_its_text():
    """Each compiled pattern, on runs of digits, spaces, separators and letters 2,000 and
    16,000 characters long, after each opening an anchored pattern may start with: a linear
    pattern costs 8 times more on the longer run, a quadratic one 64 times, an exponential
    one never finishes."""
    try:
        finished = subprocess.run(
            [sys.executable, str(SWEEP)],
            capture_output=True,
            text=True,
            check=True,
            timeout=SWEEP_DEADLINE_SECONDS,
        )
    except subprocess.TimeoutExpired as stopped:
        tried = (stopped.stderr or b"").decode(errors="replace").splitlines()
        pytest.fail(f"a pattern never finished: {tried[-1] if tried else '(none tried)'}")
    assert json.loads(finished.stdout) == []


def test_every_pattern_is_a_module_constant_the_sweep_can_see():
    """A pattern written inline (re.match(r"…", line)) would escape the sweep above."""
    inline = []
    for path in sorted(Path(recogniser.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        functions = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)]
        for function in functions:
            for node in ast.walk(function):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "re"
                ):
                    inline.append(f"{path.name}:{node.lineno} re.{node.func.attr}")
    assert inline == []
