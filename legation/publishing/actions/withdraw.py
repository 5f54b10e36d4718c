"""Withdraw a published document: every language version goes down, readers get a notice."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.log_actions import LogContext, log
from wagtail.models import Page

from legation.publishing.models import Withdrawal


class WithdrawDocumentAction:
    """Unpublish a document in every language and record why, in one transaction.

    A document still scheduled may be withdrawn too: its schedule is cancelled and its
    preview links die; it was never public, so its addresses stay "not found".

    `reason` is in the language of `page`; `translated_reasons` ({language code: text}) may give
    it in the other languages, which otherwise show it as written.
    """

    def __init__(self, page, user, reason, translated_reasons=None):
        self.page = page
        self.user = user
        self.reason = (reason or "").strip()
        self.translated_reasons = translated_reasons or {}

    def versions(self):
        return (
            Page.objects.filter(translation_key=self.page.translation_key)
            .select_related("locale")
            .specific()
        )

    @staticmethod
    def scheduled(version):
        return version.revisions.filter(approved_go_live_at__isnull=False).exists()

    def check(self, versions):
        if not self.reason:
            raise ValidationError({"reason": _("Give readers the reason for the withdrawal.")})
        if not any(version.live or self.scheduled(version) for version in versions):
            raise ValidationError(_("The document is neither published nor scheduled."))
        # One decision takes down every language, so it needs the right to publish each.
        refused = [
            version.locale.language_code
            for version in versions
            if not version.permissions_for_user(self.user).can_publish()
        ]
        if refused:
            raise PermissionDenied(
                _("You may not publish this document in: %(languages)s.")
                % {"languages": ", ".join(refused)}
            )

    def execute(self):
        with transaction.atomic():
            versions = list(self.versions().select_for_update())
            self.check(versions)
            reasons = {
                code: text.strip() for code, text in self.translated_reasons.items() if text.strip()
            }
            reasons[self.page.locale.language_code] = self.reason
            withdrawal = Withdrawal.objects.create(
                document_key=self.page.translation_key,
                language=self.page.locale.language_code,
                reasons=reasons,
                withdrawn_at=timezone.now(),
                withdrawn_by=self.user,
            )
            for version in versions:
                # A log context of its own per version: Wagtail's history shows only the
                # latest entry of each action within one context, whichever page it is on.
                with LogContext(user=self.user):
                    self.take_down(version, withdrawal)
        return withdrawal

    def take_down(self, version, withdrawal):
        UnpublishPageAction(version, user=self.user).execute(skip_permission_checks=True)
        # Wagtail clears the schedule of live pages only; a version scheduled to go (back) up
        # must not come out after its withdrawal.
        version.revisions.filter(approved_go_live_at__isnull=False).update(approved_go_live_at=None)
        if version.last_published_at:
            log(
                instance=version,
                action="publishing.withdraw",
                user=self.user,
                data={"reason": withdrawal.reason_in(version.locale.language_code)[0]},
            )
