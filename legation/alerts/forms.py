from django import forms
from django.utils.translation import gettext_lazy as _

from legation.core.models import time_zone_choices
from legation.directory.models import Organisation, Person
from legation.documents.models import DocumentKind

from .models import Frequency, Subscription


class SubscribeForm(forms.ModelForm):
    """A reader's choice, offered in their language: only public people and organisations
    (the public gate's), and the site's own languages."""

    frequency = forms.ChoiceField(
        label=_("Send"), choices=Frequency.choices, widget=forms.RadioSelect
    )

    class Meta:
        model = Subscription
        fields = ["email", "locale", "kind", "person", "organisation", "frequency", "time_zone"]
        labels = {
            "email": _("Your e-mail address"),
            "locale": _("Texts in"),
            "kind": _("Kind"),
            "person": _("Person"),
            "organisation": _("Organisation"),
            "time_zone": _("Time zone of the daily digest"),
        }

    def __init__(self, *args, locale, locales, zone, **kwargs):
        super().__init__(*args, **kwargs)
        any_label = _("any")
        fields = self.fields
        fields["locale"].queryset = locales
        fields["locale"].label_from_instance = lambda item: item.get_display_name()
        fields["kind"].queryset = DocumentKind.objects.filter(locale=locale).order_by("name")
        fields["kind"].to_field_name = "slug"
        fields["person"].queryset = Person.objects.public().filter(locale=locale).order_by("name")
        fields["person"].to_field_name = "slug"
        fields["organisation"].queryset = (
            Organisation.objects.public().filter(locale=locale).order_by("name")
        )
        fields["organisation"].to_field_name = "slug"
        for name in ("locale", "kind", "person", "organisation"):
            fields[name].empty_label = any_label
        fields["time_zone"] = forms.ChoiceField(
            label=fields["time_zone"].label, choices=time_zone_choices, initial=zone
        )
