"""Tag versions are counters kept in the cache, not clocks: a host whose clock runs behind,
or a cache that evicted a tag, never lets a page rendered before an event be served after it."""

import datetime

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from freezegun import freeze_time

from legation.caching import invalidation
from legation.caching.store import TAG
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
    cache.delete(f"{TAG}documents.documentkind:{sites.statement.translation_key}")
    assert get("/en-gb/news/").get("X-Page-Cache") != "hit"
