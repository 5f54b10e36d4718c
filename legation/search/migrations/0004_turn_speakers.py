"""SQLite's full-text index of the turns holds each turn's speaker too (backends.FTS5_UNRANKED):
the index is made again from the turns. PostgreSQL's is unchanged."""

from django.db import migrations


def index_speakers(apps, schema_editor):
    from legation.search.backends import remake

    remake(schema_editor, "sqlite", text_indexes=["search_turn_fts"])


class Migration(migrations.Migration):
    dependencies = [
        ("legation_search", "0003_search_cells"),
    ]

    operations = [
        # Back to 0003 the index stays as it is: the speaker's column costs nothing there.
        migrations.RunPython(index_speakers, migrations.RunPython.noop),
    ]
