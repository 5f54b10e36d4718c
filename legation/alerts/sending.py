"""The worker's alert step: announce what became public, then send what is due.

Run by the publishing worker after each round (`legation.publishing.scheduling`), so a text
published at its second is announced in the same round. Each round sends at most one batch, so
a long list never holds back the next scheduled publication by more than a batch.

Never twice: a delivery is claimed (pending → sending, one UPDATE that only one worker can win)
before it is handed to the mail server, and only ever sent from that state. Never early: the
public gate is asked when a text is announced and again when each mail is sent.
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from wagtail.models import Site

from legation.core.models import PublicGate
from legation.documents.models import DocumentPage
from legation.missions.models import MissionHomePage, SyndicatedDocument

from . import mails
from .models import (
    Announcement,
    Delivery,
    DeliveryStatus,
    Frequency,
    Subscription,
    next_digest_time,
)

logger = logging.getLogger(__name__)

BATCH = 50
# A text first public more than this after its publication time (an imported archive, a worker
# that was down for days) is not news: it is not announced.
ANNOUNCE_WITHIN = datetime.timedelta(days=2)
MAX_ATTEMPTS = 12
MAX_RETRY_SECONDS = 3600
SMTP_TIMEOUT = 30
MAIL_FAILURES = (smtplib.SMTPException, OSError)


def retry_delay(attempts):
    """1, 2, 4… minutes after the first, second, third failure, at most an hour."""
    return datetime.timedelta(seconds=min(60 * 2 ** (attempts - 1), MAX_RETRY_SECONDS))


def run_alerts(now=None):
    """One round: what the worker calls."""
    now = now or timezone.now()
    announce(now)
    sender = Sender(now)
    try:
        sender.send_confirmations()
        sender.send_immediate()
        sender.send_digests()
    finally:
        sender.close()


def announce(now):
    """Give each confirmed subscription one delivery of each text that became public."""
    gate = PublicGate(now)
    fresh = (
        gate.filter(DocumentPage.objects.filter(published_at__gte=now - ANNOUNCE_WITHIN))
        .exclude(Exists(Announcement.objects.filter(page=OuterRef("pk"))))
        .select_related("kind", "locale")
        .order_by("published_at", "pk")
    )
    for document in fresh[:BATCH]:
        sites = sites_listing(document, gate)
        try:
            with transaction.atomic():
                Announcement.objects.create(page=document, announced_at=now)
                subscriptions = Subscription.objects.confirmed().matching(document, sites)
                Delivery.objects.bulk_create(
                    [
                        Delivery(subscription=subscription, page=document, next_attempt_at=now)
                        for subscription in subscriptions
                    ],
                    ignore_conflicts=True,
                )
        except IntegrityError:  # another worker announced it first
            continue


def sites_listing(document, gate):
    """The sites whose lists show `document`: its own, and every mission that lists it as a
    ministry text (chosen, or of a kind it syndicates), in the document's language. Their
    readers subscribed to what that site publishes, and the mission publishes it too."""
    chosen = SyndicatedDocument.objects.filter(
        document__translation_key=document.translation_key
    ).values("page__translation_key")
    by_kind = MissionHomePage.syndicated_kinds.through.objects.filter(
        documentkind__translation_key=document.kind.translation_key
    ).values("missionhomepage__translation_key")
    candidates = gate.filter(
        MissionHomePage.objects.filter(locale_id=document.locale_id).filter(
            Q(translation_key__in=chosen) | Q(translation_key__in=by_kind)
        )
    )
    # The mission's own list decides (a chosen text of another mission, a kind's rule that
    # holds for ministry texts only): one query per candidate, and candidates are few.
    listing = [
        mission.translation_key
        for mission in candidates
        if mission.listed_documents().filter(pk=document.pk).exists()
    ]
    return [document.get_site(), *Site.objects.filter(root_page__translation_key__in=listing)]


class Sender:
    """One SMTP connection for the round, opened at the first mail (Django's mail backend,
    configured by the EMAIL_* settings). A failure ends the round's sending: the server is
    likely down, and what is not yet claimed waits for the next round."""

    def __init__(self, now):
        self.now = now
        self.gate = PublicGate(now)
        self.connection = None
        self.failed = False

    def close(self):
        if self.connection is not None:
            self.connection.close()

    def send(self, message):
        if self.connection is None:
            self.connection = get_connection(
                fail_silently=False,
                timeout=getattr(settings, "EMAIL_TIMEOUT", None) or SMTP_TIMEOUT,
            )
            self.connection.open()
        self.connection.send_messages([message])

    def send_confirmations(self):
        due = Subscription.objects.filter(confirmation_due_at__lte=self.now).order_by(
            "confirmation_due_at"
        )
        for subscription in due[:BATCH]:
            if self.failed:
                return
            claimed = Subscription.objects.filter(
                pk=subscription.pk, confirmation_due_at=subscription.confirmation_due_at
            ).update(confirmation_due_at=None)
            if not claimed:
                continue
            try:
                self.send(mails.confirmation_mail(subscription))
            except MAIL_FAILURES:
                self.failed = True
                attempts = subscription.confirmation_attempts + 1
                logger.exception(
                    "Could not send the confirmation to subscription %s", subscription.pk
                )
                Subscription.objects.filter(pk=subscription.pk).update(
                    confirmation_attempts=attempts,
                    confirmation_due_at=(
                        self.now + retry_delay(attempts) if attempts < MAX_ATTEMPTS else None
                    ),
                )

    def send_immediate(self):
        due = (
            Delivery.objects.due(self.now)
            .filter(subscription__frequency=Frequency.IMMEDIATELY)
            .order_by("next_attempt_at", "pk")
            .values_list("pk", flat=True)
        )
        for pk in list(due[:BATCH]):
            if self.failed:
                return
            if not Delivery.objects.filter(pk=pk, status=DeliveryStatus.PENDING).update(
                status=DeliveryStatus.SENDING
            ):
                continue  # another worker claimed it
            delivery = Delivery.objects.select_related("subscription__site").get(pk=pk)
            document = self._public(delivery.page_id)
            if document is None:
                _set(delivery, DeliveryStatus.DROPPED)
                continue
            try:
                self.send(mails.alert_mail(delivery.subscription, document))
            except MAIL_FAILURES:
                self.failed = True
                logger.exception("Could not send alert %s; trying again later", pk)
                self._retry([delivery])
                continue
            _set(delivery, DeliveryStatus.SENT, sent_at=timezone.now())

    def send_digests(self):
        due = Subscription.objects.confirmed().filter(
            frequency=Frequency.DAILY, next_digest_at__lte=self.now
        )
        for subscription in due.select_related("site")[:BATCH]:
            if self.failed:
                return
            self._send_digest(subscription)

    def _send_digest(self, subscription):
        # The digest run is claimed by moving the subscription's next digest on: one worker wins.
        if not Subscription.objects.filter(
            pk=subscription.pk, next_digest_at=subscription.next_digest_at
        ).update(next_digest_at=next_digest_time(self.now, subscription.zone)):
            return
        pending = list(subscription.deliveries.due(self.now).order_by("pk"))
        Delivery.objects.filter(pk__in=[d.pk for d in pending]).update(
            status=DeliveryStatus.SENDING
        )
        documents, included = [], []
        for delivery in pending:
            document = self._public(delivery.page_id)
            if document is None:
                _set(delivery, DeliveryStatus.DROPPED)
            else:
                documents.append(document)
                included.append(delivery)
        if not documents:
            return
        day = timezone.localtime(self.now, subscription.zone).date()
        try:
            self.send(mails.digest_mail(subscription, documents, day))
        except MAIL_FAILURES:
            self.failed = True
            logger.exception("Could not send the digest of subscription %s", subscription.pk)
            self._retry(included)
            # Sooner than tomorrow: when the first of them is due again.
            Subscription.objects.filter(pk=subscription.pk).update(
                next_digest_at=min(d.next_attempt_at for d in included)
            )
            return
        Delivery.objects.filter(pk__in=[d.pk for d in included]).update(
            status=DeliveryStatus.SENT, sent_at=timezone.now()
        )

    def _public(self, page_id):
        return (
            self.gate.filter(DocumentPage.objects.filter(pk=page_id))
            .select_related("kind", "locale")
            .first()
        )

    def _retry(self, deliveries):
        for delivery in deliveries:
            delivery.attempts += 1
            if delivery.attempts >= MAX_ATTEMPTS:
                _set(delivery, DeliveryStatus.FAILED, attempts=delivery.attempts)
                continue
            delivery.next_attempt_at = self.now + retry_delay(delivery.attempts)
            _set(
                delivery,
                DeliveryStatus.PENDING,
                attempts=delivery.attempts,
                next_attempt_at=delivery.next_attempt_at,
            )


def _set(delivery, status, **fields):
    delivery.status = status
    Delivery.objects.filter(pk=delivery.pk).update(status=status, **fields)
