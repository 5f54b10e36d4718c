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

import contextlib
import contextvars

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, IntegerField, OuterRef, Q, UUIDField, Value
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.models import Page, ReferenceIndex

from legation.caching.dependencies import PUBLIC, record
from legation.core.models import PublicGate
from legation.documents.models.counts import kept

from .models import Appointment, Organisation, Person

# The public directory as read once for the request being served (see remembered()).
_remembered = contextvars.ContextVar("legation_public_directory", default=None)


@contextlib.contextmanager
def remembered():
    """Inside, the public directory is read at most once: a page asks who is public for its
    speaker links, its language switcher, its filters and its person, one moment's view."""
    token = _remembered.set({})
    try:
        yield
    finally:
        _remembered.reset(token)


def public_keys(model, now=None):
    """The set of translation keys of the people or organisations public now."""
    # What the gate admits anywhere can change who is public.
    record(PUBLIC)
    memo = _remembered.get()
    if memo is None or now is not None:
        return _public_directory(now)[model]
    if "directory" not in memo:
        # Kept as derived data, as an archive's length is: it changes only at a publication
        # event (an appointment's change counts as one) or a clock moment, and working it out
        # took a page a quarter of its time.
        memo["directory"] = kept("directory", timezone.now(), lambda: _public_directory(None))
    return memo["directory"][model]


def _public_directory(now):
    """{Person: keys, Organisation: keys}, in one query.

    Who is named and every appointment are read as flat rows and joined here, because the
    same rule as one nested SQL condition (each set inside the other's) took Django tens of
    milliseconds to build for every list it filtered, more than the database took to answer.
    """
    gate = PublicGate(now)
    # Typed, as PostgreSQL matches a UNION's columns by type (a bare NULL is text there).
    no_key = Cast(Value(None), UUIDField())
    named_rows = [
        model.objects.filter(_named(model, gate))
        .annotate(row=Value(model._meta.model_name), other=no_key, head=Value(False))
        .values_list("row", "translation_key", "other", "head")
        .order_by()
        for model in (Person, Organisation)
    ]
    appointment_rows = (
        Appointment.objects.filter(organisation__isnull=False)
        .annotate(row=Value("appointment"))
        .values_list("row", "person__translation_key", "organisation__translation_key", "is_head")
        .order_by()
    )
    named = {"person": set(), "organisation": set()}
    appointments = []
    for row, key, other_key, is_head in named_rows[0].union(named_rows[1], appointment_rows):
        if row == "appointment":
            appointments.append((key, other_key, is_head))
        else:
            named[row].add(key)
    public = {Person: set(named["person"]), Organisation: set(named["organisation"])}
    for person_key, organisation_key, is_head in appointments:
        # The head of a named organisation is shown on its card; the organisations of a
        # named person's roles on their page.
        if is_head and organisation_key in named["organisation"]:
            public[Person].add(person_key)
        if person_key in named["person"]:
            public[Organisation].add(organisation_key)
    return public


def _named(model, gate):
    """Whether a public page names the outer row, in any of its versions: as EXISTS probes
    for each person or organisation, which stop at the first public text naming them, where
    reading every public text to find who they name grows with the archive (seconds at
    100,000 documents)."""
    relation = model._meta.get_field("documents")
    # From the naming rows (indexed by who they name), each document by its key: from the
    # documents' side, SQLite's statistics can make it read every document by date.
    through = relation.through
    document_column = f"{relation.field.m2m_field_name()}_id"
    in_documents = through.objects.filter(
        Exists(gate.filter(relation.related_model.objects.filter(pk=OuterRef(document_column)))),
        **{
            f"{relation.field.m2m_reverse_field_name()}__translation_key": OuterRef(
                "translation_key"
            )
        },
    )
    versions = (
        model.objects.filter(translation_key=OuterRef(OuterRef("translation_key")))
        .annotate(key=Cast("pk", CharField()))
        .values("key")
    )
    referencing_page = gate.filter(
        Page.objects.filter(pk=Cast(OuterRef("object_id"), IntegerField()))
    )
    in_pages = ReferenceIndex.objects.filter(
        Exists(referencing_page),
        to_content_type=ContentType.objects.get_for_model(model),
        base_content_type=ContentType.objects.get_for_model(Page),
        to_object_id__in=versions,
    )
    return Q(Exists(in_documents)) | Q(Exists(in_pages))


def is_public(item, now=None):
    """Whether one person or organisation is public now: what public_keys says of it, asked
    (unless the request has read the directory already) as a few EXISTS probes that stop at
    the first public text naming them. A feed's filter checks one slug; the whole directory
    reads every public document (about a second at 100,000)."""
    if now is None and _remembered.get():
        return item.translation_key in public_keys(type(item))
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
