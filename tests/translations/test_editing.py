"""Translators at work with wagtail-localize under Wagtail 8, through the admin views they use.

A translation is created from a source document ("Translate this page"), translated segment by
segment (every block and transcript turn is its own segment), published, and then the source
changes: the translation is marked stale with the changed blocks named, and is not overwritten.
"""

import re
import uuid
from urllib.parse import urlencode

import polib
import pytest
from django.test import TestCase
from django.urls import reverse
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from legation.directory.models import Person
from legation.documents.models import DocumentPage
from legation.translations.status import SiteTranslationStatus, Status

from .conftest import add_document, locale, translate

RUSSIAN = {
    "Transcript of the press conference": "Стенограмма пресс-конференции",
    "Good afternoon. We begin with the harbour agreement.": (
        "Добрый день. Начнём с портового соглашения."
    ),
    "When will the talks resume?": "Когда возобновятся переговоры?",
    "Next month, in the capital.": "В следующем месяце, в столице.",
    "I would add that the date is agreed.": "Добавлю, что дата согласована.",
    "(Laughter)": "(Смех)",
    "Radio North": "Радио «Север»",
    "Vera Anders": "Вера Андерс",
    "Tomas Lind": "Томас Линд",
    "transcript-of-the-press-conference": "transcript-of-the-press-conference",
}


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


@pytest.fixture
def transcript(ministry, ministry_archive, statement_kind, speakers):
    vera, tomas = speakers["Vera Anders"], speakers["Tomas Lind"]
    return add_document(
        ministry_archive,
        "Transcript of the press conference",
        statement_kind,
        slug="transcript-of-the-press-conference",
        body=[
            block(
                "statement",
                {
                    "speaker": vera.pk,
                    "text": "<p>Good afternoon. We begin with the harbour agreement.</p>",
                },
            ),
            block(
                "question",
                {
                    "asker": None,
                    "outlet": "Radio North",
                    "addressed_to": [{"type": "item", "value": vera.pk, "id": str(uuid.uuid4())}],
                    "text": "<p>When will the talks resume?</p>",
                },
            ),
            block(
                "answer",
                {
                    "speaker": tomas.pk,
                    "speaking_after": None,
                    "text": "<p>Next month, in the capital.</p>",
                },
            ),
            block(
                "answer",
                {
                    "speaker": vera.pk,
                    "speaking_after": tomas.pk,
                    "text": "<p>I would add that the date is agreed.</p>",
                },
            ),
            block("note", "(Laughter)"),
        ],
    )


@pytest.fixture
def russian_site(ministry):
    """The ministry's home and archive in Russian, published, as the editors set them up."""
    translate(ministry, "ru-ru")
    translate(ministry.archive, "ru-ru")


def submit_translation(client, page, *language_codes):
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale(code).pk for code in language_codes]},
    )
    assert response.status_code == 302, response.content.decode()[:2000]


def translation_of(instance, language_code):
    source = TranslationSource.objects.get(object_id=instance.translation_key)
    return Translation.objects.get(source=source, target_locale=locale(language_code))


def translate_strings(client, translation, dictionary):
    """Each source string translated through the editor's own endpoint, as the editor does."""
    segments = translation.source.stringsegment_set.order_by("order").select_related("string")
    for segment in segments:
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        response = client.put(
            url,
            urlencode({"value": dictionary.get(segment.string.data, segment.string.data)}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), response.content


def publish_translation(client, page):
    # wagtail-localize publishes once the transaction commits; tests run inside one.
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
        )
    assert response.status_code == 302, response.content.decode()[:2000]


def russian_version(page):
    return DocumentPage.objects.get(translation_key=page.translation_key, locale=locale("ru-ru"))


def translate_into_russian(client, transcript):
    submit_translation(client, transcript, "ru-ru")
    # The speakers were sent for translation with the page; their names are translated too.
    for person in Person.objects.filter(locale=locale("en-gb")):
        if not TranslationSource.objects.filter(object_id=person.translation_key).exists():
            continue
        person_translation = translation_of(person, "ru-ru")
        translate_strings(client, person_translation, RUSSIAN)
        with TestCase.captureOnCommitCallbacks(execute=True):
            person_translation.save_target(publish=True)
    translate_strings(client, translation_of(transcript, "ru-ru"), RUSSIAN)
    page = russian_version(transcript)
    publish_translation(client, page)
    return russian_version(transcript)


def turns(html):
    """[(kind, speaker names in the heading, text)] of the rendered transcript, in order."""
    found = []
    for kind, heading, text in re.findall(
        r'<section class="turn turn--(\w+)"[^>]*>\s*<h3 class="turn__heading">(.*?)</h3>\s*'
        r'(?:<a class="turn__anchor"[^>]*>.*?</a>\s*)?<div class="turn__text"><p>(.*?)</p>',
        html,
        re.S,
    ):
        names = re.findall(r'<a href="[^"]*">([^<]+)</a>', heading)
        after = re.findall(r'class="turn__after">\((.*?)\)', heading)
        found.append((kind, names, after, text))
    return found


def test_translate_this_page_creates_a_draft_that_readers_cannot_see(
    admin_client, client, russian_site, transcript
):
    submit_translation(admin_client, transcript, "ru-ru")

    draft = russian_version(transcript)
    assert not draft.live
    assert client.get("/ru-ru/archive/transcript-of-the-press-conference/").status_code == 404
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
    assert editor.status_code == 200
    assert "translation-editor" in editor.content.decode()


def test_a_transcript_is_aligned_turn_by_turn(admin_client, russian_site, transcript):
    submit_translation(admin_client, transcript, "ru-ru")

    contexts = [
        segment.context.path
        for segment in translation_of(transcript, "ru-ru")
        .source.stringsegment_set.order_by("order")
        .select_related("context")
    ]
    block_ids = [item["id"] for item in transcript.body.raw_data]
    body_contexts = [path for path in contexts if path.startswith("body.")]
    # One segment per turn text (and the outlet of the question, and the note), each under
    # its own block's id, in the order of the turns.
    assert [path.split(".")[1] for path in body_contexts] == [
        block_ids[0],
        block_ids[1],
        block_ids[1],
        block_ids[2],
        block_ids[3],
        block_ids[4],
    ]


def test_a_transcript_translated_turn_by_turn_renders_in_order_with_its_speakers(
    admin_client, client, russian_site, transcript
):
    translate_into_russian(admin_client, transcript)

    response = client.get("/ru-ru/archive/transcript-of-the-press-conference/")

    assert response.status_code == 200
    assert turns(response.content.decode()) == [
        ("statement", ["Вера Андерс"], [], "Добрый день. Начнём с портового соглашения."),
        ("question", [], [], "Когда возобновятся переговоры?"),
        ("answer", ["Томас Линд"], [], "В следующем месяце, в столице."),
        (
            "answer",
            ["Вера Андерс"],
            ["после выступления: Томас Линд"],
            "Добавлю, что дата согласована.",
        ),
    ]
    assert "addressed to" not in response.content.decode()
    assert "адресован Вера Андерс" in response.content.decode()
    assert "(Смех)" in response.content.decode()


def test_editing_the_source_marks_the_translation_stale_and_names_the_changed_blocks(
    admin_client, client, russian_site, transcript, ministry
):
    translate_into_russian(admin_client, transcript)
    status = SiteTranslationStatus(ministry.get_site())
    assert status.documents[0].status("ru-ru") == Status.TRANSLATED

    source = DocumentPage.objects.get(pk=transcript.pk)
    body = source.body.raw_data
    body[2]["value"]["text"] = "<p>Next month, in the capital, at the ministry.</p>"
    source.body = list(body)
    source.save_revision().publish()

    document = SiteTranslationStatus(ministry.get_site()).documents[0]
    assert document.status("ru-ru") == Status.STALE
    assert [part.label for part in document.changed_blocks("ru-ru")] == ["3. answer — Tomas Lind"]
    # Publishing the source left the published translation as the translator made it.
    russian = client.get("/ru-ru/archive/transcript-of-the-press-conference/").content.decode()
    assert "В следующем месяце, в столице." in russian
    assert "at the ministry" not in russian


def test_after_synchronising_only_the_changed_turn_waits_for_a_translator(
    admin_client, russian_site, transcript, ministry
):
    translate_into_russian(admin_client, transcript)
    source = DocumentPage.objects.get(pk=transcript.pk)
    body = source.body.raw_data
    body[2]["value"]["text"] = "<p>Next month, in the capital, at the ministry.</p>"
    source.body = list(body)
    source.save_revision().publish()

    localize_source = TranslationSource.objects.get(object_id=transcript.translation_key)
    response = admin_client.post(
        reverse("wagtail_localize:update_translations", args=[localize_source.pk]), {}
    )
    assert response.status_code == 302

    document = SiteTranslationStatus(ministry.get_site()).documents[0]
    assert document.status("ru-ru") == Status.STALE
    assert [part.label for part in document.changed_blocks("ru-ru")] == ["3. answer — Tomas Lind"]
    total, translated = translation_of(transcript, "ru-ru").get_progress()
    assert (total, translated) == (total, total - 1)
    # The update did not publish: readers keep the translator's text.
    assert "В следующем месяце, в столице." in str(russian_version(transcript).body.raw_data)


def test_a_po_file_round_trip_changes_only_the_translations_it_carries(
    admin_client, russian_site, transcript
):
    translate_into_russian(admin_client, transcript)
    translation = translation_of(transcript, "ru-ru")
    page_before = russian_version(transcript)
    strings_before = set(
        StringTranslation.objects.values_list(
            "translation_of_id", "context_id", "locale_id", "data"
        )
    )

    download = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    assert {entry.msgid: entry.msgstr for entry in po}["(Laughter)"] == "(Смех)"

    # Unchanged file back in: nothing changes at all.
    upload(admin_client, translation, download.content)
    assert (
        set(
            StringTranslation.objects.values_list(
                "translation_of_id", "context_id", "locale_id", "data"
            )
        )
        == strings_before
    )

    # One entry edited by an outside translator: that translation alone changes.
    for entry in po:
        if entry.msgid == "(Laughter)":
            entry.msgstr = "(Оживление в зале)"
    upload(admin_client, translation, str(po).encode())
    strings_after = set(
        StringTranslation.objects.values_list(
            "translation_of_id", "context_id", "locale_id", "data"
        )
    )
    assert {row[3] for row in strings_before - strings_after} == {"(Смех)"}
    assert {row[3] for row in strings_after - strings_before} == {"(Оживление в зале)"}
    page_after = russian_version(transcript)
    assert list(page_after.body.raw_data) == list(page_before.body.raw_data)  # not yet published
    assert page_after.title == page_before.title

    publish_translation(admin_client, page_after)
    published = russian_version(transcript)
    changed = [
        (before, after)
        for before, after in zip(page_before.body.raw_data, published.body.raw_data, strict=True)
        if before != after
    ]
    assert changed == [
        ({**changed[0][0], "value": "(Смех)"}, {**changed[0][0], "value": "(Оживление в зале)"})
    ]
    assert (published.title, published.slug) == (page_before.title, page_before.slug)


def all_string_translations():
    return set(
        StringTranslation.objects.values_list(
            "translation_of_id", "context_id", "locale_id", "data"
        )
    )


def upload(client, translation, content):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("translation.po", content)},
    )
    assert response.status_code == 302
