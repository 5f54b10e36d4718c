"""Builds the demo: sites, directory, kinds, documents, translations, an administrator.

Every step looks up what it would create first, so running the demo again creates nothing
twice. Content comes from legation/demo/content and legation/demo/sites.py.
"""

import random

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from legation.directory.models import Appointment, Organisation, Person
from legation.documents.models import ArchivePage, DocumentKind, DocumentPage, RelatedDocument
from legation.missions.models import (
    City,
    ConsularContact,
    Counter,
    FeaturedItem,
    MinistryHomePage,
    MissionHomePage,
    SyndicatedDocument,
)

from . import sites
from .accounts import ensure_demo_accounts
from .content import directory, kinds, multilingual
from .documents import DocumentWriter
from .held_back import HeldBackWriter
from .passwords import give_demo_password

ADMIN_USERNAME = "admin"


def locale(code):
    return Locale.objects.get(language_code=code)


class DemoBuilder:
    def __init__(self, now=None, log=print):
        self.now = now or timezone.now()
        self.log = log
        self.random = random.Random(20261122)

    def build(self):
        english = locale("en-gb")
        self.organisations = self.build_organisations(english)
        self.people = self.build_people(english)
        self.kinds = self.build_kinds(english)
        # Before the sites: a translated mission home names its head in its own language.
        self.translate_directory()
        ministry = self.build_site(MinistryHomePage, sites.MINISTRY, is_default=True)
        missions = [self.build_site(MissionHomePage, spec) for spec in sites.MISSIONS]
        writer = DocumentWriter(self.now, self.random, self.people, self.organisations, self.kinds)
        ministry_documents = writer.write_ministry(self.archive(ministry, "en-gb"))
        writer.write_multilingual(self.archive(ministry, "en-gb"))
        for mission, spec in zip(missions, sites.MISSIONS, strict=True):
            english_archive = self.archive(mission, "en-gb")
            writer.write_mission(english_archive, spec)
            if spec["default_language"] != "en-gb":
                writer.write_native_news(self.archive(mission, spec["default_language"]), spec)
        self.link_additional_materials(ministry)
        self.feature(ministry, missions, ministry_documents)
        self.accounts = ensure_demo_accounts()
        # After the accounts: an editor submits one for review, a publisher withdraws one.
        HeldBackWriter(self.now, self.kinds, self.organisations).write(
            self.archive(ministry, "en-gb")
        )
        return ministry, missions

    # Directory -------------------------------------------------------------------------

    def build_organisations(self, english):
        organisations = {}
        for slug, name, address, website, description in directory.ORGANISATIONS:
            organisations[slug], _created = Organisation.objects.get_or_create(
                slug=slug,
                locale=english,
                defaults={
                    "name": name,
                    "address": address,
                    "website": website,
                    "description": description,
                },
            )
        return organisations

    def build_people(self, english):
        people = {}
        for name, appointments in directory.PEOPLE:
            person = Person.objects.filter(name=name, locale=english).first()
            if person is None:
                person = Person(name=name, locale=english)
                person.save()
                for role, organisation, start, end, is_head in appointments:
                    Appointment.objects.create(
                        person=person,
                        role=role,
                        organisation=self.organisations.get(organisation),
                        start=start,
                        end=end,
                        is_head=is_head,
                        locale=english,
                    )
            people[name] = person
        return people

    def translate_directory(self):
        for slug, versions in directory.TRANSLATED_ORGANISATIONS.items():
            organisation = self.organisations[slug]
            for language_code, (name, description) in versions.items():
                target = locale(language_code)
                if organisation.has_translation(target):
                    continue
                translation = organisation.copy_for_translation(target)
                translation.name, translation.description = name, description
                translation.save()
        for language_code, names in directory.TRANSLATED_NAMES.items():
            target = locale(language_code)
            roles = directory.TRANSLATED_ROLES.get(language_code, {})
            for english_name, translated_name in names.items():
                person = self.people[english_name]
                if person.has_translation(target):
                    continue
                translation = person.copy_for_translation(target)
                translation.name = translated_name
                for appointment in translation.appointments.all():
                    appointment.role = roles.get(appointment.role, appointment.role)
                translation.save()

    def build_kinds(self, english):
        built = {}
        for order, (slug, names) in enumerate(kinds.KINDS.items()):
            name, plural = names["en-gb"]
            kind, _created = DocumentKind.objects.get_or_create(
                slug=slug,
                locale=english,
                defaults={"name": name, "plural_name": plural, "sort_order": order},
            )
            for language_code, (name, plural) in names.items():
                target = locale(language_code)
                if language_code == "en-gb" or kind.has_translation(target):
                    continue
                translation = kind.copy_for_translation(target)
                translation.name, translation.plural_name = name, plural
                translation.save()
            built[slug] = kind
        return built

    # Sites -----------------------------------------------------------------------------

    def build_site(self, home_class, spec, is_default=False):
        source_language = spec["default_language"]
        root = Page.get_first_root_node()
        home = home_class.objects.filter(slug=spec["slug"], locale=locale(source_language)).first()
        if home is None:
            home = home_class(
                title=spec["titles"][source_language],
                slug=spec["slug"],
                locale=locale(source_language),
                time_zone=spec["time_zone"],
                default_language=spec["default_language"],
                languages=spec["languages"],
                address=spec["address"],
                phone=spec["phone"],
                email=spec["email"],
            )
            if home_class is MissionHomePage:
                self.fill_mission(home, spec, source_language)
            root.add_child(instance=home)
            home.save_revision().publish()
            archive = ArchivePage(title=multilingual.ARCHIVE_TITLES[source_language], slug="news")
            home.add_child(instance=archive)
            archive.save_revision().publish()
        if is_default:
            # Wagtail's install leaves a "Welcome" page as the default site's root.
            Site.objects.filter(is_default_site=True).exclude(root_page=home).update(
                is_default_site=False
            )
            Page.objects.filter(
                depth=2, slug="home", title="Welcome to your new Wagtail site!"
            ).delete()
        Site.objects.update_or_create(
            hostname="127.0.0.1",
            port=spec["port"],
            defaults={
                "root_page": home,
                "site_name": spec["titles"]["en-gb"],
                "is_default_site": is_default,
            },
        )
        for language_code in spec["languages"]:
            if language_code != source_language:
                self.translate_home(home, spec, language_code)
        return home_class.objects.get(pk=home.pk)

    def fill_mission(self, home, spec, language_code):
        home.head_of_mission = (
            self.people[spec["head"]].get_translation_or_none(locale(language_code))
            or self.people[spec["head"]]
        )
        home.cities = [
            City(name=city[language_code], time_zone=city["zone"]) for city in spec["cities"]
        ]
        home.consular_contacts = [
            ConsularContact(
                label=contact[language_code][0],
                hours=contact[language_code][1],
                phone=contact["phone"],
                email=contact["email"],
            )
            for contact in spec["contacts"]
        ]
        home.counters = [
            Counter(
                title=counter[language_code][0],
                message=counter[language_code][1],
                start_date=counter["start"],
            )
            for counter in spec["counters"]
        ]

    def translate_home(self, home, spec, language_code):
        target = locale(language_code)
        translation = home.get_translation_or_none(target)
        created = translation is None
        if created:
            translation = home.copy_for_translation(target)
            translation.title = spec["titles"][language_code]
        elif not isinstance(translation, MissionHomePage) or self.rows_in_language(
            translation, spec, language_code
        ):
            return
        if isinstance(translation, MissionHomePage):
            self.translate_rows(translation, spec, language_code)
        translation.save_revision().publish()
        if created:
            archive = ArchivePage.objects.child_of(home).first()
            archive_translation = archive.copy_for_translation(target)
            archive_translation.title = multilingual.ARCHIVE_TITLES[language_code]
            archive_translation.save_revision().publish()

    def translate_rows(self, translation, spec, language_code):
        """The copied rows, in the translation's language. They are the page's child relations,
        saved with its revision: rows changed and saved one by one would be overwritten by the
        revision's copy when it is published, and rows left unchanged stay in the source's
        language. The rows keep their translation keys, aligned with the source's."""
        cities = list(translation.cities.all())
        for item, city in zip(cities, spec["cities"], strict=True):
            item.name = city[language_code]
        contacts = list(translation.consular_contacts.all())
        for item, contact in zip(contacts, spec["contacts"], strict=True):
            item.label, item.hours = contact[language_code]
        counters = list(translation.counters.all())
        for item, counter in zip(counters, spec["counters"], strict=True):
            item.title, item.message = counter[language_code]
        translation.cities, translation.consular_contacts = cities, contacts
        translation.counters = counters
        head = self.people[spec["head"]]
        translation.head_of_mission = head.get_translation_or_none(translation.locale) or head

    @staticmethod
    def rows_in_language(home, spec, language_code):
        """Whether a mission home's rows read as the demo writes them in its language (a demo
        built before the rows were saved with the page left them in the source's language)."""
        rows = [
            (item.name, city[language_code])
            for item, city in zip(home.cities.all(), spec["cities"], strict=False)
        ]
        rows += [
            ((item.label, item.hours), contact[language_code])
            for item, contact in zip(home.consular_contacts.all(), spec["contacts"], strict=False)
        ]
        rows += [
            ((item.title, item.message), counter[language_code])
            for item, counter in zip(home.counters.all(), spec["counters"], strict=False)
        ]
        return all(shown == written for shown, written in rows)

    @staticmethod
    def archive(home, language_code):
        home_version = home.get_translation(locale(language_code))
        return ArchivePage.objects.child_of(home_version).get()

    # Links between documents ------------------------------------------------------------

    def link_additional_materials(self, ministry):
        """Each transcript points to the statement or press release on the same subject."""
        documents = DocumentPage.objects.descendant_of(ministry).filter(locale=locale("en-gb"))
        for transcript in documents.filter(kind__slug="transcript"):
            if transcript.related_documents.exists():
                continue
            companions = documents.filter(
                event_place=transcript.event_place,
                kind__slug__in=["statement", "press_release", "joint_statement"],
                live=True,
            )[:2]
            for companion in companions:
                RelatedDocument.objects.create(page=transcript, document=companion)

    def feature(self, ministry, missions, ministry_documents):
        if not ministry.featured_items.exists():
            chosen = [
                document
                for document in ministry_documents
                if document.kind.slug in ("speech", "transcript", "joint_statement")
            ][:3]
            for document in chosen:
                FeaturedItem.objects.create(page=ministry, document=document)
            ministry.save_revision().publish()
        ministry_english = DocumentPage.objects.descendant_of(ministry).filter(
            locale=locale("en-gb"), live=True
        )
        for mission in missions:
            if mission.syndicated_documents.exists():
                continue
            home = mission.get_translation(locale("en-gb"))
            source = MissionHomePage.objects.get(pk=mission.pk)
            speech = ministry_english.filter(kind__slug="speech").order_by("-published_at").first()
            transcript = (
                ministry_english.filter(kind__slug="transcript").order_by("-published_at").first()
            )
            for document in (speech, transcript):
                SyndicatedDocument.objects.create(page=source, document=document)
            # Every ministry statement appears in the embassies' lists as well.
            source.syndicated_kinds.set([self.kinds["statement"]])
            own_speech = (
                DocumentPage.objects.descendant_of(home)
                .filter(kind__slug__in=["speech", "transcript"], live=True)
                .order_by("-published_at")
                .first()
            )
            source.featured_document = own_speech or speech
            source.save_revision().publish()


def ensure_administrator(chosen_password=None):
    """The demo's superuser, and its password if it was just set (to be printed once)."""
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(
        username=ADMIN_USERNAME,
        defaults={"is_staff": True, "is_superuser": True, "email": "admin@velmora.example"},
    )
    return user, give_demo_password(user, created, chosen_password)


def local_addresses():
    return [
        (site.site_name or site.root_page.title, f"http://127.0.0.1:{site.port}/")
        for site in Site.objects.filter(hostname="127.0.0.1").order_by("port")
    ]
