"""The subscribe form as a no-leak channel (tests/noleak/channels.py): it lists the public
people and organisations, and takes them from the address too."""


def subscribe_pages(world, probe):
    marker = probe.marker.lower()
    queries = ["", f"?person=ada-{marker}", f"?organisation={marker}-assembly"]
    return [(host, f"/{code}/alerts/{query}") for host, code in world.homes() for query in queries]
