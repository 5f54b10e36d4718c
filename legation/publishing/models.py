"""A document's public history and its life outside a plain schedule: change notes, withdrawal,
and embargoed preview links for named recipients."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from legation.core.models import PublicGate


class DocumentChangeNote(TranslatableMixin, Orderable):
    """ "Updated 3 May 2026 14:10: corrected the date of the visit", shown on the page.

    The note is translated with the document; the moment is one fact in every language.
    """

    page = ParentalKey(
        "documents.DocumentPage", on_delete=models.CASCADE, related_name="change_notes"
    )
    moment = models.DateTimeField(_("updated at"), default=timezone.now)
    note = models.CharField(_("what changed"), max_length=500)

    override_translatable_fields = [SynchronizedField("moment", overridable=False)]
    panels = [FieldPanel("moment"), FieldPanel("note")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("change note")
        verbose_name_plural = _("change notes")


class WithdrawalQuerySet(models.QuerySet):
    def of_document(self, page):
        return self.filter(document_key=page.translation_key)

    def in_force_for(self, page):
        """The withdrawal that holds for this language version now, or None.

        Publishing a version again lifts the withdrawal for it: a withdrawal holds only over a
        version that is not live and was last published before it (it was public, then taken
        down); a version never published was never public and has no notice to give.
        """
        if page.live or page.last_published_at is None:
            return None
        return (
            self.of_document(page)
            .filter(withdrawn_at__gte=page.last_published_at)
            .order_by("-withdrawn_at")
            .first()
        )


class Withdrawal(models.Model):
    """A document taken down after publication, for a reason its readers are told."""

    document_key = models.UUIDField(_("document"), db_index=True, editable=False)
    language = models.CharField(_("language"), max_length=15)
    reasons = models.JSONField(
        _("reasons"),
        default=dict,
        help_text=_("The reason given to readers, by language code; one language at least."),
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), default=timezone.now)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("withdrawn by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = WithdrawalQuerySet.as_manager()

    class Meta:
        verbose_name = _("withdrawal")
        verbose_name_plural = _("withdrawals")

    def __str__(self):
        return f"{self.document_key} withdrawn at {self.withdrawn_at:%Y-%m-%d %H:%M} UTC"

    def reason_in(self, language_code):
        """(reason, its language): in the reader's language if given, else the editor's."""
        if self.reasons.get(language_code):
            return self.reasons[language_code], language_code
        return self.reasons.get(self.language, ""), self.language


def new_token():
    return secrets.token_urlsafe(32)


class EmbargoLinkQuerySet(models.QuerySet):
    def unrevoked(self):
        return self.filter(revoked_at__isnull=True)

    def open_for(self, page, now=None):
        """The links of a language version that would show it at this moment."""
        return [link for link in self.filter(document=page).unrevoked() if link.is_open(now)]


class EmbargoState(models.TextChoices):
    OPEN = "open", _("open")
    REVOKED = "revoked", _("revoked")
    WITHDRAWN = "withdrawn", _("dead: the document was withdrawn")
    RELEASED = "released", _("dead: the embargo has ended")


def embargo_ends_at(page):
    """When the document's latest revision becomes public: its go-live or its publication time,
    whichever is later (the gate waits for both); None when neither lies ahead of it."""
    latest = page.get_latest_revision_as_object()
    times = [moment for moment in (latest.go_live_at, latest.published_at) if moment]
    return max(times) if times else None


class EmbargoLink(models.Model):
    """A personal preview of a document before its time, for one named recipient."""

    document = models.ForeignKey(
        "documents.DocumentPage",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="embargo_links",
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    recipient_name = models.CharField(_("recipient"), max_length=200)
    organisation = models.CharField(_("organisation or outlet"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = EmbargoLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("embargo link")
        verbose_name_plural = _("embargo links")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return (
            f"{self.recipient_name} ({self.organisation})"
            if self.organisation
            else (self.recipient_name)
        )

    def state(self, now=None):
        now = now or timezone.now()
        if self.revoked_at:
            return EmbargoState.REVOKED
        withdrawn = Withdrawal.objects.of_document(self.document).filter(
            withdrawn_at__gte=self.created_at
        )
        if withdrawn.exists():
            return EmbargoState.WITHDRAWN
        ends_at = embargo_ends_at(self.document)
        if ends_at is None or ends_at <= now or PublicGate(now).in_time(self.document):
            return EmbargoState.RELEASED
        return EmbargoState.OPEN

    def is_open(self, now=None):
        return self.state(now) == EmbargoState.OPEN

    def revoke(self, user):
        self.revoked_at = timezone.now()
        self.revoked_by = user
        self.save(update_fields=["revoked_at", "revoked_by"])


class EmbargoOpening(models.Model):
    """One opening of a preview link: the link names who, this row when and from where."""

    link = models.ForeignKey(EmbargoLink, on_delete=models.CASCADE, related_name="openings")
    opened_at = models.DateTimeField(default=timezone.now)
    client_address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-opened_at", "-pk"]

    def __str__(self):
        return f"{self.link} at {self.opened_at:%Y-%m-%d %H:%M:%S} UTC"


def publishing_status(page):
    """The states Wagtail has no name for, "withdrawn" and "embargoed", or None."""
    if page.live:
        return None
    if Withdrawal.objects.in_force_for(page):
        return _("withdrawn")
    if EmbargoLink.objects.open_for(page):
        return _("embargoed")
    return None
