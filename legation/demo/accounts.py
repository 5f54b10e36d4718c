"""One demo account per role, each in the provisioned groups of its role (docs/permissions.md).

The reviewer and the publisher serve every site, so that a text submitted on any of them can
be approved and published in the demo; the others belong to one site or one language.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Site

from legation.publishing.roles import (
    MINISTRY_EDITORS,
    MISSION_ADMINISTRATORS,
    MISSION_EDITORS,
    PUBLISHERS,
    REVIEWERS,
    ProvisionRoles,
    site_group_name,
    translator_group_name,
)

from . import sites
from .passwords import give_demo_password

LONDON, BUENOS_AIRES = sites.MISSIONS


@dataclass
class DemoAccount:
    username: str
    role: str
    groups: list
    password: str | None = None  # set when it was just given, to be printed once


def local_site(spec):
    return Site.objects.get(hostname="127.0.0.1", port=spec["port"])


def every_site(role):
    return [site_group_name(local_site(spec), role) for spec in (sites.MINISTRY, *sites.MISSIONS)]


def demo_accounts():
    ministry, london, buenos_aires = map(local_site, (sites.MINISTRY, LONDON, BUENOS_AIRES))
    return [
        DemoAccount(
            "ministry-editor", "ministry editor", [site_group_name(ministry, MINISTRY_EDITORS)]
        ),
        DemoAccount(
            "london-editor", "London mission editor", [site_group_name(london, MISSION_EDITORS)]
        ),
        DemoAccount(
            "buenos-aires-editor",
            "Buenos Aires mission editor",
            [site_group_name(buenos_aires, MISSION_EDITORS)],
        ),
        DemoAccount(
            "london-translator-ru", "translator into Russian", [translator_group_name("ru-ru")]
        ),
        DemoAccount("reviewer", "reviewer of every site", every_site(REVIEWERS)),
        DemoAccount("publisher", "publisher of every site", every_site(PUBLISHERS)),
        DemoAccount(
            "london-administrator",
            "London site administrator",
            [site_group_name(london, MISSION_ADMINISTRATORS)],
        ),
    ]


def ensure_demo_accounts():
    """The roles provisioned, then each account in its groups; returns the accounts."""
    ProvisionRoles().execute()
    accounts = demo_accounts()
    for account in accounts:
        user, created = get_user_model().objects.get_or_create(
            username=account.username,
            defaults={"email": f"{account.username}@velmora.example"},
        )
        user.groups.set(Group.objects.filter(name__in=account.groups))
        account.password = give_demo_password(user, created)
    return accounts
