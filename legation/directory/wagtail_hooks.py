from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .choosers import OrganisationChooserViewSet, PersonChooserViewSet
from .models import Organisation, Person

# The viewsets search the models' own search_fields: given field names, Wagtail's SQLite
# search backend looks for FTS columns of those names and fails ("no such column: name").


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "slug", "locale"]
    chooser_viewset_class = PersonChooserViewSet


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "website", "locale"]
    chooser_viewset_class = OrganisationChooserViewSet


class DirectoryGroup(SnippetViewSetGroup):
    menu_label = "Directory"
    menu_icon = "group"
    menu_order = 300
    items = (PersonViewSet, OrganisationViewSet)


register_snippet(DirectoryGroup)
