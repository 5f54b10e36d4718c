"""The sites: the ministry's home and each mission's home, with what a mission shows.

A mission has its clocks (cities with IANA zones), consular contacts, "days since" counters,
head and address; it lists its own documents and chosen ministry documents (syndication)
without copying them, so every text keeps one canonical address.
"""

import zoneinfo
from urllib.parse import urlparse

import babel
from django.db import models
from django.db.models import Exists, OuterRef, Q, prefetch_related_objects
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import path
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from legation.caching.dependencies import list_tag, reading
from legation.core.models import SiteRootPage, validate_time_zone
from legation.directory.models import Organisation, Person
from legation.documents.models import ArchivePage, DocumentKind, DocumentPage
from legation.documents.models.counts import kept

LATEST_COUNT = 10


class HomePage(SiteRootPage):
    """What both kinds of home share: the archive, people and organisations of the site."""

    class Meta:
        abstract = True

    def own_documents(self):
        return DocumentPage.objects.descendant_of(self)

    def listed_documents(self):
        """Every public document this site lists, newest first."""
        with reading(list_tag(self.pk)):
            return self.own_documents().public().newest_first()

    def listed_kinds(self):
        """The kinds this site has published, in their order. Which kinds those are is kept as
        derived data (see documents.models.counts): finding them took PostgreSQL 200 ms at
        100,000 documents. The kinds themselves are read afresh: an edit to a kind is no
        publication event."""
        with reading(list_tag(self.pk)):
            published = kept(f"kinds:{self.pk}", timezone.now(), self._published_kinds)
        return DocumentKind.objects.filter(pk__in=published)

    def _published_kinds(self):
        """The pks of the kinds this site has published, one EXISTS probe each: kinds are
        few, documents many, and a probe stops at the first match where a DISTINCT would read
        them all."""
        documents = self.listed_documents().order_by()
        kinds = DocumentKind.objects.filter(locale_id=self.locale_id).filter(
            Exists(documents.filter(kind=OuterRef("pk")))
        )
        return list(kinds.values_list("pk", flat=True))

    def listed_years(self):
        """Years from the newest document back to the oldest, newest first, kept as derived
        data (see documents.models.counts)."""
        with reading(list_tag(self.pk)):
            return kept(f"years:{self.pk}", timezone.now(), self._listed_years)

    def _listed_years(self):
        # Two index lookups instead of grouping every document by year, which grows with the
        # archive; a year without documents in between still appears, and shows none.
        documents = self.listed_documents().order_by()
        newest = documents.order_by("-published_at").values_list("published_at", flat=True).first()
        oldest = documents.order_by("published_at").values_list("published_at", flat=True).first()
        if newest is None:
            return []
        zone = self.zone
        return list(
            range(
                timezone.localtime(newest, zone).year,
                timezone.localtime(oldest, zone).year - 1,
                -1,
            )
        )

    def latest_documents(self, count=LATEST_COUNT):
        return self.listed_documents().for_listing()[:count]

    def keep_parts(self):
        return [*super().keep_parts(), self.archive]

    @cached_property
    def archive(self):
        """This site's archive page, with its locale. Archives are few (one per site and
        language), so they are matched here rather than by a path prefix over every page of
        the site."""
        archives = ArchivePage.objects.filter(depth=self.depth + 1, live=True)
        return next(
            (a for a in archives.select_related("locale") if a.path.startswith(self.path)), None
        )

    def known_child(self, slug):
        # Most requests go through the archive, kept with the home (core.site_lookup) and
        # shown in every page's navigation: routing to it reads nothing more.
        archive = self.archive
        return archive if archive is not None and archive.slug == slug else None

    def today(self):
        return timezone.localtime(timezone.now(), self.zone).date()

    @path("people/<slug:slug>/", name="person")
    def person_page(self, request, slug):
        person = get_object_or_404(Person.objects.public(), locale=self.locale, slug=slug)
        documents = self.listed_documents().with_person(person)
        return self.render(
            request,
            context_overrides={
                "person": person,
                "documents": documents.for_listing()[:50],
                "appointments": person.appointments.select_related("organisation"),
            },
            template="directory/person_page.html",
        )

    @path("organisations/<slug:slug>/", name="organisation")
    def organisation_page(self, request, slug):
        organisation = get_object_or_404(
            Organisation.objects.public(), locale=self.locale, slug=slug
        )
        documents = self.listed_documents().with_organisation(organisation)
        return self.render(
            request,
            context_overrides={
                "organisation": organisation,
                "head": organisation.head_on(self.today()),
                "documents": documents.for_listing()[:50],
            },
            template="directory/organisation_page.html",
        )

    def translated_route(self, request, translation):
        """The same person's or organisation's page under a translation of this home, for the
        language switcher: slugs are shared by translations, so the route is the same where
        the person or organisation has a version in that language."""
        route = request.path[len(urlparse(self.get_url(request)).path) :]
        view, _args, kwargs = self.resolve_subpage("/" + route)
        model = {"person_page": Person, "organisation_page": Organisation}.get(view.__name__)
        if model and translation.locale_id in _public_locales(request, model, kwargs["slug"]):
            return route
        return None

    @path("")
    def home(self, request):
        return self.render(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(site_root=self, today=self.today(), latest=self.latest_documents())
        return context


class MinistryHomePage(HomePage):
    subpage_types = ["documents.ArchivePage"]
    parent_page_types = ["wagtailcore.Page"]

    content_panels = Page.content_panels + [
        InlinePanel("featured_items", heading=_("Featured"), label=_("featured document")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(SiteRootPage.site_panels, heading=_("Site")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )

    class Meta:
        verbose_name = _("ministry home page")

    def featured_documents(self):
        chosen = self.featured_items.values("document_id")
        return DocumentPage.objects.public().versions_of(chosen, self.locale).select_related("kind")

    def latest_by_kind(self, per_kind=5):
        """[(kind, latest documents of that kind)] for every kind the ministry has published.

        Which documents those are is kept as derived data (see documents.models.counts): the
        query that finds them, each kind's newest as a limited subquery through the gate,
        took Django longer to build than any other part of the home. Each time, the documents
        are read through the gate again, in one query."""
        with reading(list_tag(self.pk)):
            newest = kept(
                f"latest-by-kind:{self.pk}:{per_kind}",
                timezone.now(),
                lambda: self._latest_by_kind(per_kind),
            )
        if not newest:
            return []
        newest = dict(newest)
        documents = self.listed_documents().filter(
            pk__in=[pk for pks in newest.values() for pk in pks]
        )
        by_pk = {document.pk: document for document in documents.for_listing()}
        # The kinds are read afresh, in their order: an edit to a kind is no publication event.
        sections = [
            (kind, [by_pk[pk] for pk in newest[kind.pk] if pk in by_pk])
            for kind in DocumentKind.objects.filter(pk__in=newest)
        ]
        return [(kind, documents) for kind, documents in sections if documents]

    def _latest_by_kind(self, per_kind):
        """[(kind's pk, its newest documents' pks, newest first)], in one query: a limited
        subquery for each kind reads a few rows down the date index (ranking every document by
        kind would read them all), instead of a query for each kind."""
        kinds = self._published_kinds()
        if not kinds:
            return []
        documents = self.listed_documents()
        newest = Q()
        for kind in kinds:
            newest |= Q(pk__in=documents.filter(kind=kind).values("pk")[:per_kind])
        by_kind = {kind: [] for kind in kinds}
        for pk, kind in (
            DocumentPage.objects.filter(newest).newest_first().values_list("pk", "kind_id")
        ):
            by_kind[kind].append(pk)
        return list(by_kind.items())


class FeaturedItem(Orderable):
    page = ParentalKey(MinistryHomePage, on_delete=models.CASCADE, related_name="featured_items")
    document = models.ForeignKey(
        DocumentPage, verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("document")]


class MissionHomePage(HomePage):
    subpage_types = ["documents.ArchivePage"]
    parent_page_types = ["wagtailcore.Page"]

    head_of_mission = models.ForeignKey(
        Person,
        verbose_name=_("head of mission"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_document = models.ForeignKey(
        DocumentPage,
        verbose_name=_("featured document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in full on the home page."),
    )
    syndicated_kinds = ParentalManyToManyField(
        DocumentKind,
        verbose_name=_("ministry documents of these kinds"),
        blank=True,
        related_name="+",
        help_text=_("Every ministry document of a chosen kind appears in this mission's lists."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("featured_document"),
        InlinePanel("cities", heading=_("Clocks"), label=_("city")),
        InlinePanel("consular_contacts", heading=_("Consular contacts"), label=_("contact")),
        InlinePanel("counters", heading=_("Counters"), label=_("counter")),
    ]
    mission_panels = [FieldPanel("head_of_mission"), *SiteRootPage.site_panels]
    syndication_panels = [
        FieldPanel("syndicated_kinds"),
        InlinePanel("syndicated_documents", heading=_("Chosen documents"), label=_("document")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(mission_panels, heading=_("Mission")),
            ObjectList(syndication_panels, heading=_("Ministry documents")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )

    class Meta:
        verbose_name = _("mission home page")

    def keep_parts(self):
        prefetch_related_objects([self], "cities", "consular_contacts", "counters")
        self.syndicated_kind_keys  # noqa: B018 -- loaded now, to be kept with the page
        return [
            *super().keep_parts(),
            self.ministry,
            *self.cities.all(),
            *self.consular_contacts.all(),
            *self.counters.all(),
        ]

    @cached_property
    def ministry(self):
        return MinistryHomePage.objects.filter(locale_id=self.locale_id).first()

    def listed_documents(self):
        """Own documents, plus ministry documents chosen one by one or by kind.

        Editors choose on one language version of the home; every version lists the chosen
        documents in its own language, found by translation key.
        """
        chosen = SyndicatedDocument.objects.filter(
            page__translation_key=self.translation_key
        ).values("document_id")
        listed = Q(path__startswith=self.path) | Q(
            translation_key__in=DocumentPage.objects.filter(pk__in=chosen).values(
                "translation_key"
            ),
            locale_id=self.locale_id,
        )
        ministry = self.ministry
        kind_keys = self.syndicated_kind_keys
        if ministry and kind_keys:
            listed |= Q(path__startswith=ministry.path, kind__translation_key__in=kind_keys)
        with reading(list_tag(self.pk)):
            return DocumentPage.objects.filter(listed).public().newest_first()

    @cached_property
    def syndicated_kind_keys(self):
        """The kinds syndicated by rule, as chosen on any language version of this home."""
        through = MissionHomePage.syndicated_kinds.through
        return list(
            through.objects.filter(missionhomepage__translation_key=self.translation_key)
            .values_list("documentkind__translation_key", flat=True)
            .distinct()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        featured = self.public_featured_document()
        if featured is not None:
            # Shown in full here: its turns link their speakers from this home.
            featured.link_turn_people(self, request)
        context["featured"] = featured
        return context

    def public_featured_document(self):
        """The featured document, chosen on any language version of this home, in this one's."""
        chosen = (
            MissionHomePage.objects.filter(translation_key=self.translation_key)
            .exclude(featured_document=None)
            .values("featured_document_id")
        )
        return DocumentPage.objects.public().versions_of(chosen, self.locale).first()

    def active_counters(self):
        return [counter for counter in self.counters.all() if counter.active]


class City(TranslatableMixin, Orderable):
    """A clock on the mission's home page; its name is translated, its zone is one fact."""

    page = ParentalKey(MissionHomePage, on_delete=models.CASCADE, related_name="cities")
    name = models.CharField(_("city"), max_length=100)
    time_zone = models.CharField(_("time zone"), max_length=64, validators=[validate_time_zone])

    override_translatable_fields = [SynchronizedField("time_zone", overridable=False)]
    panels = [FieldPanel("name"), FieldPanel("time_zone")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("city")
        verbose_name_plural = _("cities")

    def now(self):
        return timezone.localtime(timezone.now(), zoneinfo.ZoneInfo(self.time_zone))


class ConsularContact(TranslatableMixin, Orderable):
    page = ParentalKey(MissionHomePage, on_delete=models.CASCADE, related_name="consular_contacts")
    label = models.CharField(_("label"), max_length=100)
    phone = models.CharField(_("phone"), max_length=64, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    hours = models.CharField(_("hours"), max_length=200, blank=True)

    override_translatable_fields = [SynchronizedField("phone"), SynchronizedField("email")]
    panels = [FieldPanel("label"), FieldPanel("phone"), FieldPanel("email"), FieldPanel("hours")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("consular contact")
        verbose_name_plural = _("consular contacts")


class Counter(TranslatableMixin, Orderable):
    """ "N days have passed since …", counted for today in the mission's time zone.

    The message names what the days are counted since, and the sentence around it is the
    interface's, in each language's plural forms ("1 day has passed", "21 день", "22 дня");
    a message with {days} in it is a sentence of the editor's own, with the number put in.
    """

    page = ParentalKey(MissionHomePage, on_delete=models.CASCADE, related_name="counters")
    title = models.CharField(_("title"), max_length=200)
    start_date = models.DateField(_("start date"))
    message = models.CharField(
        _("message"),
        max_length=500,
        help_text=_(
            'What the days are counted since: the page reads "N days have passed since" and '
            "then this. Or a sentence of your own, with {days} where the number goes."
        ),
    )
    active = models.BooleanField(_("active"), default=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("start_date"),
        FieldPanel("message"),
        FieldPanel("active"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("counter")
        verbose_name_plural = _("counters")

    def days_on(self, day):
        return (day - self.start_date).days

    def sentence(self, days):
        """The counter's sentence for `days`, in the active language, with {days} in it."""
        if "{days}" in self.message:
            return self.message
        return ngettext(
            "%(days)s day has passed since %(event)s",
            "%(days)s days have passed since %(event)s",
            days,
        ) % {"days": "{days}", "event": self.message}

    def message_on(self, day):
        return self.sentence(self.days_on(day)).replace("{days}", str(self.days_on(day)))

    def sentence_parts(self, day):
        """(before, days, after) of the sentence on `day`, so that the page shows the number
        apart and its script can count on."""
        days = self.days_on(day)
        before, _sep, after = self.sentence(days).partition("{days}")
        return before, days, after

    def plural_forms(self):
        """{CLDR plural category: sentence} in the active language, for the page's script,
        which picks one with Intl.PluralRules as the days go by. Each category's sentence is
        gettext's for a number of that category, so the script and the server agree."""
        rule = babel.Locale.parse(translation.to_locale(translation.get_language())).plural_form
        forms = {}
        for days in range(0, 200):
            forms.setdefault(rule(days), self.sentence(days))
        return forms


class SyndicatedDocument(Orderable):
    page = ParentalKey(
        MissionHomePage, on_delete=models.CASCADE, related_name="syndicated_documents"
    )
    document = models.ForeignKey(
        DocumentPage,
        verbose_name=_("ministry document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("document")]


def _public_locales(request, model, slug):
    """The locales in which the person or organisation of `slug` is public: one query for
    the language switcher's every language, kept on the request."""
    known = request.__dict__.setdefault("_legation_public_locales", {})
    if (model, slug) not in known:
        known[model, slug] = set(
            model.objects.public().filter(slug=slug).values_list("locale_id", flat=True)
        )
    return known[model, slug]


__all__ = [
    "City",
    "ConsularContact",
    "Counter",
    "FeaturedItem",
    "HomePage",
    "MinistryHomePage",
    "MissionHomePage",
    "SyndicatedDocument",
]
