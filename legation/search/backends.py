"""The two engines behind one interface: how each finds rows by their terms and ranks them.

Both are handed the same stemmed terms (text.py), so they find the same rows; each ranks them
its own way (FTS5's bm25, PostgreSQL's ts_rank), with a document's title weighing more than
its body. Written by hand because Wagtail's database backend, which does the same job for the
admin, ranks on SQLite with a subquery per matching row: seconds when a word is in most of the
archive (docs/search.md). A ministry that outgrows PostgreSQL moves this interface to
OpenSearch, as that document explains.
"""

from contextlib import contextmanager
from typing import NamedTuple

from django.db import connection, transaction

from .text import WORD

# Per table: the FTS5 (or tsvector) columns, and their weights in the ranking.
INDEXED = {
    "search_document": (("title_terms", 5.0), ("terms", 1.0)),
    "search_turn": (("terms", 1.0),),
}
# Columns of a table that SQLite's FTS5 index holds besides the ranked ones: a turn's speaker,
# so that speaker:"Name" narrows the turns inside FTS5, which walks the speaker's few
# thousand turns against a word's list, instead of joining every turn with the word (all
# 227,000 French turns of the 100,000-document bench for a common word) to keep the
# speaker's. PostgreSQL's planner does as much with the speaker's B-tree index.
FTS5_UNRANKED = {"search_turn": ("speaker_slug",)}
# What a search reads of each matching document, besides its rank: the filters and the scope
# it narrows by, the order by date. Each engine keeps these in a table of their own
# (`search_match`, one row per document, kept in step by triggers), so that a term in most of
# the archive is counted and ranked over a few dozen bytes a document, not over the text and
# terms that make a search_document row kilobytes long.
MATCH_COLUMNS = (
    "document_key",
    "language",
    "site_key",
    "kind",
    "published_at",
    "year",
)
# What the facets count, as two integers on each search_match row: its "cell" (a search_cell
# row: kind, site, language and year, 175 of them at 100,000 documents) and its tag set (a
# search_tagset row: the people and organisations it names, as its tag_values, each distinct
# set stored once: 3,540 there). Counting 20,000 matches is then grouping two integers, and
# the values of those cells and sets are summed per facet value, instead of grouping four
# text columns and unpacking 40,000 tags.
CELL_COLUMNS = ("kind", "site_key", "language", "year")


# The GIN indexes of the tsvectors on PostgreSQL (PostgresFullText.create).
VECTOR_INDEXES = ("search_match_vector", "search_turn_vector")


class Match(NamedTuple):
    tables: str  # the FROM clause, the indexed table under its alias
    condition: str
    params: list
    score: str  # lower ranks first
    score_params: list


def _columns(prefix):
    return ", ".join(f"{prefix}{name}" for name in ("id", *MATCH_COLUMNS))


def _cell_columns(prefix=""):
    return ", ".join(f"{prefix}{name}" for name in CELL_COLUMNS)


def _same_cell(prefix):
    """The condition that the search_cell row `c` holds the facet values of `prefix`."""
    return " AND ".join(f"c.{name} = {prefix}{name}" for name in CELL_COLUMNS)


# The facet counts of the matches `m` (a query of search_match rows' id, cell and tagset):
# per cell, its values and how many, and per tag (through the engine's `expand` of a set's
# tags into rows of `tag.value`) the sum over the sets that hold it. Rows as Search._pass
# reads them: the kind of row, then ten columns.
COUNTS = (
    "SELECT 1, NULL, NULL, NULL, c.kind, c.site_key, c.language, c.year, NULL, counted.n "
    "FROM (SELECT cell, COUNT(*) AS n FROM m GROUP BY cell) counted "
    "JOIN search_cell c ON c.id = counted.cell "
    "UNION ALL SELECT 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, tag.value, "
    "CAST(SUM(tagged.n) AS bigint) FROM (SELECT tagset, COUNT(*) AS n FROM m GROUP BY tagset) "
    "tagged JOIN search_tagset s ON s.id = tagged.tagset {expand} GROUP BY tag.value"
)


class SQLiteFTS5:
    """An external-content FTS5 table per indexed table, and the documents' search_match rows,
    kept in step by triggers, so that the ORM's inserts and deletes (cascades included) are all
    it takes to index."""

    def create(self, cursor):
        cursor.execute(
            "CREATE TABLE search_cell (id integer NOT NULL PRIMARY KEY, kind varchar(255) NOT "
            "NULL, site_key char(32) NOT NULL, language varchar(15) NOT NULL, year smallint NOT "
            "NULL, UNIQUE (kind, site_key, language, year))"
        )
        cursor.execute(
            "CREATE TABLE search_tagset (id integer NOT NULL PRIMARY KEY, tag_values text NOT "
            "NULL UNIQUE)"
        )
        cursor.execute(
            "CREATE TABLE search_match (id integer NOT NULL PRIMARY KEY, document_key char(32) "
            "NOT NULL, language varchar(15) NOT NULL, site_key char(32) NOT NULL, kind "
            "varchar(255) NOT NULL, published_at datetime NOT NULL, year smallint NOT NULL, "
            "cell integer NOT NULL, tagset integer NOT NULL)"
        )
        cursor.execute(
            f"INSERT INTO search_cell ({_cell_columns()}) "
            f"SELECT DISTINCT {_cell_columns()} FROM search_document"
        )
        cursor.execute(
            "INSERT INTO search_tagset (tag_values) SELECT DISTINCT tag_values FROM search_document"
        )
        cursor.execute(
            f"INSERT INTO search_match ({_columns('')}, cell, tagset) "
            f"SELECT {_columns('d.')}, c.id, s.id FROM search_document d "
            f"JOIN search_cell c ON {_same_cell('d.')} "
            "JOIN search_tagset s ON s.tag_values = d.tag_values"
        )
        for table, columns in INDEXED.items():
            columns = [name for name, _weight in columns] + list(FTS5_UNRANKED.get(table, ()))
            names = ", ".join(columns)
            new = ", ".join(f"new.{name}" for name in columns)
            old = ", ".join(f"old.{name}" for name in columns)
            fts = f"{table}_fts"
            cursor.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [fts])
            if cursor.fetchone() is None:  # else kept: the triggers alone are made again
                cursor.execute(
                    f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', "
                    "content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
                )
                cursor.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
            insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new}); "
            delete = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old}); "
            if table == "search_document":
                insert += (
                    f"INSERT OR IGNORE INTO search_cell ({_cell_columns()}) "
                    f"VALUES ({_cell_columns('new.')}); "
                    "INSERT OR IGNORE INTO search_tagset (tag_values) VALUES (new.tag_values); "
                    f"INSERT INTO search_match ({_columns('')}, cell, tagset) "
                    f"VALUES ({_columns('new.')}, "
                    f"(SELECT id FROM search_cell c WHERE {_same_cell('new.')}), "
                    "(SELECT id FROM search_tagset WHERE tag_values = new.tag_values)); "
                )
                delete += "DELETE FROM search_match WHERE id = old.id; "
            cursor.execute(f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN {insert}END")
            cursor.execute(f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN {delete}END")
            cursor.execute(
                f"CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN {delete}{insert}END"
            )

    def drop(self, cursor, keep_text_index=False):
        for table in INDEXED:
            for suffix in ("ai", "ad", "au"):
                cursor.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
            if not keep_text_index:
                cursor.execute(f"DROP TABLE IF EXISTS {table}_fts")
        for table in ("search_match", "search_cell", "search_tagset"):
            cursor.execute(f"DROP TABLE IF EXISTS {table}")

    def match(self, table, alias, alternatives):
        fts = f"{table}_fts"
        ranked = INDEXED[table]
        weights = ", ".join(str(weight) for _name, weight in ranked)
        indexed = "search_match" if table == "search_document" else table
        expression = self.expression(alternatives)
        if table in FTS5_UNRANKED:  # the words are looked for in the text alone
            expression = "{" + " ".join(name for name, _weight in ranked) + "} : " + expression
        return Match(
            f"{fts} JOIN {indexed} {alias} ON {alias}.id = {fts}.rowid",
            f"{fts} MATCH %s",
            [expression],
            f"bm25({fts}, {weights})",
            [],
        )

    def match_spoken(self, alias, alternatives, speaker_slugs):
        """The turns `alias` with the words that the people of `speaker_slugs` spoke. FTS5
        finds the turns of speakers whose slugs hold the same words (vera-anders-holm for
        vera-anders too); the slugs compared keep those of the people named."""
        match = self.match("search_turn", alias, alternatives)
        slugs = " OR ".join('"' + " ".join(WORD.findall(slug)) + '"' for slug in speaker_slugs)
        return match._replace(
            condition=f"{match.condition} AND {alias}.speaker_slug IN "
            f"({', '.join(['%s'] * len(speaker_slugs))})",
            params=[
                f"({match.params[0]}) AND speaker_slug : ({slugs})",
                *speaker_slugs,
            ],
        )

    @staticmethod
    def expression(alternatives):
        # Every term is a bare word of letters and digits (text.WORD), quoted all the same.
        return (
            "("
            + " AND ".join(
                "(" + " OR ".join('"' + " ".join(form) + '"' for form in forms) + ")"
                for forms in alternatives
            )
            + ")"
        )

    @staticmethod
    def counts():
        """The facet counts of the matches `m` (COUNTS): a set's tags are its JSON list."""
        return COUNTS.format(expand="JOIN json_each(s.tag_values) tag")

    @staticmethod
    @contextmanager
    def pass_cursor():
        """A cursor of its own, outside a transaction: one would take SQLite's write lock
        (BEGIN IMMEDIATE, settings), and the statement's temporary tables stay in its page
        cache until they outgrow it without any setting."""
        with connection.cursor() as cursor:
            yield cursor

    def optimize(self, cursor):
        for table in INDEXED:
            cursor.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('optimize')")

    @staticmethod
    def prune(cursor):
        """Remove the cells and tag sets no document has any more. Only one transaction
        writes at a time on SQLite (BEGIN IMMEDIATE), so none can be about to use them."""
        _prune(cursor)


def _prune(cursor):
    cursor.execute("DELETE FROM search_cell WHERE id NOT IN (SELECT cell FROM search_match)")
    cursor.execute("DELETE FROM search_tagset WHERE id NOT IN (SELECT tagset FROM search_match)")


def _vector(prefix, columns):
    return " || ".join(
        f"setweight(to_tsvector('simple'::regconfig, {prefix}{name}), '{letter}')"
        for (name, _weight), letter in zip(columns, "AB", strict=False)
    )


class PostgresFullText:
    """A stored tsvector generated from the terms, under a GIN index. The terms are stemmed
    already, so the configuration is 'simple': it only splits them. A document's vector is in
    its search_match row (written by a trigger), a turn's in its own row."""

    def create(self, cursor):
        columns = INDEXED["search_turn"]
        cursor.execute(
            f"ALTER TABLE search_turn ADD COLUMN IF NOT EXISTS vector tsvector "
            f"GENERATED ALWAYS AS ({_vector('', columns)}) STORED"
        )
        cursor.execute(
            "CREATE INDEX IF NOT EXISTS search_turn_vector ON search_turn USING GIN (vector)"
        )
        cursor.execute(
            "CREATE TABLE search_cell (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "kind varchar(255) NOT NULL, site_key uuid NOT NULL, language varchar(15) NOT NULL, "
            "year smallint NOT NULL, UNIQUE (kind, site_key, language, year))"
        )
        cursor.execute(
            "CREATE TABLE search_tagset (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY "
            "KEY, tag_values text[] NOT NULL UNIQUE)"
        )
        cursor.execute(
            "CREATE TABLE search_match (id bigint NOT NULL PRIMARY KEY, "
            "document_key uuid NOT NULL, language "
            "varchar(15) NOT NULL, site_key uuid NOT NULL, kind varchar(255) NOT NULL, "
            "published_at timestamp with time zone NOT NULL, year smallint NOT NULL, "
            "cell integer NOT NULL, tagset integer NOT NULL, vector tsvector NOT NULL)"
        )
        # Each vector compressed in its row, not moved out to the TOAST table as a vector over
        # 2 kB is by default: matching and ranking a word in most of the archive read every
        # row's vector, and fetching them from the TOAST table doubled the time (221 -> 115 ms
        # for 72,000 of 100,000 documents; 33 -> 26 for 19,000).
        cursor.execute("ALTER TABLE search_match ALTER COLUMN vector SET STORAGE MAIN")
        tags = "ARRAY(SELECT jsonb_array_elements_text(NEW.tag_values))"
        names = _columns("") + ", cell, tagset, vector"
        values = ", ".join(
            [f"NEW.{name}" for name in ("id", *MATCH_COLUMNS)]
            + ["cell_id", "tagset_id", _vector("NEW.", INDEXED["search_document"])]
        )
        # Triggers rather than a foreign key: Django empties its tables (flush) with TRUNCATE,
        # which a foreign key from a table it does not know would refuse. A cell or tag set is
        # looked up before it is inserted, so that its identity is not spent on every row; the
        # ROW SHARE lock lets prune() wait for every transaction that may be about to use one.
        cursor.execute(
            "CREATE FUNCTION search_match_write() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "DECLARE cell_id integer; tagset_id integer; tags text[]; BEGIN "
            "IF TG_OP = 'TRUNCATE' THEN TRUNCATE search_match; RETURN NULL; END IF; "
            "IF TG_OP IN ('UPDATE', 'DELETE') THEN DELETE FROM search_match WHERE id = OLD.id; "
            "END IF; IF TG_OP IN ('INSERT', 'UPDATE') THEN "
            "LOCK TABLE search_cell, search_tagset IN ROW SHARE MODE; "
            f"tags := {tags}; "
            f"SELECT c.id INTO cell_id FROM search_cell c WHERE {_same_cell('NEW.')}; "
            "IF cell_id IS NULL THEN "
            f"INSERT INTO search_cell ({_cell_columns()}) VALUES ({_cell_columns('NEW.')}) "
            "ON CONFLICT DO NOTHING; "
            f"SELECT c.id INTO cell_id FROM search_cell c WHERE {_same_cell('NEW.')}; END IF; "
            "SELECT s.id INTO tagset_id FROM search_tagset s WHERE s.tag_values = tags; "
            "IF tagset_id IS NULL THEN "
            "INSERT INTO search_tagset (tag_values) VALUES (tags) ON CONFLICT DO NOTHING; "
            "SELECT s.id INTO tagset_id FROM search_tagset s WHERE s.tag_values = tags; END IF; "
            f"INSERT INTO search_match ({names}) VALUES ({values}); END IF; RETURN NULL; END $$"
        )
        cursor.execute(
            "CREATE TRIGGER search_document_match AFTER INSERT OR UPDATE OR DELETE ON "
            "search_document FOR EACH ROW EXECUTE FUNCTION search_match_write()"
        )
        cursor.execute(
            "CREATE TRIGGER search_document_emptied AFTER TRUNCATE ON search_document "
            "FOR EACH STATEMENT EXECUTE FUNCTION search_match_write()"
        )
        cursor.execute(
            f"INSERT INTO search_cell ({_cell_columns()}) "
            f"SELECT DISTINCT {_cell_columns()} FROM search_document"
        )
        cursor.execute(
            f"INSERT INTO search_tagset (tag_values) SELECT DISTINCT {tags.replace('NEW.', '')} "
            "FROM search_document"
        )
        cursor.execute(
            f"INSERT INTO search_match ({names}) SELECT "
            + values.replace("NEW.", "d.").replace("cell_id", "c.id").replace("tagset_id", "s.id")
            + f" FROM search_document d JOIN search_cell c ON {_same_cell('d.')} "
            f"JOIN search_tagset s ON s.tag_values = {tags.replace('NEW.', 'd.')}"
        )
        cursor.execute("CREATE INDEX search_match_vector ON search_match USING GIN (vector)")
        # Planned without statistics, a word in most of the archive was read through the
        # index rather than by one pass over the table, and a migration that made the tables
        # again left every search so until autovacuum's next round.
        cursor.execute("ANALYZE search_match, search_cell, search_tagset")

    def drop(self, cursor, keep_text_index=False):
        cursor.execute("DROP TRIGGER IF EXISTS search_document_match ON search_document")
        cursor.execute("DROP TRIGGER IF EXISTS search_document_emptied ON search_document")
        cursor.execute("DROP FUNCTION IF EXISTS search_match_write()")
        for table in ("search_match", "search_cell", "search_tagset"):
            cursor.execute(f"DROP TABLE IF EXISTS {table}")
        # Before search_match, a document's vector was a column of its own row.
        cursor.execute("ALTER TABLE search_document DROP COLUMN IF EXISTS vector")
        if not keep_text_index:
            cursor.execute("DROP INDEX IF EXISTS search_turn_vector")
            cursor.execute("ALTER TABLE search_turn DROP COLUMN IF EXISTS vector")

    def match(self, table, alias, alternatives):
        expression = self.expression(alternatives)
        indexed = "search_match" if table == "search_document" else table
        return Match(
            f"{indexed} {alias}",
            f"{alias}.vector @@ to_tsquery('simple', %s)",
            [expression],
            # ts_rank's default weights: A (the title) 1.0, B (the body) 0.4.
            f"-ts_rank({alias}.vector, to_tsquery('simple', %s))",
            [self.rank_expression(alternatives)],
        )

    def match_spoken(self, alias, alternatives, speaker_slugs):
        """The turns `alias` with the words that the people of `speaker_slugs` spoke."""
        match = self.match("search_turn", alias, alternatives)
        return match._replace(
            condition=f"{match.condition} AND {alias}.speaker_slug IN "
            f"({', '.join(['%s'] * len(speaker_slugs))})",
            params=[*match.params, *speaker_slugs],
        )

    @staticmethod
    def rank_expression(alternatives):
        """Every word of the query, any of them: ts_rank weighs an AND or a phrase by the
        distance of every pair of the words' positions: for two words in 20,000 documents,
        eight times the time of ranking them one by one. Ranked word by word (their
        weighted frequencies summed, as FTS5's bm25 does), the order only loses the
        nearness of the words; what is matched is still the whole query."""
        words = dict.fromkeys(word for forms in alternatives for form in forms for word in form)
        return " | ".join(words)

    @staticmethod
    def expression(alternatives):
        return " & ".join(
            "(" + " | ".join(" <-> ".join(form) for form in forms) + ")" for forms in alternatives
        )

    @staticmethod
    def counts():
        """The facet counts of the matches `m` (COUNTS): a set's tags are an array."""
        return COUNTS.format(expand="CROSS JOIN LATERAL unnest(s.tag_values) AS tag(value)")

    @staticmethod
    @contextmanager
    def pass_cursor():
        """A cursor in a transaction of its own, with room for the statement to keep its
        set of matches in memory: at the default work_mem (4 MB) the set of a word in 20,000
        documents spills into a temporary file. And the index's pages priced as what they
        are, in memory: at the default random_page_cost (4, a spinning disk's) a word in a
        fifth of the archive is planned as a scan of every row, testing and unpacking all
        the vectors, three times slower than the GIN index."""
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT set_config('work_mem', '32MB', true), "
                "set_config('random_page_cost', '1.1', true)"
            )
            yield cursor

    def optimize(self, cursor):
        # A GIN index takes new rows into a pending list that every search reads through, in
        # full, until a vacuum merges it: 351 pages after the full reindex of 100,000
        # documents, 6 ms of each search for a word in a fifth of them.
        for index in VECTOR_INDEXES:
            cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])
        for table in (*INDEXED, "search_match", "search_cell", "search_tagset"):
            cursor.execute(f"ANALYZE {table}")

    @staticmethod
    def prune(cursor):
        """Remove the cells and tag sets no document has any more, once every transaction
        that may be about to use one (its trigger holds a ROW SHARE lock) has ended."""
        cursor.execute("LOCK TABLE search_cell, search_tagset IN EXCLUSIVE MODE")
        _prune(cursor)


def remake(schema_editor, vendor=None, text_indexes=()):
    """search_match, its cells and tag sets and the triggers made again from the documents
    indexed, and the full-text tables named in `text_indexes` with them (the others kept):
    what the migrations run when the engine's tables change. `vendor`: only on that engine."""
    if vendor is not None and schema_editor.connection.vendor != vendor:
        return
    with schema_editor.connection.cursor() as cursor:
        search_engine = engine(schema_editor.connection.vendor)
        search_engine.drop(cursor, keep_text_index=True)
        for table in text_indexes:
            cursor.execute(f"DROP TABLE IF EXISTS {table}")
        search_engine.create(cursor)


def engine(vendor=None):
    vendor = vendor or connection.vendor
    if vendor == "sqlite":
        return SQLiteFTS5()
    if vendor == "postgresql":
        return PostgresFullText()
    raise NotImplementedError(f"Public search runs on SQLite or PostgreSQL, not on {vendor}.")
