"""Scheduling in the admin: editors type the site's wall-clock time, see it in their own zone
beside it, and the publication time is the one scheduling control.

Through Wagtail's real add and edit views. The site is the embassy in London; the editor works
from New York, whose clocks change on other days than London's.
"""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from freezegun import freeze_time
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from legation.documents.models import DocumentPage
from legation.publishing.scheduling import Worker
from tests.utils.builders import add_document, make_kind, make_ministry, make_mission

UTC = datetime.UTC
SECOND = datetime.timedelta(seconds=1)

pytestmark = pytest.mark.django_db


@pytest.fixture
def london_archive():
    make_ministry()
    return make_mission("Europe/London")[1]


@pytest.fixture
def kind():
    return make_kind("statement")


def log_in(client, time_zone=""):
    user = get_user_model().objects.create_superuser("attache", "attache@example.org", "pw")
    profile = UserProfile.get_for_user(user)
    profile.current_time_zone = time_zone
    profile.save()
    client.force_login(user)
    return client


def document_form(kind, published_at, title="Statement on the harbour", **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": "statement-on-the-harbour",
            "kind": kind.pk,
            "published_at": published_at,
            "event_date": "",
            "event_date_precision": "day",
            "event_place": "",
            "lead": "",
            "body": streamfield([]),
            # Additional materials, attachments, change notes…: none.
            **{name: inline_formset([]) for name in document_form_class().formsets},
            "action-publish": "publish",
            **extra,
        }
    )


def document_form_class():
    return DocumentPage.get_edit_handler().get_form_class()


def add(client, archive, data):
    url = reverse("wagtailadmin_pages:add", args=("documents", "documentpage", archive.pk))
    return client.post(url, data)


def form_errors(response):
    """What the admin said was wrong, for a failing assertion's message."""
    form = response.context.get("form") if response.context else None
    if form is None:
        return response.status_code
    errors = dict(form.errors)
    for name, formset in form.formsets.items():
        errors[name] = [formset.errors, formset.non_form_errors()]
    return errors


def edit_url(document):
    return reverse("wagtailadmin_pages:edit", args=(document.pk,))


def shown_value(html, name):
    return re.search(rf'<input[^>]*name="{name}"[^>]*value="([^"]*)"', html).group(1)


def unschedule(client, document):
    """Wagtail locks a scheduled page; the editor cancels the schedule before changing it."""
    revision = Revision.page_revisions.get(
        object_id=str(document.pk), approved_go_live_at__isnull=False
    )
    url = reverse("wagtailadmin_pages:revisions_unschedule", args=(document.pk, revision.pk))
    assert client.post(url).status_code == 302


def scheduled_for(document):
    revision = Revision.page_revisions.filter(
        object_id=str(document.pk), approved_go_live_at__isnull=False
    ).get()
    return revision.approved_go_live_at


@pytest.mark.parametrize(
    ("typed", "instant", "in_new_york"),
    [
        # London moved to summer time on Sunday 29 March (New York on 8 March).
        ("2026-03-30 09:00", datetime.datetime(2026, 3, 30, 8, 0, tzinfo=UTC), "04:00"),
        # London went back to GMT on Sunday 25 October (New York only on 1 November).
        ("2026-10-26 09:00", datetime.datetime(2026, 10, 26, 9, 0, tzinfo=UTC), "05:00"),
    ],
)
def test_scheduling_across_a_clock_change_in_the_sites_zone(
    client, london_archive, kind, typed, instant, in_new_york
):
    day_before_the_change = instant - datetime.timedelta(days=3)
    with freeze_time(day_before_the_change) as frozen:
        editor = log_in(client, "America/New_York")
        response = add(editor, london_archive, document_form(kind, typed))
        assert response.status_code == 302, form_errors(response)

        document = DocumentPage.objects.get(slug="statement-on-the-harbour")
        assert document.published_at == instant  # the site's 09:00, in UTC
        assert document.go_live_at == instant
        assert scheduled_for(document) == instant

        form = editor.get(edit_url(document)).content.decode()
        assert shown_value(form, "published_at") == typed  # shown back as typed
        date = typed.split()[0]
        assert f"(Europe/London; = {date} {in_new_york} America/New_York, your time zone)" in form

        worker = Worker()
        frozen.move_to(instant - SECOND)
        worker.run_due()
        assert not DocumentPage.objects.public().filter(pk=document.pk).exists()
        frozen.move_to(instant)
        worker.run_due()
        assert DocumentPage.objects.public().filter(pk=document.pk).exists()


def test_a_time_the_editors_clocks_skip_is_still_a_time_in_the_sites_zone(
    client, london_archive, kind
):
    with freeze_time("2026-03-01 12:00"):
        editor = log_in(client, "America/New_York")
        # 02:30 on 8 March does not exist in New York (clocks jump 02:00 -> 03:00); in London
        # it is an ordinary winter morning.
        response = add(editor, london_archive, document_form(kind, "2026-03-08 02:30"))

        assert response.status_code == 302, form_errors(response)
        document = DocumentPage.objects.get(slug="statement-on-the-harbour")
        assert document.published_at == datetime.datetime(2026, 3, 8, 2, 30, tzinfo=UTC)


def test_a_time_the_sites_clocks_skip_is_refused_with_a_clear_error(client, london_archive, kind):
    with freeze_time("2026-03-01 12:00"):
        editor = log_in(client, "America/New_York")
        # London's clocks jump from 01:00 to 02:00 on 29 March: 01:30 never happens there.
        response = add(editor, london_archive, document_form(kind, "2026-03-29 01:30"))

    assert response.status_code == 200
    error = response.context["form"].errors["published_at"]
    assert error == [
        "2026-03-29 01:30:00 couldn’t be interpreted in time zone Europe/London; "
        "it may be ambiguous or it may not exist."
    ]
    assert not DocumentPage.objects.filter(slug="statement-on-the-harbour").exists()


def test_an_editor_without_a_zone_of_their_own_sees_the_servers(client, london_archive, kind):
    with freeze_time("2026-06-01 12:00"):
        editor = log_in(client)  # no zone in the profile: the server's, UTC
        add(editor, london_archive, document_form(kind, "2026-06-02 09:00"))
        document = DocumentPage.objects.get(slug="statement-on-the-harbour")

        form = editor.get(edit_url(document)).content.decode()

    assert "(Europe/London; = 2026-06-02 08:00 UTC, your time zone)" in form


def test_the_publication_time_is_the_one_scheduling_control(client, london_archive, kind):
    with freeze_time("2026-06-01 12:00"):
        editor = log_in(client, "Europe/London")
        form = editor.get(
            reverse("wagtailadmin_pages:add", args=("documents", "documentpage", london_archive.pk))
        ).content.decode()

        # Wagtail's own go-live field is gone; the expiry stays, and says what sets go-live.
        assert 'name="go_live_at"' not in form
        assert 'name="expire_at"' in form
        assert "The publication time (Content tab) sets when it goes live." in form
        assert "(Europe/London, your time zone)" in form

        # A go-live typed beside it (a stale form, a script) does not make a second schedule.
        data = document_form(kind, "2026-06-02 09:00", go_live_at="2026-06-05 09:00")
        response = add(editor, london_archive, data)
        assert response.status_code == 302, form_errors(response)
        document = DocumentPage.objects.get(slug="statement-on-the-harbour")
        nine_in_london = datetime.datetime(2026, 6, 2, 8, 0, tzinfo=UTC)
        assert document.go_live_at == nine_in_london
        assert scheduled_for(document) == nine_in_london


def test_moving_the_time_later_moves_the_schedule(client, london_archive, kind):
    with freeze_time("2026-06-01 12:00"):
        editor = log_in(client, "Europe/London")
        document = add_document(
            london_archive,
            "Statement on the harbour",
            kind,
            published_at=datetime.datetime(2026, 6, 2, 8, 0, tzinfo=UTC),
            go_live_at=datetime.datetime(2026, 6, 2, 8, 0, tzinfo=UTC),
            live=False,
            slug="statement-on-the-harbour",
        )

        unschedule(editor, document)
        response = editor.post(edit_url(document), document_form(kind, "2026-06-03 10:00"))

        assert response.status_code == 302, form_errors(response)
        later = datetime.datetime(2026, 6, 3, 9, 0, tzinfo=UTC)
        assert DocumentPage.objects.get(pk=document.pk).go_live_at == later
        assert scheduled_for(document) == later


def test_moving_the_time_into_the_past_publishes_at_once(client, london_archive, kind):
    with freeze_time("2026-06-01 12:00"):
        editor = log_in(client, "Europe/London")
        document = add_document(
            london_archive,
            "Statement on the harbour",
            kind,
            published_at=datetime.datetime(2026, 6, 2, 8, 0, tzinfo=UTC),
            go_live_at=datetime.datetime(2026, 6, 2, 8, 0, tzinfo=UTC),
            live=False,
            slug="statement-on-the-harbour",
        )

        unschedule(editor, document)
        # The go-live the page had is still in the request, as a form opened earlier sends it.
        data = document_form(kind, "2026-06-01 10:00", go_live_at="2026-06-02 09:00")
        response = editor.post(edit_url(document), data)

        assert response.status_code == 302, form_errors(response)
        document = DocumentPage.objects.get(pk=document.pk)
        assert document.go_live_at is None
        assert not Revision.page_revisions.filter(
            object_id=str(document.pk), approved_go_live_at__isnull=False
        ).exists()
        assert DocumentPage.objects.public().filter(pk=document.pk).exists()


def test_an_expiry_before_the_publication_time_is_refused(client, london_archive, kind):
    with freeze_time("2026-06-01 12:00"):
        editor = log_in(client, "Europe/London")
        data = document_form(kind, "2026-06-05 09:00", expire_at="2026-06-03 09:00")
        response = add(editor, london_archive, data)

    assert response.status_code == 200
    assert response.context["form"].errors["expire_at"] == [
        "The expiry must come after the publication time."
    ]
    assert not DocumentPage.objects.filter(slug="statement-on-the-harbour").exists()
