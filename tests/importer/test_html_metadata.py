"""HTML pages that state their title and date in their own metadata (JSON-LD, as many news
CMSs emit it) have them taken from there when the markup has no <h1> or meta tag for them."""

import json

from legation.importer.recognise import recognise

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
