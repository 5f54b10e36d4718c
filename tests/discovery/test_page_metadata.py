"""What every page tells crawlers and sharers: canonical, alternates, Open Graph, Twitter, icon."""

import pytest
from lxml import html as lxml_html

from legation.directory.models import Person
from legation.documents.models import DocumentKind
from legation.missions.models import SyndicatedDocument
from tests.utils.builders import MINISTRY_HOST, locale

pytestmark = pytest.mark.django_db

M = f"http://{MINISTRY_HOST}"


def head(response):
    assert response.status_code == 200, response.status_code
    return lxml_html.fromstring(response.content).find("head")


def canonical(response):
    links = head(response).xpath("link[@rel='canonical']/@href")
    assert len(links) == 1, links
    return links[0]


def alternates(response):
    return {
        link.get("hreflang"): link.get("href")
        for link in head(response).xpath("link[@rel='alternate'][@hreflang]")
    }


def meta(response):
    """{property or name: [content, …]} of the head's meta tags."""
    found = {}
    for tag in head(response).xpath("meta[@property or @name]"):
        found.setdefault(tag.get("property") or tag.get("name"), []).append(tag.get("content"))
    return found


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/en-gb/", f"{M}/en-gb/"),
        ("/ru-ru/", f"{M}/ru-ru/"),
        ("/en-gb/news/", f"{M}/en-gb/news/"),
        ("/ru-ru/news/lantern-accord/", f"{M}/ru-ru/news/lantern-accord/"),
        ("/en-gb/people/vera-anders/", f"{M}/en-gb/people/vera-anders/"),
        (
            "/en-gb/organisations/ministry-of-foreign-affairs-of-velmora/",
            f"{M}/en-gb/organisations/ministry-of-foreign-affairs-of-velmora/",
        ),
        ("/en-gb/news/?kind=statement", f"{M}/en-gb/news/?kind=statement"),
        # What does not select anything is not part of the address.
        ("/en-gb/news/?utm_source=letter", f"{M}/en-gb/news/"),
    ],
)
def test_every_page_type_has_one_canonical_address(world, ministry_get, path, expected):
    assert canonical(ministry_get(path)) == expected


def test_a_ministry_text_a_mission_lists_keeps_its_one_address_at_the_ministry(
    world, mission_get, ministry_get
):
    statement = world.statement["en-gb"]
    SyndicatedDocument.objects.create(page=world.mission, document=statement)

    mission_home = mission_get("/en-gb/").content.decode()

    assert f'href="{M}/en-gb/news/lantern-accord/"' in mission_home
    assert (
        canonical(ministry_get("/en-gb/news/lantern-accord/")) == f"{M}/en-gb/news/lantern-accord/"
    )


@pytest.fixture
def statement_kind_in_every_language(world):
    kind = DocumentKind.objects.get(slug="statement")
    for code in ("ru-ru", "fr-fr"):
        translation = kind.copy_for_translation(locale(code))
        translation.name = translation.plural_name = f"statement [{code}]"
        translation.save()


def test_a_filtered_archives_alternates_keep_its_filters(
    world, ministry_get, statement_kind_in_every_language
):
    response = ministry_get("/ru-ru/news/?kind=statement&year=2026&page=1")

    query = "kind=statement&year=2026&page=1"
    assert alternates(response) == {
        "en-GB": f"{M}/en-gb/news/?{query}",
        "ru-RU": f"{M}/ru-ru/news/?{query}",
        "fr-FR": f"{M}/fr-fr/news/?{query}",
        "x-default": f"{M}/en-gb/news/?{query}",
    }
    assert canonical(response) == f"{M}/ru-ru/news/?{query}"
    switcher = lxml_html.fromstring(response.content).xpath(
        "//nav[@class='language-switcher']//a/@href"
    )
    assert switcher == [f"/en-gb/news/?{query}", f"/fr-fr/news/?{query}"]


def test_a_filter_a_language_cannot_name_leaves_that_language_out(
    world, ministry_get, statement_kind_in_every_language
):
    """Vera Anders has no Russian or French entry: those archives cannot filter by her."""
    response = ministry_get("/en-gb/news/?person=vera-anders")

    assert alternates(response) == {
        "en-GB": f"{M}/en-gb/news/?person=vera-anders",
        "x-default": f"{M}/en-gb/news/?person=vera-anders",
    }

    russian = world.minister.copy_for_translation(locale("ru-ru"))
    russian.name = "Вера Андерс"
    russian.save()
    assert Person.objects.public().filter(locale=locale("ru-ru")).exists()
    response = ministry_get("/en-gb/news/?person=vera-anders")
    assert alternates(response)["ru-RU"] == f"{M}/ru-ru/news/?person=vera-anders"


def test_a_document_is_shared_as_an_article_with_its_lead_times_and_languages(world, ministry_get):
    tags = meta(ministry_get("/en-gb/news/lantern-accord/"))

    assert tags["og:type"] == ["article"]
    assert tags["og:title"] == ["Statement on the lantern accord"]
    assert tags["og:description"] == ["Velmora welcomes the lantern accord signed today."]
    assert tags["og:url"] == [f"{M}/en-gb/news/lantern-accord/"]
    assert tags["og:site_name"] == ["Ministry of Foreign Affairs"]
    assert tags["og:locale"] == ["en_GB"]
    assert tags["og:locale:alternate"] == ["ru_RU"]
    # 09:30 UTC is 10:30 in Berlin in March.
    assert tags["article:published_time"] == ["2026-03-04T10:30:00+01:00"]
    assert tags["article:section"] == ["Statement"]
    assert tags["twitter:card"] == ["summary"]
    assert tags["twitter:title"] == ["Statement on the lantern accord"]
    assert tags["twitter:description"] == ["Velmora welcomes the lantern accord signed today."]
    assert "og:image" not in tags


def test_a_documents_first_image_is_its_picture_when_shared(world, ministry_get, client):
    tags = meta(ministry_get("/en-gb/news/with-photo/"))

    assert tags["twitter:card"] == ["summary_large_image"]
    (image,) = tags["og:image"]
    assert image.startswith(f"{M}/media/images/") and tags["twitter:image"] == [image]
    assert client.get(image.removeprefix(M), HTTP_HOST=MINISTRY_HOST).status_code == 200


def test_homes_people_and_organisations_are_shared_as_what_they_are(world, ministry_get):
    home = meta(ministry_get("/ru-ru/"))
    assert home["og:type"] == ["website"]
    assert home["og:locale"] == ["ru_RU"]
    assert home["og:locale:alternate"] == ["en_GB", "fr_FR"]
    assert home["og:url"] == [f"{M}/ru-ru/"]

    person = meta(ministry_get("/en-gb/people/vera-anders/"))
    assert person["og:type"] == ["profile"]
    assert person["og:title"] == person["twitter:title"] == ["Vera Anders"]


def test_every_page_names_the_emblem_as_its_icon_and_favicon_ico_answers(
    world, ministry_get, mission_get, client
):
    for get, path in ((ministry_get, "/en-gb/"), (mission_get, "/en-gb/news/visas/")):
        icons = head(get(path)).xpath("link[@rel='icon']")
        assert [(icon.get("href"), icon.get("type")) for icon in icons] == [
            ("/static/core/emblem.svg", "image/svg+xml")
        ]

    response = ministry_get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == "/static/core/emblem.svg"
    svg = client.get("/static/core/emblem.svg")
    assert svg.status_code == 200
    assert b"Velmora" in b"".join(svg.streaming_content)
