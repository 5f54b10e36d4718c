"""From a ParsedPage to the database: documents, list items, mission settings candidates.

Each page is written in its own transaction. A page imported again updates what the first
import made: a document is found by its source address, else by its content hash, else by
its title and publication time in the same archive.
"""

import datetime
import json
import zoneinfo
from collections import defaultdict

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from legation.directory.models import Appointment, Organisation, Person
from legation.documents.conversion import PeopleIndex, named_people, stream_data
from legation.documents.models import DocumentKind, DocumentPage
from legation.documents.slugs import free_slug, slug_from_title, slugs_in

from .models import CandidateKind, ListingItem, MissionSettingsCandidate, title_key
from .new_pages import add_new_page

# The recogniser's doc_type for each kind slug it may need; "other" has a kind of its own.
KIND_NAMES = {
    "speech": ("Speech", "Speeches"),
    "statement": ("Statement", "Statements"),
    "comment": ("Comment", "Comments"),
    "transcript": ("Transcript", "Transcripts"),
    "briefing": ("Briefing", "Briefings"),
    "joint_statement": ("Joint statement", "Joint statements"),
    "article": ("Article", "Articles"),
    "interview": ("Interview", "Interviews"),
    "press_release": ("Press release", "Press releases"),
    "other": ("Other", "Others"),
}


class ImportRefused(Exception):
    """The page was read but cannot go into this site (no such language there, no archive)."""


class PageWriter:
    """Writes recognised pages into one site; call it with a ParsedPage, get what it did."""

    def __init__(self, site_root, locale=None, publish=False, drafts_below=None):
        self.site_root = site_root
        self.locale = locale
        self.publish = publish
        # Publishing, a page recognised with less confidence than this stays a draft for a
        # person to check (the run's summary lists it).
        self.drafts_below = drafts_below
        self._roots = {}
        self._locales = None
        # indexing.PendingMarks while indexing is deferred: what each page saved is marked
        # for indexing in the page's transaction.
        self.pending_marks = None
        self._forget()

    def _forget(self):
        """Drop what the writer keeps from page to page; it is read again when needed."""
        self._people = {}
        self._kinds = {}
        self._organisations = {}
        self._slugs = {}
        self._documents = {}
        self._titles = {}

    @classmethod
    def for_site(cls, reference, locale=None, publish=False, drafts_below=None):
        """The writer for the site named by its hostname (with :port where sites share a
        host), its site name or its home page's slug."""
        from django.core.management import CommandError

        sites = list(Site.objects.select_related("root_page"))
        named = [
            site
            for site in sites
            if reference in (site.site_name, f"{site.hostname}:{site.port}", site.root_page.slug)
        ] or [site for site in sites if site.hostname == reference]
        if len(named) > 1:
            choices = ", ".join(f"{site.hostname}:{site.port} ({site.site_name})" for site in named)
            raise CommandError(f"{reference!r} names several sites: {choices}")
        root = named[0].root_page if named else None
        root = root or Page.objects.filter(depth=2, slug=reference).first()
        if root is None:
            raise CommandError(f"no site {reference!r} (give a hostname, site name or slug)")
        content_locale = None
        if locale:
            content_locale = _locale(locale)
            if content_locale is None:
                raise CommandError(f"--locale {locale!r}: no such locale in the database")
            if root.get_translation_or_none(content_locale) is None:
                versions = ", ".join(
                    sorted(page.locale.language_code for page in root.get_translations(True))
                )
                raise CommandError(
                    f"--locale {locale!r}: the site {reference!r} has no {locale} version "
                    f"(it has {versions})"
                )
        return cls(root.specific, locale=content_locale, publish=publish, drafts_below=drafts_below)

    def __call__(self, page):
        try:
            with transaction.atomic():
                if page.site_kind == "article":
                    action = self._document(page)
                else:
                    action = self._lists(page)
                if self.pending_marks is not None:
                    self.pending_marks.mark()  # committed with the page, or not at all
                return action
        except ImportRefused:
            if self.pending_marks is not None:
                self.pending_marks.forget()
            raise  # refused before anything was written
        except BaseException:
            # The page's people, kinds and organisations were rolled back with it: the next
            # page must not refer to them (nor index them).
            self._forget()
            if self.pending_marks is not None:
                self.pending_marks.forget()
            raise

    # Sites and languages

    def _root_for(self, page):
        if self._locales is None:
            self._locales = list(Locale.objects.all())
        locale = self.locale or _locale(page.language or "", self._locales) or self.site_root.locale
        if locale.pk not in self._roots:
            root = self.site_root.get_translation_or_none(locale)
            if root is None:
                raise ImportRefused(f"the site has no {locale.language_code} version")
            self._roots[locale.pk] = root.specific
        return self._roots[locale.pk]

    # Documents

    def _document(self, page):
        root = self._root_for(page)
        archive = root.archive
        if archive is None:
            raise ImportRefused("the site has no archive to put documents in")
        document = self._existing(page, archive, root)
        created = document is None
        unmatched_items, listed_lead = self._listed(root, page)
        publish = self._publishes(page)
        if created:
            document = DocumentPage(locale=root.locale)
        elif document.source_hash == page.content_hash and not (
            publish and (not document.live or document.has_unpublished_changes)
        ):
            self._match(unmatched_items, document)
            return "unchanged"
        document._is_site_root = False
        document.title = page.title or page.lead[:200] or page.file
        document.source_url = page.source_url or ""
        _refuse_too_long(document, ("title", "source_url"))
        people = self._people_in(page, root.locale)
        document.kind = self._kind(page.doc_type, root.locale)
        document.published_at = self._published_at(page, root)
        document.hold_until_published()
        document.event_date, document.event_date_precision = _event_date(page.event_date)
        document.event_place = (page.event_place or "")[:255]
        document.lead = listed_lead or page.lead
        document.body = self._body(page, people)
        document.source_hash = page.content_hash
        organisation = self._organisation(page, root.locale)
        relations = {
            # Everyone the turns name, as an editor's save derives them (DocumentPage.clean).
            "participants": list(dict.fromkeys(people.values())),
            "organisations": [organisation] if organisation else [],
        }
        if created:
            document.slug = self._free_slug(archive, document.title)
            publish_now = publish and document.published_at <= timezone.now()
            revision = add_new_page(archive, document, relations, live=publish_now)
            if publish and not publish_now:
                revision.publish()  # dated in the future: Wagtail schedules it
        else:
            for name, related in relations.items():
                getattr(document, name).set(related)
            revision = document.save_revision(clean=False)
            if publish:
                revision.publish()
        self._match(unmatched_items, document)
        self._remember(archive, root, page, document)
        return "created" if created else "updated"

    def _publishes(self, page):
        """Whether this page is published: when the run publishes, unless it was recognised
        with less confidence than the run keeps as drafts."""
        if self.drafts_below is not None and page.confidence < self.drafts_below:
            return False
        return self.publish

    def _existing(self, page, archive, root):
        """The document a previous import made of this page, in this archive, if any: by
        source address, else content hash, else title and publication time."""
        known = self._documents_in(archive)
        keys = [("url", page.source_url)] if page.source_url else []
        keys.append(("hash", page.content_hash))
        if page.title and page.published:
            keys.append(("time", self._published_at(page, root), page.title))
        for key in keys:
            if key in known:
                return DocumentPage.objects.filter(pk=known[key]).first()
        return None

    def _documents_in(self, archive):
        """{("url", source address) or ("hash", content hash) or ("time", publication time,
        title): document} for an archive, read in one query per run and kept up to date as the
        run goes (one lookup per page would cost more than writing it)."""
        if archive.pk not in self._documents:
            known = self._documents[archive.pk] = {}
            rows = DocumentPage.objects.child_of(archive).values_list(
                "pk", "source_url", "source_hash", "published_at", "title"
            )
            for pk, source_url, source_hash, published_at, title in rows.order_by("pk"):
                known.update(_document_keys(pk, source_url, source_hash, published_at, title))
        return self._documents[archive.pk]

    def _remember(self, archive, root, page, document):
        self._documents_in(archive).update(
            _document_keys(
                document.pk,
                document.source_url,
                document.source_hash,
                document.published_at,
                document.title,
            )
        )
        known = self._titles_of(root)[title_key(document.title)]
        if document.pk not in {pk for pk, _ in known}:
            known.append((document.pk, _day(page)))

    def _free_slug(self, archive, title):
        # The archive's slugs read once per run and kept up to date, not asked page by page.
        taken = self._slugs.get(archive.pk)
        if taken is None:
            taken = self._slugs[archive.pk] = slugs_in(archive)
        return free_slug(slug_from_title(title), taken)

    def _published_at(self, page, root):
        zone = zoneinfo.ZoneInfo(getattr(root.specific, "time_zone", None) or "UTC")
        moment = page.published.as_datetime() if page.published else None
        if moment is None and page.event_date is not None:
            moment = datetime.datetime(
                page.event_date.year, page.event_date.month, page.event_date.day or 1
            )
        if moment is None:
            return timezone.now()
        return moment.replace(tzinfo=zone)

    def _kind(self, slug, locale):
        key = (slug, locale.pk)
        if key not in self._kinds:
            kind = DocumentKind.objects.filter(slug=slug, locale=locale).first()
            if kind is None:
                elsewhere = DocumentKind.objects.filter(slug=slug).first()
                if elsewhere is not None:
                    kind = elsewhere.copy_for_translation(locale)
                    kind.save()
                else:
                    name, plural = KIND_NAMES.get(slug, (slug.replace("_", " ").title(),) * 2)
                    kind = DocumentKind.objects.create(
                        slug=slug, name=name, plural_name=plural, locale=locale
                    )
            self._kinds[key] = kind
        return self._kinds[key]

    # People and organisations

    def _person(self, name, locale):
        """The person of that name in the locale, matched as the editor's conversion matches
        names; made when first met (an import has no editor to ask)."""
        known = self._people.get(locale.pk)
        if known is None:
            known = self._people[locale.pk] = PeopleIndex(locale)
        person = known.find(name)
        if person is None:
            person = Person(name=name[:255], locale=locale)
            person.slug = self._free_person_slug(person.name, locale)
            person.save()
            known.add(person)
        return person

    def _free_person_slug(self, name, locale):
        slug = slug_from_title(name, "person")[:110]
        taken = set(
            Person.objects.filter(locale=locale, slug__startswith=slug).values_list(
                "slug", flat=True
            )
        )
        candidate, number = slug, 2
        while candidate in taken:
            candidate, number = f"{slug}-{number}", number + 1
        return candidate

    def _people_in(self, page, locale):
        """{name as written: Person} for everyone the page names in a turn or as a speaker."""
        names = named_people(page.blocks, page.speakers)
        return {name: self._person(name, locale) for name in names}

    def _organisation(self, page, locale):
        card = page.organisation
        if not card or not (card.website or card.name or card.address):
            return None
        key = (locale.pk, card.website, card.name, card.head_name)
        if key not in self._organisations:
            self._organisations[key] = self._find_organisation(card, locale)
        return self._organisations[key]

    def _find_organisation(self, card, locale):
        name = card.name or _name_from_card(card)
        organisations = Organisation.objects.filter(locale=locale)
        found = (card.website and organisations.filter(website=card.website).first()) or (
            organisations.filter(name=name).first()
        )
        if found is None:
            found = Organisation(
                name=name[:255],
                locale=locale,
                address=card.address,
                website=card.website[:200] if card.website.startswith("http") else "",
                slug=slug_from_title(name, "organisation")[:110],
            )
            if organisations.filter(slug=found.slug).exists():
                found.slug = f"{found.slug[:100]}-{found.pk or organisations.count() + 1}"
            found.save()
        if card.head_name and not found.appointments.filter(is_head=True).exists():
            head = self._person(card.head_name, locale)
            Appointment.objects.create(
                person=head,
                organisation=found,
                role=(card.head_role or "Head")[:255],
                is_head=True,
            )
        return found

    # The body

    def _body(self, page, people):
        default_speaker = people.get(page.speakers[0]) if len(page.speakers) == 1 else None
        # The editor's conversion writes the blocks, in the raw form of the StreamField.
        return json.dumps(stream_data(page.blocks, people, default_speaker))

    # Lists and homepages

    def _lists(self, page):
        root = self._root_for(page)
        entries = [(item.date, item.title, item.lead) for item in page.listing_items]
        if page.featured_title:
            entries.insert(0, (None, page.featured_title, page.lead))
        self._keep_items(root, page, entries)
        if page.widgets:
            self._keep_candidates(root, page)
            return "listed with settings candidates"
        return "listed"

    def _keep_items(self, root, page, entries):
        """Store a list's items, updating those seen before, in one statement for the list."""
        items = {}
        for date, title, lead in entries:
            shown = date.without_time().isoformat() if date else ""
            items[(title_key(title), shown)] = ListingItem(
                site_root=root,
                title_key=title_key(title),
                date_shown=shown,
                title=title,
                lead=lead,
                date=date.as_date() if date else None,
                source=page.file[:1000],
            )
        ListingItem.objects.bulk_create(
            items.values(),
            update_conflicts=True,
            unique_fields=["site_root", "title_key", "date_shown"],
            update_fields=["title", "lead", "source"],
        )
        self._match_documents(root, items.values())

    def _match_documents(self, root, items):
        """Link items to documents imported before the list, and give those their lead."""
        known = self._titles_of(root)
        for item in items:
            candidates = known.get(item.title_key, [])
            matching = [pk for pk, day in candidates if _same_day(item, day)]
            if len(matching) != 1 and not (len(candidates) == 1 and not item.date_shown):
                continue
            document_pk = matching[0] if len(matching) == 1 else candidates[0][0]
            ListingItem.objects.filter(
                site_root=root,
                title_key=item.title_key,
                date_shown=item.date_shown,
                document__isnull=True,
            ).update(document_id=document_pk)
            if item.lead:
                DocumentPage.objects.filter(pk=document_pk, lead="").update(lead=item.lead)

    def _titles_of(self, root):
        """{title key: [(document, its day)]} for the documents of a site's language tree,
        read once per run (titles have no index to look documents up by) and kept up to date
        as the run goes."""
        if root.pk not in self._titles:
            zone = zoneinfo.ZoneInfo(getattr(root, "time_zone", None) or "UTC")
            documents = DocumentPage.objects.filter(locale=root.locale).values_list(
                "pk", "path", "title", "published_at"
            )
            titles = defaultdict(list)
            for pk, path, title, published_at in documents:
                if path.startswith(root.path):
                    titles[title_key(title)].append((pk, published_at.astimezone(zone).date()))
            self._titles[root.pk] = titles
        return self._titles[root.pk]

    def _listed(self, root, page):
        """The legacy list items this article may be: those not yet matched to a document,
        and the lead the lists gave it."""
        if not page.title:
            return [], ""
        items = _items_for(root, title_key(page.title), _day(page)).values_list(
            "pk", "lead", "document_id"
        )
        unmatched, lead = [], ""
        for pk, item_lead, document_pk in items.order_by("pk"):
            lead = lead or item_lead
            if document_pk is None:
                unmatched.append(pk)
        return unmatched, lead

    def _match(self, item_pks, document):
        if item_pks:
            ListingItem.objects.filter(pk__in=item_pks, document__isnull=True).update(
                document=document
            )

    def _keep_candidates(self, root, page):
        widgets = page.widgets.to_json()
        candidates = {}
        for kind, entries, key in (
            (CandidateKind.CLOCK, widgets["clocks"], "city"),
            (CandidateKind.CONTACT, widgets["consular_contacts"], "label"),
            (CandidateKind.COUNTER, widgets["counters"], "since"),
        ):
            for entry in entries:
                name = (entry[key] or entry.get("phone") or "?")[:255]
                candidates[(kind, name)] = MissionSettingsCandidate(
                    site_root=root,
                    kind=kind,
                    key=name,
                    data=entry,
                    seen_on=page.widgets.crawl_date,
                    source=page.file[:1000],
                )
        MissionSettingsCandidate.objects.bulk_create(
            candidates.values(),
            update_conflicts=True,
            unique_fields=["site_root", "kind", "key"],
            update_fields=["data", "seen_on", "source"],
        )


def _refuse_too_long(instance, names):
    """Refuse, before anything is written, a value longer than its field holds: SQLite would
    store it (and the admin then refuse to save the page), PostgreSQL raise a bare DataError."""
    for name in names:
        field = instance._meta.get_field(name)
        value = getattr(instance, name)
        if field.max_length is not None and len(value) > field.max_length:
            raise ImportRefused(
                f"{name} too long: {len(value)} characters, where a document's "
                f"{field.verbose_name} holds at most {field.max_length}"
            )


def _locale(code, locales=None):
    """The content locale for a language or locale code ("en", "en-GB"), else None."""
    code = code.lower().replace("_", "-")
    if not code:
        return None
    locales = locales if locales is not None else list(Locale.objects.all())
    for locale in locales:
        if locale.language_code.lower() == code:
            return locale
    primary = code.split("-")[0]
    return next((loc for loc in locales if loc.language_code.split("-")[0] == primary), None)


def _day(page):
    """The day a document is listed under: its publication date, else its event date."""
    for date in (page.published, page.event_date):
        if date is not None and date.as_date() is not None:
            return date.as_date()
    return None


def _same_day(item, day):
    if day is None or not item.date_shown:
        return False
    if item.date is not None:
        return item.date == day
    return item.date_shown == f"--{day.month:02d}-{day.day:02d}"


def _items_for(root, key, day):
    """The list items a document of that title and day may be: same day, same day of the
    year when the list showed no year, or no date at all; any day when the document has none."""
    items = ListingItem.objects.filter(site_root=root, title_key=key)
    if day is None:
        return items
    return items.filter(
        Q(date=day) | Q(date_shown=f"--{day.month:02d}-{day.day:02d}") | Q(date_shown="")
    )


def _document_keys(pk, source_url, source_hash, published_at, title):
    keys = {("hash", source_hash): pk, ("time", published_at, title): pk}
    if source_url:
        keys[("url", source_url)] = pk
    return keys


def _event_date(date):
    if date is None or date.year is None:
        return None, "day"
    if date.day is None:
        return datetime.date(date.year, date.month, 1), "month"
    return date.as_date(), "day"


def _name_from_card(card):
    if card.head_role:
        # "Secretary-General of the Coastal Union" names the organisation it heads.
        for marker in (" of the ", " of "):
            if marker in card.head_role:
                return card.head_role.split(marker, 1)[1]
    return card.website.split("//")[-1].strip("/") or card.address
