"""The discovery channel: robots.txt, each site's sitemap index and every sitemap it lists."""

from legation.discovery.sitemaps import SITEMAPS

from .world import MINISTRY_HOST, MISSION_HOST


def sitemaps_and_robots(world, probe):
    paths = ["/robots.txt", "/sitemap.xml"] + [f"/sitemap-{section}.xml" for section in SITEMAPS]
    return [(host, path) for host in (MINISTRY_HOST, MISSION_HOST) for path in paths]
