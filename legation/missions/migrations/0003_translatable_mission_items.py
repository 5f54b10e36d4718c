"""Clock cities, consular contacts and counters become translatable with their home page.

Existing rows take the locale of the page or person they belong to and a fresh translation key.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def give_rows_their_parent_locale(apps, schema_editor):
    for row in apps.get_model("missions", "city").objects.select_related("page"):
        row.translation_key = uuid.uuid4()
        row.locale_id = row.page.locale_id
        row.save(update_fields=["translation_key", "locale"])
    for row in apps.get_model("missions", "consularcontact").objects.select_related("page"):
        row.translation_key = uuid.uuid4()
        row.locale_id = row.page.locale_id
        row.save(update_fields=["translation_key", "locale"])
    for row in apps.get_model("missions", "counter").objects.select_related("page"):
        row.translation_key = uuid.uuid4()
        row.locale_id = row.page.locale_id
        row.save(update_fields=["translation_key", "locale"])


class Migration(migrations.Migration):
    dependencies = [
        ("missions", "0002_site_languages"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="city",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.AddField(
            model_name="city",
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
        migrations.AddField(
            model_name="consularcontact",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.AddField(
            model_name="consularcontact",
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
        migrations.AddField(
            model_name="counter",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.AddField(
            model_name="counter",
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
        migrations.AlterModelOptions(
            name="city",
            options={
                "ordering": ["sort_order"],
                "verbose_name": "city",
                "verbose_name_plural": "cities",
            },
        ),
        migrations.AlterModelOptions(
            name="consularcontact",
            options={
                "ordering": ["sort_order"],
                "verbose_name": "consular contact",
                "verbose_name_plural": "consular contacts",
            },
        ),
        migrations.AlterModelOptions(
            name="counter",
            options={
                "ordering": ["sort_order"],
                "verbose_name": "counter",
                "verbose_name_plural": "counters",
            },
        ),
        migrations.RunPython(give_rows_their_parent_locale, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="city",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="city",
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
            name="city",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AlterField(
            model_name="consularcontact",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="consularcontact",
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
            name="consularcontact",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AlterField(
            model_name="counter",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="counter",
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
            name="counter",
            unique_together={("translation_key", "locale")},
        ),
    ]
