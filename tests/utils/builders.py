"""Builders for the platform tests: sites as real Wagtail Sites, people, kinds, documents.

Every site is served at its own host name; request pages with `client.get(url, HTTP_HOST=…)`.
"""

import datetime

from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from legation.directory.models import Appointment, Organisation, Person
from legation.documents.models import ArchivePage, DocumentKind, DocumentPage
from legation.missions.models import MinistryHomePage, MissionHomePage

MINISTRY_HOST = "ministry.test"
MISSION_HOST = "mission.test"


def locale(code):
    return Locale.objects.get(language_code=code)


def english():
    return locale("en-gb")


def translate(page, language_code, title=None, publish=True):
    """The page copied into another locale, as an editor's new translation; published by default."""
    translation = page.copy_for_translation(locale(language_code), copy_parents=True)
    translation.title = title or f"{page.title} [{language_code}]"
    revision = translation.save_revision()
    if not publish:
        return revision.as_object()  # the draft as the editor left it, title and all
    revision.publish()
    return translation.specific_class.objects.get(pk=translation.pk)


def make_site(home_class, host, title, time_zone, is_default=False, **fields):
    root = Page.get_first_root_node()
    home = home_class(
        title=title, slug=host.split(".")[0], time_zone=time_zone, locale=english(), **fields
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    if is_default:
        Site.objects.all().delete()
    Site.objects.create(hostname=host, port=80, root_page=home, is_default_site=is_default)
    archive = ArchivePage(title="All messages", slug="news")
    home.add_child(instance=archive)
    archive.save_revision().publish()
    return home_class.objects.get(pk=home.pk), ArchivePage.objects.get(pk=archive.pk)


def make_ministry(time_zone="Europe/Berlin"):
    return make_site(
        MinistryHomePage, MINISTRY_HOST, "Ministry of Foreign Affairs", time_zone, is_default=True
    )


def make_mission(time_zone="Europe/London", **fields):
    return make_site(MissionHomePage, MISSION_HOST, "Embassy in Harbourton", time_zone, **fields)


def make_kind(slug, name=None):
    name = name or slug.replace("_", " ").capitalize()
    return DocumentKind.objects.get_or_create(
        slug=slug, locale=english(), defaults={"name": name, "plural_name": name + "s"}
    )[0]


def make_person(name, *appointments):
    """appointments: (role, organisation or None, start, end, is_head)."""
    person = Person.objects.create(name=name, locale=english())
    for role, organisation, start, end, is_head in appointments:
        Appointment.objects.create(
            person=person,
            role=role,
            organisation=organisation,
            start=start,
            end=end,
            is_head=is_head,
            locale=english(),
        )
    return person


def make_organisation(name, **fields):
    return Organisation.objects.create(name=name, locale=english(), **fields)


def paragraph(text):
    return ("paragraph", RichText(f"<p>{text}</p>"))


def add_document(
    archive,
    title,
    kind,
    published_at=None,
    body=(),
    live=True,
    participants=(),
    organisations=(),
    **fields,
):
    published_at = published_at or timezone.now() - datetime.timedelta(hours=1)
    document = DocumentPage(
        title=title, kind=kind, published_at=published_at, body=list(body), live=live, **fields
    )
    archive.add_child(instance=document)
    document.participants.set(participants)
    document.organisations.set(organisations)
    revision = document.save_revision()
    if live or document.go_live_at:
        revision.publish()
    return DocumentPage.objects.get(pk=document.pk)
