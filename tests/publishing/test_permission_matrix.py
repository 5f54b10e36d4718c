"""Every role × site × language × action, through the admin's own views, against the table in
docs/permissions.md: the test reads the table, so the document and the platform cannot drift.

The sites, documents and accounts are built once for the module (inside a transaction rolled
back at its end); each test walks one row of the table.
"""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from wagtail.models import Page

from legation.directory.models import Person

from .sites_and_roles import (
    SITES,
    add_draft,
    add_live,
    add_scheduled,
    build_site,
    in_review,
    locale,
    member_of,
    site_group,
    translators,
)

TABLE = Path(__file__).resolve().parents[2] / "docs" / "permissions.md"
ACTIONS = (
    "view draft",
    "edit",
    "submit for review",
    "approve",
    "publish",
    "unpublish",
    "schedule",
    "edit the home",
    "share a preview",
)
SITE_NAMES = {name: key for key, (_model, name, _zone, _languages) in SITES.items()}
# Each role of the table, as the one group its test account belongs to.
ROLE_GROUPS = {
    "ministry editor": lambda: site_group("ministry", "ministry editors"),
    "mission editor of London": lambda: site_group("london", "mission editors"),
    "translator into Russian": lambda: translators("ru-ru"),
    "reviewer of London": lambda: site_group("london", "reviewers"),
    "publisher of London": lambda: site_group("london", "publishers"),
    "site administrator of London": lambda: site_group("london", "site administrators"),
}


def read_table(heading):
    """The rows of the Markdown table under `heading`, as dicts keyed by its header."""
    section = TABLE.read_text().split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    return [
        dict(zip(header, (cell.strip() for cell in line.strip("|").split("|")), strict=True))
        for line in lines[2:]
    ]


def answer(cell):
    assert cell in ("yes", "no"), f"{TABLE.name}: a cell says {cell!r}, not yes or no"
    return cell == "yes"


MATRIX = read_table("The matrix")
SNIPPETS = read_table("Shared snippets")


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Three sites in two languages, four documents in each language of each, one account per
    role; built once, and rolled back after the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        admin = get_user_model().objects.create_superuser("matrix-admin", "a@velmora.test", "x")
        documents = {}
        for key in SITES:
            for code, archive in build_site(key).items():
                title = f"{key} {code}"
                documents[key, code] = {
                    "draft": add_draft(archive, f"Draft {title}", owner=admin),
                    "scheduled": add_scheduled(archive, f"Scheduled {title}"),
                    "live": add_live(archive, f"Live {title}"),
                    "in review": in_review(add_draft(archive, f"In review {title}"), admin),
                    "home": Page.objects.get(pk=archive.get_parent().pk),
                }
        accounts = {
            role: member_of(re.sub(r"\W+", "-", role), group())
            for role, group in ROLE_GROUPS.items()
        }
        people = {
            code: Person.objects.create(name=f"Person {code}", locale=locale(code))
            for code in ("en-gb", "ru-ru")
        }
        yield {"documents": documents, "accounts": accounts, "people": people}
        transaction.set_rollback(True)


def outcome(response):
    """Whether the admin let the user in: Wagtail answers a refusal with a redirect to the
    dashboard (and a message) or 403; anything else is an error of the test's own."""
    assert response.status_code in (200, 302, 403), response.status_code
    return response.status_code == 200


def offers(response, marker):
    return response.status_code == 200 and marker in response.content.decode()


def observed(client, documents):
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[documents["draft"].pk]))
    review = client.get(reverse("wagtailadmin_pages:edit", args=[documents["in review"].pk]))
    scheduled = client.get(reverse("wagtailadmin_pages:edit", args=[documents["scheduled"].pk]))
    home = client.get(reverse("wagtailadmin_pages:edit", args=[documents["home"].pk]))
    return {
        "view draft": outcome(
            client.get(reverse("wagtailadmin_pages:view_draft", args=[documents["draft"].pk]))
        ),
        "edit": outcome(edit),
        "submit for review": offers(edit, 'name="action-submit"'),
        "approve": offers(review, 'data-workflow-action-name="approve"'),
        "publish": offers(edit, 'name="action-publish"'),
        "unpublish": outcome(
            client.get(reverse("wagtailadmin_pages:unpublish", args=[documents["live"].pk]))
        ),
        "schedule": offers(scheduled, "Schedule to publish"),
        "edit the home": outcome(home)
        and (
            documents["home"].specific_class.__name__ != "MissionHomePage"
            or offers(home, 'id="id_counters-TOTAL_FORMS"')
        ),
        "share a preview": outcome(
            client.get(reverse("legation_embargo:links", args=[documents["scheduled"].pk]))
        ),
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    "row", MATRIX, ids=lambda row: f"{row['role']}|{row['site']}|{row['language']}"
)
def test_each_role_may_do_what_the_table_says(client, world, row):
    documents = world["documents"][SITE_NAMES[row["site"]], row["language"]]
    client.force_login(world["accounts"][row["role"]])

    seen = observed(client, documents)

    expected = {action: answer(row[action]) for action in ACTIONS}
    differences = {
        action: f"table says {'yes' if expected[action] else 'no'}, admin says "
        f"{'yes' if seen[action] else 'no'}"
        for action in ACTIONS
        if seen[action] != expected[action]
    }
    assert not differences


@pytest.mark.django_db
@pytest.mark.parametrize("row", SNIPPETS, ids=lambda row: f"{row['role']}|{row['language']}")
def test_each_role_edits_shared_snippets_as_the_table_says(client, world, row):
    person = world["people"][row["language"]]
    client.force_login(world["accounts"][row["role"]])

    response = client.get(reverse("wagtailsnippets_directory_person:edit", args=[person.pk]))

    assert outcome(response) == answer(row["edit people, organisations, kinds"])


def test_the_table_covers_every_role_site_and_language():
    covered = {(row["role"], row["site"], row["language"]) for row in MATRIX}
    expected = {
        (role, name, code)
        for role in ROLE_GROUPS
        for _model, name, _zone, languages in SITES.values()
        for code in languages
    }
    assert covered == expected
