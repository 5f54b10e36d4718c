"""The one public gate: the only place that decides what a reader may see now.

Every public channel (pages, listings, widgets, feeds, API, search, sitemaps, exports, links
rendered in rich text, attachments) asks this module. Wagtail alone is not enough: it serves a
live page whose ``expire_at`` has passed until a cron job unpublishes it, and its querysets
know nothing of a document's own publication time.
"""

from django.db.models import Q
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet


class PublicGate:
    """What is public at one moment; `now` is fixed so a page renders one consistent view."""

    def __init__(self, now=None):
        self.now = now or timezone.now()

    def filter(self, queryset):
        """Narrow any page queryset to what is public now."""
        # Wagtail's own view-restriction filter, called by name: document querysets redefine
        # public() as this gate.
        queryset = (
            PageQuerySet.public(queryset.live())
            .filter(Q(go_live_at__isnull=True) | Q(go_live_at__lte=self.now))
            .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=self.now))
        )
        if _has_field(queryset.model, "published_at"):
            queryset = queryset.filter(published_at__lte=self.now)
        return queryset

    def allows(self, page):
        """Whether one page instance may be shown to an anonymous reader now."""
        if not self.in_time(page):
            return False
        return not PageViewRestriction.objects.filter(
            page__in=page.get_ancestors(inclusive=True)
        ).exists()

    def in_time(self, page):
        """Live, and now between its go-live and expiry times and after its publication time.

        Serving checks only this: Wagtail's own hook already handles view restrictions there,
        letting in the readers a restriction admits.
        """
        if not page.live:
            return False
        if page.go_live_at and page.go_live_at > self.now:
            return False
        if page.expire_at and page.expire_at <= self.now:
            return False
        published_at = getattr(page, "published_at", None)
        return not (published_at and published_at > self.now)


def _has_field(model, name):
    return any(field.name == name for field in model._meta.get_fields())
