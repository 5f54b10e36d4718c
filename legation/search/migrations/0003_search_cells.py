"""The facets counted by cell and by tag set: search_match rows reference a search_cell (kind,
site, language, year) and a search_tagset (the tags, each distinct set once), made with the
engine's other tables (legation/search/backends.py) from the documents indexed."""

from django.db import migrations


def create_index(apps, schema_editor):
    from legation.search.backends import remake

    # The full-text tables are kept; search_match and its triggers are made anew.
    remake(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("legation_search", "0002_search_match"),
    ]

    operations = [
        # Back to 0002 the tables stay as they are: 0002 makes them with the engine's code of
        # today, and undoing 0002 drops them all.
        migrations.RunPython(create_index, migrations.RunPython.noop),
    ]
