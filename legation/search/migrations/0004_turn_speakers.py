"""SQLite's full-text index of the turns holds each turn's speaker too (backends.FTS5_UNRANKED):
the index is made again from the turns. PostgreSQL's is unchanged."""

from django.db import migrations


def index_speakers(apps, schema_editor):
    from legation.search.backends import engine

    if schema_editor.connection.vendor != "sqlite":
        return
    with schema_editor.connection.cursor() as cursor:
        search_engine = engine("sqlite")
        search_engine.drop(cursor, keep_text_index=True)
        cursor.execute("DROP TABLE IF EXISTS search_turn_fts")
        search_engine.create(cursor)


class Migration(migrations.Migration):
    dependencies = [
        ("legation_search", "0003_search_cells"),
    ]

    operations = [
        # Back to 0003 the index stays as it is: the speaker's column costs nothing there.
        migrations.RunPython(index_speakers, migrations.RunPython.noop),
    ]
