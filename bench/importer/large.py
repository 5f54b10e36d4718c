"""How the recogniser's time grows with a page's length, up to the size limit (8 MiB).

    .venv/bin/python bench/importer/large.py [--sizes 1 2 4 8]

For each shape of page that once took super-linear time (the same line repeated, one line
with no break, turn labels, HTML paragraphs), the processor time of `recognise` at each size
in MiB, and the seconds per MiB: linear steps keep that last figure flat as the size doubles.
Processor time, not wall time, so other work on a shared machine does not count.
"""

import argparse
import time

from legation.importer.recognise import UnreadablePage, recognise

MIB = 1024 * 1024
SHAPES = {
    "repeated line": ("Statement on the talks\n", "The same line of the statement, again.\n"),
    "one long line": ("Statement on the talks\n", "word "),
    "turn labels": ("Briefing on the talks\n", "Tomas Ardell: We welcome the progress.\n"),
    "html paragraphs": (
        "<html><body><h1>Statement on the talks</h1>",
        "<p>A paragraph of the statement on the talks.</p>",
    ),
}


def page(head, unit, size):
    closing = "</body></html>" if head.startswith("<html") else ""
    repeats = (size - len(head) - len(closing)) // len(unit.encode())
    return (head + unit * repeats + closing).encode()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8])
    arguments = parser.parse_args()
    for shape, (head, unit) in SHAPES.items():
        for mib in arguments.sizes:
            data = page(head, unit, int(mib * MIB) - 1)
            started = time.process_time()
            try:
                recognise(data, "large.html" if head.startswith("<html") else "large.txt")
                outcome = "read"
            except UnreadablePage as refusal:
                outcome = f"refused: {refusal.reason}"
            seconds = time.process_time() - started
            figures = f"{mib:4g} MiB  {seconds:6.2f} s  {seconds / mib:5.2f} s/MiB"
            print(f"{shape:16} {figures}  {outcome}", flush=True)


if __name__ == "__main__":
    main()
