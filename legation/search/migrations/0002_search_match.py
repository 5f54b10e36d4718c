"""Each document's tags on its row, and the engine's search_match table: what a search counts
and ranks, a few dozen bytes a document (legation/search/backends.py)."""

from django.db import migrations, models


def fill_tags(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        if schema_editor.connection.vendor == "postgresql":
            cursor.execute(
                "UPDATE search_document d SET tag_values = (SELECT jsonb_agg(g.facet || ':' || g.slug "
                "ORDER BY g.id) FROM search_tag g WHERE g.document_id = d.id) "
                "WHERE EXISTS (SELECT 1 FROM search_tag g WHERE g.document_id = d.id)"
            )
        else:
            cursor.execute(
                "UPDATE search_document SET tag_values = (SELECT json_group_array(facet || ':' || "
                "slug) FROM (SELECT facet, slug FROM search_tag g WHERE g.document_id = "
                "search_document.id ORDER BY g.id)) WHERE id IN (SELECT document_id FROM "
                "search_tag)"
            )


def create_index(apps, schema_editor):
    from legation.search.backends import remake

    # An archive indexed before keeps its full-text tables; their triggers are made again.
    remake(schema_editor)


def drop_index(apps, schema_editor):
    from legation.search.backends import engine

    with schema_editor.connection.cursor() as cursor:
        engine(schema_editor.connection.vendor).drop(cursor)


class Migration(migrations.Migration):
    dependencies = [
        ("legation_search", "0001_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="tag_values",
            field=models.JSONField(default=list),
        ),
        migrations.RunPython(fill_tags, migrations.RunPython.noop),
        migrations.RunPython(create_index, drop_index),
    ]
