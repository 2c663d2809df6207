"""Corpora in the shared format: ``pages/<id>.html``, ``dumps/<flavour>/<id>.txt``, ``truth.jsonl``.

A corpus is read once into frozen records. A *mode* is ``html`` (the pages) or the name of a dump flavour
(``chromium``, ``w3m``, or any other folder under ``dumps/``). Each tool is given one of two forms of a
page: its *native* form (the HTML page, or the dump as text) or, for tools that only read HTML, the dump
turned into the fairest HTML there is (one ``<p>`` per line of an innerText dump, one ``<p>`` per
blank-line block of a hard-wrapped dump).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_ROOT = REPO.parent / "shared" / "corpus"

HTML_MODE = "html"
Form = Literal["native", "html"]
Layout = Literal["lines", "wrapped"]

#: dump flavours whose layout is known by name (innerText-like: one paragraph per line)
LINE_FLAVOURS = frozenset({"chromium", "chrome", "firefox", "innertext", "playwright", "selenium"})
#: dump flavours that hard-wrap paragraphs at a fixed width
WRAPPED_FLAVOURS = frozenset({"w3m", "lynx", "links", "elinks", "html2text"})
#: a line longer than this is never the product of hard wrapping (w3m wraps at 80-120 columns, lynx at
#: 79 by default; innerText paragraphs are usually several hundred characters)
MAX_WRAP_WIDTH = 160
#: how many dumps the layout guess reads for a flavour it does not know by name or by status.json
LAYOUT_SAMPLE = 20
#: ``<html lang>`` is looked for in this many leading bytes of a page
LANG_SCAN_BYTES = 64 * 1024
#: the regression guard's subset: the first ids (sorted) of each corpus
REGRESSION_IDS = 40

_HTML_LANG_RE = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?\s*([A-Za-z]{2,3})\b", re.IGNORECASE)
_BLANK_LINES_RE = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class Truth:
    """What a page should give: one line of ``truth.jsonl``."""

    id: str
    body: str
    title: str | None
    #: False when the title does not occur in the page's visible text (then no dump can show it)
    title_visible: bool | None
    date: str | None
    date_conflicts: tuple[str, ...]
    lang: str | None

    def title_scored(self, mode: str) -> bool:
        """Title exact match counts for this page: it has a title and, for dumps, the title is visible."""
        if not self.title:
            return False
        return mode == HTML_MODE or self.title_visible is not False

    @property
    def date_days(self) -> frozenset[str]:
        """Every calendar day accepted as the page's date (the label and the page's other dates)."""
        if not self.date:
            return frozenset()
        return frozenset({self.date, *self.date_conflicts})


@dataclass(frozen=True, slots=True)
class Corpus:
    path: Path
    truths: tuple[Truth, ...]

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(truth.id for truth in self.truths)

    def modes(self) -> tuple[str, ...]:
        """``html`` when there are pages, then every dump flavour, sorted."""
        found = [HTML_MODE] if (self.path / "pages").is_dir() else []
        dumps = self.path / "dumps"
        if dumps.is_dir():
            found += sorted(p.name for p in dumps.iterdir() if p.is_dir())
        return tuple(found)

    def has_mode(self, mode: str) -> bool:
        return mode in self.modes()

    def input_path(self, mode: str, page_id: str) -> Path:
        if mode == HTML_MODE:
            return self.path / "pages" / f"{page_id}.html"
        return self.path / "dumps" / mode / f"{page_id}.txt"


@dataclass(frozen=True, slots=True)
class ToolInput:
    """One page as a tool is given it: ``kind`` says whether ``data`` is HTML or plain text (UTF-8)."""

    id: str
    kind: Literal["html", "text"]
    data: bytes
    #: ISO 639 language code (primary subtag, lower case) when the truth or the page says
    lang: str | None


def _truth_from_json(record: dict[str, object]) -> Truth:
    conflicts = record.get("date_conflicts") or ()
    visible = record.get("title_visible")
    return Truth(
        id=str(record["id"]),
        body=str(record.get("body") or ""),
        title=str(record["title"]) if record.get("title") else None,
        title_visible=bool(visible) if visible is not None else None,
        date=str(record["date"]) if record.get("date") else None,
        date_conflicts=tuple(str(day) for day in conflicts),  # type: ignore[union-attr]
        lang=_primary_subtag(str(record["lang"])) if record.get("lang") else None,
    )


def load_corpus(path: Path, *, limit: int | None = None) -> Corpus:
    """Read ``truth.jsonl``; keep the first ``limit`` ids (sorted) when a limit is given."""
    with open(path / "truth.jsonl", encoding="utf-8") as handle:
        truths = sorted((_truth_from_json(json.loads(line)) for line in handle if line.strip()), key=_by_id)
    if limit is not None:
        truths = truths[:limit]
    return Corpus(path.resolve(), tuple(truths))


def _by_id(truth: Truth) -> str:
    return truth.id


def discover(root: Path = DEFAULT_ROOT) -> list[Path]:
    """Every corpus folder (one holding ``truth.jsonl``) directly under ``root``, sorted."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if (p / "truth.jsonl").is_file())


def regression_subset(corpus: Corpus) -> Corpus:
    """The fixed subset the regression guard runs: the first ``REGRESSION_IDS`` ids, sorted."""
    return Corpus(corpus.path, corpus.truths[:REGRESSION_IDS])


# --- languages -------------------------------------------------------------------------------------


def _primary_subtag(tag: str) -> str | None:
    code = tag.strip().replace("_", "-").split("-")[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


def page_language(data: bytes) -> str | None:
    """The primary subtag of ``<html lang>``, if the page has one near its start."""
    match = _HTML_LANG_RE.search(data[:LANG_SCAN_BYTES])
    return _primary_subtag(match.group(1).decode("ascii")) if match else None


def language_of(corpus: Corpus, truth: Truth, page_data: bytes | None = None) -> str | None:
    """The truth's ``lang``, else the page's ``<html lang>`` (read from ``pages/`` when not given)."""
    if truth.lang:
        return truth.lang
    if page_data is None:
        path = corpus.input_path(HTML_MODE, truth.id)
        if not path.is_file():
            return None
        with open(path, "rb") as handle:
            page_data = handle.read(LANG_SCAN_BYTES)
    return page_language(page_data)


# --- dump layouts and their HTML form ----------------------------------------------------------------


def flavour_layout(corpus_path: Path, flavour: str) -> Layout:
    """How a dump flavour lays out text: from ``dumps/status.json``'s command, the flavour's name, or
    (for an unknown flavour) the longest line of a few dumps."""
    from_status = _layout_from_status(corpus_path / "dumps" / "status.json", flavour)
    if from_status is not None:
        return from_status
    if flavour in LINE_FLAVOURS:
        return "lines"
    if flavour in WRAPPED_FLAVOURS:
        return "wrapped"
    return _layout_from_sample(corpus_path / "dumps" / flavour)


def _layout_from_status(status_path: Path, flavour: str) -> Layout | None:
    if not status_path.is_file():
        return None
    try:
        status = json.loads(status_path.read_text(encoding="utf-8"))
        command = str(status[flavour]["command"])
    except (ValueError, KeyError, TypeError):
        return None
    if "innerText" in command:
        return "lines"
    if re.search(r"-(?:cols|width)\b", command):
        return "wrapped"
    return None


def _layout_from_sample(folder: Path) -> Layout:
    longest = 0
    for path in sorted(folder.glob("*.txt"))[:LAYOUT_SAMPLE]:
        text = path.read_text(encoding="utf-8", errors="replace")
        longest = max([longest, *(len(line) for line in text.splitlines())])
    return "lines" if longest > MAX_WRAP_WIDTH else "wrapped"


def dump_paragraphs(text: str, layout: Layout) -> list[str]:
    """The paragraphs of a dump: its lines (innerText), or its blank-line blocks joined (hard-wrapped)."""
    if layout == "lines":
        chunks = text.splitlines()
    else:
        chunks = [" ".join(block.split()) for block in _BLANK_LINES_RE.split(text)]
    return [chunk.strip() for chunk in chunks if chunk.strip()]


def dump_as_html(text: str, layout: Layout) -> bytes:
    """The fairest HTML form of a dump: one ``<p>`` per paragraph, UTF-8, no title."""
    paragraphs = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in dump_paragraphs(text, layout))
    page = f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n{paragraphs}\n</body></html>\n'
    return page.encode("utf-8")


# --- reading inputs ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InputReader:
    """Reads pages of one corpus and mode in the form a tool wants (file reading is never timed)."""

    corpus: Corpus
    mode: str
    layout: Layout | None

    @classmethod
    def open(cls, corpus: Corpus, mode: str) -> InputReader:
        layout = None if mode == HTML_MODE else flavour_layout(corpus.path, mode)
        return cls(corpus, mode, layout)

    def read(self, truth: Truth, form: Form) -> ToolInput:
        data = self.corpus.input_path(self.mode, truth.id).read_bytes()
        if self.mode == HTML_MODE:
            return ToolInput(truth.id, "html", data, language_of(self.corpus, truth, data))
        lang = language_of(self.corpus, truth)
        if form == "html":
            assert self.layout is not None
            text = data.decode("utf-8", errors="replace")
            return ToolInput(truth.id, "html", dump_as_html(text, self.layout), lang)
        return ToolInput(truth.id, "text", data, lang)

    def iter_inputs(self, form: Form) -> Iterator[ToolInput]:
        for truth in self.corpus.truths:
            yield self.read(truth, form)
