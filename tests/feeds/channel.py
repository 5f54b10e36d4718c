"""The feeds as a channel of the no-leak probe suite (tests/noleak): every feed shape, with
each filter, in every language of each site."""

FORMATS = ("rss", "atom")
CONTENTS = ("", "content=full")


def feed_addresses(world, probe):
    filters = [
        "",
        "kind=statement",
        f"year={probe.document.published_at.year}",
        "person=vera-anders",
        "organisation=council-of-nations",
        f"person=ada-{probe.marker.lower()}",
        f"organisation={probe.marker.lower()}-assembly",
        "country=gb",  # the probe world's mission is in London
    ]
    addresses = []
    for host, code in world.homes():
        for format in FORMATS:
            for query in filters:
                for content in CONTENTS:
                    parameters = "&".join(part for part in (query, content) if part)
                    path = f"/{code}/feeds/{format}/" + (f"?{parameters}" if parameters else "")
                    addresses.append((host, path))
    return addresses
