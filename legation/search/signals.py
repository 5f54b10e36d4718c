"""Every event that changes whether a document is public re-indexes it at once.

Publishing and unpublishing (by an editor, by the worker at a schedule's second or an expiry,
by a withdrawal, by a translator) all pass through Wagtail's page_published and
page_unpublished signals; view restrictions and deletions through the models' own. An expiry
that passes before the worker has unpublished the page is refused at query time (search.py).
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from legation.documents.models import DocumentPage

from .indexing import IndexDocuments


def reindex_document(sender, instance, **kwargs):
    if isinstance(instance, DocumentPage):
        IndexDocuments([instance.translation_key]).execute()


def reindex_restricted(sender, instance, raw=False, **kwargs):
    """A restriction covers the page and everything under it, in every language."""
    if raw:
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    covered = DocumentPage.objects.filter(path__startswith=page.path)
    keys = set(covered.values_list("translation_key", flat=True))
    if keys:
        IndexDocuments(keys).execute()


def connect():
    page_published.connect(reindex_document, dispatch_uid="legation_search_published")
    page_unpublished.connect(reindex_document, dispatch_uid="legation_search_unpublished")
    post_delete.connect(
        reindex_document, sender=DocumentPage, dispatch_uid="legation_search_deleted"
    )
    for signal, name in ((post_save, "saved"), (post_delete, "lifted")):
        signal.connect(
            reindex_restricted,
            sender=PageViewRestriction,
            dispatch_uid=f"legation_search_restriction_{name}",
        )
