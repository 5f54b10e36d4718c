"""Run by test_linear_time in a process of its own: every compiled pattern of the recogniser,
on adversarial strings at two lengths, reporting those whose cost grows faster than the text.

Prints the pattern being tried to standard error before each try (so a pattern that never
finishes is named when the process is stopped) and the offenders as JSON on standard output.
"""

import importlib
import json
import pkgutil
import re
import sys
import time

import legation.importer.recognise as recogniser

# Runs of one piece: digits, spaces, separators, letters, punctuation, markup, the pieces
# that recognisers of dates, clocks, labels, pagers and lists repeat.
UNITS = ["1", "1 ", " ", "\t", "\n", "a", "A", "Aa ", "a.", "A. ", ".", ":", ": ", "-", " - ",
         "–", "(", ")", "«", "<", "<!--", "1:", "12.", "1,", "1-", "/", "|", "* ", "Б", "é ",
         "@", "a@", "+1", "'", '"', "Mr. "]  # fmt: skip
# Endings that make a near-match fail at the very end, where backtracking starts.
ENDINGS = ["", "!", " Moscow: 03:14"]
# Openings that let an anchored pattern start matching (a clock's city, a label, a pager…).
OPENINGS = ["", "Moscow", "Phone", "Tomas", "« ", "Question", "Вопрос", "1. ", "Q"]
SHORT, LONG = 2000, 16000
# Below this, the longer text took too little time for its growth to matter (or be measured).
NOTICEABLE_SECONDS = 0.02
# From SHORT to LONG a linear pattern's cost grows 8 times, a quadratic one's 64 times.
GROWTH_LIMIT = 24


def compiled_patterns():
    """(module.name, pattern) for each pattern a recogniser module holds, in lists too."""
    for info in sorted(pkgutil.iter_modules(recogniser.__path__), key=lambda info: info.name):
        module = importlib.import_module(f"{recogniser.__name__}.{info.name}")
        seen = set()
        for name, value in sorted(vars(module).items()):
            stack = [value]
            while stack:
                item = stack.pop()
                if isinstance(item, re.Pattern) and id(item) not in seen:
                    seen.add(id(item))
                    yield f"{info.name}.{name}", item
                elif isinstance(item, tuple | list):
                    stack.extend(item)


def cost(pattern, text, tries=1):
    """The processor time of scanning the whole text (findall tries every start), the least
    of `tries`: other processes on the machine do not count, and a pause counts once."""
    if isinstance(pattern.pattern, bytes):
        text = text.encode()
    timings = []
    for _ in range(tries):
        started = time.thread_time()
        pattern.findall(text)
        timings.append(time.thread_time() - started)
    return min(timings)


def growth(pattern, opening, unit, ending):
    """(cost at SHORT, cost at LONG), or None when the longer text is too quick to matter."""

    def text(length):
        return opening + unit * (length // len(unit)) + ending

    short = cost(pattern, text(SHORT))
    if short * (LONG / SHORT) ** 2 < NOTICEABLE_SECONDS:
        return None
    long = cost(pattern, text(LONG))
    if long >= NOTICEABLE_SECONDS and long > GROWTH_LIMIT * short:
        # Measured again, the least of several, before it is called super-linear.
        short, long = cost(pattern, text(SHORT), 5), cost(pattern, text(LONG), 3)
    return short, long


def offenders():
    found = []
    for name, pattern in compiled_patterns():
        source = pattern.pattern
        anchored = source.startswith(b"^" if isinstance(source, bytes) else "^")
        for opening in OPENINGS if anchored else [""]:
            for unit in UNITS:
                for ending in ENDINGS:
                    sys.stderr.write(f"{name} {opening!r} + {unit!r}… + {ending!r}\n")
                    sys.stderr.flush()
                    measured = growth(pattern, opening, unit, ending)
                    if measured is None:
                        continue
                    short, long = measured
                    if long >= NOTICEABLE_SECONDS and long > GROWTH_LIMIT * short:
                        found.append([name, opening, unit, ending, short, long])
    return found


if __name__ == "__main__":
    json.dump(offenders(), sys.stdout)
