"""Three sites in two languages each, their provisioned roles, and one member per role.

The ministry (English, Russian), the London embassy (English, Russian) and the Buenos Aires
embassy (Spanish, English), each a Wagtail Site with its own host name.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from legation.documents.models import ArchivePage, DocumentPage
from legation.missions.models import MinistryHomePage, MissionHomePage
from legation.publishing import roles
from tests.utils.builders import add_document, make_kind

SITES = {
    "ministry": (MinistryHomePage, "Ministry", "Europe/Vilnius", ["en-gb", "ru-ru"]),
    "london": (MissionHomePage, "London embassy", "Europe/London", ["en-gb", "ru-ru"]),
    "buenos-aires": (
        MissionHomePage,
        "Buenos Aires embassy",
        "America/Argentina/Buenos_Aires",
        ["es-es", "en-gb"],
    ),
}
PASSWORD = "role-test-password"


def locale(code):
    return Locale.objects.get(language_code=code)


def host(site_key):
    return f"{site_key}.test"


def translate(page, language_code):
    translation = page.copy_for_translation(locale(language_code), copy_parents=True)
    translation.title = f"{page.title} [{language_code}]"
    translation.save_revision().publish()
    return translation.specific_class.objects.get(pk=translation.pk)


def build_site(key):
    """The site's home and archive in each of its languages; returns {language: archive}."""
    home_class, name, zone, languages = SITES[key]
    source = languages[0]
    home = home_class(
        title=name,
        slug=key,
        locale=locale(source),
        time_zone=zone,
        default_language=source,
        languages=languages,
    )
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    if key == "ministry":
        Site.objects.all().delete()  # Wagtail's own default site
    Site.objects.create(
        hostname=host(key),
        port=80,
        root_page=home,
        site_name=name,
        is_default_site=key == "ministry",
    )
    archive = ArchivePage(title=f"{name} news", slug="news")
    home.add_child(instance=archive)
    archive.save_revision().publish()
    archives = {source: ArchivePage.objects.get(pk=archive.pk)}
    for code in languages[1:]:
        translate(home, code)
        archives[code] = translate(archive, code)
    return archives


def site_group(site_key, role_name):
    return Group.objects.get(name=f"{SITES[site_key][1]} — {role_name}")


def member_of(username, *groups):
    user = get_user_model().objects.create_user(username, f"{username}@velmora.test", PASSWORD)
    user.groups.add(*groups)
    return user


def translators(language_code):
    return Group.objects.get(name=roles.translator_group_name(language_code))


def add_draft(archive, title, **fields):
    return add_document(archive, title, make_kind("statement"), live=False, **fields)


def add_live(archive, title, **fields):
    return add_document(archive, title, make_kind("statement"), **fields)


def add_scheduled(archive, title):
    """A document published with its publication time (and go-live) tomorrow: scheduled."""
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    return add_document(
        archive,
        title,
        make_kind("statement"),
        published_at=tomorrow,
        live=False,
        go_live_at=tomorrow,
    )


def in_review(document, submitter):
    """The document submitted to its site's review workflow."""
    document = DocumentPage.objects.get(pk=document.pk)
    document.get_workflow().start(document, submitter)
    return DocumentPage.objects.get(pk=document.pk)
