"""How well the recogniser reads the fixture corpus: each field's accuracy, per site shape.

    .venv/bin/python bench/importer/score.py [--corpus DIR] [--verbose]

The corpus (tests/fixtures/importer/corpus/) holds fictional pages in the shapes of real
ministries' and organisations' sites, one folder per shape, each page with the dry-run facts
a person expects beside it (`<name>.json`, the keys of `to_json()` but `file`). Every page is
recognised and each field compared as FIELDS says; the tables are printed in Markdown (what
bench/README.md shows), and `--verbose` lists every mismatch below them. A page the
recogniser refuses or crashes on counts as wrong in every field and is listed. The exit
status is 0 whatever the scores: targets are the recogniser's business, not this script's.
"""

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from legation.importer.recognise import recognise

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "fixtures" / "importer" / "corpus"
PAGE_SUFFIXES = {".txt", ".html"}


def text(value):
    """A string compared as a reader would: Unicode NFC, runs of whitespace as one space, no
    space at the ends; typographic apostrophes as the straight one (sites mix them freely)."""
    if value is None:
        return None
    value = unicodedata.normalize("NFC", str(value)).replace("\u2019", "'")
    return " ".join(value.split())


def exact(value):
    return value


def names(value):
    return sorted({text(name) for name in value or []})


def codes(value):
    return sorted({code.casefold() for code in value or []})


def items(value):
    return [(item.get("date"), text(item.get("title"))) for item in value or []]


# field: (how a value is normalised before the comparison, the pages it is scored on)
ARTICLES, LISTS, ALL = "articles", "listings and homepages", "all pages"
FIELDS = {
    "site_kind": (exact, ALL),
    "language": (exact, ALL),
    "doc_type": (exact, ALL),
    "title": (text, ALL),
    "published": (exact, ALL),
    "event_date": (exact, ARTICLES),
    "event_place": (text, ARTICLES),
    "speakers": (names, ARTICLES),
    "qa_turns": (exact, ARTICLES),
    "languages_offered": (codes, ALL),
    "listing_items": (items, LISTS),
}


def applies(scope, expected):
    if scope == ALL:
        return True
    is_article = expected["site_kind"] == "article"
    return is_article if scope == ARTICLES else not is_article


def pages(corpus):
    """(shape, page path, expected facts) for every page of the corpus, in a stable order."""
    for path in sorted(corpus.glob("*/*")):
        if path.suffix in PAGE_SUFFIXES:
            expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            yield path.parent.name, path, expected


def score(corpus):
    """{(shape, field): [correct, scored]}, the mismatches and the pages that failed."""
    tally = defaultdict(lambda: [0, 0])
    mismatches, failures = [], []
    for shape, path, expected in pages(corpus):
        try:
            facts = recognise(path.read_bytes(), path.name).to_json()
        except Exception as error:  # a refusal or a crash: both are the page read wrong
            failures.append((path, f"{type(error).__name__}: {error}"))
            facts = None
        for field, (normalise, scope) in FIELDS.items():
            if field not in expected or not applies(scope, expected):
                continue
            wanted = normalise(expected[field])
            got = normalise(facts[field]) if facts else "(no result)"
            tally[shape, field][1] += 1
            if got == wanted:
                tally[shape, field][0] += 1
            else:
                mismatches.append((path, field, wanted, got))
    return tally, mismatches, failures


def ratio(correct, scored):
    return f"{correct / scored:.2f}" if scored else "—"


def report(tally, mismatches, failures, corpus, verbose, out=sys.stdout):
    shapes = sorted({shape for shape, _ in tally})
    page_count = sum(1 for _ in pages(corpus))
    shown = corpus.relative_to(REPO) if corpus.is_relative_to(REPO) else corpus
    print(f"{page_count} pages in {len(shapes)} site shapes ({shown})\n", file=out)
    print("| field | scored on | pages | right | accuracy |", file=out)
    print("|---|---|---:|---:|---:|", file=out)
    for field, (_, scope) in FIELDS.items():
        right = sum(tally[shape, field][0] for shape in shapes)
        scored = sum(tally[shape, field][1] for shape in shapes)
        print(f"| {field} | {scope} | {scored} | {right} | {ratio(right, scored)} |", file=out)
    print(file=out)
    print("| shape | pages | " + " | ".join(FIELDS) + " |", file=out)
    print("|---|---:|" + "---:|" * len(FIELDS), file=out)
    for shape in shapes:
        count = tally[shape, "site_kind"][1]
        cells = [ratio(*tally[shape, field]) for field in FIELDS]
        print(f"| {shape} | {count} | " + " | ".join(cells) + " |", file=out)
    print(f"\nrefused or crashed: {len(failures)}", file=out)
    for path, reason in failures:
        print(f"  {path.relative_to(corpus)}: {reason}", file=out)
    if verbose:
        print(f"\nmismatches: {len(mismatches)}", file=out)
        for path, field, wanted, got in mismatches:
            print(f"  {path.relative_to(corpus)} {field}", file=out)
            print(f"    expected {json.dumps(wanted, ensure_ascii=False)}", file=out)
            print(f"    got      {json.dumps(got, ensure_ascii=False)}", file=out)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus folder")
    parser.add_argument("--verbose", action="store_true", help="list every mismatch")
    args = parser.parse_args(argv)
    corpus = args.corpus.resolve()
    report(*score(corpus), corpus, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
