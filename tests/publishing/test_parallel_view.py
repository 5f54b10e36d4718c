"""A reader opens two language versions of a transcript side by side, turn by turn:
`…/?parallel=ru-ru`, offered by a link on the page for each other public version."""

import html
import re

import pytest
from wagtail.rich_text import RichText

from legation.documents.models import DocumentPage
from legation.documents.parallel import aligned
from tests.utils.builders import (
    MINISTRY_HOST,
    add_document,
    make_kind,
    make_ministry,
    make_person,
    translate,
)

pytestmark = pytest.mark.django_db

ENGLISH = [
    "Ladies and gentlemen, the talks have ended.",
    "Harbour dues",
    "Will the harbour dues fall this year?",
    "They will fall by a tenth.",
    "Laughter",
]
RUSSIAN = [
    "Дамы и господа, переговоры завершены.",
    "Портовые сборы",
    "Снизятся ли портовые сборы в этом году?",
    "Они снизятся на десятую часть.",
    "Смех",
]


def text(words):
    return RichText(f"<p>{words}</p>")


@pytest.fixture
def transcript():
    """An English transcript, its Russian translation (one note more, in the middle), an
    unpublished German one; the ministry also publishes in French, where there is none."""
    ministry, archive = make_ministry()
    for code in ("ru-ru", "de-de", "fr-fr"):
        translate(ministry, code)
        translate(archive, code)
    minister = make_person("Oren Vasker")
    journalist = make_person("Clara Weiss")
    words = ENGLISH
    document = add_document(
        archive,
        "Remarks and answers to media questions",
        make_kind("transcript"),
        body=[
            ("statement", {"speaker": minister, "text": text(words[0])}),
            ("heading", words[1]),
            (
                "question",
                {"asker": journalist, "addressed_to": [minister], "text": text(words[2])},
            ),
            ("answer", {"speaker": minister, "text": text(words[3])}),
            ("note", words[4]),
        ],
    )
    russian = translate(document, "ru-ru", title="Выступление и ответы на вопросы СМИ")
    body = list(russian.body.raw_data)  # the same block ids as the source's
    for block, words in zip(body, RUSSIAN, strict=True):
        if isinstance(block["value"], dict):
            block["value"]["text"] = f"<p>{words}</p>"
        else:
            block["value"] = words
    body.insert(3, {"type": "note", "value": "Аплодисменты", "id": "only-in-russian"})
    russian.body = body
    russian.save_revision().publish()
    translate(document, "de-de", title="Ausführungen", publish=False)
    return document


def get(client, path):
    return client.get(path, HTTP_HOST=MINISTRY_HOST)


def rows(page_html):
    """[(first column's text, second column's text, their lang attributes)] of the table."""
    body = re.search(r"<tbody>(.*?)</tbody>", page_html, re.S).group(1)
    found = []
    for row in re.findall(r"<tr>(.*?)</tr>", body, re.S):
        cells = re.findall(r'<td lang="([^"]+)">(.*?)</td>', row, re.S)
        found.append(
            tuple(" ".join(html.unescape(re.sub(r"<[^>]+>", " ", c)).split()) for _, c in cells)
            + (tuple(lang for lang, _ in cells),)
        )
    return found


def test_the_two_versions_are_aligned_turn_by_turn(client, transcript):
    response = get(client, f"{transcript.url}?parallel=ru-ru")

    assert response.status_code == 200
    table = rows(response.content.decode())
    assert [lang for *_cells, lang in table] == [("en-GB", "ru-RU")] * 6
    english, russian = zip(*[(own, other) for own, other, _lang in table], strict=True)
    assert english[3] == ""
    for own, other, words, translated in zip(
        [english[i] for i in (0, 1, 2, 4, 5)],
        [russian[i] for i in (0, 1, 2, 4, 5)],
        ENGLISH,
        RUSSIAN,
        strict=True,
    ):
        assert words in own and translated in other
    assert "Oren Vasker" in english[0] and "Clara Weiss" in english[2]
    # The note only the Russian version has sits where the translator put it.
    assert russian[3] == "(Аплодисменты)"
    # The second column's turns have anchors of their own: no id twice on the page.
    ids = re.findall(r'id="([^"]+)"', response.content.decode())
    assert len(ids) == len(set(ids))


def test_the_russian_page_reads_the_other_way_round(client, transcript):
    russian = DocumentPage.objects.get(
        translation_key=transcript.translation_key, locale__language_code="ru-ru"
    )
    response = get(client, f"{russian.url}?parallel=en-gb")

    table = rows(response.content.decode())
    assert table[0][0].endswith(RUSSIAN[0]) and table[0][1].endswith(ENGLISH[0])
    assert table[3][:2] == ("(Аплодисменты)", "")
    assert table[0][2] == ("ru-RU", "en-GB")


def test_the_page_links_to_each_other_public_version_side_by_side(client, transcript):
    page_html = get(client, transcript.url).content.decode()

    links = re.findall(r'href="([^"]*\?parallel=[^"]*)"', page_html)
    assert links == [f"{transcript.url}?parallel=ru-ru"]
    assert "Read side by side with Русский" in page_html


@pytest.mark.parametrize(
    "code",
    [
        "de-de",  # a translation that is not public
        "fr-fr",  # a language of the site the document has no version in
        "es-es",  # a language the site does not publish in
        "xx-yy",  # no language at all
        "en-gb",  # the page's own language
        "",
    ],
)
def test_no_public_version_in_that_language_is_not_found(client, transcript, code):
    response = get(client, f"{transcript.url}?parallel={code}")

    assert response.status_code == 404
    assert "Ausführungen" not in response.content.decode()


def test_a_non_public_document_shows_nothing_beside_a_public_one(client, transcript):
    german = DocumentPage.objects.get(
        translation_key=transcript.translation_key, locale__language_code="de-de"
    )
    response = get(client, f"/de-de/news/{german.slug}/?parallel=en-gb")

    assert response.status_code == 404


def test_blocks_only_one_version_has_keep_their_place():
    class Block:
        def __init__(self, id):
            self.id = id

    own = [(Block(id), None) for id in "abcd"]
    other = [(Block(id), None) for id in "xaybdz"]  # c dropped; x, y, z added

    pairs = [
        (left[0].id if left else None, right[0].id if right else None)
        for left, right in aligned(own, other)
    ]

    assert pairs == [
        (None, "x"),
        ("a", "a"),
        (None, "y"),
        ("b", "b"),
        ("c", None),
        ("d", "d"),
        (None, "z"),
    ]
