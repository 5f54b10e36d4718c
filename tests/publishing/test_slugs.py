"""A document's address comes from its title: in the editor as the title is typed, and for
what the demo and the importer write — readable, ASCII, unique within its archive."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale, Page, Site

from legation.documents.models import ArchivePage, DocumentPage
from legation.documents.slugs import SLUG_LENGTH, free_slug, slug_from_title
from legation.importer.recognise import recognise
from legation.importer.writer import PageWriter
from legation.missions.models import MissionHomePage
from tests.importer.conftest import FIXTURES
from tests.utils.builders import make_kind, make_ministry

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def test_the_title_fills_in_the_slug_in_the_document_editor(editor):
    _ministry, archive = make_ministry()
    make_kind("statement")
    add = reverse("wagtailadmin_pages:add", args=["documents", "documentpage", archive.pk])

    html = editor.get(add).content.decode()

    # Wagtail's slug sync: the title field drives the Promote tab's slug field as it is typed.
    title = re.search(r'<input[^>]*name="title"[^>]*>', html).group(0)
    assert 'data-controller="w-sync"' in title
    assert 'data-w-sync-target-value="#id_slug"' in title
    assert "keyup-&gt;w-sync#apply" in title


def test_a_title_becomes_a_readable_ascii_slug():
    assert slug_from_title("Statement on the Marenburg fisheries accord") == (
        "statement-on-the-marenburg-fisheries-accord"
    )
    assert slug_from_title("Заявление МИД о задержании судна «Щука»") == (
        "zayavlenie-mid-o-zaderzhanii-sudna-shchuka"
    )
    assert slug_from_title("Erklärung zur Außenpolitik") == "erklarung-zur-aussenpolitik"
    assert slug_from_title("«»") == "document"


def test_a_long_title_is_cut_at_a_word():
    title = "Remarks and answers to media questions at a joint news conference " * 3
    slug = slug_from_title(title)
    assert len(slug) <= SLUG_LENGTH
    assert title.lower().replace(" ", "-").startswith(slug + "-")


def test_a_taken_slug_gets_the_next_number():
    taken = {"briefing", "briefing-2"}
    assert free_slug("briefing", taken) == "briefing-3"
    assert free_slug("briefing", taken) == "briefing-4"
    assert free_slug("interview", taken) == "interview"
    long = slug_from_title("remarks " * 40)
    numbered = free_slug(long, {long})
    assert len(numbered) <= SLUG_LENGTH
    assert re.fullmatch(r"(remarks-)+2", numbered)  # cut at a word, not inside one


def imported(text, name):
    return recognise(text.encode(), name)


def test_imported_documents_get_their_titles_slugs_numbered_in_their_archive():
    locale = Locale.objects.get(language_code="ru-ru")
    home = Page.get_first_root_node().add_child(
        instance=MissionHomePage(
            title="Посольство", slug="embassy", locale=locale, time_zone="Europe/Madrid"
        )
    )
    home.save_revision().publish()
    Site.objects.create(hostname="embassy.example", root_page=home)
    archive = home.add_child(instance=ArchivePage(title="Все сообщения", slug="archive"))
    archive.save_revision().publish()
    briefing = (FIXTURES / "ru_briefing.txt").read_text()
    next_day = briefing.replace("25 октября 2020 г.", "26 октября 2020 г.", 1)
    writer = PageWriter(home)

    writer(imported(briefing, "ru_briefing.txt"))
    writer(imported(next_day, "ru_briefing_next_day.txt"))

    first, second = DocumentPage.objects.child_of(archive).order_by("pk")
    assert first.title == second.title
    assert first.slug.startswith("brifing-ofitsialnogo-predstavitelya-mid-")
    assert second.slug == f"{first.slug}-2"
