"""What a list of public documents adds up to (its length, its years), and who is public
through them (the directory), kept as derived data: worked out once, then read.

What the gate admits changes only at a publication event (a page saved, published,
unpublished, moved or deleted; a view restriction added or lifted; for the directory, an
appointment saved or deleted; for the site a request is for, a site or locale saved or
deleted) or at the gate's next clock moment (a publication, go-live or expiry time passing).
Each event gives one row in the database a new random number, inside the event's own
transaction, so that every process sees the new number together with the new rows, whether
the page cache is on or off. A value is kept under the number it was worked out at and only
until the next clock moment; after either it is worked out again. (A COUNT(*) through the
gate reads the whole list: 250 ms at 100,000.)
"""

import contextlib
import contextvars
import secrets

from django.core.cache import cache
from django.db import models
from django.db.models import Subquery
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction, Site

from legation.caching.dependencies import record_gate_query
from legation.directory.models import Appointment

from .documents import DocumentPage

# The counter's one row.
COUNTER = 1
KEPT = "legation:public-derived:"
# The number of events as read once for the page being served (see one_view()).
_seen = contextvars.ContextVar("legation_publication_events", default=None)
# The models whose rows saved or deleted are publication events.
EVENT_MODELS = (Page, PageViewRestriction, Appointment, Site, Locale)
# Values kept under numbers no longer current are left to expire.
KEPT_SECONDS = 24 * 3600


class PublicationEvents(models.Model):
    """A number drawn afresh at each publication event, not a count: a value is kept under
    the number it was worked out at, and a count would come back. A transaction rolled back
    after an event (a value worked out inside it, from what the rollback took back, kept under
    its count) and then another event would have shown that count, and that value, again; so
    would a database restored to before an event."""

    number = models.BigIntegerField()

    def __str__(self):
        return str(self.number)


def publication_event(sender=None, **kwargs):
    """Receiver for every event that may change what the gate admits, who is public through
    it (directory.publication: the heads and organisations of appointments), or which site
    and home a request is for (core.site_lookup: sites, their root pages and locales)."""
    if sender is not None and not issubclass(sender, EVENT_MODELS):
        return
    if not PublicationEvents.objects.filter(pk=COUNTER).update(number=secrets.randbits(62)):
        PublicationEvents.objects.get_or_create(
            pk=COUNTER, defaults={"number": secrets.randbits(62)}
        )


def kept(scope, since, work_out):
    """`work_out()`, kept under `scope` (what it is of: a site's list and its filters) while
    no publication event happened and no clock moment passed since it was worked out.

    `since` is a time no later than the gate's moment in what `work_out` reads: the value
    holds from then until the next clock moment after it. A value read from here depends on
    what the gate admits as the query it stands for did (the page cache's tags: call inside
    the same `reading()`)."""
    now = timezone.now()
    number = _events_so_far()
    if number is None:  # no event recorded yet: nothing to keep the value under
        return work_out()
    key = f"{KEPT}{number}:{scope}"
    found = cache.get(key)
    if found is not None:
        value, worked_out_at, valid_until = found
        if worked_out_at <= now and (valid_until is None or now < valid_until):
            record_gate_query()
            return value
    valid_until = _next_clock_moment(number, since)
    value = work_out()
    cache.set(key, (value, since, valid_until), KEPT_SECONDS)
    return value


@contextlib.contextmanager
def one_view():
    """Inside, the number of events is read at most once: a page's lists (its length, years
    and kinds) are one moment's view, as the gate's are. Inside another, that one's view."""
    if _seen.get() is not None:
        yield
        return
    token = _seen.set({})
    try:
        yield
    finally:
        _seen.reset(token)


def _events_so_far():
    seen = _seen.get()
    if seen is not None and "number" in seen:
        return seen["number"]
    number = PublicationEvents.objects.filter(pk=COUNTER).values_list("number", flat=True).first()
    if seen is not None:
        seen["number"] = number
    return number


def _next_clock_moment(number, since):
    """The next clock moment after `since`, found once for every list under this number."""
    key = f"{KEPT}{number}:moment"
    found = cache.get(key)
    if found is not None:
        after, moment = found
        if after <= since and (moment is None or since < moment):
            return moment
    moment = next_clock_moment(since)
    cache.set(key, (since, moment), KEPT_SECONDS)
    return moment


def next_clock_moment(now):
    """The earliest time after `now` at which any page's go-live, expiry or own publication
    time passes. Over every page, live or not: an original version that is not live still
    decides, by its times, whether its translations are public. Each time is the first after
    `now` in its index (publishing's migration 0003), the three read in one query on the
    first page row (every Wagtail database has its tree's root); an aggregate over every page
    took 32-39 ms at 100,000."""

    def first_after(model, field):
        later = model.objects.filter(**{f"{field}__gt": now}).order_by(field)
        return Subquery(later.values(field)[:1])

    one_row = (
        Page.objects.order_by()
        .annotate(
            go_live=first_after(Page, "go_live_at"),
            expiry=first_after(Page, "expire_at"),
            own=first_after(DocumentPage, "published_at"),
        )
        .values_list("go_live", "expiry", "own")[:1]
    )
    return min((moment for times in one_row for moment in times if moment), default=None)
