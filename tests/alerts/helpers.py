"""A ministry in English and Russian, a reader's subscription through the pages, the worker."""

import datetime
import re

from django.test import Client
from django.utils import timezone

from legation.alerts.models import Subscription
from legation.publishing.scheduling import Worker
from tests.utils.builders import MINISTRY_HOST, add_document, make_kind, make_ministry, translate

from .conftest import links


def build_ministry():
    ministry, archive = make_ministry()
    translate(ministry, "ru-ru")
    russian_archive = translate(archive, "ru-ru")
    kind = make_kind("statement")
    translate_kind = kind.copy_for_translation(russian_archive.locale)
    translate_kind.name = "Заявление"
    translate_kind.save()
    return ministry, archive, kind


def subscribe(email, language="en-gb", client=None, host=MINISTRY_HOST, **choices):
    client = client or Client()
    data = {"email": email, "frequency": "immediately", "time_zone": "Europe/Berlin", **choices}
    response = client.post(f"/{language}/alerts/", data, HTTP_HOST=host)
    assert response.status_code == 200, response.content.decode()
    return response


def run_worker():
    Worker().run_due()


def confirm_from_mail(message, host=MINISTRY_HOST):
    """Open the mail's link, then press the page's button, as a reader does."""
    (link,) = [link for link in links(message) if "/alerts/confirm/" in link]
    path = re.sub(r"^https?://[^/]+", "", link)
    client = Client()
    page = client.get(path, HTTP_HOST=host)
    assert page.status_code == 200
    confirmed = client.post(path, HTTP_HOST=host)
    assert confirmed.status_code == 200
    return confirmed


def subscribed(mailbox, email, host=MINISTRY_HOST, **choices):
    """A confirmed subscription, made through the form and the confirmation mail."""
    subscribe(email, host=host, **choices)
    run_worker()
    (confirmation,) = mailbox.to(email)
    confirm_from_mail(confirmation, host=host)
    mailbox.clear()
    return Subscription.objects.get(email=email)


def publish_now(archive, title, kind, **fields):
    return add_document(archive, title, kind, published_at=timezone.now(), **fields)


def seconds_from_now(seconds):
    return timezone.now().replace(microsecond=0) + datetime.timedelta(seconds=seconds)
