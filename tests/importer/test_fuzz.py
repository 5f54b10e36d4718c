"""Whatever the input, the recogniser answers with a page or a clear refusal."""

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from legation.importer.recognise import ParsedPage, UnreadablePage, recognise

from .conftest import FIXTURES

# Generous, so a slow or shared machine never trips it, yet far below what a pattern that
# backtracks exponentially takes (30 digits and a clock once took 140 s): such a pattern
# fails here instead of passing slowly.
DEADLINE = timedelta(milliseconds=2000)

PIECES = [
    "12 May 202122:50",
    "1234567890" * 3,
    "Moscow: 03:14",
    "25.10.2020 - Title",
    "Question (addressed to Tomas Ardell):",
    "Tomas Ardell (speaking after Amadou Keller):",
    "Вопрос:",
    "Q -",
    "QUESTION:",
    "MR HALVIK:",
    "(Laughter.)",
    "* * *",
    "1. On the forum",
    "Answers to media questions:",
    "966 days have passed since",
    "de-DE1 en-GB1",
    "Additional materials",
    "General Information",
    "Head of the organization:",
    "Web Content Display",
    "<html><body><p>",
    "</p>",
    "\u00a0\u00a0\u00a0",
    "\n",
    "\n\n",
    ": ",
    "(",
    ")",
]
page_like = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=40).map(
    "".join
)


def check(data):
    try:
        page = recognise(data, "fuzz.txt")
    except UnreadablePage as refusal:
        assert refusal.reason
        return
    assert isinstance(page, ParsedPage)
    facts = page.to_json()
    assert facts["site_kind"] in {"article", "listing", "homepage"}
    assert facts["qa_turns"] >= 0


@settings(max_examples=300, deadline=DEADLINE, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes(data):
    check(data)


@settings(max_examples=300, deadline=DEADLINE, suppress_health_check=[HealthCheck.too_slow])
@given(page_like)
def test_page_like_text(text):
    check(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=100, deadline=DEADLINE)
@given(st.integers(min_value=0, max_value=4000), st.sampled_from(sorted(FIXTURES.glob("*.txt"))))
def test_pages_cut_anywhere(cut, path):
    check(path.read_bytes()[:cut])
