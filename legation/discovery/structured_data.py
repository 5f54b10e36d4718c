"""schema.org data of a page, as JSON-LD: what search engines and aggregators read as facts.

Documents are NewsArticle (the press service's news: statements, comments, briefings…) or
Article (speeches, transcripts, interviews, articles), with their speakers as Person holding
the role of the day; people are Person with their roles; organisations GovernmentOrganization;
homes WebSite. Written by hand because no maintained library builds schema.org data from our
models; it is plain dicts that `json_script` serialises. Only people and organisations the
public gate admits are named (Person/Organisation.objects.public()).
"""

from django.utils import timezone

from legation.core.languages import bcp47
from legation.directory.models import Person
from legation.directory.publication import public_keys

CONTEXT = "https://schema.org"

# The kinds that are reports of the day rather than texts in their own right.
ARTICLE_KINDS = {"speech", "transcript", "interview", "article"}


def for_page(page, request, canonical, *, person=None, organisation=None, **context):
    """The JSON-LD object of the page being rendered, or None for a page that has none."""
    from legation.core.models import SiteRootPage
    from legation.documents.models import ArchivePage, DocumentPage

    if person is not None:
        return {"@context": CONTEXT, **person_data(person, page, request, canonical)}
    if organisation is not None:
        return {
            "@context": CONTEXT,
            **organisation_data(organisation, page, request, canonical, head=context.get("head")),
        }
    if isinstance(page, DocumentPage):
        return {"@context": CONTEXT, **document_data(page, request, canonical)}
    if isinstance(page, SiteRootPage):
        return {"@context": CONTEXT, **website_data(page, request)}
    if isinstance(page, ArchivePage):
        return {
            "@context": CONTEXT,
            "@type": "CollectionPage",
            "@id": canonical,
            "url": canonical,
            "name": page.title,
            "inLanguage": bcp47(page.locale.language_code),
            "isPartOf": website_reference(page.site_root, request),
        }
    return None


def website_reference(home, request):
    url = home.get_full_url(request)
    return {"@type": "WebSite", "@id": url, "name": home.title, "url": url}


def website_data(home, request):
    return {
        **website_reference(home, request),
        "inLanguage": bcp47(home.locale.language_code),
        "publisher": publisher(home, request),
    }


def publisher(home, request):
    data = {
        "@type": "GovernmentOrganization",
        "name": home.title,
        "url": home.get_full_url(request),
    }
    for name, value in (
        ("address", home.address),
        ("telephone", home.phone),
        ("email", home.email),
    ):
        if value:
            data[name] = value
    return data


def document_data(page, request, canonical):
    home = page.site_root
    zone = page.zone
    notes = [note.moment for note in page.updates]
    data = {
        "@type": "Article" if page.kind.slug in ARTICLE_KINDS else "NewsArticle",
        "@id": canonical,
        "url": canonical,
        "mainEntityOfPage": canonical,
        "headline": page.title,
        "genre": page.kind.name,
        "inLanguage": bcp47(page.locale.language_code),
        "datePublished": _moment(page.published_at, zone),
        # The last update the page declares ("Updated …"), not the last save of a typo.
        "dateModified": _moment(max([page.published_at, *notes]), zone),
        "isPartOf": website_reference(home, request),
        "publisher": publisher(home, request),
    }
    if page.lead:
        data["description"] = page.lead
    if page.event_place:
        data["contentLocation"] = {"@type": "Place", "name": page.event_place}

    transcript = page.transcript
    speakers = [(speaker, role) for speaker, role, _turns in transcript.speakers]
    # Who is public, by the keys `Person.objects.public()` filters by: the speakers are here.
    public_people = public_keys(Person)
    authors = [
        person_reference(speaker, role, home, request)
        for speaker, role in speakers
        if speaker.translation_key in public_people
    ]
    if authors:
        data["author"] = authors
    organisations = page.named.public_organisations()
    if organisations:
        data["about"] = [organisation_reference(item, home, request) for item in organisations]
    return data


def person_reference(person, appointment, home, request):
    """A person as a text names them: with the role they held on its day, if any."""
    url = _directory_url(home, "person", person, request)
    data = {"@type": "Person", "@id": url, "name": person.name, "url": url}
    if appointment is not None:
        data["jobTitle"] = appointment.role
        if appointment.organisation is not None:
            data["worksFor"] = organisation_reference(appointment.organisation, home, request)
    return data


def organisation_reference(organisation, home, request):
    url = _directory_url(home, "organisation", organisation, request)
    return {"@type": "GovernmentOrganization", "@id": url, "name": organisation.name, "url": url}


def person_data(person, home, request, canonical):
    today = home.today()
    appointments = list(person.appointments.select_related("organisation"))
    data = {"@type": "Person", "@id": canonical, "name": person.name, "url": canonical}
    if person.biography:
        data["description"] = person.biography
    current = [appointment for appointment in appointments if appointment.covers(today)]
    if current:
        data["jobTitle"] = current[0].role
        employers = [item.organisation for item in current if item.organisation is not None]
        if employers:
            data["worksFor"] = [organisation_reference(item, home, request) for item in employers]
    if appointments:
        # schema.org's Role: the same property, with the dates the role was held.
        data["hasOccupation"] = [_role(appointment, home, request) for appointment in appointments]
    return data


def _role(appointment, home, request):
    role = {
        "@type": "Role",
        "roleName": appointment.role,
        "hasOccupation": {"@type": "Occupation", "name": appointment.role},
    }
    if appointment.organisation is not None:
        role["memberOf"] = organisation_reference(appointment.organisation, home, request)
    if appointment.start:
        role["startDate"] = appointment.start.isoformat()
    if appointment.end:
        role["endDate"] = appointment.end.isoformat()
    return role


def organisation_data(organisation, home, request, canonical, head=None):
    data = {
        "@type": "GovernmentOrganization",
        "@id": canonical,
        "name": organisation.name,
        "url": canonical,
    }
    if organisation.short_name:
        data["alternateName"] = organisation.short_name
    if organisation.description:
        data["description"] = organisation.description
    if organisation.address:
        data["address"] = {"@type": "PostalAddress", "streetAddress": organisation.address}
    if organisation.website:
        data["sameAs"] = organisation.website
    if head is not None:
        data["employee"] = [person_reference(head.person, head, home, request)]
    return data


def _directory_url(home, route, entry, request):
    return home.get_full_url(request) + home.reverse_subpage(route, args=[entry.slug])


def _moment(moment, zone):
    return timezone.localtime(moment, zone).isoformat()
