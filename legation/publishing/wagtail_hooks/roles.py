"""What the admin offers each role beyond Wagtail's own page permissions."""

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from wagtail import hooks
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

from legation.core.models import PublicGate
from legation.missions.models import MinistryHomePage
from legation.publishing.roles import TranslatorSnippetPolicy


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


@hooks.register("before_edit_snippet")
def refuse_snippets_of_other_languages(request, instance):
    """Wagtail's snippet edit view asks only whether the user may change some of the model's
    instances; a translator may change those of their own languages alone."""
    policy = policy_registry.get_by_type(type(instance))
    if isinstance(policy, TranslatorSnippetPolicy) and not policy.user_has_permission_for_instance(
        request.user, "change", instance
    ):
        raise PermissionDenied
