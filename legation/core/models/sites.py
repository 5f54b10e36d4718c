"""What every site's root page has: the ministry's home and each mission's home."""

import zoneinfo
from functools import cache

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page


@cache
def time_zone_choices():
    return [(name, name) for name in sorted(zoneinfo.available_timezones())]


def validate_time_zone(name):
    if name not in zoneinfo.available_timezones():
        raise ValidationError(
            _("%(name)s is not an IANA time zone (such as Europe/Berlin)."),
            params={"name": name},
        )


class SiteRootPage(RoutablePageMixin, Page):
    """The home page of a site. Its fields describe the site itself, in every language."""

    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_("Dates and times are entered and shown in this zone."),
    )
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=64, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    site_panels = [
        FieldPanel("time_zone", widget=forms.Select(choices=time_zone_choices)),
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("email"),
    ]

    class Meta:
        abstract = True

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def site_root(self):
        return self


def site_root_for(page):
    """The site's home page (specific) that a page belongs to, in the page's own locale.

    Every locale's tree has its site roots at depth 2, so the root is the ancestor whose path
    is the first two steps of the page's path.
    """
    if page.depth == 2:
        return page.specific
    return Page.objects.get(path=page.path[: 2 * Page.steplen]).specific
