"""Subscriptions, the publications announced to them, and one delivery per subscriber and text.

A publication is one language version of a document (its translation key and locale: one
page). When the worker first finds it public, it announces it once (`Announcement`) and gives
every confirmed subscription that asks for it one `Delivery` row; the unique constraint on
(subscription, page) is what makes "never twice" hold whatever a worker does or suffers.
"""

import datetime
import secrets
import zoneinfo

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from legation.core.models import validate_time_zone

# The hour, in the subscriber's zone, at which the daily digest goes out.
DIGEST_TIME = datetime.time(8, 0)


def new_key():
    return secrets.token_urlsafe(18)


class Frequency(models.TextChoices):
    IMMEDIATELY = "immediately", _("as soon as it is published")
    DAILY = "daily", _("in a daily digest")


class SubscriptionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def matching(self, document, sites):
        """The subscriptions that ask for `document` (a public language version) on any of
        `sites` (those that list it: see sites_listing).

        Kinds, people and organisations are chosen in the reader's language and set on a
        document's source, so they are compared by translation key, as the archive's filters do.
        """
        from legation.directory.models import Organisation, Person

        named = {"documents__translation_key": document.translation_key}
        people = Person.objects.filter(**named).values("translation_key")
        organisations = Organisation.objects.filter(**named).values("translation_key")
        return self.filter(
            Q(site__isnull=True) | Q(site__in=sites),
            Q(locale__isnull=True) | Q(locale_id=document.locale_id),
            Q(kind__isnull=True) | Q(kind__translation_key=document.kind.translation_key),
            Q(person__isnull=True) | Q(person__translation_key__in=people),
            Q(organisation__isnull=True) | Q(organisation__translation_key__in=organisations),
        )


class Subscription(models.Model):
    """One reader's request for alerts: any combination of site, language, kind, person and
    organisation (an empty one means any), immediately or daily."""

    email = models.EmailField(_("e-mail address"))
    language = models.CharField(
        _("language of the mails"), max_length=15, choices=settings.LANGUAGES
    )
    site = models.ForeignKey(
        "wagtailcore.Site", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("documents in"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.ForeignKey(
        "documents.DocumentKind", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    person = models.ForeignKey(
        "directory.Person", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    organisation = models.ForeignKey(
        "directory.Organisation",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    frequency = models.CharField(
        _("frequency"), max_length=12, choices=Frequency.choices, default=Frequency.IMMEDIATELY
    )
    time_zone = models.CharField(
        _("time zone of the digest"), max_length=64, validators=[validate_time_zone]
    )
    # Random and secret: the signed tokens of the confirmation and unsubscribe links carry it.
    key = models.CharField(max_length=32, unique=True, default=new_key, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    # When the worker is to send the confirmation mail (none due: null), and how often it failed.
    confirmation_due_at = models.DateTimeField(null=True, blank=True)
    confirmation_attempts = models.PositiveSmallIntegerField(default=0)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    next_digest_at = models.DateTimeField(null=True, blank=True, db_index=True)

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["confirmation_due_at"], name="alerts_confirmation_due")]

    def __str__(self):
        return f"{self.email} ({self.get_frequency_display()})"

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    def confirm(self, now=None):
        now = now or timezone.now()
        if self.confirmed_at is None:
            self.confirmed_at = now
            self.confirmation_due_at = None
            if self.frequency == Frequency.DAILY:
                self.next_digest_at = next_digest_time(now, self.zone)
            self.save()


def next_digest_time(after, zone):
    """The first DIGEST_TIME in `zone` strictly after `after`, in UTC (daylight saving
    included: a digest at eight stays at eight local time)."""
    local_day = after.astimezone(zone).date()
    for day in (local_day, local_day + datetime.timedelta(days=1)):
        moment = datetime.datetime.combine(day, DIGEST_TIME, tzinfo=zone).astimezone(datetime.UTC)
        if moment > after:
            return moment
    raise AssertionError("unreachable: the next day's digest time is always later")


class Announcement(models.Model):
    """A publication the worker has announced: its deliveries exist; it is not looked at again."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    announced_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"page {self.page_id} announced at {self.announced_at.isoformat()}"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("pending")
    # Claimed by a worker and handed to the mail server. A worker that died here may or may not
    # have delivered it: it is never sent again (never twice rather than maybe twice).
    SENDING = "sending", _("sending")
    SENT = "sent", _("sent")
    DROPPED = "dropped", _("dropped: no longer public")
    FAILED = "failed", _("failed")


class DeliveryQuerySet(models.QuerySet):
    def due(self, now):
        return self.filter(status=DeliveryStatus.PENDING, next_attempt_at__lte=now)


class Delivery(models.Model):
    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    status = models.CharField(
        max_length=8, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = DeliveryQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "page"], name="alerts_one_delivery_per_publication"
            )
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="alerts_delivery_due")]

    def __str__(self):
        return f"page {self.page_id} to subscription {self.subscription_id}: {self.status}"
