"""Embargo: personal preview links before go-live, logged when opened, dead at its end."""

import datetime
import re
import secrets

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import GroupPagePermission

from legation.documents.models import DocumentPage
from legation.publishing.actions.withdraw import WithdrawDocumentAction
from legation.publishing.embargo import may_share_preview
from legation.publishing.models import EmbargoLink, EmbargoOpening
from tests.utils.builders import (
    MINISTRY_HOST,
    add_document,
    make_kind,
    make_ministry,
    paragraph,
)

pytestmark = pytest.mark.django_db

TITLE = "Statement on the harbour agreement"
BODY = "The ministry welcomes the harbour agreement."
# 09:00 in Berlin (summer) is 07:00 UTC; far enough ahead to stay ahead of the test's clock.
GO_LIVE = datetime.datetime(2030, 6, 3, 7, 0, tzinfo=datetime.UTC)


def user_with(username, home, *permissions):
    group = Group.objects.create(name=f"{username} group")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in permissions:
        GroupPagePermission.objects.create(
            group=group, page=home, permission=Permission.objects.get(codename=codename)
        )
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(group)
    return user


@pytest.fixture
def ministry():
    return make_ministry(time_zone="Europe/Berlin")


@pytest.fixture
def publisher(ministry):
    return user_with("publisher", ministry[0], "add_page", "change_page", "publish_page")


@pytest.fixture
def editor(ministry):
    return user_with("editor", ministry[0], "add_page", "change_page")


@pytest.fixture
def scheduled(ministry):
    """Scheduled as the editor's form schedules it: the publication time is its go-live."""
    document = add_document(
        ministry[1],
        TITLE,
        make_kind("statement"),
        published_at=GO_LIVE,
        live=False,
        slug="harbour-agreement",
        body=[paragraph(BODY)],
    )
    assert document.approved_schedule
    return document


def share(document, publisher, name="Clara Weiss", outlet="Baltic Wire"):
    return EmbargoLink.objects.create(
        document=document,
        recipient_name=name,
        organisation=outlet,
        email="clara@baltic-wire.example",
        created_by=publisher,
    )


def open_link(client, link, **headers):
    response = client.get(f"/embargo/{link.token}/", HTTP_HOST=MINISTRY_HOST, **headers)
    return response, response.content.decode()


def test_the_recipient_reads_the_text_marked_embargoed_and_the_opening_is_logged(
    client, publisher, scheduled
):
    link = share(scheduled, publisher)

    response, html = open_link(
        client, link, HTTP_USER_AGENT="Mozilla/5.0 (Newsroom)", REMOTE_ADDR="198.51.100.7"
    )

    assert response.status_code == 200
    assert BODY in html and TITLE in html
    assert "Embargoed until 3 June 2030 09:00" in html and "(Europe/Berlin)" in html
    assert '<meta name="robots" content="noindex">' in html
    assert response["X-Robots-Tag"] == "noindex"
    assert response["Cache-Control"] == "private, no-store"
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")
    opening = EmbargoOpening.objects.get()
    assert opening.link == link
    assert opening.client_address == "198.51.100.7"
    assert opening.user_agent == "Mozilla/5.0 (Newsroom)"
    # The public address stays closed; the preview opens nothing else.
    assert client.get(scheduled.url, HTTP_HOST=MINISTRY_HOST).status_code == 404


def test_the_preview_shows_the_latest_revision(client, publisher, scheduled):
    link = share(scheduled, publisher)
    draft = DocumentPage.objects.get(pk=scheduled.pk)
    draft.body = [paragraph("Corrected after scheduling.")]
    draft.save_revision()

    assert "Corrected after scheduling." in open_link(client, link)[1]


def test_a_revoked_link_is_dead(client, publisher, scheduled):
    link = share(scheduled, publisher)
    link.revoke(publisher)

    response, html = open_link(client, link)

    assert response.status_code == 410
    assert "This preview link is no longer valid." in html
    assert BODY not in html and TITLE not in html
    assert response["Cache-Control"] == "private, no-store"
    assert not EmbargoOpening.objects.exists()


def test_a_link_is_dead_from_the_second_of_go_live(client, publisher, scheduled):
    link = share(scheduled, publisher)

    with freeze_time(GO_LIVE - datetime.timedelta(seconds=1)):
        assert open_link(client, link)[0].status_code == 200
    with freeze_time(GO_LIVE):
        response, html = open_link(client, link)
        assert response.status_code == 410 and BODY not in html


def test_once_published_a_dead_link_leads_to_the_public_address(client, ministry, publisher):
    document = add_document(ministry[1], TITLE, make_kind("statement"), live=False, slug="soon")
    document.published_at = timezone.now() + datetime.timedelta(hours=1)
    document.save_revision().publish()
    link = share(document, publisher)
    assert open_link(client, link)[0].status_code == 200

    document = DocumentPage.objects.get(pk=document.pk)
    document.published_at = timezone.now() - datetime.timedelta(minutes=1)
    document.save_revision().publish()

    response, html = open_link(client, link)
    assert response.status_code == 410
    assert 'href="/en-gb/news/soon/">Read the published document</a>' in html


def test_a_link_dies_when_the_document_is_withdrawn(client, ministry, publisher, scheduled):
    link = share(scheduled, publisher)

    WithdrawDocumentAction(scheduled, publisher, "Postponed indefinitely.").execute()

    response, html = open_link(client, link)
    assert response.status_code == 410 and BODY not in html
    assert not DocumentPage.objects.get(pk=scheduled.pk).approved_schedule


def test_a_random_token_is_not_found_and_a_token_shows_only_its_own_document(
    client, ministry, publisher, scheduled
):
    other = add_document(
        ministry[1],
        "Statement on the ferry",
        make_kind("statement"),
        published_at=GO_LIVE,
        live=False,
        body=[paragraph("The ferry resumes.")],
    )
    link = share(other, publisher)

    # Django's LocaleMiddleware first tries the address under the default language.
    response = client.get(
        f"/embargo/{secrets.token_urlsafe(32)}/", HTTP_HOST=MINISTRY_HOST, follow=True
    )
    assert response.status_code == 404

    html = open_link(client, link)[1]
    assert "The ferry resumes." in html and BODY not in html


def test_a_publisher_creates_lists_and_revokes_links(client, publisher, scheduled):
    client.force_login(publisher)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[scheduled.pk])).content.decode()
    url = reverse("legation_embargo:links", args=[scheduled.pk])
    assert f'href="{url}"' in edit

    response = client.post(
        url,
        {"recipient_name": "Clara Weiss", "organisation": "Baltic Wire", "email": "c@bw.example"},
    )

    assert response.status_code == 302
    link = EmbargoLink.objects.get()
    assert (link.document_id, link.created_by) == (scheduled.pk, publisher)
    open_link(client.__class__(), link, REMOTE_ADDR="203.0.113.9")
    listing = client.get(url).content.decode()
    assert f"http://{MINISTRY_HOST}/embargo/{link.token}/" in listing
    assert "Clara Weiss, Baltic Wire" in listing and "203.0.113.9" in listing

    response = client.post(reverse("legation_embargo:revoke", args=[scheduled.pk, link.pk]))

    assert response.status_code == 302
    assert EmbargoLink.objects.get().revoked_by == publisher
    assert open_link(client, link)[0].status_code == 410


def test_a_link_needs_a_publication_time_ahead(client, ministry, publisher):
    client.force_login(publisher)
    draft = add_document(ministry[1], "Undated draft", make_kind("statement"), live=False)

    response = client.post(
        reverse("legation_embargo:links", args=[draft.pk]),
        {"recipient_name": "Clara Weiss", "organisation": "", "email": "c@bw.example"},
    )

    assert response.status_code == 200
    assert "publication time in the future" in response.content.decode()
    assert not EmbargoLink.objects.exists()


def test_an_editor_without_publish_permission_may_not_share_or_revoke(
    client, editor, publisher, scheduled
):
    link = share(scheduled, publisher)
    client.force_login(editor)
    url = reverse("legation_embargo:links", args=[scheduled.pk])
    assert not may_share_preview(editor, scheduled) and may_share_preview(publisher, scheduled)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[scheduled.pk]))
    assert edit.status_code == 200 and url not in edit.content.decode()

    home = reverse("wagtailadmin_home")
    assert client.get(url)["Location"] == home
    response = client.post(
        url, {"recipient_name": "Leak", "organisation": "", "email": "leak@example.org"}
    )
    assert response.status_code == 302 and response["Location"] == home
    response = client.post(reverse("legation_embargo:revoke", args=[scheduled.pk, link.pk]))
    assert response.status_code == 302 and response["Location"] == home

    assert list(EmbargoLink.objects.values_list("recipient_name", "revoked_at")) == [
        ("Clara Weiss", None)
    ]


def listing_row(client, archive, page):
    html = client.get(reverse("wagtailadmin_explore", args=[archive.pk])).content.decode()
    rows = re.findall(r"<tr[^>]*>.*?</tr>", html, re.S)
    return next(row for row in rows if page.title in row)


def test_the_admin_listing_tells_embargoed_from_scheduled(client, ministry, publisher, scheduled):
    client.force_login(publisher)
    archive = ministry[1]
    assert "scheduled" in listing_row(client, archive, scheduled)

    link = share(scheduled, publisher)
    row = listing_row(client, archive, scheduled)
    assert "embargoed" in row and "scheduled" not in row

    link.revoke(publisher)
    assert "scheduled" in listing_row(client, archive, scheduled)
