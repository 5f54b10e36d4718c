"""The archive's filters. Each is a query parameter, so every filtered list has a stable URL."""

from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from legation.core.formats import month_names
from legation.directory.models import Organisation, Person
from legation.directory.publication import is_public

from .models.kinds import DocumentKind

MONTHS = [(number, number) for number in range(1, 13)]


class ArchiveFilterForm(forms.Form):
    kind = forms.SlugField(label=_("Kind"), required=False)
    year = forms.IntegerField(label=_("Year"), required=False, min_value=1900, max_value=2999)
    month = forms.TypedChoiceField(
        label=_("Month"), required=False, choices=[("", "")] + MONTHS, coerce=int, empty_value=None
    )
    person = forms.SlugField(label=_("Person"), required=False)
    organisation = forms.SlugField(label=_("Organisation"), required=False)

    def __init__(self, data, *, locale, request=None, **kwargs):
        super().__init__(data, **kwargs)
        self.locale = locale
        # The entries a slug names, in every language, found once a request (_read_once).
        self.entries = (
            request.__dict__.setdefault("_legation_filter_entries", {}) if request else None
        )
        self.fields["month"].choices = [("", ""), *month_names().items()]

    def person_choices(self, documents):
        """The public people the listed documents name, in this language, for the form."""
        return self._named_by(Person, documents, "participants")

    def organisation_choices(self, documents):
        return self._named_by(Organisation, documents, "organisations")

    def _named_by(self, model, documents, relation):
        # Named on any version of a listed document (people are set on the source), offered
        # in this language's version: the filter's value is its slug. A probe for each public
        # one, which stops at the first listed document naming them, where gathering who every
        # listed document names reads the whole archive.
        field = documents.model._meta.get_field(relation)
        document, named = field.m2m_field_name(), field.m2m_reverse_field_name()
        listed = documents.order_by().filter(
            translation_key=OuterRef(f"{document}__translation_key")
        )
        # From the naming rows (indexed by whom they name), not from the documents' side,
        # which SQLite's statistics can make it read by date, every one.
        naming = field.remote_field.through.objects.filter(
            Exists(listed), **{f"{named}__translation_key": OuterRef("translation_key")}
        )
        return model.objects.public().filter(Exists(naming), locale=self.locale)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("month") and not cleaned.get("year"):
            self.add_error("month", _("Choose a year to filter by month."))
        # Only public people and organisations: a name known only from a draft stays unknown.
        # (Asked of the one found: is_public probes stop at the first public text naming it.)
        for name, model in (
            ("kind", DocumentKind),
            ("person", Person),
            ("organisation", Organisation),
        ):
            slug = cleaned.get(name)
            if slug:
                cleaned[name] = self._kind(slug) if name == "kind" else self._named(model, slug)
                if name != "kind" and cleaned[name] and not is_public(cleaned[name]):
                    cleaned[name] = None
                if cleaned[name] is None:
                    self.add_error(name, _("Nothing is filed under “%(slug)s”.") % {"slug": slug})
        return cleaned

    def _kind(self, slug):
        """The kind filed under `slug` in this language, with the ids of all its versions
        (`version_ids`); None if there is none."""
        slugged = DocumentKind.objects.filter(slug=slug).values("translation_key")
        versions = self._read_once(
            ("kind", slug), lambda: list(DocumentKind.objects.filter(translation_key__in=slugged))
        )
        kind = next((k for k in versions if k.locale_id == self.locale.pk and k.slug == slug), None)
        if kind is not None:
            kind.version_ids = sorted(
                version.pk
                for version in versions
                if version.translation_key == kind.translation_key
            )
        return kind

    def _named(self, model, slug):
        """The entry of `model` with this slug in the form's language (one a language)."""
        entries = self._read_once((model, slug), lambda: list(model.objects.filter(slug=slug)))
        return next((entry for entry in entries if entry.locale_id == self.locale.pk), None)

    def _read_once(self, key, read):
        """`read()`, once a request where the form is given one: the switcher asks the same
        filter of each language version of the archive, in every language at once."""
        if self.entries is None:
            return read()
        if key not in self.entries:
            self.entries[key] = read()
        return self.entries[key]

    def apply(self, documents, zone):
        data = self.cleaned_data
        if data.get("kind"):
            # Any version of the kind, as people are matched: a document may name its
            # source's kind.
            documents = documents.of_kind_versions(data["kind"].version_ids)
        if data.get("year") and data.get("month"):
            documents = documents.in_month(data["year"], data["month"], zone)
        elif data.get("year"):
            documents = documents.in_year(data["year"], zone)
        if data.get("person"):
            documents = documents.with_person(data["person"])
        if data.get("organisation"):
            documents = documents.with_organisation(data["organisation"])
        return documents

    @property
    def scope(self):
        """What the filtered list is, as text: the same for every URL that lists the same."""
        values = []
        for name, value in sorted(self.cleaned_data.items()):
            if value:
                values.append(f"{name}={getattr(value, 'translation_key', value)}")
        return "&".join(values)

    @property
    def active(self):
        return {name: value for name, value in self.cleaned_data.items() if value}
