from .archive import ArchivePage
from .counts import PublicationEvents
from .documents import DocumentAttachment, DocumentPage, DocumentQuerySet, RelatedDocument
from .kinds import DocumentKind

__all__ = [
    "ArchivePage",
    "DocumentAttachment",
    "DocumentKind",
    "DocumentPage",
    "DocumentQuerySet",
    "PublicationEvents",
    "RelatedDocument",
]
