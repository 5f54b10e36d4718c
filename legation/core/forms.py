"""Admin forms that enter and show a page's times in its site's zone.

Wagtail's admin uses the editor's own time zone; a press attaché in London scheduling a text
for the ministry means the ministry's 22:50, whatever zone their laptop is in.
"""

from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm

from .models import site_root_for

SITE_ZONE_FIELDS = ("published_at", "go_live_at", "expire_at")


class SiteZonePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.site_zone = self._site_zone()
        for name in self._zoned_fields():
            value = self.initial.get(name) or getattr(self.instance, name, None)
            if value and timezone.is_aware(value):
                # Shown as the site's wall-clock time, without conversion to the editor's zone.
                self.initial[name] = timezone.make_naive(value, self.site_zone)
            help_text = self.fields[name].help_text
            self.fields[name].help_text = f"{help_text} ({self.site_zone.key})".strip()

    def _site_zone(self):
        anchor = self.instance if self.instance.pk else self.parent_page
        return site_root_for(anchor).zone

    def _zoned_fields(self):
        return [name for name in SITE_ZONE_FIELDS if name in self.fields]

    def clean(self):
        cleaned_data = super().clean()
        for name in self._zoned_fields():
            value = cleaned_data.get(name)
            if value:
                # Django read the wall-clock time in the editor's zone; it meant the site's.
                cleaned_data[name] = timezone.make_aware(timezone.make_naive(value), self.site_zone)
                setattr(self.instance, name, cleaned_data[name])
        return cleaned_data
