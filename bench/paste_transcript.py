"""Time to recognise a pasted transcript at the editor's size limit, as text and as HTML.

    .venv/bin/python bench/paste_transcript.py

Builds a fictional news conference of MAX_CHARACTERS characters (statements, questions with
askers, outlets and addressees, answers speaking after, notes) and times the recogniser's
part of the conversion (reading the lines, recognising the turns), the part whose time grows
with the text; matching the names is one lookup per distinct name. Figures go to
bench/README.md.
"""

import html
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "legation.settings.test")

import django  # noqa: E402

django.setup()

from legation.documents.conversion import MAX_CHARACTERS, text_lines  # noqa: E402
from legation.importer.recognise.transcript import parse_body  # noqa: E402

ROUND = [
    "Ilsa Marren: Good afternoon. The Minister is back from the talks on the river treaty.",
    "Question from Teo Brask, Velmora Daily (addressed to Ilsa Marren): When is the signing?",
    "Ilsa Marren: The text is agreed; the signing is planned for the spring, in Harbourton.",
    "Oren Vasker (speaking after Ilsa Marren): Let me add that the night ferry keeps its hours.",
    "(Laughter)",
    "Harbour Radio: Who pays for the new locks on the northern branch of the river?",
    "Oren Vasker: Both states share the costs equally, as the treaty's third article says.",
]


def transcript(limit):
    """Rounds of turns, each numbered: a real transcript does not repeat its lines."""
    lines, size, number = [], 0, 0
    while size + 800 < limit:
        number += 1
        lines += [f"{line} ({number})" if not line.startswith("(") else line for line in ROUND]
        size = sum(len(line) + 1 for line in lines)
    return lines


def timed(text, runs=3):
    times = []
    for _ in range(runs):
        # CPU time: the machine is shared, and wall time measures the neighbours too.
        start = time.process_time()
        body = parse_body(text_lines(text))
        times.append(time.process_time() - start)
    return statistics.median(times), len(body.turns)


def main():
    lines = transcript(MAX_CHARACTERS)
    plain = "\n".join(lines)
    markup = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    markup = markup[: MAX_CHARACTERS - len("</body></html>")].rsplit("<p>", 1)[0]
    markup += "</body></html>"
    for name, text in (("plain text", plain), ("HTML", markup)):
        seconds, turns = timed(text)
        print(f"{name}: {len(text):,} characters, {turns:,} turns, median {seconds:.2f} s CPU")


if __name__ == "__main__":
    main()
