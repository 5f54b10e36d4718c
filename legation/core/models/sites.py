"""What every site's root page has: the ministry's home and each mission's home."""

import zoneinfo
from functools import cache

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from legation.caching.dependencies import record, tags_of

from .addresses import AddressFromSiteRoot
from .gate import KnownViewRestrictions, OneTypeOfChildren


@cache
def time_zone_choices():
    return [(name, name) for name in sorted(zoneinfo.available_timezones())]


def validate_time_zone(name):
    if name not in zoneinfo.available_timezones():
        raise ValidationError(
            _("%(name)s is not an IANA time zone (such as Europe/Berlin)."),
            params={"name": name},
        )


def all_language_codes():
    return [code for code, _name in settings.LANGUAGES]


class LanguageCodesField(models.JSONField):
    """A set of codes from settings.LANGUAGES, stored as a list and edited as checkboxes."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=settings.LANGUAGES,
            widget=kwargs.get("widget") or forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
        )


class SiteRootPage(
    KnownViewRestrictions, AddressFromSiteRoot, RoutablePageMixin, OneTypeOfChildren, Page
):
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
    default_language = models.CharField(
        _("default language"),
        max_length=15,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The site's address without a language leads to this language."),
    )
    languages = LanguageCodesField(
        _("languages"),
        default=all_language_codes,
        help_text=_("The languages this site publishes in; addresses in others are not found."),
    )

    site_panels = [
        FieldPanel("time_zone", widget=forms.Select(choices=time_zone_choices)),
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("email"),
        MultiFieldPanel(
            [FieldPanel("default_language"), FieldPanel("languages")], heading=_("Languages")
        ),
    ]

    # What wagtail-localize copies from the source page instead of offering for translation:
    # the site's zone, contacts and languages are one fact in every language.
    override_translatable_fields = [
        SynchronizedField("time_zone", overridable=False),
        SynchronizedField("phone"),
        SynchronizedField("default_language", overridable=False),
        SynchronizedField("languages", overridable=False),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.default_language not in self.languages:
            raise ValidationError(
                {"default_language": _("The default language must be one of the site's languages.")}
            )

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def site_root(self):
        return self

    def keep_parts(self):
        """Load what every request to this home reads of it and what changes only at a
        publication event, before the home is kept with its site (core.site_lookup); return
        the rows loaded, which the page cache is told of at each request (rows taken from the
        cache are not loaded)."""
        return [self, self.locale]

    @property
    def localized(self):
        """The home in the active language. A home kept with its site has its language
        versions with it (core.site_lookup): Wagtail's property reads the language's locale,
        then the version, on every request."""
        homes = self.__dict__.get("_legation_homes")
        if homes is None:
            return super().localized
        try:
            home = homes.get(get_supported_content_language_variant(translation.get_language()))
        except LookupError:
            home = None
        if home is None:
            return super().localized
        record(*(tag for row in home.__dict__["_legation_kept_rows"] for tag in tags_of(row)))
        # As Wagtail's: a version not live leaves the home as it is.
        return home if home.live else self


def site_root_for(page):
    """The site's home page (specific) that a page belongs to, in the page's own locale.

    Every locale's tree has its site roots at depth 2, so the root is the ancestor whose path
    is the first two steps of the page's path.
    """
    if page.depth == 2:
        return page.specific
    return routed_ancestor(page, 2) or Page.objects.get(path=page.path[: 2 * Page.steplen]).specific


def routed_ancestor(page, depth):
    """The ancestor at `depth` that routing passed through on its way to `page` (it leaves each
    child its parent, specific), or None where the page was not reached by routing."""
    ancestor = page
    while ancestor is not None and ancestor.depth > depth:
        ancestor = ancestor.__dict__.get("_cached_parent_obj")
    return ancestor if ancestor is not None and ancestor.depth == depth else None
