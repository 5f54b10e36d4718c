"""Language switchers as real sites print them (issue 14): in a column, as a single link to
the other version under a heading, and with languages beyond the five."""

import pytest

from legation.importer.recognise import recognise
from legation.importer.recognise.furniture import switcher_codes

STATEMENT = "Statement on the northern strait\n\n" + 2 * (
    "The ministry calls on all sides to show restraint at sea and to keep the ferry lines open. "
)


def offered(header, body=STATEMENT):
    return recognise(f"{header}\n\n{body}".encode(), "page.txt").languages_offered


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        ("DE FR IT EN", ["de", "fr", "it", "en"]),
        ("中文 | English | Français | Español | Русский", ["zh", "en", "fr", "es", "ru"]),
        ("Japanese | English", ["ja", "en"]),
        ("it is", None),
    ],
)
def test_rows_name_languages_beyond_the_five(line, codes):
    assert switcher_codes(line) == codes


def test_a_column_of_language_names_is_one_switcher():
    assert offered("Northern Sea Alliance\n\nEnglish\nFrançais\nРусский") == ["en", "fr", "ru"]


def test_a_single_link_under_a_heading_offers_the_other_version_and_the_page_itself():
    page = recognise(f"Language selection\nFrançais\n\n{STATEMENT}".encode(), "page.txt")
    assert sorted(page.languages_offered) == ["en", "fr"]
    assert page.title == "Statement on the northern strait"


def test_a_lone_language_name_in_the_text_is_no_switcher():
    assert offered("Interpretation", f"{STATEMENT}\nEnglish\n\nThe talks will go on.") == []


def test_hreflang_links_to_the_translations_offer_the_page_itself_too():
    html = (
        '<html lang="en"><head><link rel="alternate" hreflang="fr" href="/fr/">'
        '<link rel="alternate" hreflang="it" href="/it/"></head><body>'
        "<h1>Statement on the northern strait</h1>"
        f"<p>{STATEMENT}</p></body></html>"
    )
    page = recognise(html.encode(), "page.html")
    assert sorted(page.languages_offered) == ["en", "fr", "it"]


def test_an_html_list_of_language_names_is_the_switcher():
    html = (
        '<html lang="ru"><body><div class="top"><a href="/">Министерство иностранных дел</a>'
        '<ul class="lang"><li><a href="/ru/">Русский</a></li><li><a href="/en/">English</a></li>'
        '<li><a href="/de/">Deutsch</a></li></ul></div>'
        "<h1>Заявление МИД о судоходстве в северном проливе</h1>"
        + "<p>Министерство призывает все стороны проявлять сдержанность на море.</p>" * 4
        + "</body></html>"
    )
    page = recognise(html.encode(), "page.html")
    assert page.languages_offered == ["ru", "en", "de"]
