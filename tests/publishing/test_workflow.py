"""Draft → in review → approved → published or scheduled, on each site's Wagtail workflow; a
publisher publishes directly; the History shows who did what; revisions compare and restore."""

import datetime
import re
from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Revision

from legation.documents.models import DocumentPage

from .sites_and_roles import add_draft, build_site, member_of, site_group

pytestmark = pytest.mark.django_db


@pytest.fixture
def london():
    return build_site("london")["en-gb"]


@pytest.fixture
def people(london):
    return {
        "editor": member_of("london-editor", site_group("london", "mission editors")),
        "reviewer": member_of("london-reviewer", site_group("london", "reviewers")),
        "publisher": member_of("london-publisher", site_group("london", "publishers")),
    }


@pytest.fixture
def draft(london):
    return add_draft(london, "Statement on consular hours")


def edit_form_data(client, page, form_url=None, **changes):
    """What the edit view's form (or another view's form of the page, such as a revision's)
    would post back unchanged, with `changes` made by the editor."""
    response = client.get(form_url or reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    form = response.context["form"]
    data = {}
    for bound_forms in [
        [form],
        *([formset.management_form, *formset.forms] for formset in form.formsets.values()),
    ]:
        for bound_form in bound_forms:
            for field in bound_form:
                value = field.value()
                if field.name == "body":
                    data["body-count"] = "0"  # the test's documents have no blocks
                elif isinstance(value, (list, tuple)):
                    data[field.html_name] = [str(item) for item in value]
                elif isinstance(value, bool):
                    if value:
                        data[field.html_name] = "on"
                elif value is not None:
                    data[field.html_name] = field.field.widget.format_value(value) or ""
    data.update(changes)
    return data


def post_edit(client, page, action, form_url=None, **changes):
    data = edit_form_data(client, page, form_url, **changes)
    data[action] = action
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, (
        response.context["form"].errors if response.context else response
    )
    return DocumentPage.objects.get(pk=page.pk)


def approve(client, page):
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": ""})
    assert response.status_code == 302
    return DocumentPage.objects.get(pk=page.pk)


def history(client, page):
    """The rows of the document's History (Wagtail's audit log), as text, newest first."""
    response = client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    listing = html[html.index('<table class="listing">') :].split("</tbody>")[0]
    return [
        " ".join(unescape(re.sub(r"<[^>]+>", " ", row)).split())
        for row in re.findall(r"<tr.*?</tr>", listing.split("<tbody", 1)[1], re.S)
    ]


def test_a_mission_editor_submits_and_the_missions_reviewer_approves_and_publishes(
    client, people, draft
):
    client.force_login(people["editor"])
    submitted = post_edit(client, draft, "action-submit")
    assert submitted.workflow_in_progress and not submitted.live
    assert submitted.get_workflow().name == "London embassy — review"

    client.force_login(people["reviewer"])
    approved = approve(client, submitted)

    assert approved.live
    assert not approved.workflow_in_progress
    client.force_login(people["publisher"])
    assert history(client, approved)[:3] == [
        "Published Live version london-reviewer Just now",
        "Approved at 'London embassy — review'. 'London embassy — review' complete "
        "london-reviewer Just now",
        "'London embassy — review' started. Next step 'London embassy — review' "
        "london-editor Just now",
    ]


def test_an_approved_document_with_a_time_ahead_is_scheduled_not_published(client, people, draft):
    tomorrow = timezone.localtime(timezone.now() + datetime.timedelta(days=1), draft.zone)
    client.force_login(people["editor"])
    # The publication time is the document's schedule (its go-live follows it).
    submitted = post_edit(
        client, draft, "action-submit", published_at=tomorrow.strftime("%Y-%m-%d %H:%M")
    )

    client.force_login(people["reviewer"])
    approved = approve(client, submitted)

    assert not approved.live
    assert approved.scheduled_revision is not None
    assert approved.scheduled_revision.approved_go_live_at > timezone.now()


def test_an_editor_cannot_publish_and_a_publisher_publishes_without_review(client, people, draft):
    client.force_login(people["editor"])
    attempted = post_edit(client, draft, "action-publish")
    assert not attempted.live  # Wagtail saves the editor's draft and publishes nothing

    client.force_login(people["publisher"])
    published = post_edit(client, draft, "action-publish")

    assert published.live
    assert not published.workflow_in_progress
    assert history(client, published)[0] == "Published Live version london-publisher Just now"


def test_a_reviewer_of_another_site_cannot_approve(client, people, draft):
    build_site("buenos-aires")
    stranger = member_of("ba-reviewer", site_group("buenos-aires", "reviewers"))
    client.force_login(people["editor"])
    submitted = post_edit(client, draft, "action-submit")

    client.force_login(stranger)
    task_state = submitted.current_workflow_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[submitted.pk, "approve", task_state.pk]
    )
    response = client.post(url, {"comment": ""})

    assert response.status_code in (302, 403)
    assert not DocumentPage.objects.get(pk=draft.pk).live
    assert DocumentPage.objects.get(pk=draft.pk).workflow_in_progress


def test_revisions_compare_and_an_earlier_one_is_restored(client, people, draft):
    client.force_login(people["editor"])
    post_edit(client, draft, "action-save-draft", title="Statement on consular hours, corrected")
    first, second = Revision.page_revisions.filter(object_id=str(draft.pk)).order_by("pk")
    compare_url = reverse(
        "wagtailadmin_pages:revisions_compare", args=[draft.pk, first.pk, second.pk]
    )
    revert_url = reverse("wagtailadmin_pages:revisions_revert", args=[draft.pk, first.pk])

    compare = client.get(compare_url)
    restored = post_edit(client, draft, "action-save-draft", form_url=revert_url)

    assert compare.status_code == 200
    assert "Statement on consular hours, corrected" in compare.content.decode()
    assert restored.get_latest_revision().content["title"] == "Statement on consular hours"
    latest = history(client, restored)[0]
    assert latest.startswith("Draft saved Current draft") and "london-editor" in latest
