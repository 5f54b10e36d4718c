"""Only what is public, at once: the index follows every publishing event in its transaction."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import PageViewRestriction

from legation.documents.models import DocumentPage
from legation.publishing.actions.withdraw import WithdrawDocumentAction
from legation.publishing.scheduling import Worker
from legation.search.query import Query
from legation.search.search import Search
from tests.utils.builders import add_document, paragraph, translate

pytestmark = pytest.mark.django_db


def found(text):
    return [hit.page.pk for hit in Search(Query.parse(text)).hits()]


def test_a_scheduled_document_is_found_from_its_second_on(world):
    due = timezone.now().replace(microsecond=0) + datetime.timedelta(days=2)
    scheduled = add_document(
        world.ministry_archive,
        "Statement on the lighthouse keepers",
        world.statement_kind,
        live=False,
        published_at=due,
        go_live_at=due,
        body=[paragraph("The lighthouse keepers return to Cape Orrin.")],
    )
    # A translator published the Russian version at once: live, but not before its source.
    russian = translate(scheduled, "ru-ru", title="Заявление о смотрителях маяков", publish=False)
    russian.title = "Заявление о смотрителях маяков"
    russian.published_at = timezone.now() - datetime.timedelta(minutes=1)
    russian.go_live_at = None
    russian.save_revision().publish()
    assert DocumentPage.objects.get(pk=russian.pk).live
    assert found("lighthouse") == [] and found("смотрителях") == []

    with freeze_time(due - datetime.timedelta(seconds=1)):
        Worker().run_due()
        assert found("lighthouse") == []
    with freeze_time(due):
        Worker().run_due()  # the worker's round at the second, as `legation worker` runs it
        assert set(found("lighthouse")) == {scheduled.pk, russian.pk}
        assert found("смотрителях") == [russian.pk]


def test_a_withdrawn_document_is_gone_in_every_language(world):
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "x")
    assert len(found("ministerio")) == 1 and len(found("ship")) == 1
    WithdrawDocumentAction(world.statement, editor, "Issued in error.").execute()
    assert found("ship") == [] and found("ministerio") == [] and found("правилам") == []


def test_an_expiry_that_passed_hides_the_document_before_the_worker_runs(world):
    DocumentPage.objects.filter(pk=world.mission_note.pk).update(
        expire_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert found("festival") == []
    Worker().run_due()
    assert found("festival") == []


def test_a_restriction_hides_every_version_until_it_is_lifted(world):
    restriction = PageViewRestriction.objects.create(
        page=world.statement, restriction_type=PageViewRestriction.PASSWORD, password="staff"
    )
    assert found("ship") == [] and found("acuerdo") == []
    restriction.delete()
    assert len(found("ship")) == 1 and len(found("acuerdo")) == 1


def test_an_edit_replaces_the_words_it_changed(world):
    page = DocumentPage.objects.get(pk=world.mission_note.pk)
    page.title = "Consular hours during the regatta"
    page.body = [paragraph("The consular section keeps its hours during the regatta.")]
    page.save_revision().publish()
    assert found("regatta") == [page.pk]
    assert found("festival") == []
    # A draft is not public: its words are not found until it is published.
    page.title = "Consular hours in winter"
    page.save_revision()
    assert found("winter") == []
