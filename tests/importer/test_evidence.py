"""The dry run says why: each field with the rule that gave it, where on the page it was
read, and a confidence; uncertain pages are listed for a person to check, and an import
that publishes can keep them as drafts."""

import io
import json
import shutil

import pytest
from django.core.management import CommandError, call_command

from legation.documents.models import DocumentPage
from legation.importer.recognise import recognise
from legation.importer.recognise.evidence import LOW_CONFIDENCE
from legation.missions.models import MinistryHomePage

from .conftest import FIXTURES
from .test_writer import site

FIELDS = {"site_kind", "doc_type", "language", "title", "published", "event_date", "speakers",
          "qa_turns", "languages_offered"}  # fmt: skip

# A page that names no kind and has nothing dated: a person should look at it.
UNCERTAIN = (
    "A visit to the northern ports\n\n"
    "The Minister of Foreign Affairs of Esterra travelled to the northern ports on Tuesday, "
    "where she met the harbour masters and the crews of the fishing fleet.\n\n"
    "She heard their concerns about the new inspection rules and promised an answer soon.\n"
)


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_each_field_of_an_article_says_its_rule_source_and_confidence():
    facts = recognise((FIXTURES / "en_news_conference.txt").read_bytes(), "x.txt").reasons_json()

    assert set(facts["why"]) == FIELDS
    for reason in facts["why"].values():
        assert set(reason) == {"rule", "source", "confidence"}
        assert reason["rule"]
        assert 0 <= reason["confidence"] <= 1
    assert facts["confidence"] == min(reason["confidence"] for reason in facts["why"].values())


def test_a_text_page_quotes_the_line_each_fact_was_read_from():
    why = recognise((FIXTURES / "ru_transcript.txt").read_bytes(), "x.txt").reasons_json()["why"]

    assert why["published"]["rule"] == "a date line over the title"
    assert why["published"]["source"] == 'line "3 марта 202214:05"'
    assert why["doc_type"]["source"] == 'the title\'s "Выступление и ответы"'
    assert why["languages_offered"]["source"] == 'line "ru-RU1 en-GB1 fr-FR1"'
    assert why["qa_turns"]["rule"] == "turns labelled as questions"


def test_an_html_page_names_the_element_each_fact_came_from():
    why = recognise((FIXTURES / "article.html").read_bytes(), "article.html").reasons_json()["why"]

    assert why["title"]["source"] == "<h1>"
    assert why["published"]["source"] == '<meta property="article:published_time">'
    # Markup stated outright is trusted above a line of text that reads as a title.
    text_title = recognise((FIXTURES / "ru_briefing.txt").read_bytes(), "x.txt").reasons_json()
    assert why["title"]["confidence"] > text_title["why"]["title"]["confidence"]


def test_a_listing_says_how_its_items_were_found():
    facts = recognise((FIXTURES / "en_listing.txt").read_bytes(), "x.txt").reasons_json()

    assert facts["why"]["site_kind"]["rule"].endswith("dated items under a short header")
    assert facts["why"]["listing_items"]["source"].startswith('line "')


def test_a_page_naming_no_kind_is_uncertain():
    page = recognise(UNCERTAIN.encode(), "visit.txt")

    assert page.doc_type == "press_release"  # what a newsroom's text naming no kind is
    assert page.evidence["doc_type"].rule == "no phrase names the kind: a news text"
    assert page.confidence < LOW_CONFIDENCE
    assert page.weakest.field in {"doc_type", "published"}


def test_the_text_dry_run_gives_the_reasons():
    out, _ = run(str(FIXTURES / "ru_transcript.txt"), "--dry-run")

    assert "(confidence 0." in out.splitlines()[0]
    assert '← a date line over the title: line "3 марта 202214:05"; 0.90' in out


def test_the_json_dry_run_gives_the_reasons():
    out, _ = run(str(FIXTURES / "article.html"), "--dry-run", "--format", "json")
    facts = json.loads(out)

    assert facts["why"]["title"] == {
        "rule": "the page's first <h1>", "source": "<h1>", "confidence": 0.95,
    }  # fmt: skip


def test_the_summary_lists_the_uncertain_pages_with_their_weakest_field(tmp_path):
    shutil.copy(FIXTURES / "article.html", tmp_path / "certain.html")
    (tmp_path / "visit.txt").write_text(UNCERTAIN)

    _, err = run(str(tmp_path), "--dry-run")

    listed = err[err.index("pages to check") :]
    assert f"1 pages to check (confidence below {LOW_CONFIDENCE}):" in err
    assert "visit.txt: 0.40, published: no publication stamp found" in listed
    assert "certain.html" not in listed


def test_nothing_to_check_no_list():
    _, err = run(str(FIXTURES / "article.html"), "--dry-run")
    assert "to check" not in err


def test_the_threshold_follows_drafts_below():
    _, err = run(str(FIXTURES / "article.html"), "--dry-run", "--drafts-below", "0.9")
    assert "1 pages to check (confidence below 0.9, would be kept as drafts):" in err


@pytest.fixture
def ministry(db):
    return site(MinistryHomePage, "ministry", "mfa.example", "Europe/Madrid")


def test_drafts_below_keeps_uncertain_pages_as_drafts_and_publishes_the_rest(ministry, tmp_path):
    shutil.copy(FIXTURES / "article.html", tmp_path / "certain.html")
    (tmp_path / "visit.txt").write_text(UNCERTAIN)

    _, err = run(str(tmp_path), "--site", "mfa.example", "--publish", "--drafts-below", "0.8")

    live = dict(DocumentPage.objects.values_list("title", "live"))
    assert live == {
        "Foreign Minister Tomas Ardell's speech at the opening of the Coastal Forum, Vessa, "
        "June 13, 2022": True,
        "A visit to the northern ports": False,
    }
    assert "1 pages to check (confidence below 0.8, kept as drafts):" in err


def test_drafts_below_needs_publish(ministry):
    with pytest.raises(CommandError, match="give --publish with it"):
        run(str(FIXTURES / "article.html"), "--site", "mfa.example", "--drafts-below", "0.8")


@pytest.mark.parametrize("value", ["1.5", "-0.1", "high"])
def test_drafts_below_is_a_confidence_from_0_to_1(value):
    with pytest.raises(CommandError, match="give a confidence from 0 to 1"):
        run(str(FIXTURES / "article.html"), "--dry-run", "--drafts-below", value)
