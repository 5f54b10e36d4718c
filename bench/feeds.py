"""Feeds at scale: queries and time per feed as the archive grows.

    .venv/bin/python bench/feeds.py --documents 100000

The archive benchmark's throwaway database and bulk generator (bench/archive.py: one
ministry, N documents, a participant each), then every feed shape (RSS and Atom, summary and
full text, each filter) requested five times each, counting queries and timing the whole
request. Figures go to bench/README.md.
"""

import argparse
import datetime
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from archive import build_archive, measure, setup_django  # noqa: E402


def publish_site(archive):
    """The generator's home and archive as published pages: the feeds ask the public gate
    for the site's home, which wants a first publication."""
    from django.utils import timezone
    from wagtail.models import Page

    Page.objects.filter(pk__in=[archive.pk, archive.get_parent().pk]).update(
        first_published_at=timezone.now()
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        setup_django(data_dir)
        started = time.perf_counter()
        archive, person, kind = build_archive(args.documents)
        publish_site(archive)
        print(f"built {args.documents} documents in {time.perf_counter() - started:.1f} s")
        year = datetime.date.today().year - 1
        urls = {
            "rss": "/en-gb/feeds/rss/",
            "atom": "/en-gb/feeds/atom/",
            "atom, full text": "/en-gb/feeds/atom/?content=full",
            "rss, kind": f"/en-gb/feeds/rss/?kind={kind.slug}",
            "rss, person": f"/en-gb/feeds/rss/?person={person.slug}",
            "atom, kind and person, full text": (
                f"/en-gb/feeds/atom/?kind={kind.slug}&person={person.slug}&content=full"
            ),
            "atom, year": f"/en-gb/feeds/atom/?year={year}",
            # The archive's first page, the same list as a web page, for comparison.
            "archive page (reference)": "/en-gb/news/",
        }
        print(f"{'feed':<34} {'queries':>7} {'ms':>8}")
        for name, url in urls.items():
            queries, milliseconds = measure(url, args.repeat)
            print(f"{name:<34} {queries:>7} {milliseconds:>8.0f}")


if __name__ == "__main__":
    main()
