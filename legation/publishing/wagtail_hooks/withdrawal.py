"""Withdrawal in the admin: its view, a way to it from each document, its audit log entry."""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter

from legation.documents.models import DocumentPage

from ..urls import withdrawal_urls
from ..views import may_withdraw


@hooks.register("register_admin_urls")
def register_withdrawal_urls():
    return [path("publishing/withdraw/", include(withdrawal_urls))]


class WithdrawButton(PageMenuItem):
    label = _("Withdraw")
    icon_name = "warning"
    url_name = "legation_withdrawal:withdraw"

    def is_shown(self, user):
        return (self.page.live or self.page.approved_schedule) and may_withdraw(user, self.page)


@hooks.register("register_page_header_buttons")
def withdraw_button(page, user, view_name, next_url=None):
    if issubclass(page.specific_class, DocumentPage):
        yield WithdrawButton(page=page, priority=61)


@hooks.register("register_log_actions")
def register_withdrawal_log_action(actions):
    @actions.register_action("publishing.withdraw")
    class WithdrawalLogFormatter(LogFormatter):
        label = _("Withdraw")

        def format_message(self, log_entry):
            return _("Withdrawn: %(reason)s") % {"reason": log_entry.data.get("reason", "")}
