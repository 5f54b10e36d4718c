"""The demo's documents in every state that is not public, for anyone to probe.

Each carries an image and an annex, so that files can be probed too; the README names their
addresses. Every one is written once: running the demo again finds it by its slug.
"""

import datetime
import io

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, PageViewRestriction
from wagtail.rich_text import RichText

from legation.documents.models import DocumentAttachment, DocumentPage
from legation.publishing.actions.withdraw import WithdrawDocumentAction
from legation.publishing.models import EmbargoLink

from .content import topics

RESTRICTED_PASSWORD = "velmora-staff"


def paragraph(text):
    return ("paragraph", RichText(f"<p>{text}</p>"))


class HeldBackWriter:
    """Writes, into the ministry's English archive, one document per non-public state."""

    def __init__(self, now, kinds, organisations):
        self.now = now
        self.kinds = kinds
        self.organisations = organisations
        users = get_user_model().objects
        self.editor = users.get(username="ministry-editor")
        self.publisher = users.get(username="publisher")

    def write(self, archive):
        in_three_days = self.now + datetime.timedelta(days=3)
        topic = topics.TOPICS[3]
        documents = {
            "draft": self.document(
                archive,
                "draft-comment",
                "Draft comment on the border commission",
                "comment",
                "Unfinished draft.",
                ["To be completed by the press department."],
            ),
            "scheduled": self.document(
                archive,
                "scheduled-statement",
                "Foreign Ministry statement on the humanitarian corridors resolution",
                "statement",
                "To be released when the Council of Nations votes.",
                topic["paragraphs"],
                release=in_three_days,
            ),
            "in review": self.document(
                archive,
                "statement-in-review",
                "Statement on the river navigation talks",
                "statement",
                "Submitted for review by the press department.",
                ["The ministry will set out its position on the navigation talks."],
            ),
            "embargoed": self.document(
                archive,
                "embargoed-speech",
                "Minister's address to the Council of Nations",
                "speech",
                "Shared in advance with accredited journalists, under embargo.",
                ["Madam President, distinguished delegates, the Republic of Velmora stands ready."],
                release=in_three_days + datetime.timedelta(hours=2),
            ),
            "expired": self.document(
                archive,
                "expired-travel-notice",
                "Travel notice for the harvest festival weekend",
                "news",
                "Valid until the end of the festival.",
                ["Consular offices close early on the festival weekend."],
                publish=True,
            ),
            "withdrawn": self.document(
                archive,
                "withdrawn-press-release",
                "Press release on the trade delegation's programme",
                "press_release",
                "The programme of the delegation's visit.",
                ["The delegation will visit the port of Marenburg on Thursday."],
                publish=True,
            ),
            "view-restricted": self.document(
                archive,
                "staff-briefing-note",
                "Briefing note for mission staff",
                "briefing",
                "For the staff of the ministry and its missions only.",
                ["Talking points for the week ahead."],
                publish=True,
            ),
        }
        for state, document in documents.items():
            if document is not None:
                self.put_in_state(state, document, archive)

    def document(self, archive, slug, title, kind, lead, texts, release=None, publish=False):
        if DocumentPage.objects.child_of(archive).filter(slug=slug).exists():
            return None
        document = DocumentPage(
            slug=slug,
            title=title,
            kind=self.kinds[kind],
            published_at=release or self.now - datetime.timedelta(days=1),
            go_live_at=release,
            live=False,
            lead=lead,
            body=[paragraph(text) for text in texts] + [self.figure(slug, title)],
        )
        archive.add_child(instance=document)
        document.attachments.add(DocumentAttachment(attachment=self.annex(slug, title)))
        document.organisations.set([self.organisations["council-of-nations"]])
        document.save()
        revision = document.save_revision(user=self.editor)
        if release or publish:
            revision.publish(user=self.publisher)  # a release time makes it a schedule
        return DocumentPage.objects.get(pk=document.pk)

    def put_in_state(self, state, document, archive):
        if state == "scheduled":
            # Its Russian version, published at once by a translator who also changed its
            # publication time: live in Wagtail, it still waits for its source.
            russian = document.copy_for_translation(
                Locale.objects.get(language_code="ru-ru"), copy_parents=True
            )
            russian.title = "Заявление МИД о резолюции по гуманитарным коридорам"
            russian.published_at, russian.go_live_at = self.now, None
            russian.save_revision().publish()
        elif state == "in review":
            document.get_workflow().start(document, self.editor)
        elif state == "embargoed":
            EmbargoLink.objects.create(
                document=document,
                recipient_name="Clara Weiss",
                organisation="Velmora Press Agency",
                email="clara.weiss@press.example",
                created_by=self.publisher,
            )
        elif state == "expired":
            DocumentPage.objects.filter(pk=document.pk).update(
                expire_at=self.now - datetime.timedelta(hours=1)
            )
        elif state == "withdrawn":
            WithdrawDocumentAction(
                document, self.publisher, "The programme of the visit has changed."
            ).execute()
        elif state == "view-restricted":
            PageViewRestriction.objects.create(
                page=document,
                restriction_type=PageViewRestriction.PASSWORD,
                password=RESTRICTED_PASSWORD,
            )

    def figure(self, slug, title):
        image = Image.objects.create(
            title=title, file=ContentFile(placeholder_png(title), name=f"{slug}.png")
        )
        return ("image", {"image": image, "caption": title})

    def annex(self, slug, title):
        text = f"Annex to: {title}\n\nList of participants and programme.\n"
        return Document.objects.create(
            title=f"Annex: {title}", file=ContentFile(text.encode(), name=f"{slug}-annex.txt")
        )


def placeholder_png(caption):
    """A plain picture with its caption written on it, made here: the demo downloads nothing."""
    picture = PillowImage.new("RGB", (800, 450), (34, 62, 98))
    ImageDraw.Draw(picture).text((40, 200), caption, fill=(255, 255, 255))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()
