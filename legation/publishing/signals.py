"""Roles follow the sites: a new site, a new language of a site or a new locale is provisioned
at once, and a renamed site's groups take its new name."""

from django.db.models.signals import post_save, pre_save

from legation.core.models import SiteRootPage

from .roles import ProvisionRoles, RenameSiteRoles, check_site_labels, site_label, site_of


def remember_site_label(sender, instance, **kwargs):
    previous = sender.objects.filter(pk=instance.pk).first() if instance.pk else None
    instance._previous_label = site_label(previous) if previous else None


def provision_site(sender, instance, raw=False, **kwargs):
    if raw:
        return
    check_site_labels()
    previous = getattr(instance, "_previous_label", None)
    if previous and previous != site_label(instance):
        RenameSiteRoles(previous, site_label(instance)).execute()
    ProvisionRoles(sites=[instance]).execute()


def provision_new_language_of_site(sender, instance, created, raw=False, **kwargs):
    """A home copied into another language is a new tree, and needs its permissions."""
    if not created or raw:
        return
    site = site_of(instance)
    if site is not None:
        ProvisionRoles(sites=[site]).execute()


def provision_new_locale(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ProvisionRoles().execute()


def connect():
    from django.apps import apps
    from wagtail.models import Locale, Site

    pre_save.connect(remember_site_label, sender=Site, dispatch_uid="legation_roles_site_label")
    post_save.connect(provision_site, sender=Site, dispatch_uid="legation_roles_site")
    post_save.connect(provision_new_locale, sender=Locale, dispatch_uid="legation_roles_locale")
    for model in apps.get_models():
        if issubclass(model, SiteRootPage):
            post_save.connect(
                provision_new_language_of_site,
                sender=model,
                dispatch_uid=f"legation_roles_home_{model._meta.label_lower}",
            )
