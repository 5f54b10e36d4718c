"""People, their appointments over time, and organisations."""

from django.db import models
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class DirectoryQuerySet(models.QuerySet):
    def public(self, now=None):
        """Those a public page names now (see publication.py): nobody named only in a draft."""
        from .publication import public_keys  # it reads these models: imported late

        # Sorted, so that the same SQL is sent each time.
        return self.filter(translation_key__in=sorted(public_keys(self.model, now)))


class SluggedMixin(models.Model):
    """A slug made from the name when left empty; unique within a locale.

    Translations keep the slug of their source, so a person's address and the archive's
    filters name the same person in every language.
    """

    slug = models.SlugField(_("slug"), max_length=120, blank=True, allow_unicode=False)

    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:120] or "unnamed"
        super().save(*args, **kwargs)


class Organisation(TranslatableMixin, SluggedMixin, index.Indexed, ClusterableModel):
    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=64, blank=True)
    address = models.TextField(_("address"), blank=True)
    website = models.URLField(_("web site"), blank=True)
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("address"),
        FieldPanel("website"),
        FieldPanel("description"),
    ]
    # Wagtail's choosers and listings filter by locale before they search.
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    objects = DirectoryQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    def head_on(self, day):
        """The appointment of the organisation's head current on `day`, if any: in this
        version's language where the head has one. Appointments name an organisation in the
        language they were entered in, so every version finds them by translation key."""
        appointments = (
            Appointment.objects.current_on(day)
            .filter(organisation__translation_key=self.translation_key, is_head=True)
            .select_related("person", "organisation")
        )
        return appointments.filter(locale_id=self.locale_id).first() or appointments.first()


class Person(TranslatableMixin, SluggedMixin, index.Indexed, ClusterableModel):
    name = models.CharField(_("name"), max_length=255)
    biography = models.TextField(_("biography"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("biography"),
        InlinePanel("appointments", heading=_("Appointments"), label=_("appointment")),
    ]
    # Wagtail's choosers and listings filter by locale before they search.
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    objects = DirectoryQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    def appointment_on(self, day):
        """The appointment held on `day`; the most recently started one if several."""
        return Appointment.objects.filter(person=self).current_on(day).first() if day else None


class AppointmentQuerySet(models.QuerySet):
    def current_on(self, day):
        return (
            self.filter(Q(start__isnull=True) | Q(start__lte=day))
            .filter(Q(end__isnull=True) | Q(end__gte=day))
            .order_by(models.F("start").desc(nulls_last=True))
        )


class Appointment(TranslatableMixin, Orderable):
    """A role a person held in an organisation from one date to another (open-ended if no end).

    Translatable with its person, so the role reads "Министр иностранных дел" in Russian.
    """

    person = ParentalKey(Person, on_delete=models.CASCADE, related_name="appointments")
    role = models.CharField(_("role"), max_length=255)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="appointments",
    )
    is_head = models.BooleanField(
        _("head of the organisation"),
        default=False,
        help_text=_("Shown as the organisation's head while the appointment lasts."),
    )
    start = models.DateField(_("from"), null=True, blank=True)
    end = models.DateField(_("to"), null=True, blank=True)

    objects = AppointmentQuerySet.as_manager()

    panels = [
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("is_head"),
        FieldPanel("start"),
        FieldPanel("end"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")

    def __str__(self):
        return f"{self.role}, {self.organisation}" if self.organisation else self.role

    def covers(self, day):
        return (self.start is None or self.start <= day) and (self.end is None or self.end >= day)


def appointments_of(people):
    """{person id: [their appointments, latest start first]} for many people in one query:
    what roles_on() reads, fetched once for a batch of documents."""
    by_person = {}
    appointments = (
        Appointment.objects.filter(person__in=people)
        .select_related("organisation")
        .order_by(models.F("start").desc(nulls_last=True), "-pk")
    )
    for appointment in appointments:
        by_person.setdefault(appointment.person_id, []).append(appointment)
    return by_person


def roles_on(people, day, appointments=None):
    """{person id: appointment on `day`} for many people (a queryset, people or ids) in one
    query, or in none from `appointments` (see appointments_of) when the caller has them."""
    if not day:
        return {}
    if appointments is None:
        appointments = appointments_of(people)
    else:
        wanted = {getattr(person, "pk", person) for person in people}
        appointments = {pk: roles for pk, roles in appointments.items() if pk in wanted}
    held = {}
    for pk, roles in appointments.items():
        role = next((role for role in roles if role.covers(day)), None)
        if role is not None:
            held[pk] = role
    return held
