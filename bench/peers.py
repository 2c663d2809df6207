"""The tools compared, behind one interface, and the two passes that run them.

Every tool turns a ``ToolInput`` into an ``Extraction`` (body text, and title / date when the tool finds
them). ``Tool.load()`` imports the library and returns the extraction function; a library that is not
installed raises ImportError there, and the harness shows the tool as "not installed".

* quality pass (``extract_pages``): one tool over the pages of one corpus and mode, one page read at a
  time; run in a fresh child process per tool it also gives that tool's peak memory (``ru_maxrss``);
* timing pass (``time_tools``): every tool over the same pages, interleaved page by page (the order of the
  tools rotates from page to page), pinned to one core, repeated; inputs are read before the clock starts.
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import os
import resource
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from corpus import HTML_MODE, REPO, Corpus, Form, InputReader, ToolInput, load_corpus

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: language code -> jusText stop-list name (jusText's lists are named after the language in English)
JUSTEXT_STOPLISTS = {
    "af": "Afrikaans", "sq": "Albanian", "ar": "Arabic", "an": "Aragonese", "hy": "Armenian",
    "ast": "Asturian", "az": "Azerbaijani", "eu": "Basque", "be": "Belarusian", "bn": "Bengali",
    "bs": "Bosnian", "br": "Breton", "bg": "Bulgarian", "ca": "Catalan", "ceb": "Cebuano", "cv": "Chuvash",
    "hr": "Croatian", "cs": "Czech", "da": "Danish", "nl": "Dutch", "en": "English", "eo": "Esperanto",
    "et": "Estonian", "fi": "Finnish", "fr": "French", "gl": "Galician", "ka": "Georgian", "de": "German",
    "el": "Greek", "gu": "Gujarati", "ht": "Haitian", "he": "Hebrew", "iw": "Hebrew", "hi": "Hindi",
    "hu": "Hungarian", "is": "Icelandic", "io": "Ido", "ig": "Igbo", "id": "Indonesian", "in": "Indonesian",
    "ga": "Irish", "it": "Italian", "jv": "Javanese", "kn": "Kannada", "kk": "Kazakh", "ko": "Korean",
    "ku": "Kurdish", "ky": "Kyrgyz", "la": "Latin", "lv": "Latvian", "lt": "Lithuanian", "lmo": "Lombard",
    "nds": "Low_Saxon", "lb": "Luxembourgish", "mk": "Macedonian", "ms": "Malay", "ml": "Malayalam",
    "mt": "Maltese", "mr": "Marathi", "nap": "Neapolitan", "ne": "Nepali", "new": "Newar",
    "no": "Norwegian_Bokmal", "nb": "Norwegian_Bokmal", "nn": "Norwegian_Nynorsk", "oc": "Occitan",
    "fa": "Persian", "pms": "Piedmontese", "pl": "Polish", "pt": "Portuguese", "qu": "Quechua",
    "ro": "Romanian", "ru": "Russian", "sr": "Serbian", "sh": "Serbo_Croatian", "scn": "Sicilian",
    "sk": "Slovak", "sl": "Slovenian", "es": "Spanish", "su": "Sundanese", "sw": "Swahili", "sv": "Swedish",
    "tl": "Tagalog", "fil": "Tagalog", "ta": "Tamil", "te": "Telugu", "tr": "Turkish", "tk": "Turkmen",
    "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek", "vi": "Vietnamese", "vo": "Volapuk", "wa": "Walloon",
    "war": "Waray_Waray", "cy": "Welsh", "fy": "West_Frisian", "pnb": "Western_Panjabi", "yo": "Yoruba",
}  # fmt: skip
JUSTEXT_DEFAULT_STOPLIST = "English"

#: elements whose text is never shown
INVISIBLE_TAGS = ("script", "style", "template", "head", "title", "svg", "math")
#: elements that start a new line of text
BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
)  # fmt: skip
#: libraries whose warnings about odd pages would flood stderr
NOISY_LOGGERS = ("trafilatura", "htmldate", "courlan", "readability", "readability.readability", "justext")
KIB = 1024


@dataclass(frozen=True, slots=True)
class Extraction:
    """What a tool got from one page."""

    body: str
    title: str | None = None
    #: ISO calendar day
    date: str | None = None


Extractor = Callable[[ToolInput], Extraction]


@dataclass(frozen=True, slots=True)
class Tool:
    name: str
    #: "native": HTML pages and text dumps as they are; "html": dumps are turned into HTML first
    form: Form
    #: the metadata fields the tool tries to find ("title", "date"); the others show as "-"
    fields: frozenset[str]
    #: imports the library (ImportError when missing) and returns the extraction function
    load: Callable[[], Extractor]
    #: the Python distributions whose versions the report records
    packages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PageOutcome:
    """One tool on one page: an extraction, or the error it raised."""

    id: str
    extraction: Extraction | None
    error: str | None


@dataclass(frozen=True, slots=True)
class QualityRun:
    """The quality pass of one tool over one corpus and mode."""

    tool: str
    outcomes: tuple[PageOutcome, ...]
    #: peak resident memory of the process that ran it (None when run inside the harness)
    peak_mib: float | None
    #: why the tool did not run (not installed), else None
    unavailable: str | None = None


@dataclass(frozen=True, slots=True)
class Timing:
    """Pages per second of one tool on one corpus and mode, one value per repetition."""

    corpus: str
    mode: str
    tool: str
    rates: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class PassRequest:
    """What a child process needs to run a pass: all picklable, tools by name."""

    corpus_path: Path
    mode: str
    tools: tuple[str, ...]
    limit: int | None
    ids: tuple[str, ...] | None = None
    reps: int = 0
    pin: bool = False


# --- text of HTML ------------------------------------------------------------------------------------


def decode_html(data: bytes) -> str:
    """UTF-8 when it is, else cp1252 (the usual mislabelled Latin page)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def element_text(root: HtmlElement) -> str:
    """Visible text of an lxml element, one line per block element, invisible elements left out.

    The element is changed in place (block elements get line breaks around them).
    """
    for element in list(root.iter(*INVISIBLE_TAGS)):
        if element is not root:
            element.drop_tree()
    for element in root.iter(*BLOCK_TAGS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def html_text(markup: str) -> str:
    """Visible text of an HTML fragment or document."""
    import lxml.html

    if not markup.strip():
        return ""
    return element_text(lxml.html.fromstring(markup))


def page_text(data: bytes) -> str:
    """All visible text of a page's ``<body>`` (the pass-through baseline in HTML mode)."""
    import lxml.html

    text = decode_html(data)
    if not text.strip():
        return ""
    try:
        document = lxml.html.document_fromstring(text)
    except ValueError:  # a string with an XML encoding declaration
        document = lxml.html.document_fromstring(data)
    body = document.find("body")
    return element_text(body if body is not None else document)


def iso_day(value: object) -> str | None:
    """The calendar day of a date string or date, ISO formatted; None when it is not one."""
    if isinstance(value, _dt.date):
        return value.isoformat()[:10]
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return _dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def quiet_loggers() -> None:
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)


# --- the tools ---------------------------------------------------------------------------------------


def load_newsclean() -> Extractor:
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from newsclean import Options, clean

    html_options, text_options = Options(kind="html"), Options(kind="text")

    def extract(page: ToolInput) -> Extraction:
        article = clean(page.data, options=html_options if page.kind == "html" else text_options)
        return Extraction(article.body_text, article.title, iso_day(article.date))

    return extract


def load_trafilatura() -> Extractor:
    import trafilatura

    quiet_loggers()

    def extract(page: ToolInput) -> Extraction:
        result = trafilatura.extract(page.data, with_metadata=True, output_format="json")
        if not result:
            return Extraction("")
        document = json.loads(result)
        return Extraction(document.get("text") or "", document.get("title"), iso_day(document.get("date")))

    return extract


def load_readability() -> Extractor:
    from readability import Document

    quiet_loggers()

    def extract(page: ToolInput) -> Extraction:
        document = Document(page.data)
        body = html_text(document.summary(html_partial=True))
        return Extraction(body, document.short_title() or None)

    return extract


def load_justext() -> Extractor:
    import justext

    quiet_loggers()
    available = frozenset(justext.get_stoplists())
    stoplists: dict[str, frozenset[str]] = {}

    def stoplist(lang: str | None) -> frozenset[str]:
        name = JUSTEXT_STOPLISTS.get(lang or "", JUSTEXT_DEFAULT_STOPLIST)
        if name not in available:
            name = JUSTEXT_DEFAULT_STOPLIST
        if name not in stoplists:
            stoplists[name] = justext.get_stoplist(name)
        return stoplists[name]

    def extract(page: ToolInput) -> Extraction:
        paragraphs = justext.justext(page.data, stoplist(page.lang))
        return Extraction("\n\n".join(p.text for p in paragraphs if not p.is_boilerplate))

    return extract


def load_passthrough() -> Extractor:
    import lxml.html  # noqa: F401  (imported here so that the first timed page does not pay for it)

    def extract(page: ToolInput) -> Extraction:
        if page.kind == "text":
            return Extraction(page.data.decode("utf-8", errors="replace"))
        return Extraction(page_text(page.data))

    return extract


TOOLS: tuple[Tool, ...] = (
    Tool("newsclean", "native", frozenset({"title", "date"}), load_newsclean, ("newsclean",)),
    Tool("trafilatura", "html", frozenset({"title", "date"}), load_trafilatura, ("trafilatura", "htmldate")),
    Tool("readability-lxml", "html", frozenset({"title"}), load_readability, ("readability-lxml",)),
    Tool("justext", "html", frozenset(), load_justext, ("jusText",)),
    Tool("passthrough", "native", frozenset(), load_passthrough, ("lxml",)),
)


def tool_names() -> tuple[str, ...]:
    return tuple(tool.name for tool in TOOLS)


def tool_by_name(name: str) -> Tool:
    for tool in TOOLS:
        if tool.name == name:
            return tool
    raise KeyError(f"unknown tool {name!r} (known: {', '.join(tool_names())})")


def try_load(tool: Tool) -> tuple[Extractor | None, str | None]:
    """The tool's extraction function, or None and why it could not be loaded."""
    try:
        return tool.load(), None
    except ImportError as exc:
        return None, f"not installed ({type(exc).__name__}: {exc})"


# --- running -------------------------------------------------------------------------------------------


def run_one(extract: Extractor, page: ToolInput) -> PageOutcome:
    """One page; any exception the tool raises is the page's error, never the harness's."""
    try:
        extraction = extract(page)
    except Exception as exc:  # a failing tool is counted, not fatal
        message = " ".join(str(exc).split())[:200]
        return PageOutcome(page.id, None, f"{type(exc).__name__}: {message}")
    return PageOutcome(page.id, extraction, None)


def peak_rss_mib() -> float:
    """Peak resident memory of this process in MiB.

    ``VmHWM`` of /proc/self/status where there is one: it belongs to the process's own address space.
    ``ru_maxrss`` is the fallback; on Linux it also counts the parent's pages the child had between fork
    and exec, so a child of a large harness would look large.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / KIB
    except (OSError, ValueError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / KIB


def extract_pages(corpus: Corpus, mode: str, tool: Tool) -> QualityRun:
    """The quality pass: ``tool`` over every page, read one at a time."""
    extract, why = try_load(tool)
    if extract is None:
        return QualityRun(tool.name, (), None, why)
    reader = InputReader.open(corpus, mode)
    outcomes = tuple(run_one(extract, page) for page in reader.iter_inputs(tool.form))
    return QualityRun(tool.name, outcomes, None)


def quality_child(request: PassRequest) -> QualityRun:
    """Child-process entry of the quality pass: one tool; also reports the process's peak memory."""
    corpus = _request_corpus(request)
    run = extract_pages(corpus, request.mode, tool_by_name(request.tools[0]))
    if run.unavailable:
        return run
    return QualityRun(run.tool, run.outcomes, peak_rss_mib())


def baseline_child() -> float:
    """Peak memory of a child that loads the harness and nothing else, to read the others against."""
    return peak_rss_mib()


def _request_corpus(request: PassRequest) -> Corpus:
    corpus = load_corpus(request.corpus_path, limit=request.limit)
    if request.ids is None:
        return corpus
    wanted = frozenset(request.ids)
    return Corpus(corpus.path, tuple(t for t in corpus.truths if t.id in wanted))


def pin_to_one_core() -> int | None:
    """Run on one core from now on; returns it (None where affinity cannot be set)."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return core


def time_tools(corpus: Corpus, mode: str, tools: Sequence[Tool], reps: int) -> tuple[Timing, ...]:
    """Pages per second of each tool, ``reps`` times, tools interleaved page by page.

    Inputs are read (and dumps turned into HTML) before the clock starts; each tool extracts the first
    page once, untimed, so that lazy imports and caches are warm. Exceptions are timed like any output.
    """
    loaded = [(tool, extract) for tool, (extract, _) in ((t, try_load(t)) for t in tools) if extract]
    if not loaded or not corpus.truths:
        return ()
    inputs = _read_forms(InputReader.open(corpus, mode), {tool.form for tool, _ in loaded})
    for tool, extract in loaded:
        run_one(extract, inputs[tool.form][0])
    rates: dict[str, list[float]] = {tool.name: [] for tool, _ in loaded}
    for rep in range(reps):
        seconds = _timed_round(loaded, inputs, rep)
        for name, total in seconds.items():
            rates[name].append(len(corpus.truths) / total if total > 0 else float("inf"))
    return tuple(Timing(corpus.name, mode, name, tuple(values)) for name, values in rates.items())


def _read_forms(reader: InputReader, forms: set[Form]) -> dict[Form, tuple[ToolInput, ...]]:
    """Every page in every form the tools want (HTML pages are one form: read once)."""
    if reader.mode == HTML_MODE:
        pages = tuple(reader.iter_inputs("native"))
        return {form: pages for form in forms}
    return {form: tuple(reader.iter_inputs(form)) for form in forms}


def _timed_round(
    loaded: Sequence[tuple[Tool, Extractor]], inputs: dict[Form, tuple[ToolInput, ...]], rep: int
) -> dict[str, float]:
    seconds = {tool.name: 0.0 for tool, _ in loaded}
    count = len(loaded)
    clock = time.perf_counter
    for i in range(len(next(iter(inputs.values())))):
        shift = (i + rep) % count
        for tool, extract in (*loaded[shift:], *loaded[:shift]):
            page = inputs[tool.form][i]
            started = clock()
            run_one(extract, page)
            seconds[tool.name] += clock() - started
    return seconds


def timing_child(requests: tuple[PassRequest, ...]) -> tuple[Timing, ...]:
    """Child-process entry of the timing pass: every corpus and mode in turn, pinned to one core when
    asked (one process for all, so that each tool warms up once)."""
    if any(request.pin for request in requests):
        pin_to_one_core()
    timings: list[Timing] = []
    for request in requests:
        tools = [tool_by_name(name) for name in request.tools]
        timings += time_tools(_request_corpus(request), request.mode, tools, request.reps)
    return tuple(timings)
