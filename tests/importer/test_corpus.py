"""The fixture corpus the recogniser is scored on (bench/importer/score.py) is well-formed.

Fictional pages in the shapes of real ministries' and organisations' sites, one folder per
shape, each with the facts a person expects beside it. Accuracy is the scorer's to report,
not a test's to assert: here every page has sound expectations and is read without a crash.
"""

import datetime
import importlib.util
import json
import re
import subprocess
import sys

import pytest

from legation.importer.recognise import DRY_RUN_KEYS, ParsedPage, recognise

from .conftest import REPO

CORPUS = REPO / "tests" / "fixtures" / "importer" / "corpus"
PAGES = sorted(path for path in CORPUS.glob("*/*") if path.suffix in {".txt", ".html"})
SHAPES = sorted(path for path in CORPUS.iterdir() if path.is_dir())
EXPECTED_KEYS = set(DRY_RUN_KEYS) - {"file"}
SITE_KINDS = {"article", "listing", "homepage"}
DOC_TYPES = {"speech", "statement", "comment", "transcript", "briefing", "joint_statement",
             "article", "interview", "press_release", "news_list", "other"}  # fmt: skip
LANGUAGES = {"en", "ru", "de", "fr", "es"}
# A day or a moment to the minute, as the dry run gives them; a list item may lack its year.
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$")
DAY = re.compile(r"^(?:\d{4}|-)-\d{2}-\d{2}$")
LOCALE = re.compile(r"^[a-z]{2}(?:-[A-Z]{2})?$")


def expected_of(path):
    return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


def test_every_page_has_its_expected_facts_and_every_expectation_its_page():
    pages = {path.with_suffix("") for path in PAGES}
    expectations = {path.with_suffix("") for path in CORPUS.glob("*/*.json")}
    assert sorted(pages - expectations) == []
    assert sorted(expectations - pages) == []


def test_the_corpus_is_as_large_and_varied_as_issue_14_asks():
    assert len(PAGES) >= 100
    assert len(SHAPES) >= 20
    assert {expected_of(path)["language"] for path in PAGES} == LANGUAGES
    assert {path.suffix for path in PAGES} == {".txt", ".html"}


def test_each_shape_is_described_in_the_corpus_readme():
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    described = set(re.findall(r"^\| `([a-z_]+)/` \|", readme, re.MULTILINE))
    assert described == {shape.name for shape in SHAPES}


@pytest.mark.parametrize("path", PAGES, ids=[f"{p.parent.name}/{p.name}" for p in PAGES])
def test_expected_facts_are_well_formed(path):
    expected = expected_of(path)

    assert set(expected) == EXPECTED_KEYS
    assert expected["site_kind"] in SITE_KINDS
    assert expected["doc_type"] in DOC_TYPES
    assert expected["language"] in LANGUAGES
    assert expected["title"] is None or expected["title"].strip() == expected["title"] != ""
    for key in ("published", "event_date"):
        if expected[key] is not None:
            assert STAMP.match(expected[key]), f"{key} {expected[key]!r}"
            datetime.datetime.fromisoformat(expected[key])
    assert expected["event_place"] is None or expected["event_date"], "a place needs its date"
    assert isinstance(expected["qa_turns"], int) and expected["qa_turns"] >= 0
    assert all(LOCALE.match(code) for code in expected["languages_offered"])
    assert all(isinstance(name, str) and name for name in expected["speakers"])
    for item in expected["listing_items"]:
        assert set(item) == {"date", "title"}
        assert item["date"] is None or DAY.match(item["date"])
        assert item["title"]
    if expected["site_kind"] == "article":
        assert expected["listing_items"] == []
        assert expected["doc_type"] != "news_list"
    else:
        assert expected["listing_items"], "a listing or homepage lists its items"
        assert expected["doc_type"] == "news_list"
        assert (expected["speakers"], expected["qa_turns"]) == ([], 0)


@pytest.mark.parametrize("path", PAGES, ids=[f"{p.parent.name}/{p.name}" for p in PAGES])
def test_the_recogniser_reads_every_page_without_a_crash(path):
    parsed = recognise(path.read_bytes(), path.name)

    assert isinstance(parsed, ParsedPage)
    assert tuple(parsed.to_json()) == DRY_RUN_KEYS


def test_the_scorer_prints_a_table_for_each_field_and_shape():
    run = subprocess.run(
        [sys.executable, str(REPO / "bench" / "importer" / "score.py"), "--verbose"],
        capture_output=True, text=True, cwd=REPO, timeout=600, check=False,
    )  # fmt: skip

    assert run.returncode == 0, run.stderr
    assert f"{len(PAGES)} pages in {len(SHAPES)} site shapes" in run.stdout
    for field in EXPECTED_KEYS:
        assert f"| {field} |" in run.stdout
    for shape in SHAPES:
        assert f"| {shape.name} |" in run.stdout
    assert "refused or crashed: 0" in run.stdout


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", REPO / "bench" / "importer" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def test_the_scorer_compares_each_field_as_bench_readme_says(tmp_path):
    shape = tmp_path / "ministry"
    shape.mkdir()
    (shape / "briefing.txt").write_text(
        "Briefing by Spokeswoman Nora Halvik, Vessa, 3 March 2022\n\n"
        "Question: Will the talks resume?\n\n"
        "Nora Halvik: They will, next week.\n",
        encoding="utf-8",
    )
    facts = recognise((shape / "briefing.txt").read_bytes(), "briefing.txt").to_json()
    assert facts["title"] and facts["speakers"], "the page must give what the test varies"
    expected = {key: facts[key] for key in EXPECTED_KEYS}
    expected["title"] = "  " + facts["title"].replace(" ", "\n ") + " "  # spacing aside
    expected["speakers"] = list(reversed(facts["speakers"])) * 2  # a set: order, repeats aside
    expected["qa_turns"] = facts["qa_turns"] + 1  # wrong on purpose
    expected["listing_items"] = [{"date": None, "title": "not scored on an article"}]
    (shape / "briefing.json").write_text(json.dumps(expected), encoding="utf-8")

    tally, mismatches, failures = load_scorer().score(tmp_path)

    assert failures == []
    assert [(path.name, field) for path, field, _, _ in mismatches] == [
        ("briefing.txt", "qa_turns")
    ]
    assert tally["ministry", "title"] == [1, 1]
    assert tally["ministry", "speakers"] == [1, 1]
    assert tally["ministry", "qa_turns"] == [0, 1]
    assert ("ministry", "listing_items") not in tally
