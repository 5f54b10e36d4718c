"""HTML pages that state their title and date in their own metadata (JSON-LD, as many news
CMSs emit it) have them taken from there when the markup has no <h1> or meta tag for them."""

import json

from legation.importer.recognise import recognise
from legation.importer.recognise.evidence import LOW_CONFIDENCE

BODY = (
    "<p>The Ministry of Foreign Affairs of Esterria welcomes the agreement reached by the "
    "coastal states on fishing quotas, after three rounds of talks in Vessa.</p>"
    "<p>It calls on all parties to put the agreement into effect without delay.</p>"
)


def page_with(json_ld, heading=""):
    script = f'<script type="application/ld+json">{json.dumps(json_ld)}</script>'
    return (
        f"<html><head><title>News | Ministry of Foreign Affairs</title>{script}</head>"
        f"<body>{heading}<div class='text'>{BODY}</div></body></html>"
    ).encode()


ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Statement on the agreement on fishing quotas",
    "datePublished": "2022-06-13T10:30:00+02:00",
}


def test_title_and_publication_time_come_from_json_ld():
    page = recognise(page_with(ARTICLE), "statement.html")
    assert page.title == "Statement on the agreement on fishing quotas"
    assert page.published.isoformat() == "2022-06-13T10:30"
    assert page.doc_type == "statement"


def test_json_ld_in_a_graph_is_read_too():
    graph = {"@context": "https://schema.org", "@graph": [{"@type": "WebSite"}, ARTICLE]}
    page = recognise(page_with(graph), "statement.html")
    assert page.title == "Statement on the agreement on fishing quotas"
    assert page.published.isoformat() == "2022-06-13T10:30"


def test_the_pages_own_heading_wins_over_json_ld():
    heading = "<h1>Statement by the Ministry on fishing quotas</h1>"
    page = recognise(page_with(ARTICLE, heading), "statement.html")
    assert page.title == "Statement by the Ministry on fishing quotas"


def test_broken_json_ld_is_ignored():
    markup = page_with(ARTICLE).replace(b'"headline"', b'"headline" ,,')
    page = recognise(markup, "statement.html")
    assert page.title == "News | Ministry of Foreign Affairs"


# Kind, speakers and dates from the markup, each with the source that won in its reason.

UNTITLED = "<h1>On the agreement on fishing quotas</h1>"  # a title that names no kind


def page_marked(head="", before="", json_ld=None):
    script = f'<script type="application/ld+json">{json.dumps(json_ld)}</script>' if json_ld else ""
    return (
        f"<html><head><title>Ministry of Foreign Affairs</title>{script}{head}</head>"
        f"<body>{before}<div class='text'>{BODY}</div></body></html>"
    ).encode()


def reason(page, field):
    return page.reasons_json()["why"][field]


def test_the_kind_comes_from_the_json_ld_section_when_the_title_names_none():
    marked = {**ARTICLE, "articleSection": "Speeches"}
    page = recognise(page_marked(before=UNTITLED, json_ld=marked), "speech.html")

    assert page.doc_type == "speech"
    assert reason(page, "doc_type")["source"] == "JSON-LD articleSection"


def test_the_kind_comes_from_the_breadcrumb_trail():
    trail = (
        "<nav class='breadcrumbs'><a href='/'>Home</a> › <a href='/press'>Press</a> › "
        "<a href='/press/statements'>Statements</a> › <span>On the agreement</span></nav>"
    )
    page = recognise(page_marked(before=trail + UNTITLED), "statement.html")

    assert page.doc_type == "statement"
    assert reason(page, "doc_type") == {
        "rule": "what the breadcrumb trail calls the page",
        "source": "the breadcrumb trail",
        "confidence": 0.85,
    }


def test_the_kind_comes_from_a_json_ld_breadcrumb_list():
    crumbs = ["Home", "Press releases", "On the agreement on fishing quotas"]
    trail = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": number, "name": name}
            for number, name in enumerate(crumbs, 1)
        ],
    }
    page = recognise(page_marked(before=UNTITLED, json_ld=trail), "release.html")

    assert page.doc_type == "press_release"
    assert reason(page, "doc_type")["source"] == "JSON-LD BreadcrumbList"


def test_a_specific_json_ld_type_names_the_kind_and_a_generic_one_does_not():
    release = recognise(
        page_marked(before=UNTITLED, json_ld={**ARTICLE, "@type": "PressRelease"}), "a.html"
    )
    news = recognise(page_marked(before=UNTITLED, json_ld=ARTICLE), "b.html")

    assert release.doc_type == "press_release"
    assert reason(release, "doc_type")["source"] == "JSON-LD @type"
    # Every article of a CMS is a NewsArticle: the type says nothing of the kind (the text,
    # which welcomes an agreement, does).
    assert reason(news, "doc_type")["source"] != "JSON-LD @type"
    assert reason(news, "doc_type")["rule"] != "what JSON-LD @type calls the page"


def test_the_titles_phrase_wins_over_the_section_and_the_doubt_shows():
    head = '<meta property="article:section" content="Interviews">'
    page = recognise(page_marked(head, "<h1>Speech on the fishing quotas</h1>"), "a.html")
    agreeing = recognise(
        page_marked(before="<h1>Speech on the fishing quotas</h1>",
                    json_ld={**ARTICLE, "articleSection": "Speeches"}),
        "b.html",
    )  # fmt: skip

    assert page.doc_type == "speech"
    assert reason(page, "doc_type")["rule"] == (
        'the title\'s phrase, over <meta property="article:section">'
    )
    assert reason(page, "doc_type")["confidence"] < reason(agreeing, "doc_type")["confidence"]


SPEECH = "<h1>Speech at the opening of the Coastal Forum</h1>"  # names no speaker


def test_the_speaker_is_the_json_ld_author_when_a_person():
    person = {**ARTICLE, "author": {"@type": "Person", "name": "Ilse Varga"}}
    institution = {**ARTICLE, "author": {"@type": "Organization", "name": "Ministry"}}

    page = recognise(page_marked(before=SPEECH, json_ld=person), "a.html")
    unsigned = recognise(page_marked(before=SPEECH, json_ld=institution), "b.html")

    assert page.speakers == ["Ilse Varga"]
    assert reason(page, "speakers")["source"] == "JSON-LD author (Person)"
    assert unsigned.speakers == []


def test_the_speaker_is_the_meta_author_only_when_it_reads_as_a_persons_name():
    named = '<meta name="author" content="Jean-Luc de la Roche">'
    service = '<meta name="author" content="Press Service of the Ministry">'

    page = recognise(page_marked(named, SPEECH), "a.html")
    unsigned = recognise(page_marked(service, SPEECH), "b.html")

    assert page.speakers == ["Jean-Luc de la Roche"]
    assert reason(page, "speakers")["source"] == '<meta name="author">'
    assert unsigned.speakers == []
    assert reason(unsigned, "speakers")["confidence"] < reason(page, "speakers")["confidence"]


def test_an_interviews_author_is_the_interviewer_not_a_speaker():
    named = '<meta name="author" content="Ilse Varga">'
    page = recognise(page_marked(named, "<h1>Interview on the fishing quotas</h1>"), "a.html")
    assert "Ilse Varga" not in page.speakers


def test_the_publication_time_comes_from_the_articles_time_element():
    stamped = (
        "<aside><time datetime='2023-01-05'>5 January</time></aside>"
        f"<article>{SPEECH}<time datetime='2023-02-01T09:00:00+01:00'>1 February 2023</time>"
        "</article>"
    )
    page = recognise(page_marked(before=stamped), "a.html")

    assert page.published.isoformat() == "2023-02-01T09:00"
    assert reason(page, "published")["source"] == "<article> <time datetime>"


def test_the_last_change_is_the_date_of_last_resort_and_says_so():
    head = '<meta property="article:modified_time" content="2023-02-03T10:00:00Z">'
    modified = recognise(page_marked(head, SPEECH), "a.html")
    published = recognise(
        page_marked(head + '<meta property="article:published_time" content="2023-02-01">',
                    SPEECH),
        "b.html",
    )  # fmt: skip

    assert modified.published.isoformat() == "2023-02-03T10:00"
    assert reason(modified, "published")["rule"] == "article:modified_time"
    assert reason(modified, "published")["confidence"] < LOW_CONFIDENCE
    assert published.published.isoformat() == "2023-02-01"


def test_microdata_date_published_is_read():
    stamped = f"{SPEECH}<span itemprop='datePublished' content='2023-03-04'>4 March</span>"
    page = recognise(page_marked(before=stamped), "a.html")

    assert page.published.isoformat() == "2023-03-04"
    assert reason(page, "published")["rule"] == "microdata datePublished"
