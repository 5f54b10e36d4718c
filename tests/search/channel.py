"""Search as a channel of the no-leak probe suite (tests/noleak): the probe's own words as
queries — its marker, its Russian title, a word of its body — with
each facet it could appear under, in every language of each site, as the page and the API.

Only single words are asked (the suite removes from each response the words the reader
typed, as they appear in the address), so anything of the probe's in a response is a leak.
"""

from tests.utils.builders import MINISTRY_HOST


def search_addresses(world, probe):
    marker = probe.marker.lower()
    queries = [
        f"q={marker}",
        f"q={marker}&sort=date",
        "q=words",  # "The words of <marker>": every probe's body, and nothing else
        "q=words&kind=statement",
        f"q=words&person=ada-{marker}",
        f"q=words&organisation={marker}-assembly",
        "q=words&year={year}",
        "q=words&language=ru-ru",
        "q=заявление",  # each probe's Russian title
    ]
    pages = [
        (host, f"/{code}/search/?" + query.format(year=world.year_of(probe, host, code)))
        for host, code in world.homes()
        for query in queries
    ]
    api = [
        (MINISTRY_HOST, "/api/search/?" + query.format(year=world.year_of(probe)))
        for query in queries
    ]
    return pages + api
