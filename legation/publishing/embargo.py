"""Embargoed previews: who may share a document before its time, and where a link leads."""

from django.urls import reverse


def may_share_preview(user, page):
    """Sharing a text before its time is a publishing decision: the right to publish the page."""
    return page.permissions_for_user(user).can_publish()


def preview_url(link):
    """The link's full address, on the document's own site, outside any language prefix."""
    site = link.document.get_site()
    path = reverse("embargo_preview", args=[link.token])
    return site.root_url + path if site else path
