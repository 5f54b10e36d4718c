"""The two sample pages, read at run time: their facts as a careful reader states them."""

import re

from legation.importer.recognise import DRY_RUN_KEYS, recognise


def non_empty_lines(path):
    return [line.strip() for line in path.read_text().splitlines() if line.strip()]


def test_embassy_homepage(seed):
    path = seed("000")
    page = recognise(path.read_bytes(), path.name)
    facts = page.to_json()

    assert tuple(facts) == DRY_RUN_KEYS
    assert facts["site_kind"] == "homepage"
    assert facts["doc_type"] == "news_list"
    assert facts["language"] == "en"
    # The date over the clocks is the moment of the crawl, not a publication date.
    assert facts["published"] is None
    assert facts["speakers"] == [] and facts["qa_turns"] == 0
    dated = [re.match(r"^(\d\d)\.(\d\d)\.(\d{4}) - (.+)$", line) for line in non_empty_lines(path)]
    expected = [
        {"date": f"{m[3]}-{m[2]}-{m[1]}", "title": m[4].strip()} for m in dated if m is not None
    ]
    assert len(expected) == 10
    assert facts["listing_items"] == expected


def test_embassy_homepage_candidates(seed):
    path = seed("000")
    widgets = recognise(path.read_bytes(), path.name).widgets

    assert [(clock.city, clock.zone) for clock in widgets.clocks] == [
        ("Moscow", "Europe/Moscow"),
        ("London", "Europe/London"),
    ]
    assert widgets.crawl_date.isoformat() == "2020-10-25"
    assert [contact.label for contact in widgets.contacts] == ["Consular queries"]
    assert widgets.contacts[0].phone.startswith("+44")
    assert [(c.days, c.start_date.isoformat()) for c in widgets.counters] == [
        (966, "2018-03-04"),
        (958, "2018-03-12"),
    ]


def test_ministry_transcript(seed):
    path = seed("004")
    page = recognise(path.read_bytes(), path.name)
    facts = page.to_json()

    assert facts["site_kind"] == "article"
    assert facts["language"] == "en"
    assert facts["doc_type"] == "transcript"
    assert facts["title"] == non_empty_lines(path)[1]
    assert facts["published"] == "2021-05-12T22:50"
    assert facts["event_place"] == "Moscow"
    assert facts["event_date"] == "2021-05-12"
    # The other principal is addressed and spoken after, but his words are not given.
    assert facts["speakers"] == ["Sergey Lavrov"]
    assert facts["qa_turns"] == 4
    assert facts["languages_offered"] == ["de-DE", "en-GB", "es-ES", "ru-RU", "fr-FR"]
    assert facts["listing_items"] == []


def test_ministry_transcript_body_and_card(seed):
    path = seed("004")
    page = recognise(path.read_bytes(), path.name)
    types = [block.type for block in page.blocks]

    assert types == ["statement"] + ["question", "answer"] * 4
    questions = [block.value for block in page.blocks if block.type == "question"]
    assert questions[0]["addressed_to"] == ["Sergey Lavrov"]
    assert {name for q in questions[1:] for name in q["addressed_to"]} == {"Antonio Guterres"}
    answers = [block.value for block in page.blocks if block.type == "answer"]
    assert [a["speaking_after"] for a in answers] == [None] + ["Antonio Guterres"] * 3
    body_text = " ".join(str(block.value) for block in page.blocks)
    for furniture in ("Web Content Display", "Additional materials", "General Information"):
        assert furniture not in body_text
    assert page.organisation.website.startswith("https://")
    assert page.organisation.head_name and page.organisation.head_role
    assert page.organisation.address
