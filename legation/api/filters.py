"""The filters of the API's lists (django-filter: it validates each parameter and answers a
bad one with 400 naming it, and drf-spectacular describes each one in the OpenAPI document)."""

import datetime

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Q
from django_filters.fields import IsoDateTimeField
from wagtail.models import Page, Site

from legation.directory.models import Appointment, Organisation, Person
from legation.documents.models import DocumentKind, DocumentPage

LANGUAGE_CHOICES = settings.LANGUAGES


class MomentField(IsoDateTimeField):
    """An ISO 8601 date-time, or a date (its midnight, UTC), within the years a database
    stores: 0001-01-01T00:00+14:00 is a valid string but no moment in UTC."""

    input_formats = [IsoDateTimeField.ISO_8601, "%Y-%m-%d"]

    def to_python(self, value):
        moment = super().to_python(value)
        if moment is None:
            return None
        try:
            return moment.astimezone(datetime.UTC)
        except OverflowError:
            raise forms.ValidationError("The date-time is out of range.", code="invalid") from None


class MomentFilter(django_filters.IsoDateTimeFilter):
    field_class = MomentField


class LanguageFilterSet(django_filters.FilterSet):
    language = django_filters.ChoiceFilter(
        field_name="locale__language_code",
        choices=LANGUAGE_CHOICES,
        label="Language code: only the versions in this language.",
    )


class DocumentFilter(LanguageFilterSet):
    site = django_filters.CharFilter(
        method="filter_site", label="Host name of the publishing site (see /api/sites/)."
    )
    kind = django_filters.CharFilter(
        field_name="kind__slug", label="Kind slug (see /api/kinds/), e.g. speech."
    )
    person = django_filters.CharFilter(
        method="filter_person", label="Slug of a person taking part (see /api/people/)."
    )
    organisation = django_filters.CharFilter(
        method="filter_organisation",
        label="Slug of an organisation concerned (see /api/organisations/).",
    )
    published_after = MomentFilter(
        field_name="published_at",
        lookup_expr="gte",
        label="Published at or after this ISO 8601 date-time (a date: its midnight, UTC).",
    )
    published_before = MomentFilter(
        field_name="published_at",
        lookup_expr="lt",
        label="Published before this ISO 8601 date-time (a date: its midnight, UTC).",
    )
    changed_since = MomentFilter(
        method="filter_changed_since",
        label="Published or changed in public at or after this ISO 8601 date-time: what a "
        "client that last synchronised then must fetch again.",
    )

    class Meta:
        model = DocumentPage
        fields = []

    def filter_site(self, queryset, name, value):
        """A site is served in several languages, each from its own home page."""
        root_keys = Site.objects.filter(hostname=value).values("root_page__translation_key")
        homes = Page.objects.filter(depth=2, translation_key__in=root_keys).values_list(
            "path", flat=True
        )
        under_a_home = Q(pk__in=[])
        for path in homes:
            under_a_home |= Q(path__startswith=path)
        return queryset.filter(under_a_home)

    def filter_person(self, queryset, name, value):
        # People are set on a document's source: its translations are found by their key.
        naming = DocumentPage.objects.filter(participants__slug=value)
        return queryset.filter(translation_key__in=naming.values("translation_key"))

    def filter_organisation(self, queryset, name, value):
        concerning = DocumentPage.objects.filter(organisations__slug=value)
        return queryset.filter(translation_key__in=concerning.values("translation_key"))

    def filter_changed_since(self, queryset, name, value):
        # A scheduled document is published by the worker at its time: last_published_at
        # then; a document published with an earlier time is new at its last publication.
        return queryset.filter(Q(last_published_at__gte=value) | Q(published_at__gte=value))


class PersonFilter(LanguageFilterSet):
    organisation = django_filters.CharFilter(
        method="filter_organisation",
        label="Slug of an organisation: people appointed in it, at any time.",
    )

    class Meta:
        model = Person
        fields = []

    def filter_organisation(self, queryset, name, value):
        appointed = Appointment.objects.filter(organisation__slug=value)
        return queryset.filter(translation_key__in=appointed.values("person__translation_key"))


class OrganisationFilter(LanguageFilterSet):
    class Meta:
        model = Organisation
        fields = []


class KindFilter(LanguageFilterSet):
    class Meta:
        model = DocumentKind
        fields = []
