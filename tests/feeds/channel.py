"""The feeds as a channel of the no-leak probe suite (tests/noleak): every feed shape, with
each filter, in every language of each site.

RSS and Atom read one list and differ in their templates, as summary and full text do: the
unfiltered feed is probed in all four shapes, each filter in two that between them cover both
formats and both contents (the suite fetches every address once per phase, so each one counts).
"""

SHAPES = ("rss/", "rss/?content=full", "atom/", "atom/?content=full")
FILTERED_SHAPES = ("rss/?{filter}", "atom/?{filter}&content=full")


def feed_addresses(world, probe):
    filters = [
        "kind=statement",
        "year={year}",
        "person=vera-anders",
        "organisation=council-of-nations",
        f"person=ada-{probe.marker.lower()}",
        f"organisation={probe.marker.lower()}-assembly",
        "country=gb",  # the probe world's mission is in London
    ]
    shapes = [*SHAPES, *(shape.format(filter=f) for f in filters for shape in FILTERED_SHAPES)]
    return [
        (host, f"/{code}/feeds/" + shape.format(year=world.year_of(probe, host, code)))
        for host, code in world.homes()
        for shape in shapes
    ]
