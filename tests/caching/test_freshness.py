"""Pages from the cache, and never stale: each event that changes what a page shows drops it,
within the second, and nothing of an editor's session reaches a reader or the reverse."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import PageViewRestriction

from legation.caching.store import PageCache
from legation.missions.models import MissionHomePage
from legation.publishing.actions.withdraw import WithdrawDocumentAction
from legation.publishing.scheduling import Worker
from tests.utils.builders import (
    MINISTRY_HOST,
    MISSION_HOST,
    add_document,
    paragraph,
    translate,
)

from . import fake_cdn

pytestmark = pytest.mark.django_db

MINISTRY_PAGES = ["/en-gb/", "/en-gb/news/", "/en-gb/news/?kind=statement", "/en-gb/feeds/rss/"]


def get(path, host=MINISTRY_HOST, client=None):
    return (client or Client()).get(path, HTTP_HOST=host)


def text(response):
    return response.content.decode()


def test_a_page_is_served_from_the_cache_without_the_database(sites, django_assert_num_queries):
    add_document(sites.ministry_archive, "Harbour dues", sites.statement)
    first = get("/en-gb/news/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        again = get("/en-gb/news/")
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
    assert "Harbour dues" in text(again)


def test_a_hit_takes_one_round_trip_to_the_cache_while_nothing_changed(sites, monkeypatch):
    """With Redis each read is a round trip: the entry with the headers it varies on and the
    invalidation counters; then, the first time after anything was invalidated, its tags'
    versions."""
    from django.core.cache import cache

    add_document(sites.ministry_archive, "Harbour dues", sites.statement)
    assert get("/en-gb/news/")["X-Page-Cache"] == "miss"
    reads = []

    def counted(name):
        read = getattr(cache, name)

        def reading(*args, **kwargs):
            # Local memory answers get_many with a get for each key: one read all the same.
            outermost = not reads or reads[-1] != "…"
            if outermost:
                reads.append(name)
                reads.append("…")
            try:
                return read(*args, **kwargs)
            finally:
                if outermost:
                    reads.pop()

        monkeypatch.setattr(cache, name, reading)

    counted("get")
    counted("get_many")
    assert get("/en-gb/news/")["X-Page-Cache"] == "hit"
    assert reads == ["get_many"]
    PageCache().invalidate({"directory.person:unrelated"})
    reads.clear()
    assert get("/en-gb/news/")["X-Page-Cache"] == "hit"
    assert reads == ["get_many", "get_many"]
    reads.clear()
    assert get("/en-gb/news/")["X-Page-Cache"] == "hit"
    assert reads == ["get_many"]


def test_conditional_get_answers_304_from_the_cache(sites):
    first = get("/en-gb/")
    assert "public" in first["Cache-Control"] and "max-age=0" in first["Cache-Control"]
    assert first["ETag"] and first["Last-Modified"]
    revalidated = Client().get("/en-gb/", HTTP_HOST=MINISTRY_HOST, HTTP_IF_NONE_MATCH=first["ETag"])
    assert revalidated.status_code == 304
    since = Client().get(
        "/en-gb/", HTTP_HOST=MINISTRY_HOST, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]
    )
    assert since.status_code == 304


@pytest.mark.parametrize("path", [*MINISTRY_PAGES, "/api/documents/"])
def test_a_page_from_the_cache_has_the_headers_it_was_rendered_with(sites, path):
    """The security policies, CORS and validators come with a stored page: the middleware
    that gives them does not run again for a hit."""
    add_document(sites.ministry_archive, "Harbour dues", sites.statement)
    rendered = get(path)
    cached = get(path)
    assert (rendered["X-Page-Cache"], cached["X-Page-Cache"]) == ("miss", "hit")
    for header in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
        "X-Frame-Options",
        "Content-Type",
        "Cache-Control",
        "ETag",
        "Last-Modified",
        "Content-Language",
        "Vary",
    ):
        assert cached.get(header) == rendered.get(header), header


def test_the_api_from_the_cache_answers_each_origin_with_its_cors_headers(sites):
    add_document(sites.ministry_archive, "Harbour dues", sites.statement)
    assert get("/api/documents/")["X-Page-Cache"] == "miss"
    assert "Access-Control-Allow-Origin" not in get("/api/documents/")
    for _ in range(2):
        from_elsewhere = Client().get(
            "/api/documents/", HTTP_HOST=MINISTRY_HOST, HTTP_ORIGIN="https://press.example"
        )
        assert from_elsewhere["Access-Control-Allow-Origin"] == "*"
    assert from_elsewhere["X-Page-Cache"] == "hit"


def test_a_scheduled_document_appears_in_the_cached_pages_within_a_second(sites):
    due = timezone.now().replace(microsecond=0) + datetime.timedelta(minutes=5)
    document = add_document(
        sites.ministry_archive,
        "Ferry timetable agreed",
        sites.statement,
        published_at=due,
        go_live_at=due,
        live=False,
    )
    with freeze_time(due - datetime.timedelta(seconds=1)):
        for path in MINISTRY_PAGES:
            get(path)
            cached = get(path)
            assert cached["X-Page-Cache"] == "hit", path
            assert "Ferry timetable agreed" not in text(cached), path
    with freeze_time(due + datetime.timedelta(milliseconds=500)):
        Worker().run_due()
        for path in MINISTRY_PAGES:
            assert "Ferry timetable agreed" in text(get(path)), path
        assert get(document.url_path.replace("/ministry", "/en-gb")).status_code == 200


def test_a_withdrawn_document_disappears_from_the_cached_pages_at_once(sites):
    document = add_document(sites.ministry_archive, "Lighthouse levy", sites.statement)
    address = "/en-gb/news/lighthouse-levy/"
    for path in [*MINISTRY_PAGES, address]:
        get(path)
        assert "Lighthouse levy" in text(get(path)), path
    editor = get_user_model().objects.create_superuser("chief", "chief@example.test", "x")
    WithdrawDocumentAction(document, editor, "Published in error.").execute()
    for path in MINISTRY_PAGES:
        assert "Lighthouse levy" not in text(get(path)), path
    assert get(address).status_code == 410


def test_an_expiring_document_leaves_the_cached_pages_at_its_second_without_the_worker(sites):
    ends = timezone.now().replace(microsecond=0) + datetime.timedelta(minutes=5)
    add_document(sites.ministry_archive, "Temporary berth closure", sites.statement, expire_at=ends)
    with freeze_time(ends - datetime.timedelta(seconds=1)):
        for path in MINISTRY_PAGES:
            get(path)
            assert "Temporary berth closure" in text(get(path)), path
    with freeze_time(ends + datetime.timedelta(milliseconds=100)):
        for path in MINISTRY_PAGES:
            assert "Temporary berth closure" not in text(get(path)), path


def test_a_syndicated_ministry_document_appears_on_the_cached_mission_home(sites):
    sites.mission.syndicated_kinds.set([sites.statement])
    sites.mission.save_revision().publish()
    get("/en-gb/", MISSION_HOST)
    assert get("/en-gb/", MISSION_HOST)["X-Page-Cache"] == "hit"
    add_document(sites.ministry_archive, "Joint pilotage rules", sites.statement)
    assert "Joint pilotage rules" in text(get("/en-gb/", MISSION_HOST))
    assert "Joint pilotage rules" in text(get("/en-gb/news/", MISSION_HOST))


def test_edits_to_what_a_page_shows_drop_it(sites):
    document = add_document(
        sites.ministry_archive,
        "Quay safety",
        sites.statement,
        participants=[sites.speaker],
        organisations=[sites.council],
        body=[paragraph("The quays are safe.")],
    )
    address = "/en-gb/news/quay-safety/"
    person = "/en-gb/people/ilse-marrow/"
    for path in (address, person, "/en-gb/news/"):
        get(path)
        assert get(path)["X-Page-Cache"] == "hit"

    sites.speaker.name = "Ilse Marrow-Vance"
    sites.speaker.save()
    assert "Ilse Marrow-Vance" in text(get(person))

    sites.statement.name = "Declaration"
    sites.statement.save()
    assert "Declaration" in text(get(address))

    sites.council.name = "Council of Ports"
    sites.council.save()
    assert "Council of Ports" in text(get(address))

    document.body = [paragraph("The quays are safer than ever.")]
    document.save_revision().publish()
    assert "safer than ever" in text(get(address))


def test_a_new_translation_joins_the_cached_language_switcher(sites):
    document = add_document(sites.ministry_archive, "Tide tables", sites.statement)
    address = "/en-gb/news/tide-tables/"
    get(address)
    assert "/ru-ru/" not in text(get(address))
    translate(sites.ministry_archive.get_parent(), "ru-ru")
    translate(sites.ministry_archive, "ru-ru")
    translate(document, "ru-ru", title="Таблицы приливов")
    assert "/ru-ru/news/tide-tables/" in text(get(address))


def test_a_view_restriction_drops_every_cached_page_it_covers(sites):
    """The gate reads restrictions in SQL, so no cached page recorded them as rows: adding
    one to a document's English version drops it in every language, and the lists that
    showed it."""
    document = add_document(sites.ministry_archive, "Pilotage fees", sites.statement)
    russian_home = translate(sites.ministry_archive.get_parent(), "ru-ru")
    translate(sites.ministry_archive, "ru-ru")
    translate(document, "ru-ru", title="Лоцманские сборы")
    pages = {
        "/en-gb/news/pilotage-fees/": "Pilotage fees",
        "/ru-ru/news/pilotage-fees/": "Лоцманские сборы",
        "/en-gb/news/": "Pilotage fees",
        "/en-gb/": "Pilotage fees",
    }
    for path, title in pages.items():
        get(path)
        cached = get(path)
        assert cached["X-Page-Cache"] == "hit" and title in text(cached)
    assert russian_home.live

    PageViewRestriction.objects.create(
        page=document, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert "password" in text(get("/en-gb/news/pilotage-fees/")).lower()
    assert get("/ru-ru/news/pilotage-fees/").status_code == 404
    assert "Pilotage fees" not in text(get("/en-gb/news/"))
    assert "Pilotage fees" not in text(get("/en-gb/"))


def test_a_related_document_released_later_joins_the_cached_page(sites):
    due = timezone.now().replace(microsecond=0) + datetime.timedelta(minutes=5)
    later = add_document(
        sites.ministry_archive,
        "Annex on buoys",
        sites.statement,
        published_at=due,
        go_live_at=due,
        live=False,
    )
    document = add_document(sites.ministry_archive, "Buoyage", sites.statement)
    document.related_documents.create(document=later)
    document.save_revision().publish()
    address = "/en-gb/news/buoyage/"
    with freeze_time(due - datetime.timedelta(seconds=1)):
        get(address)
        assert "Annex on buoys" not in text(get(address))
    with freeze_time(due + datetime.timedelta(milliseconds=500)):
        Worker().run_due()
        assert "Annex on buoys" in text(get(address))


def test_counters_clocks_and_contacts_edited_on_the_mission_home(sites):
    get("/en-gb/", MISSION_HOST)
    home = MissionHomePage.objects.get(pk=sites.mission.pk)
    home.cities.create(name="Port Elsin", time_zone="Asia/Tokyo")
    home.consular_contacts.create(label="Visas", phone="+44 20 7946 0000")
    home.counters.create(
        title="Since the storm",
        start_date=datetime.date(2020, 1, 1),
        message="{days} days since the storm",
    )
    home.save_revision().publish()
    page = text(get("/en-gb/", MISSION_HOST))
    assert "Port Elsin" in page and "Visas" in page and "since the storm" in page


def test_an_editor_is_never_served_a_cached_page_nor_a_reader_an_editors(sites):
    editor = get_user_model().objects.create_superuser("chief", "chief@example.test", "x")
    signed_in = Client()
    signed_in.force_login(editor)
    # The editor first: what they were served is not kept for anyone.
    assert signed_in.get("/en-gb/", HTTP_HOST=MINISTRY_HOST).get("X-Page-Cache") is None
    assert get("/en-gb/")["X-Page-Cache"] == "miss"
    # The reader's copy is cached, and still not served to the editor.
    assert get("/en-gb/")["X-Page-Cache"] == "hit"
    assert signed_in.get("/en-gb/", HTTP_HOST=MINISTRY_HOST).get("X-Page-Cache") is None


def test_pages_with_a_form_previews_and_embargo_links_are_never_cached(sites):
    for path in ("/en-gb/alerts/", "/admin/login/", "/embargo/not-a-token/"):
        get(path)
        assert get(path).get("X-Page-Cache") != "hit", path


def test_a_request_with_credentials_is_never_served_from_the_cache_nor_stored(sites):
    add_document(sites.ministry_archive, "Harbour dues", sites.statement)
    for path in ("/en-gb/news/", "/api/documents/"):
        with_credentials = {"HTTP_AUTHORIZATION": "Bearer a-client-token"}
        assert get(path)["X-Page-Cache"] == "miss"
        assert "X-Page-Cache" not in Client().get(path, HTTP_HOST=MINISTRY_HOST, **with_credentials)
        assert get(path)["X-Page-Cache"] == "hit"
        PageCache().invalidate({"public"})
        assert "X-Page-Cache" not in Client().get(path, HTTP_HOST=MINISTRY_HOST, **with_credentials)
        assert get(path)["X-Page-Cache"] == "miss", path


def test_the_front_end_cache_is_purged_for_the_same_events(sites, settings):
    settings.WAGTAILFRONTENDCACHE = {"fake": {"BACKEND": "tests.caching.fake_cdn.RecordingBackend"}}
    fake_cdn.PURGED.clear()
    for path in MINISTRY_PAGES:
        response = get(path)
        assert "s-maxage=0" not in response["Cache-Control"]
    add_document(sites.ministry_archive, "Canal tolls", sites.statement)
    for path in MINISTRY_PAGES:
        assert f"http://{MINISTRY_HOST}{path}" in fake_cdn.PURGED, path
