"""The people and organisations one document page shows, each read once for the page.

A page shows its turns' people (their names, links and roles on the day), the organisations
concerned (the card, the structured data's "about") and the card's head. Read where each is
shown, they cost seven queries: the people twice (the body's choosers, then their public
versions for the links), the organisations three times (the card, its link, the structured
data) and the appointments twice (the speakers' roles, the card's head). Here they are three:
every version of the organisations concerned; every version of the people the turns name and
of those who head an organisation concerned; and all those people's appointments. What is
public is decided from those rows with the keys the directory's `public()` filters by
(directory.publication), so nothing is read around the gate.
"""

from functools import cached_property

from django.db.models import Exists, F, OuterRef, Q

from legation.directory import publication  # as a module: it imports the documents
from legation.directory.blocks import people_named
from legation.directory.models import Appointment, Organisation, Person


class NamedEntries:
    def __init__(self, page):
        self.page = page

    @cached_property
    def _concerned_keys(self):
        """The organisations concerned, as a subquery: set on any language version."""
        return Organisation.objects.filter(
            documents__translation_key=self.page.translation_key
        ).values("translation_key")

    @cached_property
    def organisation_versions(self):
        """Every version of every organisation concerned, by name; `concerned` says which rows
        the document (one of its language versions) names itself."""
        through = Organisation.documents.through
        named_here = through.objects.filter(
            organisation_id=OuterRef("pk"), documentpage__translation_key=self.page.translation_key
        )
        return list(
            Organisation.objects.filter(translation_key__in=self._concerned_keys)
            .annotate(concerned=Exists(named_here))
            .select_related("locale")
        )

    @cached_property
    def named_ids(self):
        """The ids the body's person choosers hold, read from its stored data (no query)."""
        return people_named(self.page.body.stream_block, self.page.body.raw_data)

    @cached_property
    def chosen_people(self):
        """{id a turn's chooser holds: that Person, or None for one deleted}."""
        if not self.named_ids:
            return {}
        found = {person.pk: person for person in self.person_versions}
        return {pk: found.get(pk) for pk in self.named_ids}

    @cached_property
    def person_versions(self):
        """Every version of the people the turns name and of the heads of the organisations
        concerned (the card shows one), with their locales."""
        named_keys = Person.objects.filter(pk__in=self.named_ids).values("translation_key")
        heads = Appointment.objects.filter(
            is_head=True, organisation__translation_key__in=self._concerned_keys
        ).values("person__translation_key")
        return list(
            Person.objects.filter(
                Q(translation_key__in=named_keys) | Q(translation_key__in=heads)
            ).select_related("locale")
        )

    @cached_property
    def person_version_by_key(self):
        """{(translation key, locale id): person}, as a Transcript takes its versions."""
        return {
            (person.translation_key, person.locale_id): person for person in self.person_versions
        }

    @cached_property
    def appointment_rows(self):
        """The appointments of every version read and of the organisations' heads, latest
        start first, with their people and organisations."""
        return list(
            Appointment.objects.filter(
                Q(person_id__in=[person.pk for person in self.person_versions])
                | Q(is_head=True, organisation__translation_key__in=self._concerned_keys)
            )
            .select_related("person", "organisation")
            .order_by(F("start").desc(nulls_last=True), "-pk")
        )

    @cached_property
    def appointments(self):
        """{person id: their appointments, latest start first}, as a Transcript takes them
        (directory.models.appointments_of)."""
        by_person = {}
        for appointment in self.appointment_rows:
            by_person.setdefault(appointment.person_id, []).append(appointment)
        return by_person

    @cached_property
    def card_organisation(self):
        """The first organisation concerned by name, in the page's language where it has a
        version there."""
        concerned = [item for item in self.organisation_versions if item.concerned]
        if not concerned:
            return None
        first = min(concerned, key=lambda item: item.name)
        return self._in_page_language(first)

    def card_head(self, day):
        """The organisation's head on `day`, in the card's language where the head's
        appointment has a version there (as Organisation.head_on says)."""
        organisation = self.card_organisation
        if organisation is None:
            return None
        heads = [
            appointment
            for appointment in self.appointment_rows
            if appointment.is_head
            and appointment.organisation is not None
            and appointment.organisation.translation_key == organisation.translation_key
            and appointment.covers(day)
        ]
        in_language = [item for item in heads if item.locale_id == organisation.locale_id]
        return (in_language or heads or [None])[0]

    def public_organisations(self):
        """The public organisations concerned, each in the page's language where it has a
        public version there, by name."""
        public = publication.public_keys(Organisation)
        by_key = {}
        for item in self.organisation_versions:
            if item.translation_key not in public:
                continue
            if item.translation_key not in by_key or item.locale_id == self.page.locale_id:
                by_key[item.translation_key] = item
        return list(by_key.values())

    def _in_page_language(self, organisation):
        if organisation.locale_id == self.page.locale_id:
            return organisation
        return next(
            (
                item
                for item in self.organisation_versions
                if item.translation_key == organisation.translation_key
                and item.locale_id == self.page.locale_id
            ),
            organisation,
        )
