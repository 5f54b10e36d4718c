"""A withdrawn document's addresses answer 410 Gone with a notice, not a silent 404."""

from django.shortcuts import render
from django.utils import timezone
from wagtail.models import Page, Site

from legation.core import formats
from legation.core.languages import bcp47, site_languages_for_request, split_language_prefix
from legation.documents.models import DocumentPage

from .models import Withdrawal


class WithdrawnDocumentMiddleware:
    """Turns the "not found" of a withdrawn document's address into its withdrawal notice.

    Wagtail's router answers 404 for any page that is not live before our code sees it; a
    withdrawn document is exactly such a page, so its notice is looked for only once a request
    has been found to lead nowhere, and costs other requests nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        document = withdrawn_document_at(request)
        withdrawal = Withdrawal.objects.in_force_for(document) if document else None
        if withdrawal is None:
            return response
        return withdrawal_notice(request, document, withdrawal)


def withdrawn_document_at(request):
    """The document, not live, whose address in the request's site and language this is."""
    site = Site.find_for_request(request)
    language, path = split_language_prefix(request.path)
    if site is None or language is None or language not in site_languages_for_request(request):
        return None
    root = Page.objects.filter(
        translation_key=site.root_page.translation_key, locale__language_code=language
    ).first()
    if root is None:
        return None
    url_path = root.url_path + path.strip("/") + "/"
    return (
        DocumentPage.objects.descendant_of(root)
        .filter(url_path=url_path, locale_id=root.locale_id, live=False)
        .first()
    )


def withdrawal_notice(request, document, withdrawal):
    language = document.locale.language_code
    reason, reason_language = withdrawal.reason_in(language)
    withdrawn_on = timezone.localtime(withdrawal.withdrawn_at, document.zone).date()
    response = render(
        request,
        "publishing/withdrawn.html",
        {
            "site_root": document.site_root,
            "withdrawn_on": formats.long_date(withdrawn_on),
            "reason": reason,
            "reason_tag": bcp47(reason_language) if reason_language != language else "",
        },
        status=410,
    )
    response["X-Robots-Tag"] = "noindex"
    return response
