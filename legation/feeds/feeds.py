"""The documents of a site as a feed: Django's syndication framework (django.contrib.syndication
Feed) over the feed's selection, in RSS 2.0 or Atom."""

from django.contrib.syndication.views import Feed

from .generators import DocumentAtomFeed, DocumentRssFeed


class DocumentFeed(Feed):
    feed_type = DocumentRssFeed
    item_guid_is_permalink = False

    def get_object(self, request):
        return request.feed_selection

    def title(self, selection):
        return selection.title

    def description(self, selection):
        return selection.title

    def link(self, selection):
        return selection.home_url

    def feed_url(self, selection):
        return selection.url

    def feed_guid(self, selection):
        return selection.url

    def author_name(self, selection):
        """The site (the ministry or the mission) publishes every entry; speakers are the
        entries' contributors."""
        return selection.home.title

    def get_feed(self, obj, request):
        """Django's generator with the feed's language as a BCP 47 tag (en-GB), as each entry
        has its own; the framework takes it from a class attribute, not from the object."""
        generator = super().get_feed(obj, request)
        generator.feed["language"] = obj.language
        return generator

    def items(self, selection):
        return selection.entries

    def item_title(self, entry):
        return entry.document.title

    def item_link(self, entry):
        return entry.url

    def item_guid(self, entry):
        return entry.id

    def item_description(self, entry):
        return entry.summary

    def item_pubdate(self, entry):
        return entry.document.published_at

    def item_updateddate(self, entry):
        return entry.document.last_published_at or entry.document.published_at

    def item_extra_kwargs(self, entry):
        return {"entry": entry}


class DocumentAtom(DocumentFeed):
    feed_type = DocumentAtomFeed
