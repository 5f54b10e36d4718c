"""Bad input to `legation import`: each case refused or skipped with its reason, never a
hang, a silent success or a garbled report."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from legation.importer.recognise import UnreadablePage, recognise
from legation.importer.recognise.source import MAX_PAGE_BYTES

from .conftest import FIXTURES

LEGATION = Path(sys.executable).with_name("legation")
GOOD = FIXTURES / "en_qa_interview.txt"


def dry_run(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import", *args, "--dry-run", stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


def test_a_file_over_the_size_limit_is_refused_with_the_limit(tmp_path):
    huge = tmp_path / "dump.txt"
    with huge.open("wb") as file:
        file.truncate(MAX_PAGE_BYTES + 1)  # sparse: the refusal comes before any reading
    (tmp_path / "good.txt").write_bytes(GOOD.read_bytes())

    out, err, failed = dry_run(str(tmp_path))

    assert f"dump.txt: too large: {MAX_PAGE_BYTES + 1:,} bytes" in err
    assert "up to 8,388,608 bytes (8 MiB)" in err
    assert "2 files: 1 read, 1 failed" in err
    assert failed.returncode == 1


def test_text_over_the_size_limit_is_refused_by_the_recogniser_too():
    with pytest.raises(UnreadablePage, match="too large"):
        recognise(b"Statement\n" + b"x" * MAX_PAGE_BYTES, "big.txt")


def test_a_fifo_is_skipped_with_its_reason_and_the_run_ends(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # nothing ever writes to it: reading it would wait forever
    (tmp_path / "good.txt").write_bytes(GOOD.read_bytes())

    finished = subprocess.run(
        [str(LEGATION), "import", str(tmp_path), "--dry-run"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "legation.settings.test"},
    )

    assert "pipe.txt: not a regular file (a named pipe (FIFO))" in finished.stderr
    assert "2 files: 1 read, 1 failed" in finished.stderr
    assert finished.returncode == 1


def test_a_file_name_with_a_line_break_stays_on_its_own_report_line(tmp_path):
    (tmp_path / "two\nlines.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_bytes(GOOD.read_bytes())

    out, err, _failed = dry_run(str(tmp_path))

    quoted = '"' + str(tmp_path / "two\\nlines.txt") + '": empty file'
    assert quoted in err.splitlines()
    assert out.splitlines()[0].startswith(str(tmp_path / "good.txt") + ": article")


def test_a_good_file_name_is_shown_as_it_is(tmp_path):
    (tmp_path / "empty page.txt").write_bytes(b"")
    _out, err, _failed = dry_run(str(tmp_path))
    assert f"{tmp_path / 'empty page.txt'}: empty file" in err.splitlines()


@pytest.mark.parametrize("locale", ["xx", "pt-br"])
def test_an_unknown_locale_is_an_error_not_ignored(locale):
    _out, _err, failed = dry_run(str(GOOD), "--locale", locale)
    assert failed is not None and failed.returncode != 0
    assert f"--locale {locale!r}: not a content language here" in str(failed)
    assert "en-gb, ru-ru, de-de, es-es, fr-fr" in str(failed)


def test_a_known_locale_is_accepted_in_any_spelling():
    _out, err, failed = dry_run(str(GOOD), "--locale", "en_GB")
    assert failed is None and "0 failed" in err


def test_a_long_table_of_contents_like_body_is_read_in_linear_time():
    """300,000 lines each repeated (a paste of one line, over and over): counting each line's
    repeats in the whole body took hours; counted once, a second or two."""
    code = (
        "from legation.importer.recognise.transcript import take_toc\n"
        "lines = ['On the forum'] * 300_000 + ['The rest of the text.']\n"
        "entries, rest = take_toc(lines)\n"
        "assert rest == ['The rest of the text.'], rest[:3]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def body_text(page):
    return " ".join(str(block.value) for block in page.blocks)


def test_html_nested_deeper_than_the_parser_reads_is_refused_not_imported_empty():
    nested = "<div>" * 200_000 + "<p>The statement's only paragraph.</p>" + "</div>" * 200_000
    markup = f"<html><body><h1>Statement on the talks</h1>{nested}</body></html>"

    with pytest.raises(UnreadablePage) as refused:
        recognise(markup.encode(), "deep.html")

    assert refused.value.reason.startswith("HTML nested too deep: elements 2,048 levels deep")
    assert "cannot be read whole" in refused.value.reason


def test_paragraphs_in_an_unclosed_font_tag_are_all_kept():
    """Each unclosed <font> nests the next paragraph deeper: the 128th was 256 levels down,
    where the parser used to stop."""
    paragraphs = "".join(
        f"<p><font>Paragraph {number} of the minister's remarks on the talks."
        for number in range(400)
    )
    markup = f"<html><body><h1>Remarks on the talks</h1>{paragraphs}</body></html>"

    text = body_text(recognise(markup.encode(), "font.html"))

    assert all(f"Paragraph {number} of" in text for number in range(400))


def test_deep_but_readable_html_keeps_its_text_and_what_follows():
    nested = "<div>" * 1000 + "<p>Text deep in the page.</p>" + "</div>" * 1000
    markup = (
        "<html><body><h1>Statement on the talks</h1>"
        f"{nested}<p>The closing paragraph of the statement.</p></body></html>"
    )

    text = body_text(recognise(markup.encode(), "deep.html"))

    assert "Text deep in the page." in text
    assert "The closing paragraph of the statement." in text
