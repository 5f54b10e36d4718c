"""What a cached page depends on, as few tags as it can be: a hit reads one version per tag,
so a home listing thirty documents must cost no more than one listing three. Each tag
left out is one that another tag already stands for, and the events are checked here."""

import pytest
from django.core.cache import cache
from django.test import Client

from legation.caching.store import TAG, PageCache
from legation.documents.models import DocumentPage
from tests.utils.builders import MINISTRY_HOST, add_document, make_kind

pytestmark = pytest.mark.django_db


def get(path):
    return Client().get(path, HTTP_HOST=MINISTRY_HOST)


@pytest.fixture
def versions_read_by_a_hit(monkeypatch):
    """The tag versions that a hit of a path reads from the cache, once anything at all has
    been invalidated since it was stored or last checked."""
    read = []
    get_many = cache.get_many

    def counting(keys, *args, **kwargs):
        read.extend(key for key in keys if key.startswith(TAG))
        return get_many(keys, *args, **kwargs)

    monkeypatch.setattr(cache, "get_many", counting)

    def versions(path):
        # Something unrelated invalidated since, so that the hit must check its tags.
        PageCache().invalidate({"documents.documentkind:unrelated"})
        read.clear()
        assert get(path)["X-Page-Cache"] == "hit"
        return list(read)

    return versions


@pytest.mark.parametrize("path", ["/en-gb/", "/en-gb/news/", "/en-gb/news/?kind=statement"])
def test_a_hit_reads_as_many_versions_for_thirty_documents_as_for_three(
    sites, versions_read_by_a_hit, path
):
    kinds = [sites.statement, sites.speech, make_kind("comment"), make_kind("interview")]
    for number in range(3):
        add_document(sites.ministry_archive, f"Buoy notice {number}", kinds[number % 4])
    get(path)
    few = versions_read_by_a_hit(path)
    for number in range(3, 30):
        add_document(sites.ministry_archive, f"Buoy notice {number}", kinds[number % 4])
    get(path)
    many = versions_read_by_a_hit(path)
    assert "Buoy notice 28" in get(path).content.decode()
    assert len(many) == len(few), sorted(set(many) - set(few))
    assert len(many) <= 8, sorted(many)


def test_saving_a_draft_keeps_the_cached_pages(sites):
    document = add_document(sites.ministry_archive, "Pilot boarding", sites.statement)
    for path in ("/en-gb/", "/en-gb/news/", "/en-gb/news/pilot-boarding/"):
        get(path)
        document.title = "Pilot boarding (draft)"
        document.save_revision()
        response = get(path)
        assert response["X-Page-Cache"] == "hit", path
        assert "(draft)" not in response.content.decode()


def test_a_page_row_saved_without_a_revision_drops_the_pages_that_show_it(sites):
    """A script or a migration that writes a live page's row directly, not through a
    publication: the lists that show it are dropped all the same."""
    add_document(sites.ministry_archive, "Anchorage fees", sites.statement)
    paths = ("/en-gb/", "/en-gb/news/", "/en-gb/news/anchorage-fees/")
    for path in paths:
        get(path)
        assert get(path)["X-Page-Cache"] == "hit"
    document = DocumentPage.objects.get(slug="anchorage-fees")
    document.title = "Anchorage and mooring fees"
    document.save()
    for path in paths:
        assert "Anchorage and mooring fees" in get(path).content.decode(), path


def test_a_deleted_document_leaves_the_cached_lists(sites):
    add_document(sites.ministry_archive, "Anchorage fees", sites.statement)
    add_document(sites.ministry_archive, "Berth rules", sites.statement)
    for path in ("/en-gb/", "/en-gb/news/"):
        get(path)
        assert "Anchorage fees" in get(path).content.decode()
    DocumentPage.objects.get(slug="anchorage-fees").delete()
    for path in ("/en-gb/", "/en-gb/news/"):
        assert "Anchorage fees" not in get(path).content.decode(), path


def test_an_unpublished_page_created_keeps_the_cached_pages(sites):
    add_document(sites.ministry_archive, "Berth rules", sites.statement)
    get("/en-gb/news/")
    add_document(sites.ministry_archive, "Tug assistance", sites.statement, live=False)
    response = get("/en-gb/news/")
    assert response["X-Page-Cache"] == "hit"
    assert "Tug assistance" not in response.content.decode()
