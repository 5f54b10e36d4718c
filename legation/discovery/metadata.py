"""What a page tells crawlers and sharers about itself: its one canonical address, Open Graph
and Twitter card tags, and its schema.org data (structured_data.py).

The canonical address is the page's own version among the language versions the head lists
(legation/core/translations.py), so it keeps a person's route and an archive's filters; a
ministry document that missions list keeps its one address at the ministry.
"""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.text import Truncator

from . import structured_data

DESCRIPTION_WORDS = 60
IMAGE_RENDITION = "width-1200"


@dataclass
class PageMetadata:
    canonical: str
    title: str
    site_name: str
    locale: str
    alternate_locales: list = field(default_factory=list)
    description: str = ""
    type: str = "website"
    image: str = ""
    published_time: str = ""
    modified_time: str = ""
    section: str = ""
    structured_data: dict | None = None


def describe(context):
    """The metadata of the page a template renders, or None when it renders no page."""
    from legation.documents.models import DocumentPage

    page, request = context.get("page"), context.get("request")
    if not getattr(page, "pk", None) or request is None:
        return None
    versions = context.get("language_versions") or []
    current = next((version for version in versions if version.is_current), None)
    canonical = current.full_url if current else page.get_full_url(request)
    site_root = getattr(page, "site_root", None) or page
    person, organisation = context.get("person"), context.get("organisation")
    metadata = PageMetadata(
        canonical=canonical,
        title=page.seo_title or page.title,
        site_name=site_root.title,
        locale=_og_locale(page.locale.language_code),
        alternate_locales=[
            _og_locale(version.language_code) for version in versions if not version.is_current
        ],
        description=page.search_description,
        structured_data=structured_data.for_page(
            page,
            request,
            canonical,
            person=person,
            organisation=organisation,
            head=context.get("head"),
        ),
    )
    if person is not None:
        metadata.title, metadata.type = person.name, "profile"
        metadata.description = _summary(person.biography)
    elif organisation is not None:
        metadata.title, metadata.description = organisation.name, _summary(organisation.description)
    elif isinstance(page, DocumentPage):
        zone = page.zone
        metadata.type = "article"
        metadata.description = page.lead or page.search_description
        metadata.published_time = timezone.localtime(page.published_at, zone).isoformat()
        metadata.modified_time = metadata.structured_data["dateModified"]
        metadata.section = page.kind.name
        metadata.image = _first_image(page, request)
        if metadata.image:
            metadata.structured_data["image"] = metadata.image
    metadata.description = _summary(metadata.description)
    return metadata


def _og_locale(language_code):
    """Open Graph writes a locale as en_GB."""
    language, _sep, region = language_code.partition("-")
    return f"{language}_{region.upper()}" if region else language


def _summary(text):
    return Truncator(" ".join((text or "").split())).words(DESCRIPTION_WORDS, truncate="…")


def _first_image(page, request):
    for block in page.body:
        if block.block_type == "image":
            rendition = block.value["image"].get_rendition(IMAGE_RENDITION)
            return request.build_absolute_uri(rendition.url)
    return ""
