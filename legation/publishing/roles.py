"""Roles as data: who may do what, on which site and in which language.

Every role is a Wagtail group holding Wagtail's own permissions, so the admin's explorer,
search, choosers, edit views and workflow ask the same question Wagtail always asks:

- page permissions on the site's home in each of its languages: each language of a site is its
  own page tree under that language's copy of the home, so a permission there covers exactly
  that site in that language, with the mission's clocks, contacts and counters (child rows of
  the home);
- collection permissions on the site's collection, which holds its files and images;
- model permissions for the shared snippets (people, organisations, kinds) and for
  wagtail-localize's "submit translation".

Reviewers approve through a Wagtail workflow of their site. `ProvisionRoles` makes groups,
collections and workflows match these definitions (`legation roles`, and the signals when a
site, a language of a site or a locale is added); a hand-made change to a provisioned group
is undone by the next run, so exceptions belong in groups of their own.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from legation.core.models import PublicGate
from legation.missions.models import MinistryHomePage, MissionHomePage

ACCESS_ADMIN = "wagtailadmin.access_admin"
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"
SHARED_SNIPPETS = tuple(
    f"{app_label}.{action}_{model_name}"
    for app_label, model_name in (
        ("directory", "person"),
        ("directory", "organisation"),
        ("documents", "documentkind"),
    )
    for action in ("add", "change", "delete")
)
EVERY_PAGE_ACTION = ("add", "change", "publish", "bulk_delete", "lock", "unlock")
FILE_MODELS = (("wagtaildocs", "document"), ("wagtailimages", "image"))
SEPARATOR = " — "


@dataclass(frozen=True)
class Role:
    """A group's permissions on one site: its pages in every language, its files, and models."""

    name: str
    page_actions: tuple = ()
    file_actions: tuple = ("choose",)
    model_permissions: tuple = ()
    reviews: bool = False


MINISTRY_EDITORS = Role(
    "ministry editors",
    page_actions=("add", "change"),
    file_actions=("add", "change", "choose"),
    model_permissions=(*SHARED_SNIPPETS, SUBMIT_TRANSLATION),
)
MISSION_EDITORS = Role(
    "mission editors",
    page_actions=("add", "change"),
    file_actions=("add", "change", "choose"),
    model_permissions=(SUBMIT_TRANSLATION,),
)
# Wagtail's approval task opens a page to its reviewers while it waits for them, and only
# then; approving the last task publishes the page in the approver's name, which Wagtail allows
# only to whoever may publish it. So reviewers hold "publish" (and with it unpublishing and
# previews) but not "change": they edit nothing that is not submitted to them.
REVIEWERS = Role("reviewers", page_actions=("publish",), reviews=True)
PUBLISHERS = Role("publishers", page_actions=("add", "change", "publish"))
MINISTRY_ADMINISTRATORS = Role(
    "site administrators",
    page_actions=EVERY_PAGE_ACTION,
    file_actions=("add", "change", "delete", "choose"),
    model_permissions=(*SHARED_SNIPPETS, SUBMIT_TRANSLATION),
    reviews=True,
)
# Not the users of their site's groups: Wagtail's user admin cannot be limited to some
# groups, and whoever may edit users' groups may join any group, the ministry's included.
MISSION_ADMINISTRATORS = Role(
    "site administrators",
    page_actions=EVERY_PAGE_ACTION,
    file_actions=("add", "change", "delete", "choose"),
    model_permissions=(SUBMIT_TRANSLATION,),
    reviews=True,
)
TRANSLATORS = Role(
    "Translators",
    page_actions=("add", "change"),
    model_permissions=(SUBMIT_TRANSLATION,),
)

MINISTRY_ROLES = (MINISTRY_EDITORS, REVIEWERS, PUBLISHERS, MINISTRY_ADMINISTRATORS)
MISSION_ROLES = (MISSION_EDITORS, REVIEWERS, PUBLISHERS, MISSION_ADMINISTRATORS)


def site_label(site):
    """How groups, the collection and the workflow of a site name it."""
    return site.site_name or f"{site.hostname}:{site.port}"


def site_group_name(site, role):
    return f"{site_label(site)}{SEPARATOR}{role.name}"


def translator_group_name(language_code):
    return f"{TRANSLATORS.name}{SEPARATOR}{dict(settings.LANGUAGES)[language_code]}"


def review_workflow_name(site):
    return f"{site_label(site)}{SEPARATOR}review"


def roles_of(site):
    """The roles a site has: the ministry's or a mission's; none for a root of another kind."""
    root = site.root_page.specific_class
    if root is not None and issubclass(root, MinistryHomePage):
        return MINISTRY_ROLES
    if root is not None and issubclass(root, MissionHomePage):
        return MISSION_ROLES
    return ()


def site_homes(site):
    """The site's home in each of its languages: the roots of its language trees."""
    return Page.objects.filter(translation_key=site.root_page.translation_key).select_related(
        "locale"
    )


def site_of(home):
    """The Site whose home (in any language) this page is, or None."""
    return Site.objects.filter(root_page__translation_key=home.translation_key).first()


def check_site_labels():
    """Sites are told apart by their names in their groups': two of one name would share them."""
    labels = {}
    for site in Site.objects.all():
        other = labels.setdefault(site_label(site), site)
        if other != site:
            raise ValueError(
                f"The sites {other.hostname}:{other.port} and {site.hostname}:{site.port} "
                f"are both named {site_label(site)!r}; their roles would be one group. "
                "Give each its own name under Settings → Sites."
            )


# What an admin user may see: every admin view that lists content asks these ---------------


def pages_visible_to(user):
    """The pages a user may see in the admin: those their roles let them work on (with the
    ancestors leading there), and whatever is public anyway."""
    explorable = PagePermissionPolicy().explorable_instances(user)
    public = PublicGate().filter(Page.objects.all())
    return Page.objects.filter(Q(pk__in=explorable.values("pk")) | Q(pk__in=public.values("pk")))


def sites_visible_to(user):
    """The sites in one of whose language trees the user's roles hold a page permission."""
    if user.is_superuser:
        return Site.objects.all()
    homes = PagePermissionPolicy().explorable_instances(user).filter(depth=2)
    return Site.objects.filter(root_page__translation_key__in=homes.values("translation_key"))


def translated_locales(user):
    """The locales whose translators' group the user belongs to."""
    if not hasattr(user, "_legation_translated_locales"):
        names = set(user.groups.values_list("name", flat=True)) if user.is_authenticated else set()
        codes = [code for code, _name in settings.LANGUAGES if translator_group_name(code) in names]
        user._legation_translated_locales = set(
            Locale.objects.filter(language_code__in=codes).values_list("pk", flat=True)
        )
    return user._legation_translated_locales


class TranslatorSnippetPolicy(ModelPermissionPolicy):
    """Model permissions, and besides them "change" on the instances in a translator's own
    languages: translators keep the shared snippets (people, organisations, kinds) of their
    language, their names and roles, and touch no other language's.

    Written by hand because a Django model permission cannot name a locale; Wagtail's snippet
    edit view asks only the model-wide question, so `refuse_snippets_of_other_languages`
    (publishing/wagtail_hooks/roles.py) asks this policy about the instance.
    """

    def model_permits(self, user, action):
        return super().user_has_permission(user, action)

    def user_has_permission(self, user, action):
        if self.model_permits(user, action):
            return True
        return action == "change" and bool(translated_locales(user))

    def user_has_permission_for_instance(self, user, action, instance):
        if self.model_permits(user, action):
            return True
        return action == "change" and instance.locale_id in translated_locales(user)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, a, instance) for a in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if any(self.model_permits(user, action) for action in actions):
            return self.model._default_manager.all()
        if "change" in actions:
            return self.model._default_manager.filter(locale__in=translated_locales(user))
        return self.model._default_manager.none()


# Provisioning --------------------------------------------------------------------------------


class ProvisionRoles:
    """Creates or brings up to date every role of the given sites (all by default).

    For each site: its groups, its collection and its review workflow; for each language: the
    translators' group, with page permissions on that language's home of every provisioned
    site that publishes in it.
    """

    def __init__(self, sites=None):
        self.every_site = sites is None
        self.sites = list(Site.objects.select_related("root_page") if sites is None else sites)
        self._permissions = {}

    def execute(self):
        with transaction.atomic():
            check_site_labels()
            for site in self.sites:
                roles = roles_of(site)
                if not roles:
                    continue
                homes = list(site_homes(site))
                collection = self.site_collection(site)
                groups = {role: self.group(site_group_name(site, role), role) for role in roles}
                for role, group in groups.items():
                    self.grant_pages(group, homes, role.page_actions)
                    self.grant_files(group, collection, role.file_actions)
                self.assign_review(site, homes, [g for r, g in groups.items() if r.reviews])
                self.grant_translators(site, homes, collection)
            # Translators of a language no site publishes yet may be named in advance.
            for locale in Locale.objects.all() if self.every_site else ():
                if locale.language_code in dict(settings.LANGUAGES):
                    self.group(translator_group_name(locale.language_code), TRANSLATORS)

    def grant_translators(self, site, homes, collection):
        languages = getattr(site.root_page.specific, "languages", None) or ()
        for home in homes:
            code = home.locale.language_code
            if code not in dict(settings.LANGUAGES):
                continue
            group = self.group(translator_group_name(code), TRANSLATORS)
            publishes = code in languages
            self.grant_pages(
                group, [home] if publishes else [], TRANSLATORS.page_actions, scope=homes
            )
            self.grant_files(group, collection, TRANSLATORS.file_actions if publishes else ())

    # Groups and their permissions -------------------------------------------------------

    def group(self, name, role):
        group, _created = Group.objects.get_or_create(name=name)
        wanted = {self.permission(name) for name in (ACCESS_ADMIN, *role.model_permissions)}
        if set(group.permissions.all()) != wanted:
            group.permissions.set(wanted)
        return group

    def permission(self, dotted_name):
        if dotted_name not in self._permissions:
            app_label, codename = dotted_name.split(".")
            self._permissions[dotted_name] = Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
        return self._permissions[dotted_name]

    def grant_pages(self, group, pages, actions, scope=None):
        """The group's permissions (on the pages of `scope`, or anywhere) become exactly
        `actions` on `pages`."""
        wanted = {
            (page.pk, self.permission(f"wagtailcore.{action}_page").pk)
            for page in pages
            for action in actions
        }
        existing = GroupPagePermission.objects.filter(group=group)
        if scope is not None:
            existing = existing.filter(page__in=scope)
        have = set(existing.values_list("page_id", "permission_id"))
        for page_id, permission_id in have - wanted:
            existing.filter(page_id=page_id, permission_id=permission_id).delete()
        GroupPagePermission.objects.bulk_create(
            GroupPagePermission(group=group, page_id=page_id, permission_id=permission_id)
            for page_id, permission_id in wanted - have
        )

    def grant_files(self, group, collection, actions):
        wanted = {
            self.permission(f"{app_label}.{action}_{model_name}").pk
            for app_label, model_name in FILE_MODELS
            for action in actions
        }
        existing = GroupCollectionPermission.objects.filter(group=group, collection=collection)
        have = set(existing.values_list("permission_id", flat=True))
        existing.filter(permission_id__in=have - wanted).delete()
        GroupCollectionPermission.objects.bulk_create(
            GroupCollectionPermission(group=group, collection=collection, permission_id=pk)
            for pk in wanted - have
        )

    # The site's collection and workflow ---------------------------------------------------

    def site_collection(self, site):
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=site_label(site)).first()
        return collection or root.add_child(name=site_label(site))

    def assign_review(self, site, homes, reviewer_groups):
        """One workflow per site: an approval task is open to its groups on every page it
        covers, so a workflow shared by sites would let one site's reviewers approve another's."""
        name = review_workflow_name(site)
        workflow, _created = Workflow.objects.get_or_create(name=name)
        task = GroupApprovalTask.objects.filter(name=name).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=name)
        task.groups.set(reviewer_groups)
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        for home in homes:
            # A workflow an administrator chose for a home is left alone.
            WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})


class RenameSiteRoles:
    """A renamed site's groups, collection and workflow take its new name."""

    def __init__(self, old_label, new_label):
        self.old_label, self.new_label = old_label, new_label

    def execute(self):
        prefix = self.old_label + SEPARATOR
        with transaction.atomic():
            for model in (Group, Workflow, GroupApprovalTask):
                for item in model.objects.filter(name__startswith=prefix):
                    item.name = self.new_label + item.name[len(self.old_label) :]
                    item.save(update_fields=["name"])
            root = Collection.get_first_root_node()
            root.get_children().filter(name=self.old_label).update(name=self.new_label)
