"""What wagtail-localize offers translators, and what it copies from the source unchanged."""

import pytest
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields

from legation.directory.models import Organisation, Person
from legation.documents.models import DocumentKind, DocumentPage
from legation.missions.models import MinistryHomePage, MissionHomePage


def fields_of(model, kind):
    return {field.field_name for field in get_translatable_fields(model) if type(field) is kind}


@pytest.mark.parametrize("model", [MinistryHomePage, MissionHomePage])
def test_a_site_keeps_its_zone_and_languages_in_every_translation(model):
    synchronised = fields_of(model, SynchronizedField)

    assert {"time_zone", "default_language", "languages", "phone", "email"} <= synchronised
    assert {"title", "address"} <= fields_of(model, TranslatableField)


def test_a_document_translates_its_text_and_keeps_its_dates():
    assert {"title", "lead", "body", "event_place", "kind"} <= fields_of(
        DocumentPage, TranslatableField
    )
    assert {"published_at", "event_date", "event_date_precision"} <= fields_of(
        DocumentPage, SynchronizedField
    )


@pytest.mark.parametrize(
    ("model", "translated"),
    [
        (DocumentKind, {"name", "plural_name"}),
        (Person, {"name", "biography"}),
        (Organisation, {"name", "short_name", "address", "description"}),
    ],
)
def test_kinds_people_and_organisations_have_translatable_names(model, translated):
    assert translated <= fields_of(model, TranslatableField)
