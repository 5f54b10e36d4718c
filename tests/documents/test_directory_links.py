"""A link to a person or an organisation goes only to a page that exists: in the page's language
where the person has a version in it, else to the version that exists (and says so), else
nowhere (the name as text)."""

import datetime

import pytest
from lxml import html

from tests.utils.builders import (
    MINISTRY_HOST,
    add_document,
    locale,
    make_kind,
    make_ministry,
    make_organisation,
    make_person,
    paragraph,
    translate,
)

D = datetime.date
pytestmark = pytest.mark.django_db


def page(client, path):
    response = client.get(path, HTTP_HOST=MINISTRY_HOST)
    assert response.status_code == 200, path
    return html.fromstring(response.content)


def links_answer(client, tree):
    """Every link of the page to the site's people and organisations, with what it answers."""
    return {
        link.get("href"): client.get(link.get("href"), HTTP_HOST=MINISTRY_HOST).status_code
        for link in tree.xpath(
            "//main//a[contains(@href, '/people/') or contains(@href, '/organisations/')]"
        )
    }


@pytest.fixture
def transcript_in_russian():
    ministry, archive = make_ministry()
    for page_ in (ministry, archive):
        translate(page_, "ru-ru")
    council = make_organisation("Council of Nations")
    guest = make_person("Nadia Okonjo", ("Secretary-General", council, D(2021, 1, 1), None, True))
    body = [("statement", {"speaker": guest, "text": paragraph("Thank you.")[1]})]
    document = add_document(
        archive, "Remarks", make_kind("speech"), body=body, organisations=[council]
    )
    russian = translate(document, "ru-ru", title="Выступление")
    return {"guest": guest, "council": council, "russian": russian}


def test_a_link_goes_to_the_version_that_exists_and_names_its_language(
    client, transcript_in_russian
):
    tree = page(client, transcript_in_russian["russian"].url)
    speaker = tree.xpath("//section[contains(@class, 'turn--statement')]//a")[0]
    assert speaker.get("href") == "/en-gb/people/nadia-okonjo/"
    assert speaker.get("hreflang") == "en-GB" and speaker.get("lang") == "en-GB"
    card = tree.xpath("//aside[@class='organisation-card']//a")
    assert [link.get("href") for link in card] == [
        "/en-gb/organisations/council-of-nations/",
        "/en-gb/people/nadia-okonjo/",
    ]
    assert set(links_answer(client, tree).values()) == {200}


def test_a_link_goes_to_the_version_in_the_pages_language_once_there_is_one(
    client, transcript_in_russian
):
    guest, council = transcript_in_russian["guest"], transcript_in_russian["council"]
    russian_guest = guest.copy_for_translation(locale("ru-ru"))
    russian_guest.name = "Надия Оконджо"
    russian_guest.save()
    russian_council = council.copy_for_translation(locale("ru-ru"))
    russian_council.name = "Совет Наций"
    russian_council.save()

    tree = page(client, transcript_in_russian["russian"].url)
    speaker = tree.xpath("//section[contains(@class, 'turn--statement')]//a")[0]
    assert speaker.get("href") == "/ru-ru/people/nadia-okonjo/"
    assert speaker.text == "Надия Оконджо" and speaker.get("hreflang") is None
    card = tree.xpath("//aside[@class='organisation-card']//a")
    assert [(link.get("href"), link.text) for link in card] == [
        ("/ru-ru/organisations/council-of-nations/", "Совет Наций"),
        ("/ru-ru/people/nadia-okonjo/", "Надия Оконджо"),
    ]
    assert set(links_answer(client, tree).values()) == {200}


def test_someone_without_a_public_page_is_named_without_a_link(client):
    _ministry, archive = make_ministry()
    agency = make_organisation("Velmora Press Agency")
    # The agency is public through its correspondent, whom a public text names; its head is
    # named by none, so has no page.
    make_person("Vera Dolin", ("Director-General", agency, D(2019, 4, 1), None, True))
    reporter = make_person("Dmitri Orlan", ("Correspondent", agency, None, None, False))
    add_document(archive, "Interview", make_kind("interview"), participants=[reporter])

    assert client.get("/en-gb/people/vera-dolin/", HTTP_HOST=MINISTRY_HOST).status_code == 404
    tree = page(client, "/en-gb/organisations/velmora-press-agency/")
    head = tree.xpath("//dd[contains(., 'Vera Dolin')]")[0]
    assert head.xpath(".//a") == []
    assert set(links_answer(client, page(client, "/en-gb/people/dmitri-orlan/")).values()) == {200}
