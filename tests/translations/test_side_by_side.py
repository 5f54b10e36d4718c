"""A translator sees the source and the translation side by side, turn by turn, and which turns
the source changed since the translation was last synchronised."""

import lxml.html
from django.urls import reverse
from wagtail_localize.models import TranslationSource

from legation.documents.models import DocumentPage

from . import test_editing
from .test_editing import translate_into_russian

# The translators' transcript and the Russian site, as the editing tests build them.
transcript = test_editing.transcript
russian_site = test_editing.russian_site

UNCHANGED = ""


def compare_url(page):
    return reverse("legation_translations:compare", args=[page.pk])


def side_by_side(client, page):
    """[(turn, source, translation, mark)] as the translator reads them."""
    response = client.get(compare_url(page))
    assert response.status_code == 200
    rows = lxml.html.fromstring(response.content).xpath('//table[@id="side-by-side"]/tbody/tr')
    return [
        tuple(" ".join(cell.text_content().split()) for cell in row.xpath("td")) for row in rows
    ]


TRANSLATED = [
    (
        "1. statement",
        "Vera Anders Good afternoon. We begin with the harbour agreement.",
        "Вера Андерс Добрый день. Начнём с портового соглашения.",
        UNCHANGED,
    ),
    (
        "2. question",
        "Radio North When will the talks resume?",
        "Радио «Север» Когда возобновятся переговоры?",
        UNCHANGED,
    ),
    (
        "3. answer",
        "Tomas Lind Next month, in the capital.",
        "Томас Линд В следующем месяце, в столице.",
        UNCHANGED,
    ),
    (
        "4. answer",
        "Vera Anders I would add that the date is agreed.",
        "Вера Андерс Добавлю, что дата согласована.",
        UNCHANGED,
    ),
    ("5. note", "(Laughter)", "(Смех)", UNCHANGED),
]


def edit_third_turn(transcript):
    source = DocumentPage.objects.get(pk=transcript.pk)
    body = source.body.raw_data
    body[2]["value"]["text"] = "<p>Next month, in the capital, at the ministry.</p>"
    source.body = list(body)
    source.save_revision().publish()


def test_each_turn_of_the_source_beside_its_translation(admin_client, russian_site, transcript):
    russian = translate_into_russian(admin_client, transcript)

    assert side_by_side(admin_client, russian) == TRANSLATED


def test_a_turn_changed_in_the_source_is_marked_until_synchronised_then_awaits_translation(
    admin_client, russian_site, transcript
):
    russian = translate_into_russian(admin_client, transcript)
    edit_third_turn(transcript)

    rows = side_by_side(admin_client, russian)
    assert [row[3] for row in rows] == [
        UNCHANGED,
        UNCHANGED,
        "changed in the source",
        UNCHANGED,
        UNCHANGED,
    ]
    assert rows[2][1] == "Tomas Lind Next month, in the capital, at the ministry."
    assert rows[2][2] == "Томас Линд В следующем месяце, в столице."

    localize_source = TranslationSource.objects.get(object_id=transcript.translation_key)
    admin_client.post(
        reverse("wagtail_localize:update_translations", args=[localize_source.pk]), {}
    )

    rows = side_by_side(admin_client, russian)
    assert [row[3] for row in rows] == [
        UNCHANGED,
        UNCHANGED,
        "awaiting translation",
        UNCHANGED,
        UNCHANGED,
    ]


def test_the_translation_links_to_the_comparison_and_the_source_does_not(
    admin_client, russian_site, transcript, ministry
):
    russian = translate_into_russian(admin_client, transcript)

    # In the explorer, the Russian document's row; the English one's has no such link.
    russian_archive = russian.get_parent()
    explorer = admin_client.get(reverse("wagtailadmin_explore", args=[russian_archive.pk]))
    assert compare_url(russian) in explorer.content.decode()
    english_explorer = admin_client.get(
        reverse("wagtailadmin_explore", args=[transcript.get_parent().pk])
    )
    assert "Compare with source" not in english_explorer.content.decode()
    # In the translation status report, beside the translation.
    status = admin_client.get(reverse("legation_translations:status") + "?language=ru-ru")
    assert compare_url(russian) in status.content.decode()
    # The original itself has nothing to be compared with: back to its editor, saying so.
    response = admin_client.get(compare_url(transcript), follow=True)
    assert response.redirect_chain == [
        (reverse("wagtailadmin_pages:edit", args=[transcript.pk]), 302)
    ]
    assert "This document is the original: it has no source to compare with." in [
        str(message) for message in response.context["messages"]
    ]


def test_the_comparison_is_for_the_admin_only(client, russian_site, transcript, admin_client):
    russian = translate_into_russian(admin_client, transcript)

    response = client.get(compare_url(russian))

    assert response.status_code == 302 and "/admin/login/" in response["Location"]
