"""Withdrawal: a published document taken down in every language, with a public notice."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from freezegun import freeze_time
from wagtail.models import GroupPagePermission, PageLogEntry

from legation.documents.models import DocumentPage, RelatedDocument
from legation.missions.models import SyndicatedDocument
from legation.publishing.actions.withdraw import WithdrawDocumentAction
from legation.publishing.models import Withdrawal
from tests.utils.builders import (
    MINISTRY_HOST,
    MISSION_HOST,
    add_document,
    make_kind,
    make_ministry,
    make_mission,
    make_person,
    paragraph,
    translate,
)

pytestmark = pytest.mark.django_db

TITLE = "Statement on the ferry timetable"
BODY = "The ferry to Harbourton leaves at dawn."
REASON = "The timetable was published in error."


def user_with(username, homes, *permissions):
    """An admin user whose group holds these page permissions on these homes and below (each
    language's home heads a tree of its own)."""
    group = Group.objects.create(name=f"{username} group")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for home in homes:
        for codename in permissions:
            GroupPagePermission.objects.create(
                group=group, page=home, permission=Permission.objects.get(codename=codename)
            )
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(group)
    return user


@pytest.fixture
def ministry():
    home, archive = make_ministry(time_zone="Europe/Berlin")
    russian_home = translate(home, "ru-ru")
    russian_archive = translate(archive, "ru-ru")
    return home, archive, russian_archive, russian_home


@pytest.fixture
def publisher(ministry):
    home, _archive, _russian_archive, russian_home = ministry
    return user_with("publisher", [home, russian_home], "add_page", "change_page", "publish_page")


@pytest.fixture
def editor(ministry):
    home, _archive, _russian_archive, russian_home = ministry
    return user_with("editor", [home, russian_home], "add_page", "change_page")


@pytest.fixture
def statement(ministry):
    archive = ministry[1]
    return add_document(
        archive,
        TITLE,
        make_kind("statement"),
        slug="ferry-timetable",
        lead="On the new timetable.",
        body=[paragraph(BODY)],
    )


@pytest.fixture
def russian(statement):
    return translate(statement, "ru-ru", title="Заявление о расписании парома")


def get(client, url, host=MINISTRY_HOST):
    response = client.get(url, HTTP_HOST=host)
    return response, response.content.decode()


def test_every_language_version_answers_410_with_the_notice_in_place_of_the_text(
    client, publisher, statement, russian
):
    english_url, russian_url = statement.url, russian.url
    # 23:30 UTC on 3 May is already 4 May in Berlin, the ministry's zone.
    with freeze_time("2030-05-03 23:30:00"):
        WithdrawDocumentAction(
            statement,
            publisher,
            REASON,
            translated_reasons={"ru-ru": "Расписание опубликовано по ошибке."},
        ).execute()

    response, html = get(client, english_url)
    assert response.status_code == 410
    assert "This document was withdrawn on 4 May 2030." in html
    assert REASON in html
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in html
    # The page's own address is the reader's (the print view names it); no other trace.
    for old in (TITLE, BODY, "On the new timetable.", "ferry-timetable"):
        assert old not in html.replace(english_url, "")

    response, html = get(client, russian_url)
    assert response.status_code == 410
    assert "Этот документ отозван 4 мая 2030." in html
    assert "Расписание опубликовано по ошибке." in html
    assert "Заявление о расписании парома" not in html and BODY not in html


def test_a_language_without_its_own_reason_shows_the_editors_with_its_language(
    client, publisher, statement, russian
):
    WithdrawDocumentAction(statement, publisher, REASON).execute()

    response, html = get(client, russian.url)

    assert response.status_code == 410
    assert f'<span class="withdrawn__reason" lang="en-GB">{REASON}</span>' in html


def test_a_version_never_published_stays_not_found(client, publisher, statement):
    draft = translate(statement, "ru-ru", title="Черновик перевода", publish=False)
    url = f"/ru-ru/news/{draft.slug}/"

    WithdrawDocumentAction(statement, publisher, REASON).execute()

    response, html = get(client, url)
    assert response.status_code == 404
    assert "withdrawn" not in html


def test_the_withdrawn_document_leaves_every_list(client, ministry, publisher, statement):
    home, archive = ministry[:2]
    kind = make_kind("statement")
    minister = make_person("Vera Anders")
    statement.participants.set([minister])
    statement.save_revision().publish()
    other = add_document(archive, "Statement on the harbour", kind, participants=[minister])
    RelatedDocument.objects.create(page=other, document=statement)
    other.save_revision().publish()
    mission, _mission_archive = make_mission()
    SyndicatedDocument.objects.create(page=mission, document=statement)
    mission.save_revision().publish()
    places = [
        (home.url, MINISTRY_HOST),
        (archive.url, MINISTRY_HOST),
        (f"/en-gb/people/{minister.slug}/", MINISTRY_HOST),
        (other.url, MINISTRY_HOST),
        ("/en-gb/", MISSION_HOST),
        ("/en-gb/news/", MISSION_HOST),
    ]
    for url, host in places:
        assert TITLE in get(client, url, host)[1], url

    WithdrawDocumentAction(statement, publisher, REASON).execute()

    for url, host in places:
        response, html = get(client, url, host)
        assert response.status_code == 200, url
        assert TITLE not in html and "ferry-timetable" not in html, url


def test_publishing_the_document_again_lifts_the_notice(client, publisher, statement):
    WithdrawDocumentAction(statement, publisher, REASON).execute()
    assert get(client, statement.url)[0].status_code == 410

    DocumentPage.objects.get(pk=statement.pk).save_revision().publish()

    response, html = get(client, statement.url)
    assert response.status_code == 200 and BODY in html


def test_withdrawal_cancels_a_scheduled_language_version(publisher, statement):
    scheduled = translate(statement, "ru-ru", publish=False)
    revision = scheduled.save_revision()
    scheduled.go_live_at = revision.approved_go_live_at = datetime.datetime(
        2030, 1, 1, tzinfo=datetime.UTC
    )
    revision.save()

    WithdrawDocumentAction(statement, publisher, REASON).execute()

    assert not scheduled.revisions.filter(approved_go_live_at__isnull=False).exists()


def test_the_reason_is_required(publisher, statement):
    with pytest.raises(ValidationError):
        WithdrawDocumentAction(statement, publisher, "  ").execute()

    assert DocumentPage.objects.get(pk=statement.pk).live
    assert not Withdrawal.objects.exists()


def test_a_publisher_withdraws_from_the_admin_and_the_audit_log_says_so(
    client, publisher, statement, russian
):
    client.force_login(publisher)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[statement.pk])).content.decode()
    url = reverse("legation_withdrawal:withdraw", args=[statement.pk])
    assert f'href="{url}"' in edit

    form = client.get(url)
    assert form.status_code == 200
    assert "Reason shown to readers (English)" in form.content.decode()
    assert "Reason in Русский" in form.content.decode()

    response = client.post(url, {"reason": REASON, "reason_ru-ru": ""})

    assert response.status_code == 302
    withdrawal = Withdrawal.objects.get()
    assert withdrawal.withdrawn_by == publisher and withdrawal.reasons == {"en-gb": REASON}
    for version in (statement, russian):
        assert not DocumentPage.objects.get(pk=version.pk).live
        actions = set(
            PageLogEntry.objects.filter(page=version, user=publisher).values_list(
                "action", flat=True
            )
        )
        assert {"wagtail.unpublish", "publishing.withdraw"} <= actions
    history = client.get(reverse("wagtailadmin_pages:history", args=[statement.pk]))
    assert f"Withdrawn: {REASON}" in history.content.decode()


def test_the_admin_form_refuses_an_empty_reason(client, publisher, statement):
    client.force_login(publisher)

    response = client.post(
        reverse("legation_withdrawal:withdraw", args=[statement.pk]), {"reason": ""}
    )

    assert response.status_code == 200
    assert DocumentPage.objects.get(pk=statement.pk).live


def test_an_editor_without_publish_permission_can_neither_see_nor_use_withdraw(
    client, editor, statement
):
    client.force_login(editor)
    url = reverse("legation_withdrawal:withdraw", args=[statement.pk])
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[statement.pk]))
    assert edit.status_code == 200
    assert url not in edit.content.decode()

    assert client.get(url).status_code == 302  # Wagtail's "permission denied" redirect
    response = client.post(url, {"reason": REASON})

    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert DocumentPage.objects.get(pk=statement.pk).live
    assert not Withdrawal.objects.exists()


def test_a_publisher_of_one_language_cannot_withdraw_the_others(client, ministry, russian):
    english_home = ministry[0]
    english_only = user_with("english-publisher", [english_home], "change_page", "publish_page")
    statement = DocumentPage.objects.get(pk=russian.get_translation(english_home.locale).pk)

    with pytest.raises(PermissionDenied, match="ru-ru"):
        WithdrawDocumentAction(statement, english_only, REASON).execute()

    assert DocumentPage.objects.get(pk=statement.pk).live
    assert DocumentPage.objects.get(pk=russian.pk).live


def status_in_listing(client, archive, page):
    html = client.get(reverse("wagtailadmin_explore", args=[archive.pk])).content.decode()
    row = re.search(rf"<tr[^>]*>(?:(?!</tr>).)*?{re.escape(page.title)}.*?</tr>", html, re.S)
    assert row, html[:2000]
    return row.group(0)


def test_the_admin_listing_shows_a_withdrawn_document_as_withdrawn(
    client, ministry, publisher, statement
):
    client.force_login(publisher)
    archive = ministry[1]
    assert "withdrawn" not in status_in_listing(client, archive, statement)

    WithdrawDocumentAction(statement, publisher, REASON).execute()

    assert "withdrawn" in status_in_listing(client, archive, statement)
