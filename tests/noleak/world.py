"""The probe's world: a ministry and a mission in several languages, live texts that point at
documents in every non-public state, and those documents with everything they carry.

Each non-public document carries one made-up word (its marker) in its title, slug, body,
translation, attachment and image file names, and in the names of the one person and the one
organisation only it names. A reader who finds the marker anywhere has found a leak.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from legation.documents.models import DocumentAttachment, DocumentPage, RelatedDocument
from legation.missions.models import FeaturedItem, SyndicatedDocument
from legation.publishing.actions.withdraw import WithdrawDocumentAction
from legation.publishing.models import EmbargoLink
from tests.utils.builders import (
    MINISTRY_HOST,
    MISSION_HOST,
    add_document,
    locale,
    make_kind,
    make_ministry,
    make_mission,
    make_organisation,
    make_person,
    paragraph,
    translate,
)

MINISTRY_LANGUAGES = ("en-gb", "ru-ru", "de-de")
MISSION_LANGUAGES = ("en-gb", "ru-ru")
GO_LIVE = timezone.now().replace(microsecond=0) + datetime.timedelta(days=30)

# state: (marker, goes public at GO_LIVE by the worker / by a publisher, or stays out)
STATES = {
    "draft": "Quillmark",
    "in review": "Brastovel",
    "scheduled": "Corvanet",
    "embargoed": "Dunmarrow",
    "expired": "Elsquith",
    "withdrawn": "Fenwracke",
    "view-restricted": "Galdurin",
    "translation of a scheduled source": "Hestrovia",
}
RELEASED_BY_TIME = ("scheduled", "embargoed", "translation of a scheduled source")
RELEASED_BY_PUBLISHING = ("draft", "in review")


@dataclass
class Probe:
    """One non-public document and what it carries."""

    state: str
    marker: str
    document: DocumentPage = None
    translation: DocumentPage = None
    files: list = field(default_factory=list)  # addresses of its attachment and images
    revoked_preview: str = ""  # the token of a preview link that was revoked

    @property
    def slug(self):
        return f"statement-{self.marker.lower()}"


@dataclass
class World:
    ministry: object
    mission: object
    companion: DocumentPage  # a live text linking to and listing every probe
    kind: object
    probes: list
    editor: object

    def homes(self):
        return [(MINISTRY_HOST, code) for code in MINISTRY_LANGUAGES] + [
            (MISSION_HOST, code) for code in MISSION_LANGUAGES
        ]

    def year_of(self, probe, host=MINISTRY_HOST, code="en-gb"):
        """The year of the probe's version in `code` on the calendar of the site at `host`,
        which files its lists in its own zone: at 23:30 UTC on 31 December it is already next
        year in Berlin. The Russian version has a date of its own (today)."""
        home = self.ministry if host == MINISTRY_HOST else self.mission
        version = probe.translation if code == "ru-ru" else probe.document
        return version.published_at.astimezone(home.zone).year


def build_world():
    ministry, ministry_archive = make_ministry()
    mission, mission_archive = make_mission()
    for code in MINISTRY_LANGUAGES[1:]:
        translate(ministry, code)
        translate(ministry_archive, code)
    for code in MISSION_LANGUAGES[1:]:
        translate(mission, code)
        translate(mission_archive, code)
    kind = make_kind("statement")
    council = make_organisation("Council of Nations")
    spokesperson = make_person("Vera Anders", ("Spokesperson", council, None, None, True))
    for snippet in (kind, council, spokesperson):
        _in_russian(snippet)
    editor = get_user_model().objects.create_superuser("probe-editor", "probe@example.org", "x")

    probes = [
        _make_probe(state, marker, ministry_archive, kind, spokesperson, council)
        for state, marker in STATES.items()
    ]
    links = "".join(
        f'<p><a linktype="page" id="{probe.document.pk}">read more</a></p>' for probe in probes
    )
    companion = add_document(
        ministry_archive,
        "Companion statement",
        kind,
        body=[("paragraph", RichText(links))],
        participants=[spokesperson],
        organisations=[council],
    )
    for probe in probes:
        RelatedDocument.objects.create(page=companion, document=probe.document)
        FeaturedItem.objects.create(page=ministry, document=probe.document)
        SyndicatedDocument.objects.create(page=mission, document=probe.document)
    companion.save_revision().publish()
    ministry.save_revision().publish()
    mission.featured_document = probes[2].document
    mission.save_revision().publish()
    translate(companion, "ru-ru", title="Сопроводительное заявление")

    for probe in probes:
        _put_in_state(probe, editor)
    return World(ministry, mission, companion, kind, probes, editor)


def _make_probe(state, marker, archive, kind, spokesperson, council):
    probe = Probe(state, marker)
    person = _in_russian(make_person(f"Ada {marker}"))
    organisation = _in_russian(make_organisation(f"{marker} Assembly"))
    image = Image.objects.create(
        title=f"{marker} photo", file=get_test_image_file(f"{marker.lower()}-photo.png")
    )
    annex = Document.objects.create(
        title=f"{marker} annex",
        file=ContentFile(b"%PDF-1.4 " + marker.encode(), name=f"{marker.lower()}-annex.pdf"),
    )
    scheduled = state in RELEASED_BY_TIME
    document = add_document(
        archive,
        f"Statement {marker}",
        kind,
        slug=probe.slug,
        live=False,
        published_at=GO_LIVE if scheduled else None,
        go_live_at=GO_LIVE if scheduled else None,
        body=[
            paragraph(f"The words of {marker}."),
            ("image", {"image": image, "caption": f"{marker} at the podium"}),
        ],
    )
    # As the admin's first save of a new document does: the row holds the draft's relations.
    document.participants.set([person, spokesperson])
    document.organisations.set([organisation, council])
    document.attachments.add(DocumentAttachment(attachment=annex))
    document.save()
    revision = document.save_revision()
    if scheduled:
        revision.publish()  # a schedule: Wagtail keeps it for the worker
    probe.document = DocumentPage.objects.get(pk=document.pk)
    revoked = EmbargoLink.objects.create(
        document=probe.document, recipient_name="Jon Aldis", email="jon@press.example"
    )
    revoked.revoke(None)
    probe.revoked_preview = revoked.token
    probe.files = [annex.url, image.file.url, image.get_rendition("width-800").url]
    return probe


def _in_russian(snippet):
    """The snippet with a Russian version (same slug), as a translator would add it."""
    snippet.copy_for_translation(locale("ru-ru")).save()
    return snippet


def _put_in_state(probe, editor):
    document = probe.document
    if probe.state == "in review":
        document.get_workflow().start(document, editor)
    elif probe.state == "embargoed":
        EmbargoLink.objects.create(
            document=document, recipient_name="Ines Okafor", email="ines@press.example"
        )
    elif probe.state in ("expired", "withdrawn", "view-restricted"):
        document.get_latest_revision().publish()
    # Every probe has a Russian version a translator published at once, dated today: live in
    # Wagtail, only the gate can hold it back with its source.
    probe.translation = translate(
        document, "ru-ru", title=f"Заявление {probe.marker}", publish=False
    )
    probe.translation.published_at = timezone.now() - datetime.timedelta(minutes=1)
    probe.translation.save_revision().publish()
    assert DocumentPage.objects.get(pk=probe.translation.pk).live
    if probe.state == "expired":
        DocumentPage.objects.filter(translation_key=document.translation_key).update(
            expire_at=timezone.now() - datetime.timedelta(minutes=1)
        )
    elif probe.state == "withdrawn":
        WithdrawDocumentAction(document, editor, "Issued in error.").execute()
    elif probe.state == "view-restricted":
        PageViewRestriction.objects.create(
            page=document, restriction_type=PageViewRestriction.PASSWORD, password="ministry"
        )
