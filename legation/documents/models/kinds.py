from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class DocumentKind(TranslatableMixin, index.Indexed, models.Model):
    """Speech, statement, transcript…: data, so editors add kinds and translate their names."""

    name = models.CharField(_("name"), max_length=100)
    plural_name = models.CharField(_("plural name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=50,
        help_text=_("Stable identifier used in addresses and data (e.g. joint_statement)."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order on the ministry's home"), default=0)

    # The slug names the kind in addresses and data in every language.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    panels = [
        FieldPanel("name"),
        FieldPanel("plural_name"),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
    ]
    # Indexed so that the admin's listing and chooser search kinds; they filter by locale
    # before they search.
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("document kind")
        verbose_name_plural = _("document kinds")
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name
