"""schema.org JSON-LD, read back as a consumer reads it (extruct) and checked field by field."""

import extruct
import pytest

from legation.publishing.models import DocumentChangeNote
from tests.utils.builders import MINISTRY_HOST

pytestmark = pytest.mark.django_db

M = f"http://{MINISTRY_HOST}"
VERA = f"{M}/en-gb/people/vera-anders/"
MFA = f"{M}/en-gb/organisations/ministry-of-foreign-affairs-of-velmora/"


def json_ld(response):
    assert response.status_code == 200
    (data,) = extruct.extract(
        response.content.decode(), base_url=f"{M}/", syntaxes=["json-ld"], uniform=True
    )["json-ld"]
    assert data["@context"] == "https://schema.org"
    return data


def test_a_statement_is_a_news_article_of_its_site_in_its_language(world, ministry_get):
    data = json_ld(ministry_get("/en-gb/news/lantern-accord/"))

    assert data["@type"] == "NewsArticle"
    assert data["@id"] == data["url"] == f"{M}/en-gb/news/lantern-accord/"
    assert data["headline"] == "Statement on the lantern accord"
    assert data["description"] == "Velmora welcomes the lantern accord signed today."
    assert data["genre"] == "Statement"
    assert data["inLanguage"] == "en-GB"
    assert data["datePublished"] == "2026-03-04T10:30:00+01:00"
    assert data["dateModified"] == "2026-03-04T10:30:00+01:00"
    assert data["isPartOf"] == {
        "@type": "WebSite",
        "@id": f"{M}/en-gb/",
        "name": "Ministry of Foreign Affairs",
        "url": f"{M}/en-gb/",
    }
    assert data["publisher"]["@type"] == "GovernmentOrganization"
    assert data["about"] == [
        {
            "@type": "GovernmentOrganization",
            "@id": MFA,
            "name": "Ministry of Foreign Affairs of Velmora",
            "url": MFA,
        }
    ]


def test_a_translation_says_its_own_language(world, ministry_get):
    data = json_ld(ministry_get("/ru-ru/news/lantern-accord/"))

    assert data["inLanguage"] == "ru-RU"
    assert data["headline"] == "Заявление о фонарном соглашении"
    assert data["isPartOf"]["@id"] == f"{M}/ru-ru/"


def test_a_transcript_names_its_speakers_with_the_role_they_held_that_day(world, ministry_get):
    DocumentChangeNote.objects.create(
        page=world.transcript,
        moment=world.transcript.published_at.replace(hour=15),
        note="Answer corrected",
        locale=world.transcript.locale,
    )

    data = json_ld(ministry_get("/en-gb/news/northern-ports/"))

    assert data["@type"] == "Article"
    assert data["contentLocation"] == {"@type": "Place", "name": "Velmora City"}
    # On 1 June 2022, the day of the event, she was still Deputy Minister.
    assert data["author"] == [
        {
            "@type": "Person",
            "@id": VERA,
            "name": "Vera Anders",
            "url": VERA,
            "jobTitle": "Deputy Minister",
            "worksFor": {
                "@type": "GovernmentOrganization",
                "@id": MFA,
                "name": "Ministry of Foreign Affairs of Velmora",
                "url": MFA,
            },
        }
    ]
    assert data["datePublished"] == "2026-03-05T10:30:00+01:00"
    assert data["dateModified"] == "2026-03-05T16:30:00+01:00"


def test_a_person_with_their_roles(world, ministry_get):
    data = json_ld(ministry_get("/en-gb/people/vera-anders/"))

    assert data["@type"] == "Person"
    assert data["@id"] == data["url"] == VERA
    assert data["name"] == "Vera Anders"
    assert data["jobTitle"] == "Minister of Foreign Affairs"
    assert [employer["name"] for employer in data["worksFor"]] == [
        "Ministry of Foreign Affairs of Velmora"
    ]
    roles = {role["roleName"]: role for role in data["hasOccupation"]}
    assert roles["Deputy Minister"]["@type"] == "Role"
    assert roles["Deputy Minister"]["startDate"] == "2019-01-01"
    assert roles["Deputy Minister"]["endDate"] == "2023-12-31"
    assert roles["Minister of Foreign Affairs"]["startDate"] == "2024-01-01"
    assert "endDate" not in roles["Minister of Foreign Affairs"]
    assert roles["Minister of Foreign Affairs"]["memberOf"]["@id"] == MFA


def test_an_organisation_is_a_government_organization_with_its_head(world, ministry_get):
    data = json_ld(ministry_get("/en-gb/organisations/ministry-of-foreign-affairs-of-velmora/"))

    assert data["@type"] == "GovernmentOrganization"
    assert data["@id"] == data["url"] == MFA
    assert data["name"] == "Ministry of Foreign Affairs of Velmora"
    assert data["alternateName"] == "MFA"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "1 Lantern Square\nVelmora City",
    }
    assert data["sameAs"] == "https://mfa.velmora.example/"
    (head,) = data["employee"]
    assert (head["name"], head["jobTitle"], head["@id"]) == (
        "Vera Anders",
        "Minister of Foreign Affairs",
        VERA,
    )


def test_a_home_is_the_web_site_of_its_publisher(world, ministry_get):
    data = json_ld(ministry_get("/fr-fr/"))

    assert data["@type"] == "WebSite"
    assert data["@id"] == data["url"] == f"{M}/fr-fr/"
    assert data["inLanguage"] == "fr-FR"
    assert data["publisher"] == {
        "@type": "GovernmentOrganization",
        "name": "Velmora MFA [fr-fr]",
        "url": f"{M}/fr-fr/",
    }


def test_no_one_named_only_by_a_text_that_is_not_public_appears(world, ministry_get):
    pages = [
        "/en-gb/",
        "/en-gb/news/",
        "/en-gb/news/lantern-accord/",
        "/en-gb/news/northern-ports/",
        "/en-gb/people/vera-anders/",
        "/en-gb/organisations/ministry-of-foreign-affairs-of-velmora/",
    ]
    text = "".join(str(json_ld(ministry_get(path))) for path in pages)

    assert "Vera Anders" in text
    assert "Oskar Quill" not in text and "Quiet Harbour" not in text
    assert ministry_get("/en-gb/people/oskar-quill/").status_code == 404
