""" "Translate this page" offers the languages of the page's site, and only those.

The embassy publishes in French and English; the ministry in all five languages. Through
wagtail-localize's own addresses: the form's choices, a request for another language, and the
page's "Translate this page" button.
"""

import re

import pytest
from django.urls import reverse
from wagtail_localize.models import Translation

from legation.documents.models import ArchivePage, DocumentPage

from .conftest import add_document, locale


@pytest.fixture
def embassy_statement(mission, statement_kind):
    archive = mission.add_child(instance=ArchivePage(title="Actualités", slug="actualites"))
    archive.save_revision().publish()
    french_kind = statement_kind.copy_for_translation(locale("fr-fr"))
    french_kind.name, french_kind.plural_name = "Déclaration", "Déclarations"
    french_kind.save()
    return add_document(archive, "Déclaration sur le port", french_kind, slug="declaration")


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def offered_languages(client, page):
    form = client.get(submit_url(page)).content.decode()
    offered = re.findall(r'name="locales" value="(\d+)"', form)
    return sorted(locale_code(pk) for pk in offered)


def locale_code(pk):
    from wagtail.models import Locale

    return Locale.objects.get(pk=pk).language_code


def test_the_form_offers_the_languages_of_the_embassy_only(admin_client, embassy_statement):
    assert offered_languages(admin_client, embassy_statement) == ["en-gb"]


def test_the_ministry_is_offered_its_four_other_languages(admin_client, statement):
    assert offered_languages(admin_client, statement) == ["de-de", "es-es", "fr-fr", "ru-ru"]


def test_a_request_for_a_language_the_site_does_not_publish_is_refused_clearly(
    admin_client, embassy_statement
):
    response = admin_client.post(
        submit_url(embassy_statement), {"locales": [locale("de-de").pk, locale("en-gb").pk]}
    )

    assert response.status_code == 200
    assert response.context["form"].errors["locales"] == [
        "This site does not publish in Deutsch. It publishes in English and Français."
    ]
    assert not Translation.objects.exists()
    assert not DocumentPage.objects.exclude(locale=locale("fr-fr")).exists()


def test_the_embassys_own_other_language_is_translated(admin_client, embassy_statement):
    response = admin_client.post(submit_url(embassy_statement), {"locales": [locale("en-gb").pk]})

    assert response.status_code == 302
    english = DocumentPage.objects.get(
        translation_key=embassy_statement.translation_key, locale=locale("en-gb")
    )
    assert not english.live


def test_the_button_shows_while_a_site_language_is_missing(admin_client, embassy_statement):
    edit_url = reverse("wagtailadmin_pages:edit", args=[embassy_statement.pk])
    assert submit_url(embassy_statement) in admin_client.get(edit_url).content.decode()

    admin_client.post(submit_url(embassy_statement), {"locales": [locale("en-gb").pk]})

    # In both of the embassy's languages now; Russian, German and Spanish are not offered.
    editor = admin_client.get(edit_url).content.decode()
    assert submit_url(embassy_statement) not in editor
    assert "Sync translated pages" in editor  # wagtail-localize's other button is kept
    explorer = admin_client.get(
        reverse("wagtailadmin_explore", args=[embassy_statement.get_parent().pk])
    )
    assert submit_url(embassy_statement) not in explorer.content.decode()
