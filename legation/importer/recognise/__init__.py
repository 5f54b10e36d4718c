"""The recogniser: legacy pages, as text or HTML, into structured records.

Pure Python, no database: `recognise(data, name)` gives a `ParsedPage` or raises
`UnreadablePage` with the reason.
"""

from .page import DRY_RUN_KEYS, REASON_KEYS, ParsedPage
from .pipeline import recognise
from .source import UnreadablePage

__all__ = ["DRY_RUN_KEYS", "REASON_KEYS", "ParsedPage", "UnreadablePage", "recognise"]
