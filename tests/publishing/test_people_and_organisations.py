"""People and organisations are public only once a public text names them."""

import datetime

import pytest

from legation.directory.models import Appointment, Organisation, Person
from tests.utils.builders import (
    MINISTRY_HOST,
    add_document,
    locale,
    make_kind,
    make_ministry,
    make_organisation,
    make_person,
    paragraph,
)

pytestmark = pytest.mark.django_db
LATER = datetime.datetime(2036, 1, 1, tzinfo=datetime.UTC)


@pytest.fixture
def archive():
    _ministry, archive = make_ministry()
    return archive


@pytest.fixture
def kind():
    return make_kind("statement")


def get(client, url):
    response = client.get(url, HTTP_HOST=MINISTRY_HOST)
    return response.status_code, response.content.decode()


def test_a_person_named_only_in_a_draft_has_no_page_and_no_filter(client, archive, kind):
    envoy = make_person("Mara Quell", ("Special Envoy", None, None, None, False))
    draft = add_document(archive, "Draft naming the envoy", kind, live=False, participants=[envoy])

    assert get(client, "/en-gb/people/mara-quell/")[0] == 404
    status, html = get(client, "/en-gb/news/?person=mara-quell")
    assert "Mara Quell" not in html
    assert Person.objects.public().count() == 0

    draft.get_latest_revision().publish()
    status, html = get(client, "/en-gb/people/mara-quell/")
    assert status == 200 and "Special Envoy" in html
    assert "Mara Quell" in get(client, "/en-gb/news/?person=mara-quell")[1]


def test_a_person_named_only_in_a_scheduled_text_waits_for_it(client, archive, kind):
    envoy = make_person("Oskar Ferren")
    add_document(archive, "Scheduled", kind, live=False, published_at=LATER, participants=[envoy])

    assert get(client, "/en-gb/people/oskar-ferren/")[0] == 404


def test_an_organisation_concerned_only_by_a_draft_has_no_page_and_no_filter(client, archive, kind):
    league = make_organisation("League of Coastal States")
    add_document(archive, "Draft on the league", kind, live=False, organisations=[league])

    assert get(client, "/en-gb/organisations/league-of-coastal-states/")[0] == 404
    assert (
        "League of Coastal States"
        not in get(client, "/en-gb/news/?organisation=league-of-coastal-states")[1]
    )
    assert Organisation.objects.public().count() == 0


def test_speakers_of_public_turns_and_heads_of_public_organisations_are_public(
    client, archive, kind
):
    league = make_organisation("League of Coastal States")
    make_person("Ines Varro", ("Secretary-General", league, None, None, True))
    speaker = make_person("Jon Aldis")
    asker = make_person("Rhea Lunde")
    add_document(
        archive,
        "Briefing",
        kind,
        organisations=[league],
        body=[
            ("statement", {"speaker": speaker, "text": paragraph("Good morning.")[1]}),
            (
                "question",
                {
                    "asker": asker,
                    "outlet": "",
                    "addressed_to": [speaker],
                    "text": paragraph("A question.")[1],
                },
            ),
        ],
    )

    for slug in ("jon-aldis", "rhea-lunde", "ines-varro"):
        assert get(client, f"/en-gb/people/{slug}/")[0] == 200, slug
    assert get(client, "/en-gb/organisations/league-of-coastal-states/")[0] == 200


def test_a_person_leaves_when_the_only_text_naming_them_is_unpublished(client, archive, kind):
    envoy = make_person("Lea Haskel")
    document = add_document(archive, "Named once", kind, participants=[envoy])
    assert get(client, "/en-gb/people/lea-haskel/")[0] == 200

    document.unpublish()

    assert get(client, "/en-gb/people/lea-haskel/")[0] == 404


def test_a_persons_translation_is_public_with_them(client, archive, kind):
    envoy = make_person("Tova Renn")
    envoy.copy_for_translation(locale("de-de")).save()
    add_document(archive, "Named in English", kind, participants=[envoy])

    public = Person.objects.public().filter(translation_key=envoy.translation_key)
    assert sorted(public.values_list("locale__language_code", flat=True)) == ["de-de", "en-gb"]


def test_who_is_public_follows_an_appointment_made_or_ended_after_a_page_was_read(
    client, archive, kind
):
    # Who is public is kept between pages (documents.models.counts): an appointment changes
    # it without any page being published.
    league = make_organisation("League of Coastal States")
    add_document(archive, "On the league", kind, organisations=[league])
    chair = make_person("Saul Imber")
    assert get(client, "/en-gb/people/saul-imber/")[0] == 404

    role = Appointment.objects.create(
        person=chair, role="Chair", organisation=league, is_head=True, locale=chair.locale
    )
    assert get(client, "/en-gb/people/saul-imber/")[0] == 200

    role.delete()
    assert get(client, "/en-gb/people/saul-imber/")[0] == 404
