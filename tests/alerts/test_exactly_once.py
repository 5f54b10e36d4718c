"""Never twice: a worker that dies mid-batch, then a worker run again, give each subscriber
each alert exactly once. The mail a dying worker was handing over is the server's: it is not
sent again (its delivery stays "sending")."""

import collections
import os
import signal
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.db import connection
from django.utils import timezone

from legation.alerts.models import Delivery, DeliveryStatus, Subscription
from legation.alerts.sending import Sender, run_alerts

from .helpers import build_ministry, publish_now, run_worker

SUBSCRIBERS = [f"reader{n}@press.example" for n in range(6)]


class Killed(BaseException):
    """Like SIGKILL, nothing of the worker's own handles it."""


def confirmed_subscribers():
    site = Subscription._meta.get_field("site").related_model.objects.get(is_default_site=True)
    for address in SUBSCRIBERS:
        Subscription.objects.create(
            email=address,
            language="en-gb",
            site=site,
            time_zone="UTC",
            confirmed_at=timezone.now(),
        )


def assert_each_got_it_once(mailbox, subject):
    received = collections.Counter(m["To"] for m in mailbox.messages if m["Subject"] == subject)
    assert received == collections.Counter(SUBSCRIBERS)


@pytest.mark.django_db
def test_a_worker_dying_after_handing_over_a_mail(mailbox):
    _home, archive, kind = build_ministry()
    confirmed_subscribers()
    publish_now(archive, "Statement for six readers", kind)
    handed_over = Sender.send

    def send_then_die_at_the_third(sender, message):
        handed_over(sender, message)
        if len(mailbox.messages) == 3:
            raise Killed

    with mock.patch.object(Sender, "send", send_then_die_at_the_third), pytest.raises(Killed):
        run_alerts()
    assert len(mailbox.messages) == 3
    run_worker()
    run_worker()
    assert_each_got_it_once(mailbox, "Statement for six readers")
    assert Delivery.objects.filter(status=DeliveryStatus.SENDING).count() == 1


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the worker's process needs the test database too: SQLite's lives in this process",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_worker_process_killed_mid_batch(mailbox):
    _home, archive, kind = build_ministry()
    confirmed_subscribers()
    publish_now(archive, "Statement before the kill", kind)
    mailbox.hold_at = 3  # the server has the third mail, and answers it only after the kill
    database = connection.settings_dict
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "legation.settings.test",
        "DATABASE_URL": "postgres://{USER}:{PASSWORD}@{HOST}:{PORT}/{NAME}".format(**database),
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(mailbox.port),
    }
    worker = subprocess.Popen(
        [str(Path(sys.executable).parent / "legation"), "worker", "--poll", "0.2"],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        assert mailbox.holding.wait(180), worker.stderr.read1().decode()
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(30)
    finally:
        worker.kill()
        mailbox.release.set()
    assert len(mailbox.messages) == 3

    run_worker()
    run_worker()
    assert_each_got_it_once(mailbox, "Statement before the kill")
