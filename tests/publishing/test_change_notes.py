"""Change notes: a document's significant updates, listed on its page with their dates."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, TranslationSource

from legation.documents.models import DocumentPage
from legation.publishing.models import DocumentChangeNote
from tests.utils.builders import (
    MINISTRY_HOST,
    add_document,
    locale,
    make_kind,
    make_ministry,
    paragraph,
    translate,
)

pytestmark = pytest.mark.django_db

# 12:10 UTC is 14:10 in Berlin in summer.
NOTE_MOMENT = datetime.datetime(2026, 5, 3, 12, 10, tzinfo=datetime.UTC)
LATER_MOMENT = datetime.datetime(2026, 5, 4, 7, 0, tzinfo=datetime.UTC)


@pytest.fixture
def ministry():
    home, archive = make_ministry(time_zone="Europe/Berlin")
    return home, archive


@pytest.fixture
def document(ministry):
    _home, archive = ministry
    document = add_document(
        archive,
        "Statement on the visit to Harbourton",
        make_kind("statement"),
        published_at=datetime.datetime(2026, 5, 2, 8, 0, tzinfo=datetime.UTC),
        body=[paragraph("The minister visited Harbourton.")],
    )
    # Entered in the editor's other order: the page lists them by date.
    document.change_notes.add(DocumentChangeNote(moment=LATER_MOMENT, note="added the photos"))
    document.change_notes.add(
        DocumentChangeNote(moment=NOTE_MOMENT, note="corrected the date of the visit")
    )
    document.save_revision().publish()
    return DocumentPage.objects.get(pk=document.pk)


def html_of(client, page):
    response = client.get(page.url, HTTP_HOST=MINISTRY_HOST)
    assert response.status_code == 200
    return response.content.decode()


def test_change_notes_are_listed_by_date_in_the_sites_zone(client, document):
    html = html_of(client, document)

    first = html.index("Updated 3 May 2026 14:10</time>: corrected the date of the visit")
    second = html.index("Updated 4 May 2026 09:00</time>: added the photos")
    assert first < second
    assert 'datetime="2026-05-03T14:10:00+02:00"' in html  # the same moment, as the site reads it


def test_a_document_without_change_notes_shows_no_list(client, ministry):
    _home, archive = ministry
    document = add_document(archive, "Plain statement", make_kind("statement"))

    assert "document__updates" not in html_of(client, document)


def test_a_translated_note_reads_in_its_language_with_the_sources_moment(
    client, ministry, document, django_capture_on_commit_callbacks
):
    home, archive = ministry
    translate(home, "de-de")
    translate(archive, "de-de")
    german = locale("de-de")
    source, _created = TranslationSource.get_or_create_from_instance(document)
    segments = {
        segment.string.data: segment
        for segment in source.stringsegment_set.select_related("string")
    }
    # wagtail-localize offers the note to translators, not the moment.
    assert "corrected the date of the visit" in segments
    assert not any("2026" in text for text in segments)
    note = segments["corrected the date of the visit"]
    StringTranslation.objects.create(
        translation_of=note.string,
        locale=german,
        context=note.context,
        data="Datum des Besuchs korrigiert",
    )
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(german, fallback=True)
    translation = DocumentPage.objects.get(translation_key=document.translation_key, locale=german)

    html = html_of(client, translation)

    assert "Aktualisiert am 3. Mai 2026 14:10</time>: Datum des Besuchs korrigiert" in html
    assert [note.moment for note in translation.change_notes.order_by("moment")] == [
        NOTE_MOMENT,
        LATER_MOMENT,
    ]


def test_an_editor_records_a_change_note_in_the_documents_form(client, document):
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    notes = list(document.change_notes.order_by("sort_order"))
    data = nested_form_data(
        {
            "title": document.title,
            "slug": document.slug,
            "kind": document.kind_id,
            "published_at": "2026-05-02 10:00",
            "event_date_precision": "day",
            "lead": "",
            "body": streamfield(
                [("paragraph", rich_text("<p>The minister visited Harbourton.</p>"))]
            ),
            "related_documents": inline_formset([]),
            "attachments": inline_formset([]),
            "change_notes": inline_formset(
                [
                    {
                        "id": note.pk,
                        "moment": note.moment.strftime("%Y-%m-%d %H:%M"),
                        "note": note.note,
                    }
                    for note in notes
                ]
                + [{"moment": "2026-05-05 10:00", "note": "named the second delegation"}],
                initial=len(notes),
            ),
            "action-publish": "publish",
        }
    )

    response = client.post(reverse("wagtailadmin_pages:edit", args=[document.pk]), data)

    assert response.status_code == 302, response.content.decode()[:3000]
    assert "named the second delegation" in html_of(client, document)


def test_change_note_times_are_the_sites_whatever_the_editors_zone(client, document):
    editor = get_user_model().objects.create_superuser("traveller", "t@example.org", "pw")
    profile = UserProfile.get_for_user(editor)
    profile.current_time_zone = "America/New_York"
    profile.save()
    client.force_login(editor)
    edit = reverse("wagtailadmin_pages:edit", args=[document.pk])

    # Shown as Berlin's wall-clock time, as the page shows it to readers.
    assert 'value="2026-05-03 14:10"' in client.get(edit).content.decode()

    data = nested_form_data(
        {
            "title": document.title,
            "slug": document.slug,
            "kind": document.kind_id,
            "published_at": "2026-05-02 10:00",
            "event_date_precision": "day",
            "lead": "",
            "body": streamfield([]),
            "related_documents": inline_formset([]),
            "attachments": inline_formset([]),
            "change_notes": inline_formset(
                [{"moment": "2026-05-05 10:00", "note": "named the second delegation"}]
            ),
            "action-publish": "publish",
        }
    )
    response = client.post(edit, data)

    assert response.status_code == 302, response.content.decode()[:3000]
    note = DocumentPage.objects.get(pk=document.pk).change_notes.get(note__startswith="named")
    assert note.moment == datetime.datetime(2026, 5, 5, 8, 0, tzinfo=datetime.UTC)  # 10:00 Berlin
