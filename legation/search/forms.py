from django import forms
from django.conf import settings
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

SLUG = RegexValidator(r"^[-a-zA-Z0-9_]+$", _("Letters, digits, hyphens and underscores only."))
FILTERS = ("kind", "site", "language", "person", "organisation", "year")


class SearchForm(forms.Form):
    """The query string of /<language>/search/: what the box, the facets and the API send."""

    q = forms.CharField(label=_("Search"), required=False, max_length=500)
    sort = forms.ChoiceField(
        label=_("Order"),
        choices=[("relevance", _("relevance")), ("date", _("newest first"))],
        required=False,
    )
    kind = forms.CharField(required=False, max_length=255, validators=[SLUG])
    site = forms.CharField(required=False, max_length=255)  # a host name, as /api/sites/ names
    language = forms.ChoiceField(choices=settings.LANGUAGES, required=False)
    person = forms.CharField(required=False, max_length=120, validators=[SLUG])
    organisation = forms.CharField(required=False, max_length=120, validators=[SLUG])
    year = forms.IntegerField(required=False, min_value=1900, max_value=2999)
    page = forms.IntegerField(required=False, min_value=1, max_value=500)

    def filters(self):
        data = self.cleaned_data
        return {name: str(data[name]) for name in FILTERS if data.get(name) not in (None, "")}
