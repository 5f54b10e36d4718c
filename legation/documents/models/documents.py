"""The document: one page model for every kind of text a press service publishes."""

import datetime
from functools import cached_property

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import ExpressionWrapper, F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PublishingPanel,
    TitleFieldPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from legation.core.models import PublicGate, site_root_for
from legation.core.models.addresses import AddressFromSiteRoot
from legation.core.models.gate import KnownViewRestrictions
from legation.directory.blocks import people_known
from legation.directory.links import directory_links
from legation.directory.models import Organisation, Person
from legation.publishing.models import publishing_status

from ..blocks import TURN_TYPES, BodyBlock
from ..forms import DocumentPageForm
from ..named import NamedEntries
from ..panels import PasteTranscriptPanel
from ..parallel import ParallelView
from ..transcripts import Transcript


class DocumentQuerySet(PageQuerySet):
    """The vocabulary of the archive: `DocumentPage.objects.public().of_kind("speech")`."""

    def public(self, now=None):
        return PublicGate(now).filter(self)

    def of_kind(self, slug):
        return self.filter(kind__slug=slug)

    def of_kind_versions(self, kind_ids):
        """Documents of one kind, given the ids of its every version (`DocumentKind` rows of
        one translation key: a document may name its source's kind), read in date order.

        Matched by the kind's key through a join, or by several ids, SQLite's planner reads
        every document of the kind from the (kind, published_at) index and sorts them all to
        take a page: 160-235 ms at 100,000 documents. One id walks that index in order; for
        several, the condition is made one no index answers (SQLite's documented unary "+",
        here "+ 0"), so that the date index is walked and stops at the page: 0.2 ms for the
        first page, 33 for the last (bench/README "Archive at scale")."""
        if len(kind_ids) == 1:
            return self.filter(kind_id=kind_ids[0])
        unindexed = ExpressionWrapper(F("kind_id") + 0, output_field=models.BigIntegerField())
        return self.alias(kind_number=unindexed).filter(kind_number__in=kind_ids)

    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def in_year(self, year, zone):
        start = datetime.datetime(year, 1, 1, tzinfo=zone)
        return self.filter(published_at__gte=start, published_at__lt=start.replace(year=year + 1))

    def in_month(self, year, month, zone):
        start = datetime.datetime(year, month, 1, tzinfo=zone)
        end = (
            start.replace(year=year + 1, month=1) if month == 12 else start.replace(month=month + 1)
        )
        return self.filter(published_at__gte=start, published_at__lt=end)

    def with_person(self, person):
        """Documents naming `person`. People are set on a document's source, so a translation
        is found through the translation key it shares with its source, in any language."""
        naming = self.model.objects.filter(participants__translation_key=person.translation_key)
        return self.filter(translation_key__in=naming.values("translation_key"))

    def with_organisation(self, organisation):
        concerning = self.model.objects.filter(
            organisations__translation_key=organisation.translation_key
        )
        return self.filter(translation_key__in=concerning.values("translation_key"))

    def versions_of(self, pages, locale):
        """The versions in `locale` of chosen pages, which editors chose in one language."""
        keys = self.model.objects.filter(pk__in=pages).values("translation_key")
        return self.filter(translation_key__in=keys, locale=locale)

    def for_listing(self):
        return self.select_related("kind", "locale").only(
            "id",
            "path",
            "depth",
            "url_path",
            "title",
            "slug",
            "published_at",
            "lead",
            "kind",
            "locale",
            "live",
            "go_live_at",
            "expire_at",
            "draft_title",
            "content_type_id",
            "translation_key",
            "numchild",
        )


DocumentManager = PageManager.from_queryset(DocumentQuerySet)


class EventDatePrecision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")


class DocumentPage(KnownViewRestrictions, AddressFromSiteRoot, Page):
    kind = models.ForeignKey(
        "documents.DocumentKind",
        verbose_name=_("kind"),
        on_delete=models.PROTECT,
        related_name="documents",
    )
    published_at = models.DateTimeField(
        _("publication date and time"),
        default=timezone.now,
        db_index=True,
        help_text=_(
            "Shown as the publication stamp. A time in the future schedules the document: "
            "no channel shows it before then."
        ),
    )
    event_date = models.DateField(_("event date"), null=True, blank=True)
    event_date_precision = models.CharField(
        _("event date precision"),
        max_length=5,
        choices=EventDatePrecision.choices,
        default=EventDatePrecision.DAY,
    )
    event_place = models.CharField(_("event place"), max_length=255, blank=True)
    lead = models.TextField(_("lead"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    participants = ParentalManyToManyField(
        Person, verbose_name=_("participants"), blank=True, related_name="documents"
    )
    organisations = ParentalManyToManyField(
        Organisation,
        verbose_name=_("organisations concerned"),
        blank=True,
        related_name="documents",
        help_text=_("The first one is shown as the organisation card."),
    )
    source_url = models.CharField(
        _("source address"), max_length=1000, blank=True, db_index=True, editable=False
    )
    source_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)

    objects = DocumentManager()
    # Read with the page when routing finds it: the page and its metadata show the kind.
    routed_with = ("kind",)

    parent_page_types = ["documents.ArchivePage"]
    subpage_types = []
    base_form_class = DocumentPageForm

    content_panels = [
        TitleFieldPanel("title"),  # fills in the slug (Promote tab) as the title is typed
        FieldPanel("kind"),
        FieldPanel("published_at"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("event_date"), FieldPanel("event_date_precision")]),
                FieldPanel("event_place"),
            ],
            heading=_("Event"),
        ),
        FieldPanel("lead"),
        PasteTranscriptPanel(),
        FieldPanel("body"),
        FieldPanel("participants"),
        FieldPanel("organisations"),
        InlinePanel("related_documents", heading=_("Additional materials"), label=_("document")),
        InlinePanel("attachments", heading=_("Attachments"), label=_("attachment")),
        InlinePanel("change_notes", heading=_("Change notes"), label=_("change note")),
    ]
    # One scheduling control: the publication time sets go-live (hold_until_published), so
    # Wagtail's schedule dialog keeps only the expiry; comments follow as on every page.
    settings_panels = [
        PublishingPanel(
            children=[
                panel for panel in PublishingPanel().children if panel.field_name != "go_live_at"
            ]
        ),
        *Page.settings_panels[1:],
    ]

    def body_text(self):
        """The body's words as Wagtail indexes them, worked out once per body: the database
        search backend asks for every field's value three times (title, body, autocomplete),
        and walking a long transcript is most of the cost of indexing it."""
        body = self.body
        if getattr(self, "_body_text_of", None) is not body:
            self._body_text_of = body
            self._body_text = body.stream_block.get_searchable_content(body)
        return self._body_text

    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body_text"),
        index.FilterField("kind"),
        index.FilterField("published_at"),
    ]

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        indexes = [
            models.Index(fields=["published_at", "page_ptr"], name="document_newest"),
            models.Index(fields=["kind", "published_at"], name="document_kind_newest"),
        ]

    def clean(self):
        super().clean()
        if self.expire_at and self.published_at and self.expire_at <= self.published_at:
            # Wagtail compares expiry with go-live only when both are in the form.
            raise ValidationError(
                {"expire_at": _("The expiry must come after the publication time.")}
            )
        self.hold_until_published()
        self.derive_participants()

    def derive_participants(self):
        """Participants are everyone the turns name (speakers, askers, those addressed and
        those spoken after) and whoever an editor adds, so person pages and the archive's
        person filter find a transcript with nobody picked by hand. Someone only the previous
        version's turns named was derived, not chosen: they go when the turns no longer do."""
        previous = self.latest_revision.as_object() if self.pk and self.latest_revision else None
        derived_before = turn_people(previous.body) if previous else []
        chosen = [person for person in self.participants.all() if person not in derived_before]
        self.participants.set(list(dict.fromkeys([*chosen, *turn_people(self.body)])))

    def hold_until_published(self):
        """The publication time is the document's one schedule: a future one is Wagtail's
        go-live too (every channel holds the document back and the worker publishes it at that
        second); once it has passed there is nothing left to wait for."""
        future = self.published_at and self.published_at > timezone.now()
        self.go_live_at = self.published_at if future else None

    @property
    def status_string(self):
        """Wagtail's status, and the two it has no name for: "withdrawn" and "embargoed"."""
        return publishing_status(self) or super().status_string

    @cached_property
    def site_root(self):
        # Reached through its archive, the archive tells the home it is its archive (the
        # header's link), as it does on its own page.
        from .archive import ArchivePage  # its module imports this one

        parent = self.__dict__.get("_cached_parent_obj")
        return parent.site_root if isinstance(parent, ArchivePage) else site_root_for(self)

    @property
    def zone(self):
        return self.site_root.zone

    @property
    def local_published_at(self):
        return timezone.localtime(self.published_at, self.zone)

    @property
    def local_event_date(self):
        return self.event_date or self.local_published_at.date()

    @cached_property
    def named(self):
        """The people and organisations this page shows, each read once (see named.py)."""
        return NamedEntries(self)

    @cached_property
    def transcript(self):
        named = self.named
        if not named.named_ids:
            return Transcript(self.body, on=self.local_event_date, locale=self.locale)
        self.decode_turns()
        return Transcript(
            self.body,
            on=self.local_event_date,
            appointments=named.appointments,
            locale=self.locale,
            versions=named.person_version_by_key,
        )

    @cached_property
    def card_organisation(self):
        """The first organisation concerned, set on the source and shown in this language."""
        return self.named.card_organisation

    @cached_property
    def card_head(self):
        return self.named.card_head(self.local_event_date)

    def public_related_documents(self):
        chosen = self.related_documents.values("document_id")
        related = DocumentPage.objects.public().versions_of(chosen, self.locale)
        return related.newest_first().select_related("kind")

    @cached_property
    def updates(self):
        """The change notes, oldest first: read once for the page and its metadata."""
        return sorted(self.change_notes.all(), key=lambda note: note.moment)

    def public_attachments(self):
        return [item.attachment for item in self.attachments.select_related("attachment")]

    def decode_turns(self):
        """The people the turns name, in order, every chooser decoded from the people read
        once for the page (Wagtail reads them once for each chooser of each turn type)."""
        with people_known(self.named.chosen_people):
            return turn_people(self.body)

    def link_turn_people(self, site_root, request):
        """Every turn links its speaker (from a page under `site_root`): their links are found
        together, from the versions read once for the page."""
        people = self.decode_turns() if self.named.named_ids else []
        directory_links(site_root, people, request, versions=self.named.person_versions)

    def link_card(self, site_root, request):
        """The organisation card links the organisation and its head, from the versions read
        once for the page."""
        organisation = self.card_organisation
        if organisation is None:
            return
        named = self.named
        directory_links(site_root, [organisation], request, versions=named.organisation_versions)
        if self.card_head is not None:
            directory_links(site_root, [self.card_head.person], request, named.person_versions)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["site_root"] = self.site_root
        self.link_turn_people(self.site_root, request)
        self.link_card(self.site_root, request)
        language_code = request.GET.get("parallel")
        if language_code is not None:
            # Another public language version beside this one; "not found" if there is none.
            context["parallel"] = ParallelView.for_request(self, request, language_code)
        return context


def turn_people(body):
    """The people a body's turns name, in order of first appearance."""
    people = {}
    for block in body:
        if block.block_type not in TURN_TYPES:
            continue
        value = block.value
        named = [value.get(key) for key in ("speaker", "asker", "speaking_after")]
        for person in [*named, *(value.get("addressed_to") or [])]:
            if person is not None:
                people.setdefault(person.pk, person)
    return list(people.values())


class RelatedDocument(Orderable):
    """An "additional material": another document that completes this one."""

    page = ParentalKey(DocumentPage, on_delete=models.CASCADE, related_name="related_documents")
    document = models.ForeignKey(
        DocumentPage, verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("document")]


class DocumentAttachment(Orderable):
    page = ParentalKey(DocumentPage, on_delete=models.CASCADE, related_name="attachments")
    attachment = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("file"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("attachment")]
