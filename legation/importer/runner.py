"""One import run over many files: read, recognise, report or write, and sum up.

A bad file is reported with its name and reason and the run goes on; the caller learns how
many failed. Standard output carries only the results (JSON Lines with --format json), so it
can be piped; progress, errors and the summary go to standard error.
"""

import json
import multiprocessing
import os
import signal
import stat
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from .recognise import UnreadablePage, recognise
from .recognise.evidence import LOW_CONFIDENCE
from .recognise.source import MAX_PAGE_BYTES, size_refusal

PROGRESS_FROM = 20  # files; shorter runs finish before a bar would help
PARALLEL_FROM = 200  # files; below this, starting reader processes costs more than it saves
MAX_READERS = 4


@dataclass
class Outcome:
    path: str
    page: object = None  # ParsedPage
    error: str | None = None
    action: str = ""  # what the writer did: created, updated, unchanged


@dataclass
class Summary:
    total: int = 0
    done: int = 0  # files gone through, read or failed
    failed: int = 0
    actions: dict = field(default_factory=dict)
    seconds: float = 0.0
    # (path, confidence, weakest Evidence) of each page read less certainly than the run's
    # threshold, for a person to check.
    to_check: list = field(default_factory=list)
    check_below: float = LOW_CONFIDENCE

    @property
    def rate(self):
        return self.total / self.seconds if self.seconds else 0.0

    def line(self):
        done = ", ".join(f"{count} {action}" for action, count in sorted(self.actions.items()))
        return (
            f"{self.total} files: {self.done - self.failed} read, {self.failed} failed"
            + (f" ({done})" if done else "")
            + f" in {self.seconds:.1f} s, {self.rate:.0f} pages/s"
        )

    def check_lines(self, drafts_note=""):
        """The pages to check, weakest first, each with the field that made it uncertain."""
        if not self.to_check:
            return []
        note = f", {drafts_note}" if drafts_note else ""
        count = len(self.to_check)
        lines = [f"{count} pages to check (confidence below {self.check_below}{note}):"]
        for path, confidence, weakest in sorted(self.to_check, key=lambda found: found[1]):
            why = f"{weakest.field}: {weakest.describe()}"
            lines.append(f"  {shown(path)}: {confidence:.2f}, {why}")
        return lines


def input_files(paths):
    """The files named, and those under the folders named, in a stable order."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, folders, files in os.walk(path):
                folders[:] = sorted(f for f in folders if not f.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield str(Path(root) / name)
        else:
            yield str(path)


_NOT_REGULAR = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def read_bytes(path):
    """The file's bytes; a FIFO, device or socket is refused without waiting on it (opened
    non-blocking, then looked at), and so is a file over the size limit, before it is read."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise UnreadablePage(f"cannot open: {error.strerror or error}") from None
    with os.fdopen(descriptor, "rb") as file:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            what = next((name for test, name in _NOT_REGULAR if test(status.st_mode)), None)
            raise UnreadablePage(f"not a regular file ({what or 'a special file'})")
        too_large = size_refusal(status.st_size)
        if too_large:
            raise UnreadablePage(too_large)
        try:
            # One more byte than the limit: a file grown since fstat is refused too.
            return file.read(MAX_PAGE_BYTES + 1)
        except OSError as error:
            raise UnreadablePage(f"cannot read: {error.strerror or error}") from None


def read_page(path):
    return recognise(read_bytes(path), path)


def read_outcome(path):
    """Recognise one file, the refusal included in the result (it crosses processes)."""
    try:
        return Outcome(path, page=read_page(path))
    except UnreadablePage as error:
        return Outcome(path, error=error.reason)


def _leave_interrupts_to_the_main_process():
    """Ctrl-C reaches every process of the terminal; the main one stops the readers."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def default_jobs(file_count, writing):
    """Reading processes for a run: none for a short run (it reads in the main process); else
    one per core, less the core the main process needs when it writes to the database."""
    if file_count < PARALLEL_FROM:
        return 0
    cores = os.cpu_count() or 1
    return max(1, min(MAX_READERS, cores - 1 if writing else cores))


class ImportRun:
    """Recognise each file and hand it to `write` (None for a dry run)."""

    def __init__(
        self,
        paths,
        write=None,
        output_format="text",
        stdout=None,
        stderr=None,
        jobs=None,
        check_below=LOW_CONFIDENCE,
        drafts_note="",
    ):
        self.files = list(input_files(paths))
        # Pages below `check_below` are listed in the summary, with `drafts_note` when the
        # writer keeps them as drafts (--drafts-below): "kept as drafts".
        self.check_below = check_below
        self.drafts_note = drafts_note
        self.jobs = default_jobs(len(self.files), write is not None) if jobs is None else jobs
        self.write = write
        self.output_format = output_format
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr

    def execute(self):
        """The run's Summary. Interrupted (Ctrl-C, or SIGTERM as the command turns it into
        one), it stops after the page being written is rolled back, says how far it got and
        lets the interruption go on."""
        summary = Summary(total=len(self.files), check_below=self.check_below)
        started = time.perf_counter()
        try:
            self._run(summary)
        except KeyboardInterrupt:
            summary.seconds = time.perf_counter() - started
            self.stderr.write(
                f"stopped after {summary.done} of {summary.total} files: " + summary.line() + "\n"
            )
            raise
        summary.seconds = time.perf_counter() - started
        self.stderr.write(summary.line() + "\n")
        for line in summary.check_lines(self.drafts_note):
            self.stderr.write(line + "\n")
        return summary

    def _run(self, summary):
        progress = tqdm(
            total=len(self.files),
            file=self.stderr,
            unit="page",
            disable=True if len(self.files) < PROGRESS_FROM else None,
            leave=False,
        )
        with progress:
            for outcome in self._outcomes():
                path = outcome.path
                if outcome.error:
                    summary.failed += 1
                    self._say(progress, self.stderr, f"{shown(path)}: {outcome.error}")
                else:
                    if outcome.action:
                        summary.actions[outcome.action] = summary.actions.get(outcome.action, 0) + 1
                    confidence = outcome.page.confidence
                    if confidence < self.check_below:
                        summary.to_check.append((path, confidence, outcome.page.weakest))
                    self._say(progress, self.stdout, self._render(outcome))
                summary.done += 1
                progress.update()

    def _outcomes(self):
        """Each file's outcome, in order. Reading runs in other processes when there are many
        files, while this one writes: recognising is pure Python, writing needs the database."""
        if self.jobs > 0:
            context = multiprocessing.get_context("spawn")
            with context.Pool(self.jobs, initializer=_leave_interrupts_to_the_main_process) as pool:
                for outcome in pool.imap(read_outcome, self.files, chunksize=8):
                    yield self._written(outcome)
        else:
            for path in self.files:
                yield self._written(read_outcome(path))

    def _written(self, outcome):
        if self.write is not None and outcome.page is not None:
            try:
                outcome.action = self.write(outcome.page)
            except Exception as error:  # noqa: BLE001 — one bad page must not stop the run
                outcome.error = f"not imported: {type(error).__name__}: {error}"
        return outcome

    def _say(self, progress, stream, text):
        if progress.disable:
            stream.write(text + "\n")
        else:
            progress.write(text, file=stream)

    def _render(self, outcome):
        facts = {**outcome.page.to_json(), **outcome.page.reasons_json()}
        if self.output_format == "json":
            if outcome.action:
                facts["action"] = outcome.action
            return json.dumps(facts, ensure_ascii=False)
        return describe(facts, outcome.action)


def shown(path):
    """The path for a `path: reason` line: as it is, or quoted with escapes (as JSON quotes a
    string) when it holds a line break or another character that would garble the line."""
    if path.isprintable() and not path.startswith('"'):
        return path
    return json.dumps(path, ensure_ascii=False)


def describe(facts, action=""):
    """The facts of one page for a reader, each with the reason for it: the rule, where it
    was read, and the rule's confidence."""
    why = facts["why"]
    head = f"{shown(facts['file'])}: {facts['site_kind']}, {facts['doc_type']}, {facts['language']}"
    lines = [head + (f" — {action}" if action else "") + f" (confidence {facts['confidence']:.2f})"]
    for key in ("site_kind", "doc_type", "language"):
        if key in why:
            lines.append(f"  {key.replace('_', ' ')} ← {_reason(why[key])}")
    shown_values = {
        "title": facts["title"],
        "published": facts["published"],
        "event_date": " ".join(filter(None, (facts["event_date"], facts["event_place"]))),
        "speakers": ", ".join(facts["speakers"]),
        "qa_turns": facts["qa_turns"],
        "languages_offered": " ".join(facts["languages_offered"]),
    }
    for key, value in shown_values.items():
        label = _LABELS.get(key, key.replace("_", " "))
        reason = f"  ← {_reason(why[key])}" if key in why else ""
        if value:
            lines.append(f"  {label}: {value}{reason}")
        elif key in why and why[key]["confidence"] < LOW_CONFIDENCE:
            lines.append(f"  {label}: none{reason}")  # a missing fact a person should check
    if "listing_items" in why:
        lines.append(f"  listing items ← {_reason(why['listing_items'])}")
    for item in facts["listing_items"]:
        lines.append(f"  - {item['date'] or '(no date)'}  {item['title']}")
    return "\n".join(lines)


_LABELS = {"qa_turns": "questions", "event_date": "event"}


def _reason(found):
    where = f": {found['source']}" if found["source"] else ""
    return f"{found['rule']}{where}; {found['confidence']:.2f}"
