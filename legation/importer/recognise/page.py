"""What the recogniser makes of a page: a plain record, independent of the database."""

import hashlib
import json
from dataclasses import dataclass, field

from .card import OrganisationCard
from .evidence import Evidence
from .widgets import Widgets

DRY_RUN_KEYS = (
    "file", "site_kind", "language", "doc_type", "title", "published", "event_place",
    "event_date", "speakers", "qa_turns", "languages_offered", "listing_items",
)  # fmt: skip
# What the dry run's JSON adds to the facts: why each field has its value (docs/importer.md).
REASON_KEYS = ("confidence", "why")


@dataclass
class ParsedPage:
    file: str
    site_kind: str  # article, listing or homepage
    language: str | None
    doc_type: str
    title: str | None = None
    published: object = None  # PartialDate
    event_place: str | None = None
    event_date: object = None  # PartialDate, day or month precision
    speakers: list = field(default_factory=list)
    languages_offered: list = field(default_factory=list)
    listing_items: list = field(default_factory=list)  # ListingItem
    blocks: list = field(default_factory=list)  # transcript.Block
    toc: list = field(default_factory=list)
    lead: str = ""
    additional_materials: list = field(default_factory=list)
    organisation: OrganisationCard = field(default_factory=OrganisationCard)
    widgets: Widgets = field(default_factory=Widgets)
    featured_title: str | None = None
    source_url: str | None = None
    content_hash: str = ""
    evidence: dict = field(default_factory=dict)  # field -> Evidence, in the order noted

    def note(self, name, rule, source="", confidence=1.0):
        """Record why `name` has the value it now has."""
        self.evidence[name] = Evidence(name, getattr(self, name), rule, source, confidence)

    @property
    def weakest(self):
        """The Evidence of the least certain field, None before any is noted."""
        return min(self.evidence.values(), key=lambda found: found.confidence, default=None)

    @property
    def confidence(self):
        """As certain as the least certain field."""
        return self.weakest.confidence if self.evidence else 1.0

    @property
    def qa_turns(self):
        return sum(1 for block in self.blocks if block.type == "question" and not block.resumed)

    def to_json(self):
        """The facts of the dry run, under exactly the keys the importer documents."""
        return {
            "file": self.file,
            "site_kind": self.site_kind,
            "language": self.language,
            "doc_type": self.doc_type,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "event_place": self.event_place,
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "speakers": list(self.speakers),
            "qa_turns": self.qa_turns,
            "languages_offered": list(self.languages_offered),
            "listing_items": [item.to_json() for item in self.listing_items],
        }

    def reasons_json(self):
        """The page's confidence, and for each field the rule, source and confidence."""
        return {
            "confidence": self.confidence,
            "why": {name: found.to_json() for name, found in self.evidence.items()},
        }

    def to_full_json(self):
        """Everything recognised, the body as blocks included: what the writer imports."""
        return {
            **self.to_json(),
            **self.reasons_json(),
            "source_url": self.source_url,
            "content_hash": self.content_hash,
            "lead": self.lead,
            "toc": list(self.toc),
            "body": [block.to_json() for block in self.blocks],
            "additional_materials": list(self.additional_materials),
            "organisation": self.organisation.to_json() if self.organisation else None,
            "featured_title": self.featured_title,
            "listing_leads": [item.lead for item in self.listing_items],
            "homepage": self.widgets.to_json() if self.widgets else None,
        }


def content_hash(lines):
    """A fingerprint of the text that ignores spacing and furniture, for re-imports."""
    digest = hashlib.sha256()
    for line in lines:
        digest.update(json.dumps(" ".join(line.split())).encode())
    return digest.hexdigest()
