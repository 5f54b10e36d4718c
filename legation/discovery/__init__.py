"""How crawlers and sharers find and read the record: robots.txt, sitemaps, canonical and
hreflang links, Open Graph and schema.org data."""
