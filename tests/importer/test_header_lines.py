"""Dates printed by an HTML page's heading — in a <span class="date">, in the breadcrumb
area, in a meta line of section, date and place — survive the extraction of its main
text, which drops them as boilerplate (issue 14: pages of shapes the rules were not
written on)."""

from legation.importer.recognise import recognise

TEXT = (
    "<p>The Foreign Minister of Esterria received the Ambassador of Coravia in Vessa to "
    "discuss the reopening of the border crossing at Harlow and the fishing season.</p>"
    "<p>They agreed that experts of both sides would meet again before the end of the "
    "month, in Vessa or in Port Tamsin.</p>"
)


def html(head, body):
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
        f"<div id='site'><a href='/'>Ministry of Foreign Affairs of Esterria</a></div>"
        f"{body}</body></html>"
    ).encode()


def test_the_date_in_the_breadcrumb_area_is_the_stamp():
    body = (
        "<div class='crumbs'><a href='/'>Home</a> / <a href='/news'>News</a> "
        "<span class='item-date'>04.11.2025</span></div>"
        f"<div id='main'><h1>Foreign Minister received the Ambassador of Coravia</h1>{TEXT}</div>"
    )
    page = recognise(html("<title>News</title>", body), "meeting.html")
    assert page.title == "Foreign Minister received the Ambassador of Coravia"
    assert page.published.isoformat() == "2025-11-04"


def test_a_meta_line_of_section_date_and_place_under_the_heading_gives_the_event():
    head = '<meta property="article:published_time" content="2025-11-04T16:40:00+01:00">'
    body = (
        "<main><h1>Experts to meet on the Harlow border crossing</h1>"
        "<div class='meta'><span class='section'>Minister</span> "
        "<span class='date'>4 November 2025</span> <span class='place'>Vessa</span></div>"
        f"{TEXT}</main>"
    )
    page = recognise(html(head, body), "meeting.html")
    assert page.published.isoformat() == "2025-11-04T16:40"  # the metadata still wins
    assert (page.event_place, page.event_date.isoformat()) == ("Vessa", "2025-11-04")


def test_list_items_with_the_date_in_a_span_beside_the_link_are_dated_items():
    items = "".join(
        f"<li><span class='date'>0{day}.11.2025</span> <a href='/{day}'>{title}</a></li>"
        for day, title in (
            (6, "Foreign Minister received the Ambassador of Coravia"),
            (4, "Experts to meet on the Harlow border crossing"),
            (2, "Consular day held in Port Tamsin for the fishing crews"),
        )
    )
    page = recognise(html("<title>News</title>", f"<h1>News</h1><ul>{items}</ul>"), "news.html")
    assert page.site_kind == "listing"
    assert [(item.date.isoformat(), item.title) for item in page.listing_items] == [
        ("2025-11-06", "Foreign Minister received the Ambassador of Coravia"),
        ("2025-11-04", "Experts to meet on the Harlow border crossing"),
        ("2025-11-02", "Consular day held in Port Tamsin for the fishing crews"),
    ]


# The same header lines in a crawler's plain text.

LEAD = (
    "The Foreign Minister of Esterria received the Ambassador of Coravia to discuss the "
    "reopening of the border crossing at Harlow and the fishing season."
)


def text_page(*header):
    return "\n\n".join(["Ministry of Foreign Affairs of Esterria", *header, LEAD]).encode()


def test_a_newsrooms_meta_line_gives_the_event_and_is_no_stamp():
    page = recognise(
        text_page(
            "Experts to meet on the Harlow border crossing", "Minister 4 November 2025 Vessa"
        ),
        "meeting.txt",
    )
    assert page.title == "Experts to meet on the Harlow border crossing"
    assert (page.event_place, page.event_date.isoformat()) == ("Vessa", "2025-11-04")
    assert page.published is None  # a place with the date is a dateline


def test_a_stamp_labelled_with_a_longer_label_is_read():
    page = recognise(
        text_page(
            "Le ministre a reçu l'ambassadeur de Coravie", "Date de publication : 4 novembre 2025"
        ),
        "rencontre.txt",
    )
    assert page.published.isoformat() == "2025-11-04"


def test_a_numbered_releases_title_states_its_date():
    title = "No: 212, 4 November 2025, Press Release Regarding the Harlow Border Crossing"
    page = recognise(text_page(title), "release.txt")
    assert page.title == title
    assert page.published.isoformat() == "2025-11-04"
    assert page.doc_type == "press_release"
