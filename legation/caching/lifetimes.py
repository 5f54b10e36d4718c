"""How long a page may be kept without any event: until the date changes in its site's zone,
and until the next moment at which the gate admits or refuses something by the clock alone.

Publishing, unpublishing, expiry and withdrawal are events (invalidation); but a live document
whose own publication time is still ahead, or a live page whose expiry time comes, changes
what the gate admits with no event at all, at that very second. So no entry outlives the
earliest such moment.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.db.models import Min
from django.utils import timezone
from wagtail.models import Page, Site

from .dependencies import PUBLIC
from .store import PageCache

NEXT_MOMENT = "legation:next-public-moment"


def expiry_for(request, now=None):
    """The Unix time until which a page served for `request` now may be kept."""
    now = now or timezone.now()
    moments = [now + datetime.timedelta(seconds=settings.LEGATION_PAGE_CACHE_SECONDS)]
    zone = site_zone(request)
    if zone is not None:
        moments.append(next_midnight(now, zone))
    moment = next_public_moment(now)
    if moment is not None:
        moments.append(moment)
    return min(moments).timestamp()


def site_zone(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    name = getattr(site.root_page.specific, "time_zone", None)
    return zoneinfo.ZoneInfo(name) if name else None


def next_midnight(now, zone):
    """The first moment of tomorrow in `zone` (a DST change at midnight included)."""
    tomorrow = timezone.localtime(now, zone).date() + datetime.timedelta(days=1)
    midnight = datetime.datetime.combine(tomorrow, datetime.time(), tzinfo=zone)
    # A zone that skips midnight (a spring-forward at 00:00) has no such wall time: take
    # the UTC instant it maps to, which is the first moment of the new day.
    return midnight.astimezone(datetime.UTC)


def next_public_moment(now):
    """The earliest future publication or expiry time of a live page, or None.

    Remembered in the cache (as a page would be: it depends on `public`), since it is asked
    on every cache miss and changes only when something is published or unpublished.
    """
    page_cache = PageCache()
    remembered = page_cache.cache.get(NEXT_MOMENT)
    version = page_cache.versions([PUBLIC])[PUBLIC]
    if (
        remembered
        and remembered["version"] == version
        and (remembered["moment"] is None or remembered["moment"] > now)
    ):
        return remembered["moment"]
    generation = page_cache.generation()
    moment = _next_public_moment(now)
    if version is not None and page_cache.generation() == generation:
        page_cache.cache.set(NEXT_MOMENT, {"moment": moment, "version": version}, 300)
    return moment


def _next_public_moment(now):
    from legation.documents.models import DocumentPage

    live = Page.objects.filter(live=True)
    candidates = [
        live.filter(expire_at__gt=now).aggregate(moment=Min("expire_at"))["moment"],
        live.filter(go_live_at__gt=now).aggregate(moment=Min("go_live_at"))["moment"],
        DocumentPage.objects.filter(live=True, published_at__gt=now).aggregate(
            moment=Min("published_at")
        )["moment"],
    ]
    return min((moment for moment in candidates if moment), default=None)
