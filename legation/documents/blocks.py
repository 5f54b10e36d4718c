"""The body of a document: a stream of typed blocks, transcript turns among them.

A question or answer is data here, not formatting, so the page derives its contents, its
list of answers to media questions and its speaker index from the turns themselves.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from legation.directory.blocks import PersonChooserBlock

TURN_FEATURES = ["bold", "italic", "link", "ol", "ul"]
PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "documents/blocks/heading.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "documents/blocks/quote.html"


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "documents/blocks/image.html"


class TurnBlock(blocks.StructBlock):
    """A transcript turn, whose required parts are required in a draft too.

    Wagtail 8 skips the required parts of blocks when a draft is saved (they are checked only
    on publishing or scheduling), so an empty answer would be saved and refused later at
    "Schedule". A turn without its words or its speaker is not a draft of anything: its parts
    are `required_on_save`, and the block says which part it lacks.
    """

    def clean(self, value):
        try:
            return super().clean(value)
        except StructBlockValidationError as error:
            missing = [
                str(self.child_blocks[name].label)
                for name, child_error in error.block_errors.items()
                if getattr(child_error, "code", None) == "required"
            ]
            if not missing:
                raise
            message = _("This %(turn)s needs its %(parts)s before it can be saved.") % {
                "turn": str(self.meta.label).lower(),
                "parts": ", ".join(missing),
            }
            raise StructBlockValidationError(
                block_errors=error.block_errors,
                non_block_errors=[*error.non_block_errors.as_data(), message],
            ) from error


def required_on_save(block):
    """The block, required at "Save draft" too. Set on its options rather than passed to its
    constructor, so that the body's stored definition (and so its migrations) stay the same."""
    block.meta.required_on_save = True
    return block


def turn_text():
    return required_on_save(blocks.RichTextBlock(label=_("text"), features=TURN_FEATURES))


class StatementBlock(TurnBlock):
    """A speaker's continuous remarks: an opening statement, a speech within a transcript."""

    speaker = required_on_save(PersonChooserBlock(label=_("speaker")))
    text = turn_text()

    class Meta:
        icon = "user"
        label = _("Statement")
        template = "documents/blocks/statement.html"


class QuestionBlock(TurnBlock):
    """A question from the floor: asked by a named person or by an outlet, to some people."""

    asker = PersonChooserBlock(label=_("asked by"), required=False)
    outlet = blocks.CharBlock(
        label=_("outlet"),
        required=False,
        help_text=_("The media outlet asking, when given (e.g. a news agency)."),
    )
    addressed_to = blocks.ListBlock(PersonChooserBlock(), label=_("addressed to"), default=[])
    text = turn_text()

    class Meta:
        icon = "help"
        label = _("Question")
        template = "documents/blocks/question.html"


class AnswerBlock(TurnBlock):
    speaker = required_on_save(PersonChooserBlock(label=_("speaker")))
    speaking_after = PersonChooserBlock(
        label=_("speaking after"),
        required=False,
        help_text=_("When the speaker answers after another speaker has answered."),
    )
    text = turn_text()

    class Meta:
        icon = "comment"
        label = _("Answer")
        template = "documents/blocks/answer.html"


class NoteBlock(blocks.CharBlock):
    """What the transcript records besides words: (Laughter), (Applause), (inaudible)."""

    class Meta:
        icon = "info-circle"
        label = _("Note")
        required_on_save = True  # an empty note is refused at "Save draft" too
        template = "documents/blocks/note.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=PARAGRAPH_FEATURES,
        template="documents/blocks/paragraph.html",
    )
    heading = HeadingBlock()
    quote = QuoteBlock()
    image = FigureBlock()
    statement = StatementBlock()
    question = QuestionBlock()
    answer = AnswerBlock()
    note = NoteBlock()


TURN_TYPES = frozenset({"statement", "question", "answer"})
