"""On PostgreSQL the documents' vectors are kept compressed in their search_match rows
(backends.PostgresFullText.create): the table is made again from the documents indexed.
SQLite's index is unchanged."""

from django.db import migrations


def keep_vectors_in_rows(apps, schema_editor):
    from legation.search.backends import engine

    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        search_engine = engine("postgresql")
        search_engine.drop(cursor, keep_text_index=True)
        search_engine.create(cursor)


class Migration(migrations.Migration):
    dependencies = [
        ("legation_search", "0004_turn_speakers"),
    ]

    operations = [
        # Back to 0004 the rows stay as they are: where a vector is kept changes no result.
        migrations.RunPython(keep_vectors_in_rows, migrations.RunPython.noop),
    ]
