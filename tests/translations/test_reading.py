"""What readers see of languages: the switcher, the head's alternates, addresses, "not found"."""

import datetime
import re

import pytest
from django.utils import timezone

from .conftest import MISSION_HOST, locale, translate


def switcher_links(html):
    """[(text, href, lang, hreflang)] of the language switcher's links (each language named in
    itself), and its current entry."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    if nav is None:
        return [], None
    links = re.findall(
        r'<a href="([^"]+)" lang="([^"]+)" hreflang="([^"]+)">([^<]+)</a>', nav.group(0)
    )
    current = re.search(r'<span aria-current="page" lang="([^"]+)">', nav.group(0))
    return [(text, href, lang, hreflang) for href, lang, hreflang, text in links], (
        current.group(1) if current else None
    )


def alternates(html):
    return dict(
        (hreflang, href)
        for hreflang, href in re.findall(
            r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html
        )
    )


@pytest.fixture
def statement_in_three(ministry, statement):
    """The statement in English (the source), Russian and German; not in Spanish or French."""
    for code in ("ru-ru", "de-de", "es-es", "fr-fr"):
        translate(ministry, code)
        translate(ministry.archive, code)
    return {
        "en-gb": statement,
        "ru-ru": translate(statement, "ru-ru", title="Заявление о портовом соглашении"),
        "de-de": translate(statement, "de-de", title="Erklärung zum Hafenabkommen"),
    }


def test_switcher_lists_exactly_the_versions_that_exist(client, statement_in_three):
    response = client.get("/ru-ru/archive/harbour-agreement/")

    assert response.status_code == 200
    links, current = switcher_links(response.content.decode())
    assert current == "ru-RU"
    assert links == [
        ("English", "/en-gb/archive/harbour-agreement/", "en-GB", "en-GB"),
        ("Deutsch", "/de-de/archive/harbour-agreement/", "de-DE", "de-DE"),
    ]


def test_a_version_that_is_not_public_is_not_listed(client, statement_in_three, statement):
    unpublished = translate(statement, "fr-fr", publish=False)
    scheduled = translate(statement, "es-es", publish=False)
    scheduled.published_at = timezone.now() + datetime.timedelta(days=1)  # its go-live follows
    scheduled.save_revision().publish()

    response = client.get("/en-gb/archive/harbour-agreement/")

    links, _current = switcher_links(response.content.decode())
    assert [text for text, *_ in links] == ["Русский", "Deutsch"]
    assert unpublished.url not in response.content.decode()
    assert client.get("/es-es/archive/harbour-agreement/").status_code == 404


def test_head_has_an_alternate_for_every_version_and_the_default_one(client, statement_in_three):
    response = client.get("/de-de/archive/harbour-agreement/")

    assert alternates(response.content.decode()) == {
        "en-GB": "http://localhost/en-gb/archive/harbour-agreement/",
        "ru-RU": "http://localhost/ru-ru/archive/harbour-agreement/",
        "de-DE": "http://localhost/de-de/archive/harbour-agreement/",
        "x-default": "http://localhost/en-gb/archive/harbour-agreement/",
    }


def test_no_x_default_when_the_default_language_version_is_missing(
    client, statement_in_three, statement
):
    statement.unpublish()

    response = client.get("/de-de/archive/harbour-agreement/")

    assert "x-default" not in alternates(response.content.decode())
    assert set(alternates(response.content.decode())) == {"ru-RU", "de-DE"}


def test_missing_language_is_not_found_and_offers_the_versions_that_exist(
    client, statement_in_three
):
    response = client.get("/fr-fr/archive/harbour-agreement/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "The ministry welcomes the agreement." not in html
    offered = re.findall(r'<a href="([^"]+)" lang="([^"]+)" hreflang="[^"]+">', html)
    assert offered == [
        ("/en-gb/archive/harbour-agreement/", "en-GB"),
        ("/ru-ru/archive/harbour-agreement/", "ru-RU"),
        ("/de-de/archive/harbour-agreement/", "de-DE"),
    ]


def test_wagtail_does_not_fall_back_to_another_language_when_the_home_is_untranslated(
    client, statement
):
    # No French home at all: Wagtail would route /fr-fr/ through the English tree.
    response = client.get("/fr-fr/archive/harbour-agreement/")

    assert response.status_code == 404
    assert "The ministry welcomes the agreement." not in response.content.decode()
    assert '<a href="/en-gb/archive/harbour-agreement/" lang="en-GB"' in response.content.decode()
    assert client.get("/fr-fr/").status_code == 404


def test_not_found_without_any_version_says_so(client, ministry):
    response = client.get("/en-gb/archive/no-such-statement/")

    assert response.status_code == 404
    assert "There is nothing at this address." in response.content.decode()
    assert 'href="/en-gb/"' in response.content.decode()


def test_the_not_found_page_does_not_offer_versions_that_are_not_public(client, statement_in_three):
    statement_in_three["de-de"].unpublish()

    html = client.get("/fr-fr/archive/harbour-agreement/").content.decode()

    assert "/de-de/archive/harbour-agreement/" not in html


def test_the_site_address_leads_to_the_default_language(client, ministry, mission):
    assert client.get("/").headers["Location"] == "/en-gb/"
    assert client.get("/", HTTP_HOST=MISSION_HOST).headers["Location"] == "/fr-fr/"


def test_a_language_outside_the_site_set_is_not_found(client, mission):
    translate(mission, "de-de")
    translate(mission, "en-gb")

    assert client.get("/fr-fr/", HTTP_HOST=MISSION_HOST).status_code == 200
    assert client.get("/en-gb/", HTTP_HOST=MISSION_HOST).status_code == 200
    assert client.get("/de-de/", HTTP_HOST=MISSION_HOST).status_code == 404


def test_the_switcher_leaves_out_languages_outside_the_site_set(client, mission):
    translate(mission, "de-de")
    translate(mission, "en-gb")

    links, current = switcher_links(client.get("/fr-fr/", HTTP_HOST=MISSION_HOST).content.decode())

    assert current == "fr-FR"
    assert [text for text, *_ in links] == ["English"]


def test_default_language_must_be_in_the_site_set(mission):
    from django.core.exceptions import ValidationError

    mission.languages = ["en-gb"]
    with pytest.raises(ValidationError):
        mission.full_clean()


@pytest.fixture
def vera_named(statement, speakers):
    """Vera Anders, named in the public statement: only people public texts name have pages."""
    vera = speakers["Vera Anders"]
    statement.participants.set([vera])
    statement.save_revision().publish()
    return vera


@pytest.fixture
def person_in_two_languages(ministry, vera_named):
    from legation.directory.models import Person

    translate(ministry, "ru-ru")
    vera = vera_named
    russian = vera.copy_for_translation(locale("ru-ru"))
    russian.name = "Вера Андерс"
    russian.save()
    return Person.objects.get(pk=vera.pk)


def test_a_persons_page_links_to_the_same_person_in_the_languages_they_exist_in(
    client, person_in_two_languages
):
    response = client.get("/en-gb/people/vera-anders/")

    links, current = switcher_links(response.content.decode())
    assert current == "en-GB"
    assert links == [("Русский", "/ru-ru/people/vera-anders/", "ru-RU", "ru-RU")]
    assert alternates(response.content.decode()) == {
        "en-GB": "http://localhost/en-gb/people/vera-anders/",
        "ru-RU": "http://localhost/ru-ru/people/vera-anders/",
        "x-default": "http://localhost/en-gb/people/vera-anders/",
    }
    russian = client.get("/ru-ru/people/vera-anders/")
    assert russian.status_code == 200
    assert "Вера Андерс" in russian.content.decode()


def test_a_persons_page_offers_no_language_the_person_is_missing_in(client, ministry, vera_named):
    translate(ministry, "ru-ru")

    response = client.get("/en-gb/people/vera-anders/")

    links, current = switcher_links(response.content.decode())
    assert current == "en-GB"
    assert links == []  # the Russian home exists, but not this person in Russian


def test_a_routable_page_names_the_same_view_in_its_translations(
    client, person_in_two_languages, monkeypatch
):
    from legation.directory.models import Person
    from legation.missions.models import MinistryHomePage

    def translated_route(home, request, translation):
        slug = request.path.rstrip("/").rsplit("/", 1)[-1]
        person = Person.objects.get(locale=home.locale, slug=slug)
        found = Person.objects.filter(
            translation_key=person.translation_key, locale=translation.locale
        ).first()
        return f"people/{found.slug}/" if found else None

    monkeypatch.setattr(MinistryHomePage, "translated_route", translated_route, raising=False)

    links, current = switcher_links(client.get("/en-gb/people/vera-anders/").content.decode())

    assert current == "en-GB"
    assert links == [("Русский", "/ru-ru/people/vera-anders/", "ru-RU", "ru-RU")]


def test_editors_choose_the_site_languages_in_the_admin(admin_client, mission):
    from django.urls import reverse

    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[mission.pk])).content.decode()

    checked = re.findall(
        r'<input type="checkbox" name="languages" value="([\w-]+)"[^>]*checked', html
    )
    assert sorted(checked) == ["en-gb", "fr-fr"]
    assert re.search(r'<option value="fr-fr" selected>', html)
