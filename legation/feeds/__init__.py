"""RSS 2.0 and Atom feeds of each site, narrowed by language, kind, person, organisation and
country."""
