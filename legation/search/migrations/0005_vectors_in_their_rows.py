"""On PostgreSQL the documents' vectors are kept compressed in their search_match rows
(backends.PostgresFullText.create): the table is made again from the documents indexed.
SQLite's index is unchanged."""

from django.db import migrations


def keep_vectors_in_rows(apps, schema_editor):
    from legation.search.backends import remake

    remake(schema_editor, "postgresql")


class Migration(migrations.Migration):
    dependencies = [
        ("legation_search", "0004_turn_speakers"),
    ]

    operations = [
        # Back to 0004 the rows stay as they are: where a vector is kept changes no result.
        migrations.RunPython(keep_vectors_in_rows, migrations.RunPython.noop),
    ]
