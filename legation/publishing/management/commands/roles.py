"""Provision every role's group, collection and review workflow (idempotent)."""

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from legation.publishing.roles import ProvisionRoles


class Command(BaseCommand):
    help = (
        "Create or bring up to date the groups of every site and language (editors, "
        "translators, reviewers, publishers, site administrators), each site's collection "
        "and its review workflow. Running it again changes nothing that is up to date."
    )

    def handle(self, *args, **options):
        try:
            ProvisionRoles().execute()
        except ValueError as error:
            raise CommandError(str(error)) from error
        groups = Group.objects.filter(name__contains=" — ").order_by("name")
        self.stdout.write(f"Roles provisioned: {groups.count()} groups.")
        for group in groups:
            self.stdout.write(f"  {group.name}")
