"""Embargoed preview links in the admin: their views, and a way to them from each document."""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from legation.documents.models import DocumentPage

from ..embargo import may_share_preview
from ..urls import embargo_urls


@hooks.register("register_admin_urls")
def register_embargo_urls():
    return [path("publishing/embargo/", include(embargo_urls))]


class EmbargoLinksButton(PageMenuItem):
    label = _("Preview links")
    icon_name = "view"
    url_name = "legation_embargo:links"

    def is_shown(self, user):
        return may_share_preview(user, self.page)


@hooks.register("register_page_header_buttons")
def embargo_links_button(page, user, view_name, next_url=None):
    if issubclass(page.specific_class, DocumentPage):
        yield EmbargoLinksButton(page=page, priority=62)
