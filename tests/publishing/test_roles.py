"""Roles are data: provisioned by `legation roles` and when a site or language is added; and
no admin user sees another site's drafts, files or titles."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    WorkflowPage,
)

from legation.missions.models import MissionHomePage
from legation.publishing.roles import ProvisionRoles

from .sites_and_roles import (
    add_draft,
    add_live,
    build_site,
    host,
    member_of,
    site_group,
    translate,
    translators,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def archives():
    return {key: build_site(key) for key in ("ministry", "london", "buenos-aires")}


def page_rights(group):
    return sorted(
        (permission.page.title, permission.permission.codename)
        for permission in GroupPagePermission.objects.filter(group=group).select_related(
            "page", "permission"
        )
    )


def provisioned_state():
    groups = Group.objects.order_by("name")
    return (
        [
            (group.name, sorted(group.permissions.values_list("codename", flat=True)))
            for group in groups
        ],
        [(group.name, page_rights(group)) for group in groups],
        sorted(
            GroupCollectionPermission.objects.values_list(
                "group__name", "collection__name", "permission__codename"
            )
        ),
        sorted(WorkflowPage.objects.values_list("page__title", "workflow__name")),
        sorted(Collection.objects.values_list("name", flat=True)),
    )


def test_the_command_provisions_readable_groups_and_changes_nothing_when_run_again(archives):
    out = io.StringIO()
    call_command("roles", stdout=out)
    first = provisioned_state()
    call_command("roles", stdout=io.StringIO())

    assert provisioned_state() == first
    names = set(Group.objects.values_list("name", flat=True))
    assert {
        "Ministry — ministry editors",
        "Ministry — reviewers",
        "Ministry — publishers",
        "Ministry — site administrators",
        "London embassy — mission editors",
        "London embassy — reviewers",
        "London embassy — publishers",
        "London embassy — site administrators",
        "Buenos Aires embassy — mission editors",
        "Translators — Русский",
        "Translators — English",
        "Translators — Español",
    } <= names
    assert "London embassy — mission editors" in out.getvalue()


def test_a_mission_editor_holds_the_missions_homes_in_every_language_and_nothing_else(archives):
    editors = site_group("london", "mission editors")

    assert page_rights(editors) == [
        ("London embassy", "add_page"),
        ("London embassy", "change_page"),
        ("London embassy [ru-ru]", "add_page"),
        ("London embassy [ru-ru]", "change_page"),
    ]
    collections = set(
        GroupCollectionPermission.objects.filter(group=editors).values_list(
            "collection__name", flat=True
        )
    )
    assert collections == {"London embassy"}
    assert not editors.permissions.filter(codename="change_person").exists()


def test_a_translator_holds_their_language_on_every_site_that_publishes_it(archives):
    assert page_rights(translators("ru-ru")) == [
        ("London embassy [ru-ru]", "add_page"),
        ("London embassy [ru-ru]", "change_page"),
        ("Ministry [ru-ru]", "add_page"),
        ("Ministry [ru-ru]", "change_page"),
    ]
    assert [title for title, _codename in page_rights(translators("es-es"))] == [
        "Buenos Aires embassy",
        "Buenos Aires embassy",
    ]
    assert translators("ru-ru").permissions.filter(codename="submit_translation").exists()


def test_the_ministrys_editors_edit_shared_snippets_and_publishers_publish(archives):
    ministry_editors = site_group("ministry", "ministry editors")
    publishers = site_group("london", "publishers")

    assert {"add_person", "change_organisation", "change_documentkind"} <= set(
        ministry_editors.permissions.values_list("codename", flat=True)
    )
    assert ("London embassy [ru-ru]", "publish_page") in page_rights(publishers)
    assert page_rights(site_group("london", "reviewers")) == [
        ("London embassy", "publish_page"),
        ("London embassy [ru-ru]", "publish_page"),
    ]


def test_each_site_home_goes_to_its_own_review_workflow_with_its_reviewers(archives):
    home = MissionHomePage.objects.get(title="London embassy [ru-ru]")
    workflow = home.get_workflow()
    task = workflow.tasks.get().specific

    assert workflow.name == "London embassy — review"
    assert set(task.groups.values_list("name", flat=True)) == {
        "London embassy — reviewers",
        "London embassy — site administrators",
    }


def test_a_language_added_to_a_site_is_provisioned_at_once(archives):
    london = MissionHomePage.objects.get(title="London embassy")
    german = translate(london, "de-de")
    london.languages = [*london.languages, "de-de"]
    london.save()  # the languages, as an editor sets them; provisioning follows the new home

    assert ("London embassy [de-de]", "change_page") in page_rights(
        site_group("london", "mission editors")
    )
    assert german.get_workflow().name == "London embassy — review"


def test_a_new_site_and_a_new_locale_are_provisioned_at_once(archives):
    Group.objects.filter(name="Translators — Français").delete()
    Locale.objects.filter(language_code="fr-fr").delete()
    Locale.objects.create(language_code="fr-fr")
    home = Page.get_first_root_node().add_child(
        instance=MissionHomePage(title="Paris embassy", slug="paris", locale=Locale.get_default())
    )
    Site.objects.create(hostname="paris.test", root_page=home, site_name="Paris embassy")

    assert page_rights(Group.objects.get(name="Paris embassy — mission editors")) == [
        ("Paris embassy", "add_page"),
        ("Paris embassy", "change_page"),
    ]
    assert Group.objects.filter(name="Translators — Français").exists()


def test_a_renamed_site_renames_its_groups_instead_of_making_new_ones(archives):
    site = Site.objects.get(hostname=host("london"))
    groups = Group.objects.count()
    site.site_name = "Embassy in London"
    site.save()

    assert Group.objects.count() == groups
    assert Group.objects.filter(name="Embassy in London — mission editors").exists()
    assert Collection.objects.filter(name="Embassy in London").exists()
    assert not Group.objects.filter(name__startswith="London embassy").exists()


def test_a_permission_added_by_hand_to_a_provisioned_group_is_taken_back(archives):
    editors = site_group("london", "mission editors")
    ministry_home = Page.objects.get(title="Ministry")
    GroupPagePermission.objects.create(
        group=editors,
        page=ministry_home,
        permission=Permission.objects.get(codename="publish_page"),
    )
    london_home = Page.objects.get(title="London embassy")
    GroupPagePermission.objects.create(
        group=editors, page=london_home, permission=Permission.objects.get(codename="publish_page")
    )

    ProvisionRoles().execute()

    assert ("Ministry", "publish_page") not in page_rights(editors)
    assert ("London embassy", "publish_page") not in page_rights(editors)


def test_two_sites_of_one_name_are_refused_with_a_clear_error(archives):
    site = Site.objects.get(hostname=host("buenos-aires"))
    site.site_name = "London embassy"

    with pytest.raises(ValueError, match="are both named 'London embassy'"):
        site.save()


# Admin isolation: a site's people see only what their roles cover ----------------------------


@pytest.fixture
def people(archives):
    return {
        "london_editor": member_of("london-editor", site_group("london", "mission editors")),
        "ministry_editor": member_of("ministry-editor", site_group("ministry", "ministry editors")),
        "translator_ru": member_of("translator-ru", translators("ru-ru")),
    }


@pytest.fixture
def documents(archives):
    return {
        "ministry_draft": add_draft(archives["ministry"]["en-gb"], "Ministry draft on fisheries"),
        "ministry_public": add_live(archives["ministry"]["en-gb"], "Ministry statement on ports"),
        "london_draft": add_draft(archives["london"]["en-gb"], "London draft on visas"),
        "buenos_aires_public": add_live(
            archives["buenos-aires"]["es-es"], "Buenos Aires statement on trade"
        ),
    }


def file_in(site_key, title):
    from django.core.files.base import ContentFile

    collection = Collection.objects.get(name=SITES_BY_KEY[site_key])
    document = Document(title=title, collection=collection)
    document.file.save(f"{title.lower().replace(' ', '-')}.txt", ContentFile(b"annex"), save=False)
    document.save()
    return document


SITES_BY_KEY = {"ministry": "Ministry", "london": "London embassy"}


def download(client, user, document):
    client.force_login(user)
    return client.get(reverse("wagtaildocs_serve", args=[document.pk, document.filename]))


def test_an_admin_user_cannot_download_another_sites_unpublished_file(client, people):
    ministry_annex = file_in("ministry", "Ministry annex")
    london_annex = file_in("london", "London annex")

    assert download(client, people["london_editor"], ministry_annex).status_code == 404
    assert download(client, people["london_editor"], london_annex).status_code == 200
    assert download(client, people["ministry_editor"], ministry_annex).status_code == 200


def status_report(client, user, **filters):
    client.force_login(user)
    response = client.get(reverse("legation_translations:status"), filters)
    assert response.status_code == 200
    return response.content.decode()


def site_choices(html):
    select = re.search(r'<select name="site".*?</select>', html, re.S).group(0)
    return [
        name.removesuffix(" [default]")
        for name in re.findall(r"<option value=\"\d+\"[^>]*>([^<]+)</option>", select)
    ]


def test_the_translation_report_shows_only_the_users_sites_and_pages(client, people, documents):
    ministry = Site.objects.get(hostname=host("ministry"))

    london_view = status_report(client, people["london_editor"])
    asked_for_the_ministry = status_report(client, people["london_editor"], site=ministry.pk)
    translator_view = status_report(client, people["translator_ru"], site=ministry.pk)

    assert site_choices(london_view) == ["London embassy"]
    assert "London draft on visas" in london_view
    for html in (london_view, asked_for_the_ministry):
        assert "Ministry draft on fisheries" not in html
        assert "Ministry statement on ports" not in html
    assert sorted(site_choices(translator_view)) == ["London embassy", "Ministry"]
    # The translator sees what there is to translate on the ministry's site: its public texts.
    assert "Ministry statement on ports" in translator_view
    assert "Ministry draft on fisheries" not in translator_view


def test_explorer_and_search_keep_other_sites_drafts_out(client, people, documents):
    ministry_archive = documents["ministry_draft"].get_parent()
    client.force_login(people["london_editor"])

    explorer = client.get(reverse("wagtailadmin_explore", args=[ministry_archive.pk]))
    search = client.get(reverse("wagtailadmin_pages:search"), {"q": "draft"})

    assert "Ministry draft on fisheries" not in explorer.content.decode()
    assert search.status_code == 200
    assert "London draft on visas" in search.content.decode()
    assert "Ministry draft on fisheries" not in search.content.decode()


def chooser_titles(client, url_name, *args, **params):
    response = client.get(reverse(url_name, args=args), params)
    assert response.status_code == 200
    if response["Content-Type"] == "application/json":
        return response.json()["html"]  # the chooser's modal; its search answers in HTML
    return response.content.decode()


def test_choosers_offer_own_pages_and_the_ministrys_public_documents_only(
    client, people, documents
):
    client.force_login(people["london_editor"])
    ministry_archive = documents["ministry_draft"].get_parent()
    document_type = {"page_type": "documents.documentpage"}

    browsed = chooser_titles(client, "wagtailadmin_choose_page_child", ministry_archive.pk)
    searched = "".join(
        chooser_titles(client, "wagtailadmin_choose_page_search", q=words, **document_type)
        for words in ("statement", "draft")
    )

    assert "Ministry statement on ports" in browsed
    assert "Ministry draft on fisheries" not in browsed
    assert "London draft on visas" in searched
    assert "Ministry statement on ports" in searched
    assert "Ministry draft on fisheries" not in searched
    assert "Buenos Aires statement on trade" not in searched


# The demo's accounts -------------------------------------------------------------------------


def test_the_demo_has_one_account_per_role_with_the_demo_password(client):
    from legation.demo import sites as demo_sites
    from legation.demo.accounts import ensure_demo_accounts
    from legation.demo.passwords import DEMO_PASSWORD
    from legation.missions.models import MinistryHomePage

    Site.objects.all().delete()
    root = Page.get_first_root_node()
    for spec, home_class in (
        (demo_sites.MINISTRY, MinistryHomePage),
        *((spec, MissionHomePage) for spec in demo_sites.MISSIONS),
    ):
        home = root.add_child(instance=home_class(title=spec["titles"]["en-gb"], slug=spec["slug"]))
        Site.objects.create(
            hostname="127.0.0.1",
            port=spec["port"],
            root_page=home,
            site_name=spec["titles"]["en-gb"],
        )

    accounts = {account.username: account for account in ensure_demo_accounts()}
    again = ensure_demo_accounts()

    assert {
        "ministry-editor",
        "london-editor",
        "london-translator-ru",
        "reviewer",
        "publisher",
    } <= set(accounts)
    assert all(account.password == DEMO_PASSWORD for account in accounts.values())
    assert all(account.password is None for account in again)  # set once, printed once
    for username in accounts:
        assert client.login(username=username, password=DEMO_PASSWORD), username
    london_editor = get_user_model().objects.get(username="london-editor")
    london = Page.objects.get(slug="embassy-london")
    ministry = Page.objects.get(slug="ministry")
    assert london.permissions_for_user(london_editor).can_edit()
    assert not ministry.permissions_for_user(london_editor).can_edit()
    reviewer = get_user_model().objects.get(username="reviewer")
    assert reviewer.groups.count() == 3
