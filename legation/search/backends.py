"""The two engines behind one interface: how each finds rows by their terms and ranks them.

Both are handed the same stemmed terms (text.py), so they find the same rows; each ranks them
its own way (FTS5's bm25, PostgreSQL's ts_rank), with a document's title weighing more than
its body. Written by hand because Wagtail's database backend, which does the same job for the
admin, ranks on SQLite with a subquery per matching row: seconds when a word is in most of the
archive (docs/search.md). A ministry that outgrows PostgreSQL moves this interface to
OpenSearch, as that document explains.
"""

from typing import NamedTuple

from django.db import connection

# Per table: the FTS5 (or tsvector) columns, and their weights in the ranking.
INDEXED = {
    "search_document": (("title_terms", 5.0), ("terms", 1.0)),
    "search_turn": (("terms", 1.0),),
}


class Match(NamedTuple):
    tables: str  # the FROM clause, the indexed table under its alias
    condition: str
    params: list
    score: str  # lower ranks first
    score_params: list


class SQLiteFTS5:
    """An external-content FTS5 table per indexed table, kept in step by triggers, so that the
    ORM's inserts and deletes (cascades included) are all it takes to index."""

    def create(self, cursor):
        for table, columns in INDEXED.items():
            names = ", ".join(name for name, _weight in columns)
            new = ", ".join(f"new.{name}" for name, _weight in columns)
            old = ", ".join(f"old.{name}" for name, _weight in columns)
            fts = f"{table}_fts"
            cursor.execute(
                f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', "
                "content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
            )
            cursor.execute(
                f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN "
                f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new}); END"
            )
            cursor.execute(
                f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN "
                f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old}); END"
            )
            cursor.execute(
                f"CREATE TRIGGER {table}_au AFTER UPDATE ON {table} BEGIN "
                f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old}); "
                f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new}); END"
            )

    def drop(self, cursor):
        for table in INDEXED:
            for suffix in ("ai", "ad", "au"):
                cursor.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
            cursor.execute(f"DROP TABLE IF EXISTS {table}_fts")

    def match(self, table, alias, alternatives):
        fts = f"{table}_fts"
        weights = ", ".join(str(weight) for _name, weight in INDEXED[table])
        return Match(
            f"{fts} JOIN {table} {alias} ON {alias}.id = {fts}.rowid",
            f"{fts} MATCH %s",
            [self.expression(alternatives)],
            f"bm25({fts}, {weights})",
            [],
        )

    @staticmethod
    def expression(alternatives):
        # Every term is a bare word of letters and digits (text.WORD), quoted all the same.
        return " AND ".join(
            "(" + " OR ".join('"' + " ".join(form) + '"' for form in forms) + ")"
            for forms in alternatives
        )

    def optimize(self, cursor):
        for table in INDEXED:
            cursor.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES ('optimize')")


class PostgresFullText:
    """A stored tsvector generated from the terms, under a GIN index. The terms are stemmed
    already, so the configuration is 'simple': it only splits them."""

    def create(self, cursor):
        for table, columns in INDEXED.items():
            weighted = " || ".join(
                f"setweight(to_tsvector('simple'::regconfig, {name}), '{letter}')"
                for (name, _weight), letter in zip(columns, "AB", strict=False)
            )
            cursor.execute(
                f"ALTER TABLE {table} ADD COLUMN vector tsvector "
                f"GENERATED ALWAYS AS ({weighted}) STORED"
            )
            cursor.execute(f"CREATE INDEX {table}_vector ON {table} USING GIN (vector)")

    def drop(self, cursor):
        for table in INDEXED:
            cursor.execute(f"DROP INDEX IF EXISTS {table}_vector")
            cursor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS vector")

    def match(self, table, alias, alternatives):
        expression = self.expression(alternatives)
        return Match(
            f"{table} {alias}",
            f"{alias}.vector @@ to_tsquery('simple', %s)",
            [expression],
            # ts_rank's default weights: A (the title) 1.0, B (the body) 0.4.
            f"-ts_rank({alias}.vector, to_tsquery('simple', %s))",
            [expression],
        )

    @staticmethod
    def expression(alternatives):
        return " & ".join(
            "(" + " | ".join(" <-> ".join(form) for form in forms) + ")" for forms in alternatives
        )

    def optimize(self, cursor):
        for table in INDEXED:
            cursor.execute(f"ANALYZE {table}")


def engine(vendor=None):
    vendor = vendor or connection.vendor
    if vendor == "sqlite":
        return SQLiteFTS5()
    if vendor == "postgresql":
        return PostgresFullText()
    raise NotImplementedError(f"Public search runs on SQLite or PostgreSQL, not on {vendor}.")
