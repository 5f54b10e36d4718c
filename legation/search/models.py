"""The search index: one row per public document in each language, one per transcript turn.

Rows are written only from the public gate (indexing.py) and removed the moment a document
stops being public, so a query never has to ask the gate about thousands of pages. The text
columns hold words already stemmed for the document's language (text.py); each engine keeps
its own full-text index over them, made by this app's migration: an FTS5 table kept in step
by triggers on SQLite, a generated tsvector column with a GIN index on PostgreSQL.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    page = models.OneToOneField(
        "documents.DocumentPage", on_delete=models.CASCADE, related_name="search_entry"
    )
    document_key = models.UUIDField(db_index=True)  # the translation key of every version
    language = models.CharField(max_length=15)
    site_key = models.UUIDField()  # the translation key of the site's home
    kind = models.CharField(max_length=255)  # the kind's slug, the same in every language
    published_at = models.DateTimeField()
    year = models.PositiveSmallIntegerField()  # of publication, in the site's time zone
    title = models.TextField()
    text = models.TextField()  # lead and body as plain text, for snippets
    title_terms = models.TextField()
    terms = models.TextField()
    # Its SearchTag rows as "facet:slug", counted from the document's search_match row
    # (backends.py) rather than joined row by row.
    tag_values = models.JSONField(default=list)

    class Meta:
        db_table = "search_document"
        verbose_name = _("search entry")
        indexes = [
            models.Index(fields=["published_at", "id"], name="search_document_newest"),
            models.Index(fields=["site_key", "language"], name="search_document_site"),
        ]

    def __str__(self):
        return f"{self.title} ({self.language})"


class SearchTurn(models.Model):
    """A transcript turn, found by its words and by who spoke them."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="turns")
    number = models.PositiveIntegerField()
    anchor = models.CharField(max_length=32)  # as the page renders it: turn-3
    kind = models.CharField(max_length=16)  # statement, question or answer
    speaker_slug = models.CharField(max_length=120, blank=True)
    speaker_name = models.CharField(max_length=255, blank=True)
    speaker_role = models.CharField(max_length=255, blank=True)  # the role held that day
    question = models.TextField(blank=True)  # for an answer: the question it answers
    question_anchor = models.CharField(max_length=32, blank=True)
    text = models.TextField()
    terms = models.TextField()

    class Meta:
        db_table = "search_turn"
        indexes = [models.Index(fields=["speaker_slug"], name="search_turn_speaker")]

    def __str__(self):
        return f"{self.document} #{self.anchor}"


class SearchTag(models.Model):
    """A person or an organisation a document names, by the slug every language shares."""

    PERSON = "person"
    ORGANISATION = "organisation"

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="tags")
    facet = models.CharField(max_length=16)
    slug = models.CharField(max_length=120)

    class Meta:
        db_table = "search_tag"
        indexes = [
            models.Index(fields=["facet", "slug"], name="search_tag_value"),
            models.Index(fields=["document", "facet"], name="search_tag_document"),
        ]

    def __str__(self):
        return self.value

    @property
    def value(self):
        """As SearchDocument.tag_values holds it."""
        return f"{self.facet}:{self.slug}"
