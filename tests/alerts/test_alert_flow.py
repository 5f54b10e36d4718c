"""The alert flow end to end through a real SMTP server: subscribe, confirm, publish (the
worker at the scheduled second), one mail with the right headers, language and links; the
digest; one-click unsubscribe; retry after an SMTP failure; nothing before its time or for a
withdrawn text."""

import datetime
import re

import pytest
from django.test import Client
from django.utils import timezone
from freezegun import freeze_time

from legation.alerts.models import Delivery, DeliveryStatus, Subscription
from legation.alerts.sending import run_alerts
from legation.missions.models import SyndicatedDocument
from legation.publishing.actions.withdraw import WithdrawDocumentAction
from tests.utils.builders import (
    MINISTRY_HOST,
    MISSION_HOST,
    add_document,
    make_kind,
    make_mission,
    make_person,
)
from tests.utils.builders import locale as language_locale

from .conftest import body, links
from .helpers import (
    build_ministry,
    confirm_from_mail,
    publish_now,
    run_worker,
    seconds_from_now,
    subscribe,
    subscribed,
)

pytestmark = pytest.mark.django_db
SMTP_SERVER = ["asyncio", "aiosmtpd"]


def russian():
    return language_locale("ru-ru")


@pytest.fixture
def ministry():
    return build_ministry()


def test_only_the_confirmation_before_confirming_and_the_alert_after(mailbox, ministry):
    _home, archive, kind = ministry
    subscribe("ines@press.example")
    publish_now(archive, "Statement before confirming", kind)
    run_worker()
    (confirmation,) = mailbox.messages
    assert confirmation["To"] == "ines@press.example"
    assert confirmation["Subject"] == "Confirm your e-mail alerts"
    assert "List-Unsubscribe" not in confirmation

    # Opening the link (as a mail scanner does) confirms nothing; the page's button does.
    (link,) = [link for link in links(confirmation) if "/alerts/confirm/" in link]
    path = re.sub(r"^https?://[^/]+", "", link)
    assert link.startswith(f"http://{MINISTRY_HOST}/en-gb/alerts/confirm/")
    assert b"<button" in Client().get(path, HTTP_HOST=MINISTRY_HOST).content
    assert Subscription.objects.get().confirmed_at is None
    confirm_from_mail(confirmation)
    assert Subscription.objects.get().confirmed_at is not None
    mailbox.clear()

    run_worker()
    assert mailbox.messages == [], "a text published before confirming is not alerted"

    due = seconds_from_now(60)
    scheduled = add_document(
        archive,
        "Statement on the harbour treaty",
        kind,
        published_at=due,
        go_live_at=due,
        live=False,
        lead="The ministry welcomes the treaty.",
    )
    # The worker's clock, not the SMTP server's, is set (its loop keeps real time).
    with freeze_time(due - datetime.timedelta(seconds=1), ignore=SMTP_SERVER):
        run_worker()
    assert mailbox.messages == [], "nothing before its time"
    with freeze_time(due, ignore=SMTP_SERVER):
        run_worker()
    (alert,) = mailbox.messages
    assert alert["Subject"] == "Statement on the harbour treaty"
    assert alert["To"] == "ines@press.example"
    (unsubscribe,) = re.fullmatch(r"<(.+)>", alert["List-Unsubscribe"]).groups()
    assert unsubscribe.startswith(f"http://{MINISTRY_HOST}/en-gb/alerts/unsubscribe/")
    assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    text = body(alert)
    assert scheduled.get_full_url() in links(alert)
    assert "The ministry welcomes the treaty." in text
    assert "Statement" in text and "Unsubscribe:" in text

    run_worker()
    run_alerts(timezone.now() + datetime.timedelta(days=3))
    assert len(mailbox.messages) == 1, "one publication, one mail"


def test_mails_in_the_subscribers_language(mailbox, ministry):
    _home, archive, kind = ministry
    subscribe("olga@press.example", language="ru-ru")
    run_worker()
    (confirmation,) = mailbox.messages
    assert confirmation["Subject"] == "Подтвердите подписку на рассылку"
    assert f"http://{MINISTRY_HOST}/ru-ru/alerts/confirm/" in body(confirmation)
    confirm_from_mail(confirmation)
    mailbox.clear()

    russian_archive = archive.get_translation(russian())
    document = publish_now(russian_archive, "Заявление о гавани", kind, slug="harbour")
    run_worker()
    (alert,) = mailbox.messages
    assert alert["Subject"] == "Заявление о гавани"
    assert "/ru-ru/alerts/unsubscribe/" in alert["List-Unsubscribe"]
    assert "Отписаться:" in body(alert)
    assert "Заявление ·" in body(alert), "the kind in the text's language"
    assert document.get_full_url() in links(alert)


def test_filters_by_language_kind_and_person(mailbox, ministry):
    _home, archive, kind = ministry
    speaker = make_person("Vera Anders")
    publish_now(archive, "Statement naming her", kind, participants=[speaker])
    run_worker()  # she is public now: offered by the form
    everything = subscribed(mailbox, "all@press.example")
    hers = subscribed(mailbox, "vera@press.example", person="vera-anders")
    russian_only = subscribed(mailbox, "ru@press.example", locale=russian().pk)

    publish_now(archive, "Statement with her", kind, participants=[speaker])
    publish_now(archive, "Statement without her", kind)
    run_worker()
    subjects = {
        s.email: sorted(m["Subject"] for m in mailbox.to(s.email))
        for s in (everything, hers, russian_only)
    }
    assert subjects == {
        "all@press.example": ["Statement with her", "Statement without her"],
        "vera@press.example": ["Statement with her"],
        "ru@press.example": [],
    }


def test_a_missions_subscribers_get_the_ministry_texts_it_lists_once(mailbox, ministry):
    _home, archive, statement = ministry
    comment = make_kind("comment")
    mission, mission_archive = make_mission()
    mission.syndicated_kinds.add(statement)
    mission.save_revision().publish()
    embassy = subscribed(mailbox, "embassy@press.example", host=MISSION_HOST)
    ministry_only = subscribed(mailbox, "ministry@press.example")
    chosen = add_document(archive, "Comment chosen by the embassy", comment, live=False)
    SyndicatedDocument.objects.create(page=mission, document=chosen)

    by_kind = publish_now(archive, "Statement every embassy lists", statement)
    publish_now(archive, "Comment the embassy does not list", comment)
    publish_now(mission_archive, "Embassy open day", comment)
    chosen.published_at = timezone.now()
    chosen.save_revision().publish()
    run_worker()
    run_worker()  # a second round sends nothing again

    subjects = {
        s.email: sorted(m["Subject"] for m in mailbox.to(s.email)) for s in (embassy, ministry_only)
    }
    assert subjects == {
        "embassy@press.example": [
            "Comment chosen by the embassy",
            "Embassy open day",
            "Statement every embassy lists",
        ],
        "ministry@press.example": [
            "Comment chosen by the embassy",
            "Comment the embassy does not list",
            "Statement every embassy lists",
        ],
    }
    (mail,) = [m for m in mailbox.to(embassy.email) if m["Subject"].startswith("Statement")]
    assert by_kind.get_full_url() in body(mail)  # the text's one address, at the ministry
    assert f"http://{MISSION_HOST}/" in mail["List-Unsubscribe"]


def test_one_click_unsubscribe(mailbox, ministry):
    _home, archive, kind = ministry
    subscribed(mailbox, "jon@press.example")
    publish_now(archive, "First statement", kind)
    run_worker()
    (alert,) = mailbox.messages
    (address,) = re.fullmatch(r"<(.+)>", alert["List-Unsubscribe"]).groups()
    path = re.sub(r"^https?://[^/]+", "", address)

    # A GET only asks; the mail client's POST (no CSRF token, RFC 8058's body) unsubscribes.
    client = Client(enforce_csrf_checks=True)
    assert b"<button" in client.get(path, HTTP_HOST=MINISTRY_HOST).content
    assert Subscription.objects.filter(email="jon@press.example").exists()
    response = client.post(
        path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
        HTTP_HOST=MINISTRY_HOST,
    )
    assert response.status_code == 200
    assert not Subscription.objects.filter(email="jon@press.example").exists()
    assert client.post(path, HTTP_HOST=MINISTRY_HOST).status_code == 200, "a second click too"
    forged = path.replace("/unsubscribe/", "/unsubscribe/x")
    assert client.post(forged, HTTP_HOST=MINISTRY_HOST).status_code == 404

    mailbox.clear()
    publish_now(archive, "Second statement", kind)
    run_worker()
    assert mailbox.messages == []


def test_smtp_failure_is_retried_later_and_sent_once(mailbox, ministry):
    _home, archive, kind = ministry
    subscribed(mailbox, "ana@press.example")
    publish_now(archive, "Statement in a storm", kind)
    mailbox.refuse = True
    run_worker()
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.PENDING, 1)
    assert delivery.next_attempt_at > timezone.now() + datetime.timedelta(seconds=50)

    mailbox.refuse = False
    run_worker()
    assert mailbox.messages == [], "not before its retry time"
    run_alerts(delivery.next_attempt_at)
    (alert,) = mailbox.messages
    assert alert["Subject"] == "Statement in a storm"
    run_alerts(delivery.next_attempt_at + datetime.timedelta(hours=1))
    assert len(mailbox.messages) == 1
    assert Delivery.objects.get().status == DeliveryStatus.SENT


def test_smtp_server_down_then_up(mailbox, ministry, settings):
    _home, archive, kind = ministry
    subscribed(mailbox, "kai@press.example")
    publish_now(archive, "Statement while the server is down", kind)
    settings.EMAIL_PORT = mailbox.port + 1 if mailbox.port < 65535 else mailbox.port - 1
    run_worker()  # connection refused: logged, retried
    assert Delivery.objects.get().attempts == 1
    settings.EMAIL_PORT = mailbox.port
    run_alerts(Delivery.objects.get().next_attempt_at)
    assert [m["Subject"] for m in mailbox.messages] == ["Statement while the server is down"]


def test_no_mail_for_a_withdrawn_text(mailbox, ministry, django_user_model):
    _home, archive, kind = ministry
    subscribed(mailbox, "lea@press.example")
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "x")
    mailbox.refuse = True
    document = publish_now(archive, "Statement issued in error", kind)
    run_worker()  # announced while public; its mail failed
    mailbox.refuse = False
    WithdrawDocumentAction(document, editor, "Issued in error.").execute()
    run_alerts(Delivery.objects.get().next_attempt_at)
    assert mailbox.messages == []
    assert Delivery.objects.get().status == DeliveryStatus.DROPPED

    withdrawn_first = publish_now(archive, "Statement withdrawn at once", kind)
    WithdrawDocumentAction(withdrawn_first, editor, "Issued in error.").execute()
    run_worker()
    assert mailbox.messages == []


def test_daily_digest_at_eight_in_the_subscribers_zone(mailbox, ministry):
    _home, archive, kind = ministry
    subscription = subscribed(
        mailbox, "dee@press.example", frequency="daily", time_zone="America/New_York"
    )
    due = subscription.next_digest_at
    local = due.astimezone(subscription.zone)
    assert (local.hour, local.minute) == (8, 0)
    assert timezone.now() < due <= timezone.now() + datetime.timedelta(days=1)

    publish_now(archive, "Morning statement", kind)
    publish_now(archive, "Noon statement", kind)
    run_worker()
    assert mailbox.messages == [], "a digest subscriber gets no immediate mail"
    run_alerts(due - datetime.timedelta(seconds=1))
    assert mailbox.messages == []
    run_alerts(due)
    (digest,) = mailbox.messages
    assert digest["Subject"].startswith("Published on ")
    assert "Morning statement" in body(digest) and "Noon statement" in body(digest)
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    subscription.refresh_from_db()
    assert subscription.next_digest_at == due + datetime.timedelta(days=1)
    run_alerts(due + datetime.timedelta(days=1))
    assert len(mailbox.messages) == 1, "an empty day sends no digest"


def test_same_answer_for_known_and_unknown_addresses(mailbox, ministry):
    subscribed(mailbox, "known@press.example")
    known = subscribe("known@press.example").content
    unknown = subscribe("unknown@press.example").content
    assert known.replace(b"known@", b"") == unknown.replace(b"unknown@", b"")
    run_worker()
    assert [m["To"] for m in mailbox.messages] == ["unknown@press.example"], (
        "no second confirmation for a confirmed subscription"
    )


def test_confirmations_to_one_mailbox_are_limited(mailbox, ministry):
    for _ in range(5):
        subscribe("flood@press.example")
        run_worker()
    assert len(mailbox.to("flood@press.example")) == 3
    assert Subscription.objects.filter(email="flood@press.example").count() == 1


def test_requests_from_one_client_are_limited(ministry):
    client = Client()
    answers = [
        client.post(
            "/en-gb/alerts/",
            {"email": f"r{n}@press.example", "frequency": "daily", "time_zone": "UTC"},
            HTTP_HOST=MINISTRY_HOST,
        ).status_code
        for n in range(12)
    ]
    assert answers == [200] * 10 + [429] * 2


def test_a_bad_address_is_named(ministry):
    response = Client().post(
        "/en-gb/alerts/",
        {"email": "not an address", "frequency": "daily", "time_zone": "UTC"},
        HTTP_HOST=MINISTRY_HOST,
    )
    assert response.status_code == 400
    assert b"Enter a valid email address" in response.content
    assert not Subscription.objects.exists()
