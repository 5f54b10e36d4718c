"""Appointments become translatable: a role reads in the language of its person.

Existing rows take the locale of the page or person they belong to and a fresh translation key.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def give_rows_their_parent_locale(apps, schema_editor):
    for row in apps.get_model("directory", "appointment").objects.select_related("person"):
        row.translation_key = uuid.uuid4()
        row.locale_id = row.person.locale_id
        row.save(update_fields=["translation_key", "locale"])


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="appointment",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.AddField(
            model_name="appointment",
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(give_rows_their_parent_locale, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="appointment",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="appointment",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="appointment",
            unique_together={("translation_key", "locale")},
        ),
    ]
