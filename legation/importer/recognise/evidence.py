"""Why the recogniser says what it says: for each field, the rule that gave its value, where
on the page it was read, and how far the rule is to be trusted.

The confidences are the recogniser's own judgement of each rule (0–1), not a probability
measured on a corpus: markup a page states outright (its <h1>, article:published_time) rates
above a line the text merely suggests, and a fallback ("no phrase names the kind") rates
lowest. A page is as certain as its least certain field; below LOW_CONFIDENCE it is listed
for a person to check (docs/importer.md).
"""

from dataclasses import dataclass

LOW_CONFIDENCE = 0.8
SOURCE_CHARS = 80  # a quoted line is shortened to this, so each reason stays one line


@dataclass(frozen=True)
class Evidence:
    field: str
    value: object
    rule: str  # the rule that gave the value, in words
    source: str  # the element or the line it was read from; "" when nothing on the page was
    confidence: float

    def to_json(self):
        return {"rule": self.rule, "source": self.source, "confidence": self.confidence}

    def describe(self):
        where = f": {self.source}" if self.source else ""
        return f"{self.rule}{where}; {self.confidence:.2f}"


def quoted(line):
    """A line of the page as a reason shows it: in quotes, shortened to SOURCE_CHARS."""
    line = " ".join(line.split())
    if len(line) > SOURCE_CHARS:
        line = line[: SOURCE_CHARS - 1] + "…"
    return f'line "{line}"'
