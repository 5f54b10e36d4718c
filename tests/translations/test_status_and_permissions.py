"""The translation status view, and editing rights given per language."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page

from legation.documents.models import DocumentKind

from .conftest import add_document, translate


@pytest.fixture
def documents(ministry, ministry_archive, statement_kind):
    """Three documents: in all of en/ru/de, in English only, and one stale in German."""
    for code in ("ru-ru", "de-de"):
        translate(ministry, code)
        translate(ministry_archive, code)
    everywhere = add_document(ministry_archive, "Everywhere", statement_kind)
    english_only = add_document(ministry_archive, "English only", statement_kind)
    stale = add_document(ministry_archive, "Changed later", statement_kind)
    for page in (everywhere, stale):
        translate(page, "ru-ru")
        translate(page, "de-de")
    stale.title = "Changed later, corrected"
    stale.save_revision().publish()
    return {"everywhere": everywhere, "english_only": english_only, "stale": stale}


def counts_row(html, language_code):
    row = re.search(rf'<tr data-language="{language_code}">(.*?)</tr>', html, re.S).group(1)
    return [int(cell) for cell in re.findall(r"<td>(\d+)</td>", row)]


def listed_statuses(html):
    return re.findall(r'<tr data-status="(\w+)">', html)


def test_status_counts_per_language(admin_client, documents):
    response = admin_client.get(reverse("legation_translations:status"))

    assert response.status_code == 200
    html = response.content.decode()
    # documents, originals, translated, missing, stale
    assert counts_row(html, "en-gb") == [3, 3, 0, 0, 0]
    assert counts_row(html, "ru-ru") == [3, 0, 1, 1, 1]
    assert counts_row(html, "de-de") == [3, 0, 1, 1, 1]
    assert counts_row(html, "fr-fr") == [3, 0, 0, 3, 0]


def test_status_filtered_by_language_and_status_names_what_changed(admin_client, documents):
    response = admin_client.get(
        reverse("legation_translations:status"), {"language": "de-de", "status": "stale"}
    )

    html = response.content.decode()
    assert listed_statuses(html) == ["stale"]
    assert "Changed later, corrected" in html
    assert '<ul class="changed-blocks"><li>title</li></ul>' in html


def test_status_filtered_by_kind(admin_client, documents, english):
    DocumentKind.objects.create(
        name="Speech", plural_name="Speeches", slug="speech", locale=english
    )
    url = reverse("legation_translations:status")

    speeches = admin_client.get(url, {"language": "ru-ru", "kind": "speech"})
    statements = admin_client.get(url, {"language": "ru-ru", "kind": "statement"})

    assert listed_statuses(speeches.content.decode()) == []
    assert sorted(listed_statuses(statements.content.decode())) == [
        "missing",
        "stale",
        "translated",
    ]


def test_the_status_view_is_in_the_reports_menu(admin_client, documents):
    response = admin_client.get(reverse("wagtailadmin_home"))

    assert reverse("legation_translations:status") in response.content.decode()


@pytest.fixture
def french_translator(django_user_model, ministry, statement):
    """A translator whose group may edit the French tree only."""
    french_home = translate(ministry, "fr-fr")
    group = Group.objects.create(name="French translators")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=french_home, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("traductrice", password="secret")
    user.groups.add(group)
    return user


def test_a_translator_edits_french_pages_and_not_english_ones(
    client, french_translator, ministry, statement
):
    translate(ministry.archive, "fr-fr")
    french_statement = translate(statement, "fr-fr")
    client.force_login(french_translator)

    french = client.get(reverse("wagtailadmin_pages:edit", args=[french_statement.pk]))
    english = client.get(reverse("wagtailadmin_pages:edit", args=[statement.pk]))

    assert french.status_code == 200
    assert english.status_code in (302, 403)
    assert not Page.objects.get(pk=statement.pk).permissions_for_user(french_translator).can_edit()


def test_a_translator_works_in_the_translation_editor_of_french_pages_only(
    admin_client, client, french_translator, ministry, statement
):
    from .test_editing import submit_translation, translation_of

    translate(ministry.archive, "fr-fr")
    submit_translation(admin_client, statement, "fr-fr")
    submit_translation(admin_client, statement, "de-de")
    client.force_login(french_translator)
    french, german = translation_of(statement, "fr-fr"), translation_of(statement, "de-de")
    segment = french.source.stringsegment_set.order_by("order").first()

    def put_translation(translation):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        return client.put(
            url, "value=Déclaration", content_type="application/x-www-form-urlencoded"
        )

    assert put_translation(french).status_code == 201
    assert put_translation(german).status_code == 403
