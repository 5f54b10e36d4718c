"""The one public gate: the only place that decides what a reader may see now.

Every public channel (pages, listings, widgets, feeds, API, search, sitemaps, exports, links
rendered in rich text, attachments, media, people and organisations) asks this module. Wagtail
alone is not enough: it serves a live page whose ``expire_at`` has passed until a cron job
unpublishes it, its querysets know nothing of a document's own publication time, and it
publishes a translation whatever state its source is in.

A page is public now when, all at once:
- it is live, its go-live time (if any) has passed and its expiry time (if any) has not;
- its own publication time (page types with a ``published_at`` field) has passed, whether the
  queryset is of that page type or of plain ``Page``;
- the original version of the document (the first created of the pages sharing its
  translation key) has been published and is within its times by the same rules: no
  translation is public before its source, nor after its source expired (a source taken
  offline on its own leaves its translations up; withdrawing a document takes every version);
- no view restriction covers it (Wagtail's own filter), nor any other version of it: a
  restriction on one language version covers the document in every language.
"""

import contextlib
import contextvars
from functools import cache

from django.apps import apps
from django.db.models import BooleanField, Exists, Expression, F, Q
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from legation.caching.dependencies import record_gate_query

# The restricted pages as read once for the request being served (see remembered()).
_remembered = contextvars.ContextVar("legation_restricted_pages", default=None)


@contextlib.contextmanager
def remembered():
    """Inside, the view restrictions are read at most once: a page lists documents, homes,
    people and attachments, each through the gate, in one moment's view."""
    token = _remembered.set({})
    try:
        yield
    finally:
        _remembered.reset(token)


class PublicGate:
    """What is public at one moment; `now` is fixed so a page renders one consistent view."""

    def __init__(self, now=None):
        self.now = now or timezone.now()
        self._restricted = None

    def filter(self, queryset):
        """Narrow any page queryset to what is public now."""
        record_gate_query()
        queryset = self.filter_in_time(queryset)
        covered = self._covered_by_restrictions()
        return queryset.exclude(covered) if covered else queryset

    def filter_in_time(self, queryset):
        """Public now but for view restrictions, which Wagtail's serving checks by itself."""
        record_gate_query()
        return queryset.filter(
            Q(live=True) & self._within_times(queryset.model) & OriginalReleased(self.now)
        )

    def allows(self, page):
        """Whether one page may be shown to an anonymous reader now."""
        return self.filter(Page.objects.filter(pk=page.pk)).exists()

    def in_time(self, page):
        """Whether one page may be served now to a reader its view restrictions admit.

        Serving checks only this: Wagtail's own hook already handles view restrictions there,
        letting in the readers a restriction admits.
        """
        return self.filter_in_time(Page.objects.filter(pk=page.pk)).exists()

    def serving(self, page):
        """For serving one page: None when it is not in time, else the view restrictions that
        cover it (usually none), read only where there is one."""
        in_alias = (
            self.filter_in_time(Page.objects.filter(pk=page.pk))
            .annotate(
                in_alias=Exists(
                    Page.objects.filter(path__in=ancestor_paths(page), alias_of__isnull=False)
                ),
            )
            .values_list("in_alias", flat=True)
            .first()
        )
        if in_alias is None:
            return None
        restricted = any(
            page.path.startswith(path) or page.translation_key == key
            for path, key in self._restricted_pages()
        )
        restrictions = (
            list(
                PageViewRestriction.objects.filter(
                    Q(page__path__in=ancestor_paths(page))
                    | Q(page__translation_key=page.translation_key)
                ).select_related("page")
            )
            if restricted
            else []
        )
        return ServingRestrictions(restrictions, page, known_to_wagtail=not in_alias)

    def _restricted_pages(self):
        """(path, translation key) of each page carrying a view restriction: a handful in a
        whole ministry, read once and written into each query as values.

        As one correlated subquery per candidate row instead, SQLite plans the restriction's
        page join as a scan of every page once its statistics show pages outnumber
        restrictions: the search's full reindex took hours at 100,000 documents."""
        if self._restricted is None:
            memo = _remembered.get()
            if memo is not None and "restricted" in memo:
                self._restricted = memo["restricted"]
            else:
                # Imported here: the documents' models import this module.
                from legation.documents.models.counts import kept

                # Kept between readers: a restriction added, lifted or moved with its page is
                # a publication event.
                self._restricted = kept("restricted", self.now, _read_restricted_pages)
                if memo is not None:
                    memo["restricted"] = self._restricted
        return self._restricted

    def _covered_by_restrictions(self):
        """A restriction covers its page and the page's subtree (Wagtail's rule), and every
        other language version of its page."""
        restricted = self._restricted_pages()
        covered = Q()
        for path in _outermost({path for path, _key in restricted}):
            covered |= Q(path__startswith=path)
        if restricted:
            covered |= Q(translation_key__in={key for _path, key in restricted})
        return covered

    def _within_times(self, model):
        return (
            (Q(go_live_at__isnull=True) | Q(go_live_at__lte=self.now))
            & (Q(expire_at__isnull=True) | Q(expire_at__gt=self.now))
            & self._published(model)
        )

    def _published(self, model):
        """The page's own publication time has passed, on a queryset of its type or of Page."""
        if _has_field(model, "published_at"):
            return Q(published_at__lte=self.now)
        if model is Page:
            return OwnTimeReached(self.now)
        return Q()


class GateCondition(Expression):
    """A part of the gate's rule as SQL written once for each database, on one column of the
    outer row, with the moment as its parameters.

    The same rule as Django querysets (the original version's subquery, a join to each page
    type with its own time) took Django milliseconds to build and compile for every list, and
    a page shows ten to twenty lists, most of them more than once as subqueries."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, now, column):
        super().__init__()
        self.now = now
        self.column = F(column)

    def get_source_expressions(self):
        return [self.column]

    def set_source_expressions(self, expressions):
        (self.column,) = expressions

    def as_sql(self, compiler, connection):
        outer, params = compiler.compile(self.column)
        sql, moments = self.template(connection)
        now = Page._meta.get_field("go_live_at").get_db_prep_value(self.now, connection)
        return sql.format(outer=outer), (*params, *[now] * moments)

    def template(self, connection):
        """(SQL with `{outer}` for the outer row's column, how many times it takes `now`)."""
        raise NotImplementedError


class OriginalReleased(GateCondition):
    """The document's original version (the first created of the pages sharing the outer
    row's translation key) has been published and is within its times."""

    def __init__(self, now):
        super().__init__(now, "translation_key")

    def template(self, connection):
        return _written_once(_original_released_sql, connection)


class OwnTimeReached(GateCondition):
    """On a queryset of Page: the outer page, if it is of a type with its own publication
    time, has reached it."""

    def __init__(self, now):
        super().__init__(now, "pk")

    def template(self, connection):
        return _written_once(_own_time_reached_sql, connection)


def ancestor_paths(page):
    """The tree paths of the page and of each of its ancestors."""
    return [page.path[:end] for end in range(Page.steplen, len(page.path) + 1, Page.steplen)]


class ServingRestrictions:
    """The restrictions covering a page being served, split as serving checks them: Wagtail's
    own (the page's tree) and those of its other language versions."""

    def __init__(self, restrictions, page, known_to_wagtail):
        paths = set(ancestor_paths(page))
        self.in_tree = [r for r in restrictions if r.page.path in paths]
        self.of_other_versions = [r for r in restrictions if r.page.path not in paths]
        # Wagtail resolves aliases in the tree to their sources; where there is one, it
        # reads the restrictions itself.
        self.known_to_wagtail = known_to_wagtail


class KnownViewRestrictions:
    """Page models whose serving reads their restrictions once: the gate's serving check
    found them (with the page's times) and Wagtail's own check takes them from there."""

    def get_view_restrictions(self):
        known = getattr(self, "_legation_view_restrictions", None)
        return known if known is not None else super().get_view_restrictions()


class OneTypeOfChildren:
    """Page models whose children are all of their one subpage type: routing reads the child
    from its own table in one query, where Wagtail reads the page row, then its specific row,
    and its locale with it (serving checks its language), and what else the child model names
    in `routed_with`. A child of another type (made before the rule) is still found, Wagtail's
    way."""

    def route(self, request, path_components):
        child_model = _only_subpage_type(type(self))
        if path_components and child_model is not None:
            child = self.known_child(path_components[0])
            if child is None:
                related = ("locale", *getattr(child_model, "routed_with", ()))
                children = child_model.objects.child_of(self).select_related(*related)
                child = children.filter(slug=path_components[0]).first()
            if child is not None:
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def known_child(self, slug):
        """The child with this slug where it is already at hand (with its locale), else None."""
        return None


@cache
def _only_subpage_type(model):
    types = model.allowed_subpage_models()
    return types[0] if len(types) == 1 else None


def _read_restricted_pages():
    # From the restrictions' side, unordered: from the pages' side, or in the tree's order,
    # SQLite reads every page.
    return list(
        Page.objects.filter(pk__in=PageViewRestriction.objects.values("page_id"))
        .order_by()
        .values_list("path", "translation_key")
    )


def _outermost(paths):
    """The paths not inside another of them: a subtree inside a restricted one adds nothing."""
    kept = []
    for path in sorted(paths):
        if not kept or not path.startswith(kept[-1]):
            kept.append(path)
    return kept


# {(what, database vendor): (SQL, moments)}
_templates = {}


def _written_once(write, connection):
    key = (write, connection.vendor)
    if key not in _templates:
        _templates[key] = write(connection.ops.quote_name)
    return _templates[key]


def _original_released_sql(quote):
    page = quote(Page._meta.db_table)
    pk, key, first_published, go_live, expire = (
        quote(Page._meta.get_field(name).column)
        for name in ("id", "translation_key", "first_published_at", "go_live_at", "expire_at")
    )
    original, version = quote("gate_original"), quote("gate_version")
    own_time, moments = _own_time_reached_sql(quote, f"{original}.{pk}")
    sql = (
        f"EXISTS (SELECT 1 FROM {page} {original} WHERE {original}.{pk} = "
        f"(SELECT MIN({version}.{pk}) FROM {page} {version} WHERE {version}.{key} = {{outer}})"
        f" AND {original}.{first_published} IS NOT NULL"
        f" AND ({original}.{go_live} IS NULL OR {original}.{go_live} <= %s)"
        f" AND ({original}.{expire} IS NULL OR {original}.{expire} > %s)"
        f" AND {own_time})"
    )
    return sql, 2 + moments


def _own_time_reached_sql(quote, page_column="{outer}"):
    """No row of a timed page type for that page with its publication time still ahead."""
    conditions = []
    for number, model in enumerate(_timed_page_models()):
        table = quote(model._meta.db_table)
        pointer = quote(model._meta.pk.column)
        published = quote(model._meta.get_field("published_at").column)
        timed = quote(f"gate_timed{number}")
        conditions.append(
            f"NOT EXISTS (SELECT 1 FROM {table} {timed} WHERE {timed}.{pointer} = {page_column}"
            f" AND ({timed}.{published} IS NULL OR {timed}.{published} > %s))"
        )
    return " AND ".join(conditions) or "1 = 1", len(conditions)


@cache
def _timed_page_models():
    """The page types that carry their own publication time."""
    return tuple(
        model
        for model in apps.get_models()
        if Page in model._meta.parents and _has_field(model, "published_at")
    )


def _has_field(model, name):
    return any(field.name == name for field in model._meta.get_fields())
