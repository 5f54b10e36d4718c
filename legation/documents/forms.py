"""The document's editor form: people and organisations to choose from in the page's language."""

from django.utils.translation import gettext as _

from legation.core.forms import SiteZonePageForm
from legation.directory.models import Organisation, Person, roles_on


class DocumentPageForm(SiteZonePageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A new page has its parent's locale by now (Wagtail's create view sets it).
        locale = self.instance.locale_id
        if "participants" in self.fields:
            field = self.fields["participants"]
            field.queryset = Person.objects.filter(locale=locale)
            day = self.instance.event_date or (
                self.instance.published_at.date() if self.instance.published_at else None
            )
            held = roles_on(field.queryset, day)
            field.label_from_instance = lambda person: person_on_the_day(person, held)
        if "organisations" in self.fields:
            self.fields["organisations"].queryset = Organisation.objects.filter(locale=locale)


def person_on_the_day(person, held):
    """ "Oren Vasker — Ambassador, Embassy in London", or the name alone with no post held."""
    appointment = held.get(person.pk)
    if appointment is None:
        return person.name
    return _("%(name)s — %(post)s") % {"name": person.name, "post": appointment}
