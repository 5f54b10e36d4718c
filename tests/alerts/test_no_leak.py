"""The alert mails as a channel of the no-leak suite: the worker, run over documents in every
non-public state (tests/noleak/world.py), mails none of them to anyone, whatever they asked
for; the live companion text that names them all is mailed."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale, Site

from legation.alerts.models import Frequency, Subscription
from legation.alerts.sending import run_alerts
from tests.noleak.world import build_world

from .conftest import body
from .helpers import run_worker

pytestmark = pytest.mark.django_db


def subscriptions_asking_for_everything(world):
    """Any site or each, any language or each, each probe's person and organisation, and the
    people and organisation the companion names; immediately and daily."""
    confirmed = timezone.now() - datetime.timedelta(days=1)
    choices = [{}, {"locale": Locale.objects.get(language_code="ru-ru")}]
    choices += [{"site": site} for site in Site.objects.all()]
    for probe in world.probes:
        choices.append({"person": probe.document.participants.first()})
        choices.append({"organisation": probe.document.organisations.first()})
    choices += [{"person": person} for person in world.companion.participants.all()] + [
        {"organisation": org} for org in world.companion.organisations.all()
    ]
    n = 0
    for chosen in choices:
        for frequency in Frequency.values:
            for language in ("en-gb", "ru-ru"):
                n += 1
                Subscription.objects.create(
                    email=f"reader{n}@press.example",
                    language=language,
                    frequency=frequency,
                    time_zone="Europe/Berlin",
                    confirmed_at=confirmed,
                    next_digest_at=confirmed,
                    **chosen,
                )


def test_no_alert_carries_a_non_public_document(mailbox):
    world = build_world()
    mailbox.clear()  # the review workflow's notice to the ministry's editors: not a channel
    subscriptions_asking_for_everything(world)
    run_worker()
    run_worker()
    run_alerts(timezone.now() + datetime.timedelta(days=1))  # the digests of tomorrow too
    mails = [
        "\n".join([*(f"{name}: {value}" for name, value in m.items()), body(m)]).lower()
        for m in mailbox.messages
    ]
    leaks = [
        (probe.state, mail[:200])
        for probe in world.probes
        for mail in mails
        if probe.marker.lower() in mail
    ]
    assert not leaks
    assert all(m["To"].endswith("@press.example") for m in mailbox.messages)
    # The companion (English) and its Russian version went to those who asked for them.
    assert any("companion statement" in mail for mail in mails)
    assert any("сопроводительное заявление" in mail for mail in mails)
