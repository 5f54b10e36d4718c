"""The one public gate: the only place that decides what a reader may see now.

Every public channel (pages, listings, widgets, feeds, API, search, sitemaps, exports, links
rendered in rich text, attachments, media, people and organisations) asks this module. Wagtail
alone is not enough: it serves a live page whose ``expire_at`` has passed until a cron job
unpublishes it, its querysets know nothing of a document's own publication time, and it
publishes a translation whatever state its source is in.

A page is public now when, all at once:
- it is live, its go-live time (if any) has passed and its expiry time (if any) has not;
- its own publication time (page types with a ``published_at`` field) has passed, whether the
  queryset is of that page type or of plain ``Page``;
- the original version of the document (the first created of the pages sharing its
  translation key) has been published and is within its times by the same rules: no
  translation is public before its source, nor after its source expired (a source taken
  offline on its own leaves its translations up; withdrawing a document takes every version);
- no view restriction covers it (Wagtail's own filter), nor any other version of it: a
  restriction on one language version covers the document in every language.
"""

from functools import cache

from django.apps import apps
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from legation.caching.dependencies import record_gate_query


class PublicGate:
    """What is public at one moment; `now` is fixed so a page renders one consistent view."""

    def __init__(self, now=None):
        self.now = now or timezone.now()

    def filter(self, queryset):
        """Narrow any page queryset to what is public now."""
        record_gate_query()
        # Wagtail's own view-restriction filter, called by name: document querysets redefine
        # public() as this gate.
        restricted_version = PageViewRestriction.objects.filter(
            page__translation_key=OuterRef("translation_key")
        )
        return PageQuerySet.public(self.filter_in_time(queryset)).exclude(
            Exists(restricted_version)
        )

    def filter_in_time(self, queryset):
        """Public now but for view restrictions, which Wagtail's serving checks by itself."""
        record_gate_query()
        original_version = Page.objects.filter(
            pk=Subquery(
                Page.objects.filter(translation_key=OuterRef(OuterRef("translation_key")))
                .order_by("pk")
                .values("pk")[:1]
            )
        )
        original_released = Q(first_published_at__isnull=False) & self._within_times(Page)
        return queryset.filter(Q(live=True) & self._within_times(queryset.model)).filter(
            Exists(original_version.filter(original_released))
        )

    def allows(self, page):
        """Whether one page may be shown to an anonymous reader now."""
        return self.filter(Page.objects.filter(pk=page.pk)).exists()

    def in_time(self, page):
        """Whether one page may be served now to a reader its view restrictions admit.

        Serving checks only this: Wagtail's own hook already handles view restrictions there,
        letting in the readers a restriction admits.
        """
        return self.filter_in_time(Page.objects.filter(pk=page.pk)).exists()

    def _within_times(self, model):
        return (
            (Q(go_live_at__isnull=True) | Q(go_live_at__lte=self.now))
            & (Q(expire_at__isnull=True) | Q(expire_at__gt=self.now))
            & self._published(model)
        )

    def _published(self, model):
        """The page's own publication time has passed, on a queryset of its type or of Page."""
        if _has_field(model, "published_at"):
            return Q(published_at__lte=self.now)
        condition = Q()
        if model is Page:
            for name in _timed_page_types():
                condition &= Q(**{f"{name}__isnull": True}) | Q(
                    **{f"{name}__published_at__lte": self.now}
                )
        return condition


@cache
def _timed_page_types():
    """Names under which Page reaches the page types that carry their own publication time."""
    return tuple(
        model._meta.model_name
        for model in apps.get_models()
        if Page in model._meta.parents and _has_field(model, "published_at")
    )


def _has_field(model, name):
    return any(field.name == name for field in model._meta.get_fields())
