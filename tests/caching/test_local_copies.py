"""On a cache shared over the network, each process serves its own copy of an entry while the
entry's stamp says it is the one the shared cache holds: the page then crosses the network
once per process, and a page another process stored again, or an edit, is never served from
an old copy."""

import pytest
from django.core.cache import cache
from django.test import Client

from legation.caching import store
from legation.caching.store import ENTRY, LOCAL_COPIES, STAMP, LocalCopies, PageCache
from tests.utils.builders import MINISTRY_HOST, add_document

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def local_copies(settings):
    """Local copies on, as on Redis, whichever cache the tests run on."""
    settings.LEGATION_PAGE_CACHE_LOCAL_BYTES = 1024 * 1024
    LOCAL_COPIES.clear()
    yield
    LOCAL_COPIES.clear()


def get(path):
    return Client().get(path, HTTP_HOST=MINISTRY_HOST)


class SharedCacheReads:
    """The keys a request reads from the shared cache."""

    def __init__(self, monkeypatch):
        self.keys = []
        backend = PageCache().cache
        get_one, get_many = backend.get, backend.get_many

        def reading_one(key, *args, **kwargs):
            self.keys.append(key)
            return get_one(key, *args, **kwargs)

        def reading_many(keys, *args, **kwargs):
            self.keys += list(keys)
            return get_many(keys, *args, **kwargs)

        monkeypatch.setattr(backend, "get", reading_one)
        monkeypatch.setattr(backend, "get_many", reading_many)

    def entries(self):
        return [key for key in self.keys if key.startswith(ENTRY)]


def copied_key():
    """The key of the one entry this process holds a copy of."""
    (key,) = LOCAL_COPIES.entries
    return key


def test_a_hit_is_served_from_the_processs_copy(sites, monkeypatch):
    add_document(sites.ministry_archive, "Fog signals", sites.statement)
    first = get("/en-gb/news/")
    assert first["X-Page-Cache"] == "miss"
    reads = SharedCacheReads(monkeypatch)
    hit = get("/en-gb/news/")
    assert hit["X-Page-Cache"] == "hit" and hit.content == first.content
    assert reads.entries() == []  # only its stamp and the counters
    # A process that holds no copy reads the entry once, then has its own.
    LOCAL_COPIES.clear()
    assert get("/en-gb/news/").content == first.content
    assert get("/en-gb/news/").content == first.content
    assert len(reads.entries()) == 1


def test_a_page_another_process_stored_again_replaces_the_copy(sites):
    add_document(sites.ministry_archive, "Fog signals", sites.statement)
    get("/en-gb/news/")
    key = copied_key()
    # Another process rendered the page again and stored it, with a stamp of its own.
    entry = dict(cache.get(key), content=b"<p>Stored by another process</p>", stamp=7)
    cache.set_many({key: entry, STAMP + key.removeprefix(ENTRY): 7}, None)
    assert get("/en-gb/news/").content == b"<p>Stored by another process</p>"


def test_an_edit_is_seen_though_a_copy_is_held(sites):
    document = add_document(sites.ministry_archive, "Fog signals", sites.statement)
    get("/en-gb/news/")
    assert get("/en-gb/news/")["X-Page-Cache"] == "hit"
    document.title = "Fog signals restored"
    document.save_revision().publish()
    response = get("/en-gb/news/")
    assert response.get("X-Page-Cache") != "hit"
    assert "Fog signals restored" in response.content.decode()


def test_the_copies_keep_to_their_room_the_least_recently_served_out_first():
    copies = LocalCopies()

    def entry(size):
        return {"content": b"x" * size, "headers": []}

    copies.put("a", 1, entry(400), limit=1000)
    copies.put("b", 1, entry(400), limit=1000)
    assert copies.get("a", 1) is not None  # "b" is now the least recently served
    copies.put("c", 1, entry(400), limit=1000)
    assert copies.get("b", 1) is None and copies.get("a", 1) and copies.get("c", 1)
    assert copies.size == 800
    copies.put("d", 1, entry(2000), limit=1000)  # larger than the room: not kept
    assert copies.get("d", 1) is None and copies.size == 800
    assert copies.get("a", 2) is None  # another stamp: another entry


def test_local_memory_keeps_no_second_copy(settings):
    del settings.LEGATION_PAGE_CACHE_LOCAL_BYTES
    backend_is_local = isinstance(PageCache().cache, store.LocMemCache)
    assert PageCache().local_bytes == (0 if backend_is_local else store.LOCAL_COPIES_BYTES)
