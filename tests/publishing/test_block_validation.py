"""A transcript turn is checked the same at "Save draft" as at "Publish" or "Schedule".

Wagtail 8 skips the required parts of blocks when a draft is saved; an empty answer used to be
saved as a draft and refused only when the editor scheduled it.
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from legation.documents.models import DocumentPage
from tests.utils.builders import make_kind, make_ministry, make_person

pytestmark = pytest.mark.django_db

SAVE_DRAFT = {}
PUBLISH = {"action-publish": "publish"}


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def archive():
    return make_ministry()[1]


@pytest.fixture
def speaker():
    return make_person("Vera Anders")


def add_document(client, archive, blocks, action):
    data = nested_form_data(
        {
            "title": "Remarks and answers",
            "slug": "remarks-and-answers",
            "kind": make_kind("transcript").pk,
            "published_at": "2025-05-12 22:50",
            "event_date": "",
            "event_date_precision": "day",
            "event_place": "",
            "lead": "",
            "body": streamfield(blocks),
            "related_documents": inline_formset([]),
            "attachments": inline_formset([]),
            "change_notes": inline_formset([]),
            **action,
        }
    )
    url = reverse("wagtailadmin_pages:add", args=("documents", "documentpage", archive.pk))
    return client.post(url, data)


def body_errors(response):
    """{block position: (the block's own messages, {part: message})} of a refused form."""
    assert response.status_code == 200, "the form was accepted"
    [error] = response.context["form"].errors.as_data()["body"]
    errors = {}
    for position, block_error in error.block_errors.items():
        if not hasattr(block_error, "block_errors"):  # a block of one field, such as a note
            errors[position] = (block_error.messages, {})
            continue
        own = [message for problem in block_error.non_block_errors.as_data() for message in problem]
        parts = {
            part: " ".join(problem.messages) for part, problem in block_error.block_errors.items()
        }
        errors[position] = (own, parts)
    return errors


def text(value):
    # What the editor's rich text field sends: null when it is empty.
    return rich_text(f"<p>{value}</p>") if value else "null"


@pytest.mark.parametrize("action", [SAVE_DRAFT, PUBLISH], ids=["save draft", "publish"])
def test_an_answer_without_text_is_refused_with_a_message_on_the_block(
    editor, archive, speaker, action
):
    response = add_document(
        editor,
        archive,
        [
            ("statement", {"speaker": speaker.pk, "text": text("We have agreed.")}),
            ("answer", {"speaker": speaker.pk, "speaking_after": "", "text": text("")}),
        ],
        action,
    )

    assert body_errors(response) == {
        1: (
            ["This answer needs its text before it can be saved."],
            {"text": "This field is required."},
        )
    }
    assert not DocumentPage.objects.exists()


@pytest.mark.parametrize("action", [SAVE_DRAFT, PUBLISH], ids=["save draft", "publish"])
def test_an_empty_question_and_an_empty_note_are_refused(editor, archive, action):
    response = add_document(
        editor,
        archive,
        [
            (
                "question",
                {
                    "asker": "",
                    "outlet": "Baltic Wire",
                    "addressed_to": streamfield([]),
                    "text": text(""),
                },
            ),
            ("note", ""),
        ],
        action,
    )

    assert body_errors(response) == {
        0: (
            ["This question needs its text before it can be saved."],
            {"text": "This field is required."},
        ),
        1: (["This field is required."], {}),
    }
    assert not DocumentPage.objects.exists()


def test_a_statement_without_its_speaker_is_refused_at_save_draft(editor, archive):
    response = add_document(
        editor,
        archive,
        [("statement", {"speaker": "", "text": text("Good afternoon.")})],
        SAVE_DRAFT,
    )

    assert body_errors(response) == {
        0: (
            ["This statement needs its speaker before it can be saved."],
            {"speaker": "This field is required."},
        )
    }


def test_a_draft_with_complete_turns_is_saved(editor, archive, speaker):
    complete = [("answer", {"speaker": speaker.pk, "speaking_after": "", "text": text("Soon.")})]
    assert add_document(editor, archive, complete, SAVE_DRAFT).status_code == 302
    draft = DocumentPage.objects.get()
    assert not draft.live
    assert [block.block_type for block in draft.body] == ["answer"]
