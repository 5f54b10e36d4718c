"""What imports leave for editors: legacy list items and mission settings candidates."""

from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ListingItem, MissionSettingsCandidate


class ListingItemViewSet(SnippetViewSet):
    model = ListingItem
    icon = "list-ul"
    list_display = ["title", "date_shown", "document", "site_root"]
    list_filter = ["site_root"]


class MissionSettingsCandidateViewSet(SnippetViewSet):
    model = MissionSettingsCandidate
    icon = "cog"
    list_display = ["key", "kind", "seen_on", "applied", "site_root"]
    list_filter = ["kind", "applied"]


class ImportViewSetGroup(ViewSetGroup):
    menu_label = "Legacy import"
    menu_icon = "download"
    items = (ListingItemViewSet, MissionSettingsCandidateViewSet)


register_snippet(ImportViewSetGroup)
