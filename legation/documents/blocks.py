"""The body of a document: a stream of typed blocks, transcript turns among them.

A question or answer is data here, not formatting, so the page derives its contents, its
list of answers to media questions and its speaker index from the turns themselves.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

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


class StatementBlock(blocks.StructBlock):
    """A speaker's continuous remarks: an opening statement, a speech within a transcript."""

    speaker = SnippetChooserBlock("directory.Person", label=_("speaker"))
    text = blocks.RichTextBlock(label=_("text"), features=TURN_FEATURES)

    class Meta:
        icon = "user"
        label = _("Statement")
        template = "documents/blocks/statement.html"


class QuestionBlock(blocks.StructBlock):
    """A question from the floor: asked by a named person or by an outlet, to some people."""

    asker = SnippetChooserBlock("directory.Person", label=_("asked by"), required=False)
    outlet = blocks.CharBlock(
        label=_("outlet"),
        required=False,
        help_text=_("The media outlet asking, when given (e.g. a news agency)."),
    )
    addressed_to = blocks.ListBlock(
        SnippetChooserBlock("directory.Person"), label=_("addressed to"), default=[]
    )
    text = blocks.RichTextBlock(label=_("text"), features=TURN_FEATURES)

    class Meta:
        icon = "help"
        label = _("Question")
        template = "documents/blocks/question.html"


class AnswerBlock(blocks.StructBlock):
    speaker = SnippetChooserBlock("directory.Person", label=_("speaker"))
    speaking_after = SnippetChooserBlock(
        "directory.Person",
        label=_("speaking after"),
        required=False,
        help_text=_("When the speaker answers after another speaker has answered."),
    )
    text = blocks.RichTextBlock(label=_("text"), features=TURN_FEATURES)

    class Meta:
        icon = "comment"
        label = _("Answer")
        template = "documents/blocks/answer.html"


class NoteBlock(blocks.CharBlock):
    """What the transcript records besides words: (Laughter), (Applause), (inaudible)."""

    class Meta:
        icon = "info-circle"
        label = _("Note")
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
