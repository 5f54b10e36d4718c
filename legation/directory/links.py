"""Where a link to a person or an organisation goes: only to a page that exists.

A person's page exists under a site's home in each language the person has a public version
in; texts name people by their source version (a Russian transcript's turns point at the
English entry). So a link goes to the version in the page's language, else to the version in
another language of the site (the link then says which), else nowhere: the name is shown as
text.
"""

from dataclasses import dataclass

from django.conf import settings

from legation.core.languages import bcp47

from .models import Organisation, Person

ROUTES = {Person: "person", Organisation: "organisation"}


@dataclass(frozen=True)
class DirectoryLink:
    name: str
    url: str | None
    language_code: str  # of the version linked to (or named, without a link)
    is_other_language: bool

    @property
    def tag(self):
        return bcp47(self.language_code)


def directory_link(site_root, entry, request=None):
    """The link from a page under `site_root` (one language's home) to `entry`'s page."""
    return directory_links(site_root, [entry], request)[0]


def directory_links(site_root, entries, request=None, versions=None):
    """The links to several entries, their public versions read in one query per model; kept
    on the request, so a transcript naming the same speakers in every turn asks once. With
    `versions` (rows of every version of the entries, with their locales, read already) the
    public ones are picked from them, by the keys `public()` filters by, with no query."""
    known = getattr(request, "_legation_directory_links", None) if request else None
    if known is None:
        known = {}
        if request is not None:
            request._legation_directory_links = known
    wanted = {}
    for entry in entries:
        key = (type(entry), entry.translation_key, site_root.pk)
        if key not in known:
            wanted.setdefault(type(entry), {})[entry.translation_key] = entry
    for model, by_key in wanted.items():
        public = _public_versions(model, by_key, versions)
        by_language = {}
        for version in public:
            by_language.setdefault(version.translation_key, {})[version.locale.language_code] = (
                version
            )
        for translation_key, entry in by_key.items():
            known[(model, translation_key, site_root.pk)] = _link(
                site_root, entry, by_language.get(translation_key, {}), request
            )
    return [known[(type(entry), entry.translation_key, site_root.pk)] for entry in entries]


def _public_versions(model, keys, versions):
    if versions is None:
        return model.objects.public().filter(translation_key__in=keys).select_related("locale")
    from .publication import public_keys  # it reads the documents, which link: imported late

    public = public_keys(model)
    return [
        version
        for version in versions
        if type(version) is model and version.translation_key in keys
        if version.translation_key in public
    ]


def _link(site_root, entry, versions, request):
    here = site_root.locale.language_code
    site_languages = [code for code, _name in settings.LANGUAGES if code in site_root.languages]
    order = [here, site_root.default_language, *site_languages]
    for language_code in dict.fromkeys(order):
        version = versions.get(language_code)
        home = (
            site_root
            if language_code == here
            else site_root.get_translation_or_none(version.locale)
            if version
            else None
        )
        if version is None or home is None or not home.live:
            continue
        url = home.get_url(request) + home.reverse_subpage(
            ROUTES[type(entry)], args=(version.slug,)
        )
        return DirectoryLink(version.name, url, language_code, language_code != here)
    return DirectoryLink(entry.name, None, entry.locale.language_code, False)
