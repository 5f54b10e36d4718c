"""Admin forms that enter and show a page's times in its site's zone.

Wagtail's admin uses the editor's own time zone; a press attaché in London scheduling a text
for the ministry means the ministry's 22:50, whatever zone their laptop is in. Beside each
time the form shows the same moment in the editor's zone, so nobody has to convert by hand.
"""

from datetime import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from .models import site_root_for

SITE_ZONE_FIELDS = ("published_at", "go_live_at", "expire_at")
# As Wagtail's date-time picker shows a time, so the two read alike.
MOMENT_FORMAT = "%Y-%m-%d %H:%M"


class SiteZonePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.site_zone = self._site_zone()
        editor_zone = timezone.get_current_timezone()  # the editor's, as Wagtail's admin set it
        for name in self._zoned_fields():
            value = self.initial.get(name) or getattr(self.instance, name, None)
            if value and timezone.is_aware(value):
                # Shown as the site's wall-clock time, without conversion to the editor's zone.
                self.initial[name] = timezone.make_naive(value, self.site_zone)
            self.fields[name].help_text = self._zone_help(
                self.fields[name].help_text, value, editor_zone
            )
        self._show_child_times_in_site_zone()
        if "expire_at" in self.fields and "go_live_at" not in self.fields:
            self.fields["expire_at"].help_text = " ".join(
                [
                    _("The publication time (Content tab) sets when it goes live."),
                    str(self.fields["expire_at"].help_text),
                ]
            )

    def _show_child_times_in_site_zone(self):
        """Times of child rows (a document's change notes) read in the site's zone too."""
        for formset in self.formsets.values():
            for form in formset.forms:
                for name, field in form.fields.items():
                    value = form.initial.get(name)
                    if isinstance(field, forms.DateTimeField) and isinstance(value, datetime):
                        form.initial[name] = timezone.make_naive(value, self.site_zone)

    def _site_zone(self):
        anchor = self.instance if self.instance.pk else self.parent_page
        return site_root_for(anchor).zone

    def _zoned_fields(self):
        return [name for name in SITE_ZONE_FIELDS if name in self.fields]

    def _zone_help(self, help_text, value, editor_zone):
        if editor_zone.key == self.site_zone.key:
            zones = _("%(zone)s, your time zone") % {"zone": self.site_zone.key}
        elif value and timezone.is_aware(value):
            zones = _("%(zone)s; = %(moment)s %(editor_zone)s, your time zone") % {
                "zone": self.site_zone.key,
                "moment": timezone.localtime(value, editor_zone).strftime(MOMENT_FORMAT),
                "editor_zone": editor_zone.key,
            }
        else:
            zones = self.site_zone.key
        return f"{help_text} ({zones})".strip()

    def full_clean(self):
        # Django reads a typed time in the current zone, the editor's; it means the site's. In
        # the site's zone Django also refuses a time the clocks skip or repeat there.
        with timezone.override(self.site_zone):
            super().full_clean()

    def is_valid(self):
        # The child rows' forms are cleaned here, outside full_clean: in the site's zone too.
        with timezone.override(self.site_zone):
            return super().is_valid()
