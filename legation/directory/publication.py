"""When a person or an organisation is public: when a public page names them.

People and organisations have no publication state of their own; a press office publishes
texts, not entries of a directory. So their state is derived, through the public gate: a
person named only in a draft, a scheduled or embargoed text or a draft import has no public
page and is offered by no filter, and appears the moment a text naming them is public.

Named means: a participant of a public document, or referenced by a public page (a speaker or
addressee of a transcript turn, a mission's head, any chooser: Wagtail's reference index), in
any language version (by translation key). The head of a named organisation is shown on its
card, and the organisations of a named person's appointments on their page, so they are
public too.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField, Q
from django.db.models.functions import Cast
from wagtail.models import Page, ReferenceIndex

from legation.core.models import PublicGate

from .models import Appointment, Organisation, Person


def public_filter(model, now=None):
    """The condition on Person or Organisation rows that makes them public now."""
    gate = PublicGate(now)
    if model is Person:
        named_organisations = Organisation.objects.filter(_named(Organisation, gate))
        heads = Appointment.objects.filter(
            is_head=True,
            organisation__translation_key__in=named_organisations.values("translation_key"),
        )
        return _named(Person, gate) | Q(translation_key__in=heads.values("person__translation_key"))
    named_people = Person.objects.filter(_named(Person, gate))
    appointed = Appointment.objects.filter(
        person__translation_key__in=named_people.values("translation_key")
    )
    return _named(Organisation, gate) | Q(
        translation_key__in=appointed.values("organisation__translation_key")
    )


def _named(model, gate):
    documents = model._meta.get_field("documents").related_model
    public_pages = gate.filter(Page.objects.all()).annotate(key=Cast("pk", CharField()))
    referenced = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(model),
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=public_pages.values("key"),
    ).values("to_object_id")
    in_documents = model.objects.filter(documents__in=gate.filter(documents.objects.all()))
    in_pages = model.objects.annotate(key=Cast("pk", CharField())).filter(key__in=referenced)
    return Q(translation_key__in=in_documents.values("translation_key")) | Q(
        translation_key__in=in_pages.values("translation_key")
    )


def is_public(item, now=None):
    """Whether one person or organisation is public now: what public_filter says of its row,
    asked as a few EXISTS probes that stop at the first public text naming them. A filter
    checks one slug; public_filter's sets of everyone named read every public document (about
    a second at 100,000)."""
    gate = PublicGate(now)
    model = type(item)
    if _is_named(model, {item.translation_key}, gate):
        return True
    if model is Person:  # the head of a named organisation
        related = Appointment.objects.filter(
            is_head=True, person__translation_key=item.translation_key
        ).values_list("organisation__translation_key", flat=True)
        return _is_named(Organisation, set(related) - {None}, gate)
    related = Appointment.objects.filter(
        organisation__translation_key=item.translation_key
    ).values_list("person__translation_key", flat=True)
    return _is_named(Person, set(related), gate)


def _is_named(model, keys, gate):
    """_named() for the rows of a few translation keys, from their side of each relation."""
    if not keys:
        return False
    relation = model._meta.get_field("documents")
    naming = relation.related_model.objects.filter(
        **{f"{relation.field.name}__translation_key__in": keys}
    )
    if gate.filter(naming).exists():
        return True
    versions = model.objects.filter(translation_key__in=keys).annotate(key=Cast("pk", CharField()))
    referencing = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(model),
        base_content_type=ContentType.objects.get_for_model(Page),
        to_object_id__in=versions.values("key"),
    ).annotate(page_id=Cast("object_id", IntegerField()))
    return gate.filter(Page.objects.filter(pk__in=referencing.values("page_id"))).exists()
