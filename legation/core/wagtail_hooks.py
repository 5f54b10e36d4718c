"""The public gate applied where Wagtail renders links and serves files on its own."""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.utils.html import escape
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry
from wagtail.rich_text.pages import PageLinkHandler

from .models import PublicGate


class PublicPageLinkHandler(PageLinkHandler):
    """Rich text links to pages that are not public now render without an address.

    Wagtail prints the address of any page, so a link in a published text would reveal the
    slug of an embargoed document and lead readers to a 404.
    """

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        targets = [page.localized if page else None for page in cls.get_many(attrs_list)]
        # One question to the gate for all the text's links, not one per link.
        public = set(
            PublicGate()
            .filter(Page.objects.filter(pk__in=[page.pk for page in targets if page]))
            .values_list("pk", flat=True)
        )
        return [
            f'<a href="{escape(page.url)}">' if page and page.pk in public else "<a>"
            for page in targets
        ]


# After Wagtail registers its own handler for page links, so this one replaces it.
@hooks.register("register_rich_text_features", order=100)
def register_public_page_links(features):
    features.register_link_type(PublicPageLinkHandler)


def pages_referencing(obj):
    source_ids = (
        ReferenceIndex.get_references_to(obj)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    return Page.objects.filter(pk__in=[int(pk) for pk in source_ids])


@hooks.register("before_serve_document")
def refuse_files_of_unpublished_documents(document, request):
    """An attachment is downloadable once a public page uses it; before, only to the admin
    users who may see it there (Wagtail's permissions on its collection, that is its site's).

    Wagtail serves any uploaded file to anyone, so a statement's annex uploaded ahead of the
    embargo would be downloadable before the statement is public.
    """
    document_policy = policy_registry.get_by_type(get_document_model())
    if document_policy.user_has_any_permission_for_instance(
        request.user, ["change", "choose"], document
    ):
        return None
    if not PublicGate().filter(pages_referencing(document)).exists():
        raise Http404
    return None


@hooks.register("before_serve_page")
def refuse_pages_out_of_their_time(page, request, serve_args, serve_kwargs):
    """Wagtail serves a live page after its expiry time until a cron job unpublishes it, and a
    translation of a restricted page to anyone."""
    restrictions = PublicGate().serving(page)
    if restrictions is None:
        raise Http404
    # Wagtail checks the restrictions of the page's own tree only; a restriction on another
    # language version of the document covers this one too.
    if any(not r.accept_request(request) for r in restrictions.of_other_versions):
        raise Http404
    if restrictions.known_to_wagtail:
        page._legation_view_restrictions = restrictions.in_tree
