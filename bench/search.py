"""Public search at scale: query times, one document's reindex and a full reindex.

    .venv/bin/python bench/search.py --documents 100000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/legation_search_bench \
        .venv/bin/python bench/search.py --documents 100000

Builds a throwaway database (SQLite in a temporary directory unless DATABASE_URL is set; the
PostgreSQL database is emptied first) with a ministry and N documents in five languages,
inserted in bulk as bench/archive.py does, one in five a news-conference transcript with
questions and answers, their words drawn by Zipf's law from each language's function words,
subject words and a long tail (vocabulary()); indexes them all with `legation reindex`'s
action (timed), then times whole search requests (Django test client, templates included)
ordered by relevance with facets — the state's name, in most of the archive; words in
nearly every, in about half of a language's documents; a phrase, a speaker — and by date,
and the reindex of one edited transcript. Each query is timed as the first search after a
publication event (the pass worked out) and as a search asked again (the pass kept).

Until 2026-12-03 every sentence began with the ministry's word and a few dozen words made
all the text: "ministry" was half of an English document's words (75 of 129), which no real
text is, and ranking its 20,000 documents meant walking 1.5 million positions.
"""

import argparse
import datetime
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# The subject words of each language, the first ones the most frequent: the queries ask for
# them.
WORDS = {
    "en-gb": "ministry talks shipping harbour council quota fisheries border treaty embassy "
    "visas trade grain pipeline delegation summit ceasefire observers sanctions tariffs "
    "archipelago lighthouse customs consulate refugees elections parliament minister".split(),
    "ru-ru": "министерство переговоры судоходство гавань совет квота рыболовство граница "
    "договор посольство визы торговля зерно трубопровод делегация саммит перемирие "
    "наблюдатели санкции пошлины архипелаг маяк таможня консульство беженцы выборы".split(),
    "de-de": "ministerium gespräche schifffahrt hafen rat quote fischerei grenze vertrag "
    "botschaft visa handel getreide pipeline delegation gipfel waffenruhe beobachter "
    "sanktionen zölle archipel leuchtturm zoll konsulat flüchtlinge wahlen".split(),
    "fr-fr": "ministère négociations navigation port conseil quota pêche frontière traité "
    "ambassade visas commerce céréales gazoduc délégation sommet cessez observateurs "
    "sanctions tarifs archipel phare douane consulat réfugiés élections".split(),
    "es-es": "ministerio negociaciones navegación puerto consejo cuota pesca frontera tratado "
    "embajada visados comercio grano gasoducto delegación cumbre alto observadores "
    "sanciones aranceles archipiélago faro aduana consulado refugiados elecciones".split(),
}
# Each language's commonest words, which real text is a third made of.
FUNCTION_WORDS = {
    "en-gb": "the of and to in a is that for on with as by at from this be are it not".split(),
    "ru-ru": "и в не на что с по к о из за от для это как но также его все мы".split(),
    "de-de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein als".split(),
    "fr-fr": "de la le et les des à du en un une est pour que dans sur par au avec ce".split(),
    "es-es": "de la que el en y los del se las por un para con no una su al es lo".split(),
}
SYLLABLES = {
    "ru-ru": "ка ло ми ра то ве на ду ри со пе ла ны го ти".split(),
    "default": "ka lo mi ra to ve na du ri so pe la ny go ti".split(),
}
# The state's name, in most documents of every language: a word in most of the archive.
STATE = {"ru-ru": "Вельмора", "default": "Velmora"}
FILLER_WORDS = 2000


def vocabulary(language):
    """The language's words by rank, and their cumulative weights: Zipf's law (the word of rank
    r a 1/r share), as in real text. The function words first, with the ministry's own word
    fifth, as in its archive (in nearly every document, three or four times); the other
    subject words after them (each in about half of the documents, once or twice); then
    made-up words of two to four syllables for the long tail."""
    rng = random.Random(language)
    syllables = SYLLABLES.get(language, SYLLABLES["default"])
    known = set(FUNCTION_WORDS[language] + WORDS[language])
    filler = []
    while len(filler) < FILLER_WORDS:
        word = "".join(rng.choices(syllables, k=rng.randint(2, 4)))
        if word not in known:
            known.add(word)
            filler.append(word)
    function, subject = FUNCTION_WORDS[language], WORDS[language]
    ranked = function[:4] + subject[:1] + function[4:] + subject[1:] + filler
    weights = list(itertools.accumulate(1 / rank for rank in range(1, len(ranked) + 1)))
    return ranked, weights


VOCABULARIES = {language: vocabulary(language) for language in WORDS}
LANGUAGES = list(WORDS)


def setup_django(data_dir, keep):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "legation.settings.test")
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        # One server connection for the whole run, as a production server keeps them, so
        # that its process's CPU time can be read (database_cpu).
        os.environ["CONN_MAX_AGE"] = "3600"
    os.environ["LEGATION_DATA_DIR"] = str(data_dir)
    import django

    django.setup()
    from django.core.management import call_command

    if not keep and os.environ.get("DATABASE_URL", "").startswith("postgres"):
        call_command("flush", interactive=False, verbosity=0)
    call_command("migrate", verbosity=0)


# Written beside a kept archive once it is built and indexed: an archive of another
# generator's text is not timed as if it were this one's.
BUILT = "archive.txt"
TEXT = "words by Zipf's law, the state's name in nine leads in ten (2026-12-03)"


def already_built(data_dir, count):
    """Whether a kept archive of `count` documents of this generator's text is there, built
    and indexed."""
    marker = Path(data_dir) / BUILT
    return marker.exists() and marker.read_text() == f"{count} documents, {TEXT}"


def sentence(rng, language, length):
    ranked, weights = VOCABULARIES[language]
    return " ".join(rng.choices(ranked, cum_weights=weights, k=length)).capitalize() + "."


def lead(rng, language):
    """The lead, which names the state in nine documents of ten."""
    text = sentence(rng, language, 12)
    if rng.random() < 0.9:
        text = f"{STATE.get(language, STATE['default'])}: {text}"
    return text


def body(rng, language, people, transcript):
    blocks = []
    if not transcript:
        for _ in range(rng.randint(2, 5)):
            text = " ".join(sentence(rng, language, rng.randint(8, 16)) for _ in range(3))
            blocks.append({"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())})
        return blocks
    speaker, other = rng.sample(people, 2)
    blocks.append(turn("statement", {"speaker": speaker}, sentence(rng, language, 40)))
    for _ in range(rng.randint(3, 6)):
        asked = {"asker": None, "outlet": "Harbour Radio", "addressed_to": [speaker]}
        blocks.append(turn("question", asked, sentence(rng, language, 14) + "?"))
        blocks.append(
            turn(
                "answer", {"speaker": speaker, "speaking_after": None}, sentence(rng, language, 30)
            )
        )
        if rng.random() < 0.3:
            after = {"speaker": other, "speaking_after": speaker}
            blocks.append(turn("answer", after, sentence(rng, language, 20)))
    return blocks


def turn(kind, value, text):
    return {"type": kind, "value": {**value, "text": f"<p>{text}</p>"}, "id": str(uuid.uuid4())}


def build_archive(count, seed=7):
    import json

    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Locale, Page, Site

    from legation.directory.models import Person
    from legation.documents.models import ArchivePage, DocumentKind, DocumentPage
    from legation.missions.models import MinistryHomePage

    rng = random.Random(seed)
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    root = Page.get_first_root_node()
    ministry = root.add_child(
        instance=MinistryHomePage(
            title="Ministry", slug="bench-ministry", time_zone="Europe/Berlin"
        )
    )
    archive = ministry.add_child(instance=ArchivePage(title="News", slug="news"))
    for page in (ministry, archive):
        page.save_revision().publish()
    Site.objects.update_or_create(
        hostname="bench.test", defaults={"root_page": ministry, "port": 80, "is_default_site": True}
    )
    english = locales["en-gb"]
    kinds = [
        DocumentKind.objects.create(name=slug, plural_name=slug, slug=slug, locale=english)
        for slug in ("speech", "statement", "comment", "transcript", "briefing")
    ]
    people = [Person.objects.create(name=f"Speaker {n}", locale=english) for n in range(60)]
    content_type = ContentType.objects.get_for_model(DocumentPage)
    now = timezone.now()
    batch = 2000
    with transaction.atomic():
        for start in range(0, count, batch):
            pages, details = [], {}
            for n in range(start, min(start + batch, count)):
                language = LANGUAGES[n % len(LANGUAGES)]
                transcript = n % 5 == 3
                words = WORDS[language]
                title = f"{words[n % 7 + 1]} {words[n % 11 + 2]} {words[n % 97 % len(words)]} {n}"
                path = Page._get_path(archive.path, archive.depth + 1, n + 1)
                pages.append(
                    Page(
                        path=path,
                        depth=archive.depth + 1,
                        numchild=0,
                        title=title,
                        draft_title=title,
                        slug=f"document-{n}",
                        content_type=content_type,
                        live=True,
                        has_unpublished_changes=False,
                        url_path=f"{archive.url_path}document-{n}/",
                        locale=locales[language],
                        first_published_at=now,
                        last_published_at=now,
                    )
                )
                details[f"document-{n}"] = (n, language, transcript)
            Page.objects.bulk_create(pages)
            created = Page.objects.filter(path__in=[page.path for page in pages]).values_list(
                "pk", "slug"
            )
            rows, participants = [], []
            for pk, slug in created:
                n, language, transcript = details[slug]
                chosen = rng.sample(people, 2)
                blocks = body(rng, language, [p.pk for p in chosen], transcript)
                published = now - datetime.timedelta(hours=3 * n + 1)
                lead_text = lead(rng, language)
                kind = kinds[3] if transcript else kinds[n % len(kinds) if n % 5 != 3 else 0]
                rows.append(
                    (pk, kind.pk, published, "day", "", lead_text, json.dumps(blocks), "", "")
                )
                participants += [(pk, person.pk) for person in chosen]
            with connection.cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO {DocumentPage._meta.db_table} (page_ptr_id, kind_id, "
                    "published_at, event_date_precision, event_place, lead, body, source_url, "
                    "source_hash) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    rows,
                )
            through = DocumentPage.participants.through
            through.objects.bulk_create(
                through(documentpage_id=pk, person_id=person) for pk, person in participants
            )
        Page.objects.filter(pk=archive.pk).update(numchild=count)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return people


def database_cpu():
    """Seconds of CPU the PostgreSQL server process of this connection has used (0 on
    SQLite, whose work is this process's own): read from /proc, as the server runs here."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return 0.0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e9


def measure(url, repeat, after_event):
    """Median and p95 ms, median CPU ms and the number found of `repeat` requests for `url`.
    `after_event`: each the first search after a publication event (the number the passes
    and homes are kept under drawn afresh before it), else the same search asked again."""
    from django.test import Client

    from legation.documents.models.counts import publication_event

    client = Client()
    client.get(url, HTTP_HOST="bench.test")
    timings, cpu = [], []
    for _ in range(repeat):
        if after_event:
            publication_event()
        started_database = database_cpu()
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(url, HTTP_HOST="bench.test")
        timings.append((time.perf_counter() - started) * 1000)
        used = time.process_time() - started_cpu + database_cpu() - started_database
        cpu.append(used * 1000)
        assert response.status_code == 200, (url, response.status_code)
    timings.sort()
    p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
    found = search_of(url).search.count
    assert found, f"{url} finds nothing: a time of an empty page says nothing of the search"
    return statistics.median(timings), p95, statistics.median(cpu), found


def search_of(url):
    """The page's search (legation.search.site_search.SiteSearch) for `url`, and its home."""
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory
    from django.utils import translation

    from legation.search import views
    from legation.search.forms import SearchForm
    from legation.search.site_search import SiteSearch

    request = RequestFactory().get(url, HTTP_HOST="bench.test")
    request.user, request.session = AnonymousUser(), {}
    translation.activate("en-gb")
    homes = views.PublicHomes()
    home = views.site_home(request, homes)
    return SiteSearch(request, SearchForm(request.GET), home, homes)


def stages(url, repeat):
    """The fastest of `repeat` runs of each stage of the search page, in ms: the least a stage
    takes when nothing else takes the core (on PostgreSQL, the server's time included). Each
    run is the first after a publication event: the pass and homes are worked out."""
    from django.contrib.auth.models import AnonymousUser
    from django.template.loader import render_to_string
    from django.test import RequestFactory
    from django.utils import translation

    from legation.documents.models.counts import publication_event
    from legation.search import views
    from legation.search.forms import SearchForm
    from legation.search.site_search import SiteSearch

    fastest = {}
    for _ in range(repeat):
        publication_event()
        request = RequestFactory().get(url, HTTP_HOST="bench.test")
        request.user, request.session = AnonymousUser(), {}
        translation.activate("en-gb")
        marks = [time.perf_counter()]
        homes = views.PublicHomes()
        home = views.site_home(request, homes)
        marks.append(time.perf_counter())
        form = SearchForm(request.GET)
        results = SiteSearch(request, form, home, homes)
        _ = results.search.count
        marks.append(time.perf_counter())
        _ = results.hits
        marks.append(time.perf_counter())
        _ = results.facets
        marks.append(time.perf_counter())
        context = {"site_root": home, "form": form, "results": results, "search_query": ""}
        render_to_string("search/search_page.html", context, request=request)
        marks.append(time.perf_counter())
        for name, start, end in zip(STAGES, marks, marks[1:], strict=False):
            fastest[name] = min(fastest.get(name, float("inf")), (end - start) * 1000)
    return fastest


STAGES = ("site and homes", "pass", "hits", "facets", "template")


def reindex():
    from django.db import connection

    from legation.search.backends import engine
    from legation.search.indexing import RebuildIndex
    from legation.search.models import SearchDocument, SearchTurn

    started, started_cpu = time.perf_counter(), time.process_time()
    if os.environ.get("BENCH_PROFILE"):
        import cProfile

        cProfile.runctx("RebuildIndex().execute()", globals(), locals(), sort="cumtime")
    else:
        RebuildIndex().execute()
    with connection.cursor() as cursor:
        engine().optimize(cursor)
        cursor.execute("ANALYZE")
    print(
        f"full reindex: {time.perf_counter() - started:.1f} s "
        f"(CPU {time.process_time() - started_cpu:.1f} s), "
        f"{SearchDocument.objects.count()} documents, {SearchTurn.objects.count()} turns"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument(
        "--keep",
        metavar="DIR",
        help="keep the archive (SQLite in DIR; PostgreSQL not emptied) and time the queries "
        "on it again next run, instead of building and indexing it anew",
    )
    parser.add_argument(
        "--stages",
        action="store_true",
        help="also time each stage of the page (the fastest of the runs of each)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = Path(args.keep or scratch)
        data_dir.mkdir(parents=True, exist_ok=True)
        setup_django(data_dir, keep=bool(args.keep))
        from legation.directory.models import Person
        from legation.documents.models import DocumentPage
        from legation.search.indexing import IndexDocuments

        if args.keep and already_built(data_dir, args.documents):
            print(f"kept archive of {args.documents} documents in {data_dir}")
            people = list(Person.objects.order_by("pk"))
        else:
            if args.keep and DocumentPage.objects.exists():
                sys.exit(
                    f"{data_dir} holds another archive than {args.documents} documents of "
                    f"{TEXT}: keep this one in a new directory (and database)"
                )
            started = time.perf_counter()
            people = build_archive(args.documents)
            print(f"built {args.documents} documents in {time.perf_counter() - started:.1f} s")
            reindex()
            (data_dir / BUILT).write_text(f"{args.documents} documents, {TEXT}")

        en, ru, de, fr = WORDS["en-gb"], WORDS["ru-ru"], WORDS["de-de"], WORDS["fr-fr"]
        # A year in the middle of the archive (documents three hours apart, newest first).
        year = (
            datetime.datetime.now(datetime.UTC) - datetime.timedelta(hours=1.5 * args.documents)
        ).year
        speaker = people[0].name
        # Every fifth document is a transcript, and the fifth language is French
        # (build_archive): the transcripts' turns and speakers are French, so the queries on
        # them are in French (in English they found nothing, and were timed empty).
        queries = {
            f"{STATE['default']} (in most of the archive)": f"q={STATE['default']}",
            f"{en[0]} (in every English document)": f"q={en[0]}",
            f"{ru[0]} (every Russian one, stemmed)": f"q={ru[0][:-1]}ом",
            f"{en[1]}": f"q={en[1]}",
            f"{de[12]} (in German documents)": f"q={de[12]}",
            f"two words: {en[0]} {en[2]}": f"q={en[0]}+{en[2]}",
            f'phrase "{en[0]} {en[1]}"': f'q="{en[0]}+{en[1]}"',
            f'speaker:"{speaker}" {fr[0]}': f'q=speaker:"{speaker}"+{fr[0]}',
            f"{fr[0]}, kind and year facets chosen": f"q={fr[0]}&kind=transcript&year={year}",
            f"{en[0]}, newest first": f"q={en[0]}&sort=date",
        }
        # CPU time is this process's and, on PostgreSQL, its server process's: what an idle
        # core would take when other work shares the machine. First after an event: the pass
        # is matched, ranked and counted; asked again: it is kept (legation/search/search.py).
        print(
            f"{'':53} {'first after an event':>27}   {'asked again':>27}\n"
            f"{'query (relevance, with facets)':46} {'found':>6} "
            + f"{'median ms':>9} {'p95 ms':>7} {'CPU ms':>7}   "
            * 2
        )
        for label, query in queries.items():
            figures = []
            for after_event in (True, False):
                median, p95, cpu, found = measure(
                    f"/en-gb/search/?{query}", args.repeat, after_event
                )
                figures.append(f"{median:>9.1f} {p95:>7.1f} {cpu:>7.1f}")
            print(f"{label:46} {found:>6} " + "   ".join(figures))
        if args.stages:
            print(f"{'fastest run of each stage, ms':46} " + " ".join(f"{n:>8.8}" for n in STAGES))
            for label, query in queries.items():
                fastest = stages(f"/en-gb/search/?{query}", args.repeat)
                print(f"{label:46} " + " ".join(f"{fastest[n]:>8.1f}" for n in STAGES))

        transcript = DocumentPage.objects.filter(kind__slug="transcript").first()
        timings, cpu = [], []
        for _ in range(args.repeat):
            started, started_cpu = time.perf_counter(), time.process_time()
            IndexDocuments([transcript.translation_key]).execute()
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        print(
            f"reindex of one edited transcript: median {statistics.median(timings):.1f} ms, "
            f"CPU {statistics.median(cpu):.1f} ms"
        )


if __name__ == "__main__":
    main()
