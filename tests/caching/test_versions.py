"""Tag versions are counters kept in the cache, not clocks: a host whose clock runs behind,
or a cache that evicted a tag, never lets a page rendered before an event be served after it."""

import datetime
import time

import pytest
from django.core.cache import cache
from django.test import Client, RequestFactory
from django.utils import timezone
from freezegun import freeze_time

from legation.caching import invalidation
from legation.caching.dependencies import tags_of
from legation.caching.store import TAG, PageCache
from legation.missions.models import MinistryHomePage
from tests.utils.builders import MINISTRY_HOST, add_document

pytestmark = pytest.mark.django_db


def get(path):
    return Client().get(path, HTTP_HOST=MINISTRY_HOST)


def test_a_page_rendered_while_another_host_publishes_is_not_stored(sites, monkeypatch):
    add_document(sites.ministry_archive, "Lighthouse keepers", sites.statement)
    render = MinistryHomePage.get_context

    def rendered_during_an_event(page, request, *args, **kwargs):
        context = render(page, request, *args, **kwargs)
        # A worker on another host, its clock an hour behind, publishes mid-render.
        with freeze_time(timezone.now() - datetime.timedelta(hours=1)):
            invalidation.invalidate({f"page:{page.translation_key}"})
        return context

    monkeypatch.setattr(MinistryHomePage, "get_context", rendered_during_an_event)
    assert get("/en-gb/").get("X-Page-Cache") is None
    monkeypatch.setattr(MinistryHomePage, "get_context", render)
    assert get("/en-gb/").get("X-Page-Cache") == "miss"
    assert get("/en-gb/")["X-Page-Cache"] == "hit"


def test_an_evicted_tag_counts_as_changed(sites):
    add_document(sites.ministry_archive, "Fog signals", sites.statement)
    get("/en-gb/news/")
    assert get("/en-gb/news/")["X-Page-Cache"] == "hit"
    sites.statement.name = "Communiqué"
    sites.statement.save()
    # The cache dropped the tag the edit bumped (memory pressure, a restart of Redis).
    for tag in tags_of(sites.statement):
        cache.delete(TAG + tag)
    assert get("/en-gb/news/").get("X-Page-Cache") != "hit"


class InvalidationUnderWay:
    """Stops an invalidation after its `started` count and first tag are bumped, to run
    something there, as another process would in that instant."""

    def __init__(self, monkeypatch, meanwhile):
        increment = PageCache._increment
        bumped = []

        def stepping(page_cache, key):
            increment(page_cache, key)
            bumped.append(key)
            if len(bumped) == 1:  # `started`, and none of the tags yet
                meanwhile()

        monkeypatch.setattr(PageCache, "_increment", stepping)


def test_a_page_stored_while_an_invalidation_is_under_way_is_not_kept(sites, monkeypatch):
    """The rendering read the database before the edit's commit; its store comes after the
    edit's tags were bumped but before the invalidation ends."""
    add_document(sites.ministry_archive, "Fog signals", sites.statement)
    page_cache = PageCache()
    generation = page_cache.generation()
    rendered = get("/en-gb/news/?page=1")  # stands for the page rendered before the edit
    request = RequestFactory().get("/en-gb/news/", HTTP_HOST=MINISTRY_HOST)
    stored = []
    InvalidationUnderWay(
        monkeypatch,
        lambda: stored.append(
            page_cache.store(request, rendered, {"public"}, generation, time.time() + 60)
        ),
    )
    invalidation.invalidate({"public"})
    assert stored == [False]


def test_a_hit_during_an_invalidation_does_not_outlive_it(sites, monkeypatch):
    """A hit checked while an invalidation's tags are still being bumped may be served, as
    it would have been an instant earlier, but is not noted as checked: once the
    invalidation has ended, the page is no longer served."""
    add_document(sites.ministry_archive, "Fog signals", sites.statement)
    get("/en-gb/news/fog-signals/")
    served = []
    InvalidationUnderWay(
        monkeypatch,
        lambda: served.append(get("/en-gb/news/fog-signals/")["X-Page-Cache"]),
    )
    sites.statement.name = "Communiqué"
    sites.statement.save()
    assert served == ["hit"]
    response = get("/en-gb/news/fog-signals/")
    assert response.get("X-Page-Cache") != "hit"
    assert "Communiqué" in response.content.decode()
