"""What an import keeps besides documents: the items of legacy lists, and what a mission's
legacy homepage suggests for its settings."""

import re

from django.db import models
from django.utils.translation import gettext_lazy as _

_DATELINE = re.compile(r"(?:,\s*[^,]{1,60})?,\s*$")


def title_key(title):
    """A title reduced to its words, without a closing dateline, so a list item and its
    article match despite quotes, dashes, spacing and ", Vessa, June 13, 2022"."""
    # Loaded by an import only: the recogniser's patterns and vocabulary are some megabytes
    # that a process serving readers never needs (these models load with every process).
    from legation.importer.recognise.dates import find_dates
    from legation.importer.recognise.people import fold

    found = find_dates(title)
    if found and not title[found[-1].end :].strip(" .)"):
        title = _DATELINE.sub("", title[: found[-1].start])
    return " ".join(re.findall(r"\w+", fold(title)))[:255]


class ListingItem(models.Model):
    """An item of a legacy news list: its date, title and lead as the list showed them.

    Kept so that the article, imported before or after the list, is matched to it."""

    # No index of its own: the unique constraint's index starts with the site. A second one
    # led SQLite to scan a whole site's items for each article it matched.
    site_root = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("site"),
        on_delete=models.CASCADE,
        related_name="+",
        db_index=False,
    )
    date = models.DateField(_("date"), null=True, blank=True)
    date_shown = models.CharField(
        _("date as shown"), max_length=10, blank=True, help_text=_("ISO; --MM-DD without a year.")
    )
    title = models.TextField(_("title"))
    title_key = models.CharField(max_length=255, db_index=True, editable=False)
    lead = models.TextField(_("lead"), blank=True)
    document = models.ForeignKey(
        "documents.DocumentPage",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source = models.CharField(_("source file"), max_length=1000, blank=True)

    class Meta:
        verbose_name = _("legacy list item")
        verbose_name_plural = _("legacy list items")
        constraints = [
            models.UniqueConstraint(
                fields=["site_root", "title_key", "date_shown"], name="listing_item_once"
            )
        ]

    def __str__(self):
        return f"{self.date_shown} {self.title}".strip()


class CandidateKind(models.TextChoices):
    CLOCK = "clock", _("clock")
    CONTACT = "contact", _("consular contact")
    COUNTER = "counter", _("counter")


class MissionSettingsCandidate(models.Model):
    """A clock, consular contact or counter seen on a mission's legacy homepage, for an
    editor to take into the mission's settings."""

    site_root = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("site"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=CandidateKind.choices)
    key = models.CharField(_("name"), max_length=255)
    data = models.JSONField(_("data"), default=dict)
    seen_on = models.DateField(_("seen on"), null=True, blank=True)
    source = models.CharField(_("source file"), max_length=1000, blank=True)
    applied = models.BooleanField(_("applied"), default=False)

    class Meta:
        verbose_name = _("mission settings candidate")
        verbose_name_plural = _("mission settings candidates")
        constraints = [
            models.UniqueConstraint(fields=["site_root", "kind", "key"], name="candidate_once")
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.key}"

    def apply(self):
        """Add this candidate to the mission's settings, unless already there."""
        from legation.missions.models import City, ConsularContact, Counter, MissionHomePage

        mission = MissionHomePage.objects.get(pk=self.site_root_id)
        data = self.data
        if self.kind == CandidateKind.CLOCK and data.get("zone"):
            City.objects.get_or_create(
                page=mission, name=data["city"], defaults={"time_zone": data["zone"]}
            )
        elif self.kind == CandidateKind.CONTACT:
            ConsularContact.objects.get_or_create(
                page=mission,
                label=data["label"][:100],
                defaults={"phone": data.get("phone", ""), "email": data.get("email", "")},
            )
        elif self.kind == CandidateKind.COUNTER and data.get("start_date"):
            message = data["message"].replace(str(data["days"]), "{days}", 1)
            Counter.objects.get_or_create(
                page=mission,
                title=data["since"][:200],
                defaults={"start_date": data["start_date"], "message": message[:500]},
            )
        else:
            return False
        self.applied = True
        self.save(update_fields=["applied"])
        return True


class PendingIndex(models.Model):
    """An object an import saved and has not yet indexed for search and references.

    Written in the transaction of the page that saved it, and deleted once it is indexed, so
    a run stopped by SIGKILL (or a crash) leaves its pages marked: the next run indexes them."""

    model_label = models.CharField(max_length=100)
    object_id = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["model_label", "object_id"], name="pending_index_once")
        ]

    def __str__(self):
        return f"{self.model_label} {self.object_id}"
