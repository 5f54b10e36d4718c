"""The public gate, condition by condition, through what readers open.

Each condition of `legation/core/models/gate.py` has a test here that fails when that
condition alone is taken out (live, go-live, expiry, publication time on document querysets
and on plain Page querysets, the original version's release and its times, view
restrictions, the serving check).
"""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone
from freezegun import freeze_time
from wagtail.documents.models import Document
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from legation.core.models import PublicGate
from legation.documents.models import DocumentAttachment, DocumentPage
from tests.utils.builders import (
    MINISTRY_HOST,
    MISSION_HOST,
    add_document,
    make_kind,
    make_ministry,
    make_mission,
    translate,
)

pytestmark = pytest.mark.django_db

LATER = timezone.now() + datetime.timedelta(days=3650)


@pytest.fixture
def mission():
    """The London-style mission in English and Russian, with an archive in each."""
    make_ministry()
    home, archive = make_mission()
    translate(home, "ru-ru")
    translate(archive, "ru-ru")
    return home, archive


@pytest.fixture
def kind():
    return make_kind("statement")


def page(client, url, host=MISSION_HOST):
    response = client.get(url, HTTP_HOST=host)
    return response.status_code, response.content.decode()


def publish_without_schedule(source, language_code, title):
    """A translation published at once, whatever its source's schedule: wagtail-localize copies
    the source's publication time, but a translator may change it and press "Publish"."""
    translation = translate(source, language_code, title=title, publish=False)
    translation.published_at = timezone.now() - datetime.timedelta(minutes=1)
    translation.save_revision().publish()
    return DocumentPage.objects.get(pk=translation.pk)


def move_publication_time(document, moment):
    """A live document whose publication time was moved into the future: the state an editor
    reaches by publishing a scheduled document, then changing its time to tomorrow."""
    DocumentPage.objects.filter(pk=document.pk).update(published_at=moment)


def test_a_translation_published_while_its_source_is_scheduled_stays_hidden(client, mission, kind):
    _home, archive = mission
    source = add_document(
        archive, "Statement due in ten years", kind, live=False, published_at=LATER
    )
    russian = publish_without_schedule(source, "ru-ru", "Заявление через десять лет")
    assert russian.live  # Wagtail made it live: only the gate holds it back

    status, _html = page(client, russian.url)
    assert status == 404
    for url in ("/ru-ru/", "/ru-ru/news/"):
        status, html = page(client, url)
        assert status == 200
        assert russian.title not in html and russian.slug not in html

    # At its time the source goes live, and the translation with it.
    with freeze_time(LATER + datetime.timedelta(seconds=1)):
        call_command("publish_scheduled", verbosity=0)
        assert page(client, russian.url)[0] == 200
        assert russian.title in page(client, "/ru-ru/news/")[1]


def test_a_translation_of_a_draft_source_stays_hidden(client, mission, kind):
    _home, archive = mission
    source = add_document(archive, "Statement still in draft", kind, live=False)
    russian = translate(source, "ru-ru", title="Заявление в черновике")

    assert page(client, russian.url)[0] == 404
    assert russian.title not in page(client, "/ru-ru/news/")[1]


def test_a_translation_is_held_back_while_its_source_is_moved_to_a_later_time(
    client, mission, kind
):
    _home, archive = mission
    source = add_document(archive, "Statement moved to tomorrow", kind)
    russian = translate(source, "ru-ru", title="Заявление перенесено")
    assert page(client, russian.url)[0] == 200

    move_publication_time(source, LATER)

    assert page(client, russian.url)[0] == 404
    assert russian.title not in page(client, "/ru-ru/news/")[1]


def test_a_translation_leaves_when_its_source_expires(client, mission, kind):
    _home, archive = mission
    source = add_document(archive, "Statement that expires", kind)
    russian = translate(source, "ru-ru", title="Заявление истекает")

    DocumentPage.objects.filter(pk=source.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    assert page(client, russian.url)[0] == 404
    assert russian.title not in page(client, "/ru-ru/news/")[1]


def test_a_live_document_moved_to_a_later_time_leaks_nothing(client, mission, kind):
    _home, archive = mission
    annex = Document.objects.create(
        title="Annex", file=ContentFile(b"%PDF-1.4 annex", name="annex-later.pdf")
    )
    source = add_document(archive, "Statement postponed", kind, slug="statement-postponed")
    DocumentAttachment.objects.create(page=source, attachment=annex)
    source.save_revision().publish()
    russian = translate(source, "ru-ru", title="Заявление отложено")
    assert client.get(annex.url, HTTP_HOST=MISSION_HOST).status_code == 200

    move_publication_time(source, LATER)
    DocumentPage.objects.filter(pk=russian.pk).update(published_at=LATER)

    # The attachment is refused on every site.
    assert client.get(annex.url, HTTP_HOST=MISSION_HOST).status_code == 404
    assert client.get(annex.url, HTTP_HOST=MINISTRY_HOST).status_code == 404
    # The other language's "not found" page names neither version.
    status, html = page(client, "/de-de/news/statement-postponed/")
    assert status == 404
    assert "Statement postponed" not in html and "Заявление отложено" not in html


def test_the_switcher_and_alternates_list_no_version_that_is_not_public(client, mission, kind):
    _home, archive = mission
    source = add_document(archive, "Statement in two languages", kind)
    russian = translate(source, "ru-ru", title="Заявление на двух языках")
    DocumentPage.objects.filter(pk=russian.pk).update(published_at=LATER)

    status, html = page(client, source.url)
    assert status == 200
    assert russian.url not in html
    assert 'hreflang="ru-RU"' not in html
    # Nor is the translation itself listed or served before its own time.
    assert page(client, russian.url)[0] == 404
    assert "Заявление на двух языках" not in page(client, "/ru-ru/news/")[1]


def test_a_live_document_before_its_publication_time_is_in_no_list_and_not_served(
    client, mission, kind
):
    _home, archive = mission
    document = add_document(archive, "Statement for later", kind)
    move_publication_time(document, LATER)

    assert page(client, document.url)[0] == 404
    for url in ("/en-gb/", "/en-gb/news/"):
        assert "Statement for later" not in page(client, url)[1]


def test_a_live_document_before_its_go_live_time_is_in_no_list_and_not_served(
    client, mission, kind
):
    _home, archive = mission
    document = add_document(archive, "Statement going live later", kind)
    DocumentPage.objects.filter(pk=document.pk).update(go_live_at=LATER)

    assert page(client, document.url)[0] == 404
    assert "Statement going live later" not in page(client, "/en-gb/news/")[1]


def test_an_expired_document_is_in_no_list_and_not_served_even_before_the_worker_runs(
    client, mission, kind
):
    _home, archive = mission
    document = add_document(archive, "Statement past its expiry", kind)
    DocumentPage.objects.filter(pk=document.pk).update(
        expire_at=timezone.now() - datetime.timedelta(seconds=1)
    )

    assert DocumentPage.objects.get(pk=document.pk).live  # no worker has run
    assert page(client, document.url)[0] == 404
    assert "Statement past its expiry" not in page(client, "/en-gb/news/")[1]


def test_a_draft_is_in_no_list_and_not_served(client, mission, kind):
    _home, archive = mission
    document = add_document(archive, "Statement drafted", kind, live=False)

    assert page(client, document.url)[0] == 404
    assert "Statement drafted" not in page(client, "/en-gb/news/")[1]


def test_an_unpublished_document_is_in_no_list_and_not_served(client, mission, kind):
    _home, archive = mission
    document = add_document(archive, "Statement taken offline", kind)
    document.unpublish()

    assert page(client, document.url)[0] == 404
    assert "Statement taken offline" not in page(client, "/en-gb/news/")[1]


def test_a_view_restricted_document_is_in_no_list_and_no_link(client, mission, kind):
    _home, archive = mission
    restricted = add_document(archive, "Statement for the staff", kind, slug="for-the-staff")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    linking = add_document(
        archive,
        "Statement linking",
        kind,
        body=[
            (
                "paragraph",
                RichText(f'<p><a linktype="page" id="{restricted.pk}">the staff text</a></p>'),
            )
        ],
    )

    assert "Statement for the staff" not in page(client, "/en-gb/news/")[1]
    assert not PublicGate().allows(restricted) and PublicGate().allows(linking)
    html = page(client, linking.url)[1]
    assert "<a>the staff text</a>" in html
    assert "for-the-staff" not in html
    # Wagtail's own serving sends the reader to log in, and shows nothing of the text.
    status, html = page(client, restricted.url)
    assert status == 302 and "Statement for the staff" not in html


def test_the_password_form_shows_nothing_of_the_page_it_guards(client, mission, kind):
    """The form is in the site's look, and holds no title, lead, version or metadata."""
    _home, archive = mission
    guarded = add_document(
        archive,
        "Statement on the Quorvane talks",
        kind,
        slug="quorvane-talks",
        lead="The Quorvane delegations met.",
        search_description="Quorvane",
    )
    translate(guarded, "ru-ru", title="Заявление о переговорах Quorvane")
    PageViewRestriction.objects.create(
        page=guarded, restriction_type=PageViewRestriction.PASSWORD, password="staff"
    )
    status, html = page(client, "/en-gb/news/quorvane-talks/")
    assert status == 200 and 'type="password"' in html and 'class="site-name"' in html
    assert "quorvane" not in html.replace("/en-gb/news/quorvane-talks/", "").lower()


def test_a_restriction_on_the_source_covers_its_translations(client, mission, kind):
    _home, archive = mission
    source = add_document(archive, "Statement for the staff only", kind)
    russian = translate(source, "ru-ru", title="Заявление для сотрудников")
    PageViewRestriction.objects.create(
        page=source, restriction_type=PageViewRestriction.PASSWORD, password="staff"
    )

    assert page(client, russian.url)[0] == 404
    assert "Заявление для сотрудников" not in page(client, "/ru-ru/news/")[1]


def test_a_restricted_section_keeps_its_documents_out_of_the_homepage(client, mission, kind):
    home, archive = mission
    add_document(archive, "Statement in a closed section", kind)
    PageViewRestriction.objects.create(page=archive, restriction_type=PageViewRestriction.LOGIN)

    status, html = page(client, "/en-gb/")
    assert status == 200
    assert "Statement in a closed section" not in html


def test_once_public_every_condition_lets_it_through(client, mission, kind):
    _home, archive = mission
    source = add_document(archive, "Statement out now", kind)
    russian = translate(source, "ru-ru", title="Заявление вышло")

    assert page(client, source.url)[0] == 200
    assert page(client, russian.url)[0] == 200
    assert "Statement out now" in page(client, "/en-gb/news/")[1]
    assert "Заявление вышло" in page(client, "/ru-ru/news/")[1]
    assert russian.url in page(client, source.url)[1]
