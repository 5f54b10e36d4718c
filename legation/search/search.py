"""A search over the index: the page of hits, their turns, and facets with counts.

Everything here reads the index, which holds public documents only (indexing.py), and adds
the one check the index cannot make by itself: a page whose expiry has passed a moment ago,
before the worker unpublished it, is left out (a handful of rows, read through an index).

A pass over the index (the page's ids and every facet's counts) is kept, as the archive's
counts are (documents.models.counts), under the number of publication events, which every
write to the index draws afresh (indexing.py), and under its own statement and parameters,
which hold everything else it depends on: the query, the filters and scope, the people a
speaker:"Name" names and the pages whose expiry has just passed. So a word asked again
between two events is not ranked and counted again over every document it is in (a word in
most of the archive takes 150 ms or more on either engine), and the first search after an
event sees the event.
"""

import hashlib
import uuid
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.db import connection
from django.utils import timezone
from wagtail.models import Page

from legation.directory.models import Person
from legation.documents.models.counts import kept

from .backends import engine
from .models import SearchDocument, SearchTag, SearchTurn
from .text import highlight

PAGE_SIZE = 20
TURNS_PER_HIT = 3
FACETS = ("kind", "site", "language", "year", "person", "organisation")
COLUMN_FACETS = {"kind": "kind", "site": "site_key", "language": "language", "year": "year"}
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@dataclass
class TurnHit:
    turn: SearchTurn
    snippet: str


@dataclass
class Hit:
    entry: SearchDocument
    snippet: str
    turns: list = field(default_factory=list)

    @property
    def page(self):
        return self.entry.page


@dataclass
class Scope:
    """What a site lists: its own documents, and a mission's syndicated ministry documents
    (chosen one by one, by translation key, or by kind)."""

    site_keys: list
    document_keys: list = field(default_factory=list)
    kinds_of_site: tuple = None  # (site key, [kind slugs])

    def sql(self, prep):
        parts, params = [f"d.site_key IN ({_placeholders(self.site_keys)})"], []
        params += [prep("site_key", key) for key in self.site_keys]
        if self.document_keys:
            parts.append(f"d.document_key IN ({_placeholders(self.document_keys)})")
            params += [prep("document_key", key) for key in self.document_keys]
        if self.kinds_of_site and self.kinds_of_site[1]:
            site_key, kinds = self.kinds_of_site
            parts.append(f"(d.site_key = %s AND d.kind IN ({_placeholders(kinds)}))")
            params += [prep("site_key", site_key), *kinds]
        return "(" + " OR ".join(parts) + ")", params


class Search:
    """`query` (query.Query) over the index, narrowed by `filters` ({facet: value}) within
    `scope` (None: every site), ordered by "relevance" or "date"."""

    def __init__(self, query, filters=None, scope=None, sort="relevance", language=None, offset=0):
        self.query = query
        self.offset = offset  # of the page of hits shown, counted with the facets in one pass
        self.filters = {name: value for name, value in (filters or {}).items() if value}
        self.scope = scope
        self.sort = sort if sort in ("relevance", "date") else "relevance"
        self.language = language  # the reader's: its stemmer is tried first
        self.now = timezone.now()
        self.engine = engine()
        self._passes = {}

    # What the query matches --------------------------------------------------------------

    @cached_property
    def languages(self):
        """The languages whose stemmers apply: the one filtered on, else all, the reader's first."""
        if self.filters.get("language") in LANGUAGES:
            return [self.filters["language"]]
        first = [self.language] if self.language in LANGUAGES else []
        return list(dict.fromkeys([*first, *LANGUAGES]))

    @cached_property
    def alternatives(self):
        return self.query.alternatives(self.languages)

    @cached_property
    def stems(self):
        return self.query.stems(self.languages)

    @cached_property
    def speaker_slugs(self):
        """The people a speaker:"Name" names, by slug (the same in every language). They only
        narrow the turns of the index, which are public: someone never public matches none."""
        slugs = set()
        for name in self.query.speakers:
            people = Person.objects.all()
            found = people.filter(name__iexact=name) or people.filter(name__icontains=name)
            slugs |= set(found.values_list("slug", flat=True))
        return sorted(slugs)

    @cached_property
    def _expired(self):
        """Pages (documents among them) past their expiry that the worker has not yet
        unpublished: a handful.
        Read from the pages alone and unordered, through the index of live pages' expiry
        (publishing's): ordered by path, as pages are by default, or joined to the
        documents, SQLite reads every page or every document."""
        expired = Page.objects.filter(live=True, expire_at__lte=self.now).order_by()
        return sorted(
            {
                self._prep("document_key", key)
                for key in expired.values_list("translation_key", flat=True)
            }
        )

    def _from_where(self):
        """The FROM and WHERE of the matching documents `d` (their search_match rows), with
        their parameters."""
        tables, conditions, params = "search_match d", ["1 = 1"], []
        score, score_params = None, []
        if self.alternatives:
            match = self.engine.match("search_document", "d", self.alternatives)
            tables, score, score_params = match.tables, match.score, match.score_params
            conditions.append(match.condition)
            params += match.params
        if self.query.speakers:
            conditions.append(self._spoken_by())
            params += self._spoken_by_params()
        if self._expired:
            conditions.append(f"d.document_key NOT IN ({_placeholders(self._expired)})")
            params += self._expired
        if self.scope is not None:
            condition, scope_params = self.scope.sql(self._prep)
            conditions.append(condition)
            params += scope_params
        for name, value in self.filters.items():
            if name in COLUMN_FACETS:
                conditions.append(f"d.{COLUMN_FACETS[name]} = %s")
                params.append(self._prep(COLUMN_FACETS[name], value))
            elif name in (SearchTag.PERSON, SearchTag.ORGANISATION):
                conditions.append(
                    "EXISTS (SELECT 1 FROM search_tag g WHERE g.document_id = d.id "
                    "AND g.facet = %s AND g.slug = %s)"
                )
                params += [name, value]
        return tables, " AND ".join(conditions), params, score, score_params

    def _spoken_by(self):
        if not self.speaker_slugs:
            return "1 = 0"
        if not self.alternatives:
            spoken = f"t.speaker_slug IN ({_placeholders(self.speaker_slugs)})"
            return f"d.id IN (SELECT t.document_id FROM search_turn t WHERE {spoken})"
        match = self._spoken_match()
        return f"d.id IN (SELECT t.document_id FROM {match.tables} WHERE {match.condition})"

    def _spoken_by_params(self):
        if not self.speaker_slugs:
            return []
        if not self.alternatives:
            return list(self.speaker_slugs)
        return self._spoken_match().params

    def _spoken_match(self):
        return self.engine.match_spoken("t", self.alternatives, self.speaker_slugs)

    def _prep(self, column, value):
        if column == "year":
            return int(value)
        model_field = SearchDocument._meta.get_field(column)
        return model_field.get_db_prep_value(model_field.to_python(value), connection)

    def _rows(self, sql, params):
        with self.engine.pass_cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    # What a reader sees ------------------------------------------------------------------

    @cached_property
    def count(self):
        if not self.query:
            return 0
        return self._pass(self.offset, PAGE_SIZE).count

    def _pass(self, offset, limit):
        """One pass over the matching documents: the page of hits' ids in order, and every
        facet's counts. The engine matches (and ranks) once, into a materialised set that the
        page is read from, and the facets are counted from by cell and by tag set
        (backends.COUNTS)."""
        if (offset, limit) in self._passes:
            return self._passes[(offset, limit)]
        tables, where, params, score, score_params = self._from_where()
        ranked = self.sort == "relevance" and score
        order = "score, published_at DESC, id DESC" if ranked else "published_at DESC, id DESC"
        sql = (
            f"WITH m AS MATERIALIZED (SELECT d.id, d.cell, d.tagset, d.published_at, "
            f"{score if ranked else '0'} AS score FROM {tables} WHERE {where}) "
            f"SELECT 0, id, score, published_at, NULL, NULL, NULL, NULL, NULL, NULL "
            f"FROM (SELECT id, score, published_at FROM m ORDER BY {order} LIMIT %s OFFSET %s) "
            f"page UNION ALL {self.engine.counts()}"
        )
        params = [*(score_params if ranked else []), *params, limit, offset]
        found = kept(
            f"search-pass:{_digest(sql, params)}",
            self.now,
            lambda: _read_pass(self._rows(sql, params), ranked),
        )
        self._passes[(offset, limit)] = found
        return found

    def hits(self, offset=None, limit=PAGE_SIZE):
        if not self.query:
            return []
        ids = self._pass(self.offset if offset is None else offset, limit).ids
        # Each entry with its page, the page's kind and language, in one query.
        entries = (
            SearchDocument.objects.defer(
                "title_terms", "terms", "tag_values", "page__body", "page__lead"
            )
            .select_related("page__kind", "page__locale")
            .in_bulk(ids)
        )
        turns = self._matching_turns({pk: entry.language for pk, entry in entries.items()})
        hits = []
        for pk in ids:
            entry = entries.get(pk)
            if entry is None:
                continue
            hits.append(
                Hit(
                    entry,
                    highlight(entry.text[:20000], self.stems, entry.language),
                    turns.get(pk, []),
                )
            )
        return hits

    def _matching_turns(self, languages):
        """{document id: its turns matching the query, best first}, checked here on the few
        documents shown rather than by the engine over every turn in the archive.
        `languages`: {document id: its language}, for the snippets."""
        if not self.alternatives and not self.query.speakers:
            return {}
        # The turns alone: with their documents joined, each turn row would carry its
        # document's whole text and terms.
        turns = SearchTurn.objects.filter(document_id__in=list(languages))
        if self.query.speakers:
            turns = turns.filter(speaker_slug__in=self.speaker_slugs)
        found = {}
        for turn in turns.order_by("document_id", "number"):
            terms = turn.terms.split()
            if not all(_contains(terms, forms) for forms in self.alternatives):
                continue
            found.setdefault(turn.document_id, []).append(turn)
        return {
            document_id: [
                TurnHit(turn, highlight(turn.text, self.stems, languages[document_id]))
                for turn in turns[:TURNS_PER_HIT]
            ]
            for document_id, turns in found.items()
        }

    def facets(self):
        """{facet: [(value, count)…]} under the current filters, most frequent first (years
        newest first). Values are slugs, codes and keys; views name them."""
        if not self.query:
            return {}
        found = self._pass(self.offset, PAGE_SIZE)
        counts = {name: {} for name in FACETS}
        for row in found.columns:
            *values, count = row
            for name, value in zip(COLUMN_FACETS, values, strict=True):
                value = str(_uuid(value)) if name == "site" else value
                counts[name][value] = counts[name].get(value, 0) + count
        for tag, count in found.tags:
            facet, slug = tag.split(":", 1)
            counts[facet][slug] = count
        ordered = {}
        for name, values in counts.items():
            if name == "year":
                ordered[name] = sorted(values.items(), reverse=True)
            else:
                ordered[name] = sorted(values.items(), key=lambda item: (-item[1], item[0]))
        return ordered


def _read_pass(rows, ranked):
    page = [row for row in rows if row[0] == 0]
    # UNION ALL keeps no order of its own: the page is put in the query's order here, by the
    # same keys (stable sorts, the last key first).
    page.sort(key=lambda row: row[1], reverse=True)
    page.sort(key=lambda row: row[3], reverse=True)
    if ranked:
        page.sort(key=lambda row: row[2])
    return Pass(
        ids=[row[1] for row in page],
        columns=[row[4:8] + (row[9],) for row in rows if row[0] == 1],
        tags=[(row[8], row[9]) for row in rows if row[0] == 2],
    )


def _digest(sql, params):
    return hashlib.sha256(repr((sql, params)).encode()).hexdigest()


@dataclass
class Pass:
    ids: list  # the page of hits, in order
    columns: list  # (kind, site key, language, year, count)
    tags: list  # ("facet:slug", count)

    @property
    def count(self):
        return sum(row[-1] for row in self.columns)


def _contains(terms, forms):
    """Whether the turn's terms hold one of the clause's forms (a word, or words in a row)."""
    for form in forms:
        size = len(form)
        if any(tuple(terms[i : i + size]) == form for i in range(len(terms) - size + 1)):
            return True
    return False


def _placeholders(values):
    return ", ".join(["%s"] * len(values))


def _uuid(value):
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
