"""Recognised pages into the database: documents, list items, mission settings candidates."""

import datetime
import io
import shutil
import zoneinfo

import pytest
from django.core.management import CommandError, call_command
from django.utils.html import escape
from wagtail.models import Locale, Page, PageLogEntry, Site

from legation.directory.models import Person
from legation.documents.models import ArchivePage, DocumentPage
from legation.importer.models import ListingItem, MissionSettingsCandidate
from legation.importer.recognise import recognise
from legation.importer.writer import PageWriter
from legation.missions.models import MinistryHomePage, MissionHomePage

from .conftest import FIXTURES


def parsed(name):
    path = FIXTURES / name
    return recognise(path.read_bytes(), path.name)


def site(model, slug, hostname, zone, language="en-gb"):
    locale = Locale.objects.get(language_code=language)
    home = Page.get_first_root_node().add_child(
        instance=model(title=slug.title(), slug=slug, locale=locale, time_zone=zone)
    )
    home.save_revision().publish()
    Site.objects.create(hostname=hostname, root_page=home)
    archive = home.add_child(instance=ArchivePage(title="All messages", slug="archive"))
    archive.save_revision().publish()
    return model.objects.get(pk=home.pk)


@pytest.fixture
def ministry(db):
    return site(MinistryHomePage, "ministry", "mfa.example", "Europe/Madrid")


@pytest.fixture
def mission(db):
    return site(MissionHomePage, "embassy", "embassy.example", "Europe/Madrid", "ru-ru")


def documents():
    return DocumentPage.objects.order_by("pk")


def test_a_transcript_becomes_a_draft_document_with_turns(ministry):
    action = PageWriter(ministry)(parsed("en_news_conference.txt"))

    assert action == "created"
    document = documents().get()
    assert not document.live
    assert document.kind.slug == "transcript"
    madrid = zoneinfo.ZoneInfo("Europe/Madrid")
    assert document.published_at == datetime.datetime(2022, 3, 3, 14, 5, tzinfo=madrid)
    assert (document.event_place, document.event_date.isoformat()) == ("Vessa", "2022-03-03")
    # The speaker, and the Secretary-General whom a question is put to and who answers.
    assert [p.name for p in document.participants.all()] == ["Amadou Keller", "Tomas Ardell"]
    types = [block.block_type for block in document.body]
    assert types[:3] == ["statement", "question", "answer"]
    assert types.count("question") == 3 and "note" in types
    speaking_after = [b.value["speaking_after"] for b in document.body if b.block_type == "answer"]
    assert "Amadou Keller" in [person.name for person in speaking_after if person]
    question = next(b.value for b in document.body if b.block_type == "question")
    assert [person.name for person in question["addressed_to"]] == ["Tomas Ardell"]
    organisation = document.organisations.get()
    assert organisation.website == "https://coastal-union.example/"
    assert organisation.head_on(document.event_date).person.name == "Amadou Keller"


def test_reimport_updates_never_duplicates(ministry, tmp_path):
    write = PageWriter(ministry)
    write(parsed("en_news_conference.txt"))
    assert write(parsed("en_news_conference.txt")) == "unchanged"

    changed = tmp_path / "changed.txt"
    text = (FIXTURES / "en_news_conference.txt").read_text().replace("Very much so.", "Yes.")
    changed.write_text(text)
    assert write(recognise(changed.read_bytes(), "changed.txt")) == "updated"
    assert documents().count() == 1


def test_publish_makes_it_live(ministry):
    PageWriter(ministry, publish=True)(parsed("en_qa_interview.txt"))
    document = documents().get()
    assert document.live
    assert document.kind.slug == "interview"
    # "A:" answers are the ambassador's, named in the title.
    answers = [b.value["speaker"].name for b in document.body if b.block_type == "answer"]
    assert answers == ["Petra Solberg", "Petra Solberg"]


def test_a_listing_is_kept_and_matched_to_the_article_imported_later(ministry):
    write = PageWriter(ministry)
    write(parsed("en_listing.txt"))
    assert ListingItem.objects.filter(site_root=ministry).count() == 4

    write(parsed("article.html"))
    item = ListingItem.objects.get(title__startswith="Foreign Minister Tomas Ardell")
    assert item.document == documents().get()
    assert item.document.lead == item.lead


def test_homepage_candidates_go_to_the_mission(mission):
    action = PageWriter(mission)(parsed("ru_homepage.txt"))

    assert "settings candidates" in action
    kinds = sorted(MissionSettingsCandidate.objects.values_list("kind", flat=True))
    assert kinds == ["clock", "clock", "contact", "counter"]
    for candidate in MissionSettingsCandidate.objects.all():
        candidate.apply()
    mission.refresh_from_db()
    assert [city.time_zone for city in mission.cities.all()] == ["Europe/Madrid"]
    counter = mission.counters.get()
    assert "{days}" in counter.message
    assert counter.start_date.isoformat() == "2020-02-10"


def test_a_page_in_a_language_the_site_lacks_is_refused_and_the_run_goes_on(ministry, tmp_path):
    shutil.copy(FIXTURES / "ru_briefing.txt", tmp_path / "a.txt")
    shutil.copy(FIXTURES / "en_joint_statement.txt", tmp_path / "b.txt")
    ru_root = ministry.get_translation_or_none(Locale.objects.get(language_code="ru-ru"))
    assert ru_root is None
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(Exception, match="1 of 2 files failed"):
        call_command(
            "import", str(tmp_path), "--site", "mfa.example", "--publish", stdout=out,
            stderr=err,
        )  # fmt: skip
    assert "a.txt: not imported: ImportRefused: the site has no ru-ru version" in err.getvalue()
    assert documents().get().kind.slug == "joint_statement"


def test_command_writes_into_the_named_site(ministry):
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "import", str(FIXTURES / "en_joint_statement.txt"), "--site", "mfa.example",
        "--publish", "--format", "json", stdout=out, stderr=err,
    )  # fmt: skip
    assert '"action": "created"' in out.getvalue()
    document = documents().get()
    assert document.live and document.kind.slug == "joint_statement"
    # Indexing, paused during the run, was done at its end.
    assert [found.pk for found in DocumentPage.objects.search("quotas")] == [document.pk]
    assert sorted(p.name for p in document.participants.all()) == [
        "Owen Maddox",
        "Sofia Brandt",
        "Tomas Ardell",
    ]


def test_items_of_the_same_title_are_matched_by_their_day(ministry, tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text(
        "Briefings\n\n"
        "22.10.2020 - Briefing by Ministry Spokeswoman Nora Halvik\n\n"
        "21.10.2020 - Briefing by Ministry Spokeswoman Nora Halvik\n\n"
        "20.10.2020 - Briefing by Ministry Spokeswoman Nora Halvik\n"
    )
    write = PageWriter(ministry)
    write(recognise(listing.read_bytes(), "list.txt"))
    write(parsed("en_briefing_toc.txt"))

    linked = ListingItem.objects.filter(document__isnull=False)
    assert [item.date.isoformat() for item in linked] == ["2020-10-21"]


def test_an_imported_document_is_a_whole_wagtail_page(ministry, admin_client):
    PageWriter(ministry)(parsed("en_news_conference.txt"))
    document = documents().get()

    assert Page.find_problems() == ([], [], [], [], [])  # treebeard: paths and counts sound
    archive = ministry.archive
    archive.refresh_from_db()
    assert archive.numchild == archive.get_children().count() == 1
    assert document.url_path == f"{archive.url_path}{document.slug}/"
    # Its first revision holds what the page holds, as the editor will open it.
    draft = document.latest_revision.as_object()
    assert (draft.title, draft.published_at) == (document.title, document.published_at)
    assert list(draft.body.raw_data) == list(document.body.raw_data)
    assert list(draft.participants.all()) == list(document.participants.all())
    assert [entry.action for entry in PageLogEntry.objects.filter(page=document)] == [
        "wagtail.create"
    ]
    edit = admin_client.get(f"/admin/pages/{document.pk}/edit/")
    assert edit.status_code == 200
    assert escape(document.title) in edit.content.decode()


def test_a_document_imported_to_publish_is_served(ministry, client):
    PageWriter(ministry, publish=True)(parsed("en_qa_interview.txt"))
    document = documents().get()

    assert document.live and document.live_revision_id == document.latest_revision_id
    actions = PageLogEntry.objects.filter(page=document).values_list("action", flat=True)
    assert sorted(actions) == ["wagtail.create", "wagtail.publish"]
    _, _, path = document.get_url_parts()
    response = client.get(path, HTTP_HOST="mfa.example")
    assert response.status_code == 200
    assert document.title in response.content.decode()


def test_a_document_dated_in_the_future_is_scheduled_not_published(ministry, client, tmp_path):
    future = tmp_path / "future.txt"
    text = (FIXTURES / "en_joint_statement.txt").read_text()
    future.write_text(text.replace("18.05.2022", "18.05.2099", 1))
    PageWriter(ministry, publish=True)(recognise(future.read_bytes(), "future.txt"))
    document = documents().get()

    assert not document.live
    assert document.go_live_at == document.published_at
    assert document.latest_revision.approved_go_live_at == document.published_at
    _, _, path = document.get_url_parts()
    assert client.get(path, HTTP_HOST="mfa.example").status_code == 404


def test_sites_sharing_a_host_are_told_apart_by_port(ministry, mission):
    Site.objects.filter(root_page=ministry).update(hostname="127.0.0.1", port=8000)
    Site.objects.filter(root_page=mission).update(hostname="127.0.0.1", port=8001)

    assert PageWriter.for_site("127.0.0.1:8001").site_root == mission
    assert PageWriter.for_site("ministry").site_root == ministry
    with pytest.raises(CommandError, match="names several sites: 127.0.0.1:8000"):
        PageWriter.for_site("127.0.0.1")


def test_a_page_that_fails_leaves_nothing_behind_and_the_next_ones_go_in(ministry, monkeypatch):
    write = PageWriter(ministry)
    failing = parsed("en_news_conference.txt")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    with monkeypatch.context() as patch:
        patch.setattr("legation.importer.writer.add_new_page", broken)
        with pytest.raises(RuntimeError):
            write(failing)
    assert not documents().exists()
    assert not Person.objects.exists()

    # The same people appear in the next page: they are made again, not taken from the
    # failed page's rolled-back work.
    assert write(failing) == "created"
    assert [p.name for p in documents().get().participants.all()] == [
        "Amadou Keller",
        "Tomas Ardell",
    ]


def test_a_title_longer_than_a_document_holds_is_refused_by_name_and_the_run_goes_on(
    ministry, tmp_path
):
    title = "Statement by the Ministry on " + "the long negotiations " * 13
    title = title.strip()
    assert 255 < len(title) <= 400  # a title the recogniser takes, longer than the field
    (tmp_path / "long.txt").write_text(
        f"{title}\n\n12 May 2021\n\nThe Ministry notes the progress of the talks at length.\n"
    )
    shutil.copy(FIXTURES / "en_joint_statement.txt", tmp_path / "short.txt")
    out, err = io.StringIO(), io.StringIO()

    with pytest.raises(CommandError, match="1 of 2 files failed"):
        call_command("import", str(tmp_path), "--site", "mfa.example", stdout=out, stderr=err)

    assert (
        f"long.txt: not imported: ImportRefused: title too long: {len(title)} characters, "
        "where a document's title holds at most 255"
    ) in err.getvalue()
    assert documents().get().kind.slug == "joint_statement"  # the other page, written
    assert not Person.objects.filter(name__icontains="negotiations").exists()
