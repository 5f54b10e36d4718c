"""Fictional pages in each language and transcript convention, with the facts expected."""

import json

import pytest

from legation.importer.recognise import DRY_RUN_KEYS, recognise

from .conftest import EXPECTED, FIXTURES

PAGES = sorted(p for p in FIXTURES.iterdir() if p.suffix in {".txt", ".html"})


@pytest.mark.parametrize("path", PAGES, ids=[p.name for p in PAGES])
def test_dry_run_facts(path):
    expected = json.loads((EXPECTED / f"{path.stem}.json").read_text())
    facts = recognise(path.read_bytes(), path.name).to_json()

    assert tuple(facts) == DRY_RUN_KEYS
    assert facts["file"] == path.name
    assert {key: facts[key] for key in expected} == expected


def test_every_language_is_covered():
    languages = {json.loads((EXPECTED / f"{p.stem}.json").read_text())["language"] for p in PAGES}
    assert languages == {"en", "ru", "de", "fr", "es"}
