"""What the admin offers each role beyond Wagtail's own page permissions."""

from django.db.models import Q
from wagtail import hooks
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from legation.core.models import PublicGate
from legation.missions.models import MinistryHomePage


def choosable_pages(user):
    """Pages a user may pick in a chooser (featured, syndicated, related, links): those they
    may work on, and the ministry's public documents, which every mission may syndicate."""
    ministry = Q(pk__in=[])
    for home in MinistryHomePage.objects.only("path"):
        ministry |= Q(path__startswith=home.path)
    explorable = PagePermissionPolicy().explorable_instances(user)
    public_ministry = PublicGate().filter(Page.objects.filter(ministry))
    return Page.objects.filter(
        Q(pk__in=explorable.values("pk")) | Q(pk__in=public_ministry.values("pk"))
    )


@hooks.register("construct_page_chooser_queryset")
def offer_only_choosable_pages(pages, request):
    """Wagtail's choosers list every page of every site, drafts included, whatever the user
    may do: a mission editor would read the titles of the ministry's embargoed texts."""
    if request.user.is_superuser:
        return pages
    return pages.filter(pk__in=choosable_pages(request.user).values("pk"))
