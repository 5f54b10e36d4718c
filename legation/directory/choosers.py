"""The person and organisation choosers of the page editor: the page's language only, and who
each person was on the document's date.

Wagtail's chooser already keeps to the page's language: the editor opens it with `locale=` the
page's (wagtailConfig.ACTIVE_CONTENT_LOCALE) and the modal's locale filter applies it, searches
included. What is ours: the role and organisation each person held on the day, read from the
form's event date (or publication date) that the chooser widgets send as `on=` / `published=`.
"""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)

from .blocks import DOCUMENT_DATES
from .models import Appointment, roles_on


def day_asked(query):
    """The day a chooser request is about: the event date, else the publication date's day,
    else today. A date the form holds but cannot read yet (being typed) counts as absent."""
    for name, field in (("on", forms.DateField()), ("published", forms.DateTimeField())):
        try:
            value = field.clean(query.get(name) or None)
        except forms.ValidationError:
            continue
        if value:
            return value.date() if isinstance(value, datetime.datetime) else value
    return timezone.localdate()


class PeopleOnTheDayMixin:
    """Each person's appointment on the day, worked out for the page of results in one query."""

    @property
    def columns(self):
        return [
            *super().columns,
            Column("role", label=_("role"), accessor=lambda person: self.held(person, "role")),
            Column(
                "organisation",
                label=_("organisation"),
                accessor=lambda person: self.held(person, "organisation") or "",
            ),
        ]

    def get_results_page(self, request):
        results = super().get_results_page(request)
        self.day = day_asked(request.GET)
        self.appointments = roles_on([person.pk for person in results], self.day)
        return results

    def held(self, person, attribute):
        appointment = self.appointments.get(person.pk)
        return getattr(appointment, attribute) if appointment else ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page_subtitle"] = _("%(people)s on %(day)s") % {
            "people": self.model._meta.verbose_name_plural,
            "day": self.day.isoformat(),
        }
        return context


class ChoosePersonView(PeopleOnTheDayMixin, ChooseView):
    pass


class ChoosePersonResultsView(PeopleOnTheDayMixin, ChooseResultsView):
    pass


class PersonChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ChoosePersonView
    choose_results_view_class = ChoosePersonResultsView
    # The search box reloads the results: the day goes with it.
    preserve_url_parameters = ["multiple", *DOCUMENT_DATES]


class OrganisationHeadMixin:
    """An organisation's head on the day, so two boards of one name are told apart."""

    @property
    def columns(self):
        return [
            *super().columns,
            Column("head", label=_("head"), accessor=lambda org: self.heads.get(org.pk, "")),
        ]

    def get_results_page(self, request):
        results = super().get_results_page(request)
        self.day = day_asked(request.GET)
        heads = Appointment.objects.current_on(self.day).filter(
            organisation__in=[organisation.pk for organisation in results], is_head=True
        )
        self.heads = {}
        for appointment in heads.select_related("person"):
            self.heads.setdefault(appointment.organisation_id, appointment.person.name)
        return results


class ChooseOrganisationView(OrganisationHeadMixin, ChooseView):
    pass


class ChooseOrganisationResultsView(OrganisationHeadMixin, ChooseResultsView):
    pass


class OrganisationChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ChooseOrganisationView
    choose_results_view_class = ChooseOrganisationResultsView
    preserve_url_parameters = ["multiple", *DOCUMENT_DATES]
