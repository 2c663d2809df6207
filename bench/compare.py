"""Compare newsclean with its peers on every corpus: body P/R/F1, exact text, title, date, speed, memory.

    python bench/compare.py                                   # all corpora under ../shared/corpus
    python bench/compare.py --limit 30 --reps 3               # a quick run
    python bench/compare.py ../shared/corpus/naeb --out results/
    python bench/compare.py --per-page 10 --tool newsclean --mode chromium
    python bench/compare.py --update-floors                   # raise bench/floors.json

Rows: newsclean, trafilatura, readability-lxml, jusText, and the pass-through baseline, for each corpus
and input mode (``html``: the pages; ``chromium``, ``w3m``, ...: the dumps). See bench/README.md for how
every column is measured.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, replace
from importlib import metadata
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

HERE = Path(__file__).resolve().parent
for _path in (HERE, HERE.parent):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import peers  # noqa: E402
from corpus import (  # noqa: E402
    DEFAULT_ROOT,
    HTML_MODE,
    REPO,
    Corpus,
    Truth,
    discover,
    load_corpus,
    regression_subset,
)
from peers import PageOutcome, PassRequest, QualityRun, Timing, Tool  # noqa: E402

if TYPE_CHECKING:
    from newsclean.scoring import PageScore

FLOORS_PATH = HERE / "floors.json"
#: --update-floors sets a floor this far under the F1 measured, so that noise-free but platform-dependent
#: differences (a float summed in another order) do not fail the guard
FLOOR_TOLERANCE = 0.005
#: floors are kept to this many decimals (rounded down)
FLOOR_DECIMALS = 3
DEFAULT_REPS = 3
#: quality passes at once: they measure nothing that depends on the load, so use the cores there are
DEFAULT_JOBS = min(4, os.cpu_count() or 1)
#: longest title shown in --per-page tables
CELL_CHARS = 48
EMPTY_OUTPUT = "empty output"
DASH = "–"

COLUMNS = (
    "corpus", "mode", "tool", "pages", "P", "R", "F1", "exact", "title", "date", "pages/s", "peak MiB",
    "failures",
)  # fmt: skip
PER_PAGE_COLUMNS = (
    "id", "P", "R", "F1", "title", "title got", "title truth", "date", "date got", "date truth", "failure",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Settings:
    corpora: tuple[Path, ...]
    #: None: every mode a corpus has
    modes: tuple[str, ...] | None
    tools: tuple[str, ...]
    reps: int = DEFAULT_REPS
    limit: int | None = None
    #: run each tool in a child process (peak memory) and time in a pinned child; off: in this process
    isolate: bool = True
    jobs: int = DEFAULT_JOBS
    per_page: int = 0


@dataclass(frozen=True, slots=True)
class PageResult:
    """One tool on one page, scored."""

    id: str
    score: PageScore
    exact: bool
    title: str | None
    date: str | None
    truth_title: str | None
    truth_date: str | None
    #: None when the tool does not give a title, or the page's title is not scored in this mode
    title_ok: bool | None
    date_ok: bool | None
    #: the error raised, or "empty output"; None for a page with output
    failure: str | None

    @property
    def precision(self) -> float:
        return self.score.precision

    @property
    def recall(self) -> float:
        return self.score.recall

    @property
    def f1(self) -> float:
        return self.score.f1


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table: a tool on one corpus and mode."""

    corpus: str
    mode: str
    tool: str
    pages: int
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    exact: float | None = None
    title: float | None = None
    date: float | None = None
    #: median over the repetitions
    pages_per_s: float | None = None
    rates: tuple[float, ...] = ()
    peak_mib: float | None = None
    failures: int | None = None
    errors: int = 0
    empty: int = 0
    note: str | None = None


@dataclass(frozen=True, slots=True)
class RunResult:
    row: Row
    pages: tuple[PageResult, ...]


@dataclass(frozen=True, slots=True)
class Machine:
    cpu: str
    cores: int
    python: str
    platform: str


@dataclass(frozen=True, slots=True)
class Report:
    generated: str
    machine: Machine
    packages: tuple[tuple[str, str], ...]
    commit: str | None
    settings: Settings
    #: peak memory of a child process that loads the harness and no tool
    baseline_mib: float | None
    results: tuple[RunResult, ...]


@dataclass(frozen=True, slots=True)
class Cell:
    """A corpus, a mode and a tool: the unit the passes run."""

    corpus: Corpus
    mode: str
    tool: Tool


# --- scoring ------------------------------------------------------------------------------------------


def score_outcome(truth: Truth, outcome: PageOutcome, mode: str, tool: Tool) -> PageResult:
    from newsclean.scoring import exact_text, normalise_title, score_page

    extraction = outcome.extraction
    body = extraction.body if extraction else ""
    title = extraction.title if extraction else None
    date = extraction.date if extraction else None
    failure = outcome.error
    if failure is None and not body.strip():
        failure = EMPTY_OUTPUT
    title_ok = None
    if "title" in tool.fields and truth.title_scored(mode):
        title_ok = normalise_title(title) == normalise_title(truth.title)
    date_ok = date in truth.date_days if "date" in tool.fields and truth.date else None
    return PageResult(
        truth.id, score_page(truth.body, body), exact_text(truth.body, body), title, date, truth.title,
        truth.date, title_ok, date_ok, failure,
    )  # fmt: skip


def fraction(values: Iterable[bool | None]) -> float | None:
    scored = [v for v in values if v is not None]
    return sum(scored) / len(scored) if scored else None


def summarise(cell: Cell, pages: Sequence[PageResult]) -> Row:
    from newsclean.scoring import score_corpus

    corpus_score = score_corpus([page.score for page in pages])
    errors = sum(1 for p in pages if p.failure and p.failure != EMPTY_OUTPUT)
    empty = sum(1 for p in pages if p.failure == EMPTY_OUTPUT)
    return Row(
        corpus=cell.corpus.name,
        mode=cell.mode,
        tool=cell.tool.name,
        pages=len(pages),
        precision=corpus_score.precision,
        recall=corpus_score.recall,
        f1=corpus_score.f1,
        exact=fraction(p.exact for p in pages),
        title=fraction(p.title_ok for p in pages),
        date=fraction(p.date_ok for p in pages),
        failures=errors + empty,
        errors=errors,
        empty=empty,
    )


def score_run(cell: Cell, run: QualityRun) -> RunResult:
    """Score a quality pass against the truth (a page missing from the run counts as an error)."""
    if run.unavailable:
        return RunResult(Row(cell.corpus.name, cell.mode, cell.tool.name, 0, note=run.unavailable), ())
    by_id = {outcome.id: outcome for outcome in run.outcomes}
    missing = "missing: the run gave no result"
    pages = tuple(
        score_outcome(truth, by_id.get(truth.id, PageOutcome(truth.id, None, missing)), cell.mode, cell.tool)
        for truth in cell.corpus.truths
    )
    return RunResult(replace(summarise(cell, pages), peak_mib=run.peak_mib), pages)


# --- running the passes ----------------------------------------------------------------------------------


def plan(settings: Settings, tools: Sequence[Tool]) -> list[Cell]:
    """Every (corpus, mode, tool) to run, in table order; modes a corpus lacks are skipped."""
    cells = []
    for path in settings.corpora:
        corpus = load_corpus(path, limit=settings.limit)
        for mode in settings.modes or corpus.modes():
            if not corpus.has_mode(mode):
                log(f"{corpus.name}: no {mode!r} input, skipped")
                continue
            cells.extend(Cell(corpus, mode, tool) for tool in tools)
    return cells


def spawn_pool(workers: int) -> ProcessPoolExecutor:
    """Fresh processes (spawn, one task each), so that one tool's memory never counts for another."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"), max_tasks_per_child=1)


def request_for(cell: Cell, settings: Settings, tools: Sequence[str], *, reps: int = 0) -> PassRequest:
    return PassRequest(
        cell.corpus.path, cell.mode, tuple(tools), settings.limit, cell.corpus.ids, reps, pin=reps > 0
    )


def quality_pass(cells: Sequence[Cell], settings: Settings) -> list[QualityRun]:
    if not settings.isolate:
        return [_logged(cell, peers.extract_pages(cell.corpus, cell.mode, cell.tool)) for cell in cells]
    with spawn_pool(settings.jobs) as pool:
        futures = [pool.submit(peers.quality_child, request_for(c, settings, (c.tool.name,))) for c in cells]
        return [
            _logged(cell, _child_result(cell, future)) for cell, future in zip(cells, futures, strict=True)
        ]


def _child_result(cell: Cell, future: object) -> QualityRun:
    try:
        return future.result()  # type: ignore[attr-defined,no-any-return]
    except Exception as exc:  # a child that dies (segfault, out of memory) fails its cell, not the run
        return QualityRun(cell.tool.name, (), None, f"worker failed: {type(exc).__name__}: {exc}")


def _logged(cell: Cell, run: QualityRun) -> QualityRun:
    status = run.unavailable or f"{len(run.outcomes)} pages"
    log(f"{cell.corpus.name}/{cell.mode} {cell.tool.name}: {status}")
    return run


def timing_pass(cells: Sequence[Cell], settings: Settings) -> dict[tuple[str, str, str], Timing]:
    """Pages per second per (corpus, mode, tool): tools interleaved on the pages of each corpus and mode,
    all in one process pinned to one core (isolated), after every quality pass has ended."""
    if settings.reps <= 0 or not cells:
        return {}
    groups = group_by_input(cells)
    log(f"timing: {len(groups)} corpus/mode groups x {settings.reps} repetitions")
    if settings.isolate:
        requests = tuple(
            request_for(group[0], settings, [c.tool.name for c in group], reps=settings.reps)
            for group in groups
        )
        with spawn_pool(1) as pool:
            found = pool.submit(peers.timing_child, requests).result()
    else:
        found = tuple(
            timing
            for group in groups
            for timing in peers.time_tools(
                group[0].corpus, group[0].mode, [c.tool for c in group], settings.reps
            )
        )
    return {(t.corpus, t.mode, t.tool): t for t in found}


def group_by_input(cells: Sequence[Cell]) -> list[list[Cell]]:
    groups: dict[tuple[str, str], list[Cell]] = {}
    for cell in cells:
        groups.setdefault((str(cell.corpus.path), cell.mode), []).append(cell)
    return list(groups.values())


def with_timing(result: RunResult, timing: Timing | None) -> RunResult:
    if timing is None or not timing.rates:
        return result
    row = replace(result.row, pages_per_s=statistics.median(timing.rates), rates=timing.rates)
    return RunResult(row, result.pages)


def baseline_memory(settings: Settings) -> float | None:
    if not settings.isolate:
        return None
    with spawn_pool(1) as pool:
        return pool.submit(peers.baseline_child).result()


def run_benchmark(settings: Settings, tools: Sequence[Tool] | None = None) -> Report:
    """Both passes over every cell, scored. ``tools`` other than the registry's need ``isolate=False``."""
    tools = tools if tools is not None else [peers.tool_by_name(name) for name in settings.tools]
    if settings.isolate and any(t not in peers.TOOLS for t in tools):
        raise ValueError("only the registered tools can run in child processes; use isolate=False")
    generated = _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat()
    cells = plan(settings, tools)
    runs = quality_pass(cells, settings)
    timings = timing_pass([c for c, r in zip(cells, runs, strict=True) if not r.unavailable], settings)
    results = tuple(
        with_timing(score_run(cell, run), timings.get((cell.corpus.name, cell.mode, cell.tool.name)))
        for cell, run in zip(cells, runs, strict=True)
    )
    return Report(
        generated,
        machine(),
        package_versions(tools),
        git_commit(),
        settings,
        baseline_memory(settings),
        results,
    )


# --- machine and versions ----------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def machine() -> Machine:
    return Machine(cpu_model(), os.cpu_count() or 1, platform.python_version(), platform.platform())


def package_versions(tools: Sequence[Tool]) -> tuple[tuple[str, str], ...]:
    names = sorted({name for tool in tools for name in tool.packages} | {"lxml"}, key=str.lower)
    return tuple((name, _version(name)) for name in names)


def _version(name: str) -> str:
    if name == "newsclean":
        try:
            import newsclean

            return str(newsclean.__version__)
        except ImportError:
            return "not installed"
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def git_commit() -> str | None:
    """The repository's commit, with ``+dirty`` when files differ from it (read-only git commands)."""
    try:
        head = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return f"{head}+dirty" if dirty else head


# --- reports ------------------------------------------------------------------------------------------


def fmt(value: float | None, digits: int = 3) -> str:
    return DASH if value is None else f"{value:.{digits}f}"


def fmt_rate(value: float | None) -> str:
    if value is None:
        return DASH
    return f"{value:.0f}" if value >= 100 else f"{value:.1f}"


def row_cells(row: Row) -> list[str]:
    if row.note:
        return [row.corpus, row.mode, f"{row.tool} ({row.note})", *[DASH] * (len(COLUMNS) - 3)]
    return [
        row.corpus, row.mode, row.tool, str(row.pages), fmt(row.precision), fmt(row.recall), fmt(row.f1),
        fmt(row.exact), fmt(row.title), fmt(row.date), fmt_rate(row.pages_per_s), fmt(row.peak_mib, 0),
        DASH if row.failures is None else str(row.failures),
    ]  # fmt: skip


def markdown_table(header: Sequence[str], body: Sequence[Sequence[str]], numeric: Iterable[int]) -> str:
    """An aligned Markdown table; the ``numeric`` columns (by index) are right-aligned."""
    right = frozenset(numeric)
    cells = [[c.replace("|", "\\|") for c in line] for line in [list(header), *body]]
    widths = [max(len(line[i]) for line in cells) for i in range(len(header))]

    def render(line: Sequence[str]) -> str:
        padded = (
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(line, widths, strict=True))
        )
        return "| " + " | ".join(padded) + " |"

    rule = ["-" * (w - 1) + ":" if i in right else "-" * w for i, w in enumerate(widths)]
    return "\n".join([render(cells[0]), render(rule), *(render(line) for line in cells[1:])])


def results_table(report: Report) -> str:
    return markdown_table(COLUMNS, [row_cells(r.row) for r in report.results], numeric=range(3, len(COLUMNS)))


def clip(text: str | None, size: int = CELL_CHARS) -> str:
    if text is None:
        return DASH
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def mark(ok: bool | None) -> str:
    return DASH if ok is None else ("ok" if ok else "WRONG")


def worst_pages(result: RunResult, count: int) -> list[PageResult]:
    return sorted(result.pages, key=lambda p: (p.f1, p.precision, p.recall, p.id))[:count]


def per_page_cells(page: PageResult) -> list[str]:
    return [
        page.id, fmt(page.precision), fmt(page.recall), fmt(page.f1), mark(page.title_ok), clip(page.title),
        clip(page.truth_title), mark(page.date_ok), page.date or DASH, page.truth_date or DASH,
        clip(page.failure, 60) if page.failure else "",
    ]  # fmt: skip


def per_page_table(result: RunResult, count: int) -> str:
    lines = [per_page_cells(page) for page in worst_pages(result, count)]
    row = result.row
    heading = f"### Worst {len(lines)} pages: {row.tool} on {row.corpus}/{row.mode}"
    return heading + "\n\n" + markdown_table(PER_PAGE_COLUMNS, lines, numeric=(1, 2, 3))


def markdown_report(report: Report) -> str:
    settings, m = report.settings, report.machine
    versions = ", ".join(f"{name} {version}" for name, version in report.packages)
    limit = f"first {settings.limit} pages of each corpus" if settings.limit else "all pages"
    speed = f"median of {settings.reps} interleaved repetitions" if settings.reps else "not measured"
    parts = [
        "## newsclean and its peers",
        "",
        f"{report.generated}, commit {report.commit or 'unknown'}; {limit}; pages/s on one core, {speed}.  ",
        f"Machine: {m.cpu}, {m.cores} cores, Python {m.python}, {m.platform}.  ",
        f"Versions: {versions}.",
        "",
        results_table(report),
        "",
        "P, R, F1: 4-gram shingle precision, recall and F1 (newsclean.scoring); exact: share of pages whose",
        "tokens equal the truth's; title: exact match after whitespace normalisation (dumps: only titles",
        "visible in the page); date: same day as the truth or one of its date_conflicts; peak MiB: peak RSS",
        f"of a fresh process running only that tool ({_baseline_note(report.baseline_mib)}); failures:",
        "exceptions plus empty outputs. '–': the tool does not give that field, or it was not measured.",
    ]
    if settings.per_page:
        parts += ["", *_per_page_sections(report)]
    return "\n".join(parts) + "\n"


def _baseline_note(baseline: float | None) -> str:
    return f"the harness alone: {baseline:.0f} MiB" if baseline is not None else "not measured"


def _per_page_sections(report: Report) -> list[str]:
    sections = []
    for result in report.results:
        if result.pages:
            sections += [per_page_table(result, report.settings.per_page), ""]
    return sections


def json_report(report: Report) -> dict[str, object]:
    """The report as JSON-ready data (records become objects only here, at the edge)."""
    settings = asdict(report.settings)
    settings["corpora"] = [str(p) for p in report.settings.corpora]
    return {
        "generated": report.generated,
        "commit": report.commit,
        "machine": asdict(report.machine),
        "packages": dict(report.packages),
        "settings": settings,
        "baseline_mib": report.baseline_mib,
        "columns": {
            "precision/recall/f1": "4-gram shingle metric (newsclean.scoring), corpus averages",
            "exact": "share of pages whose tokens equal the truth's",
            "title": "share of scored pages with an exact title (null: the tool gives none)",
            "date": "share of pages with a date truth whose date is right (null: the tool gives none)",
            "pages_per_s": "median over rates: pages per second on one core, tools interleaved",
            "peak_mib": "peak RSS of a fresh process running only this tool on these pages",
            "failures": "errors (exceptions) + empty outputs",
        },
        "rows": [asdict(r.row) for r in report.results],
        "worst": {
            f"{r.row.tool} {r.row.corpus}/{r.row.mode}": [
                page_record(p) for p in worst_pages(r, settings["per_page"])
            ]
            for r in report.results
            if settings["per_page"] and r.pages
        },
    }


def page_record(page: PageResult) -> dict[str, object]:
    record: dict[str, object] = {"id": page.id, "precision": page.precision, "recall": page.recall}
    record["f1"] = page.f1
    record.update({k: v for k, v in asdict(page).items() if k not in ("id", "score")})
    return record


def write_outputs(report: Report, out: Path) -> None:
    """results.md, results.json and pages.jsonl (every page of every run, for diffs between runs)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.md").write_text(markdown_report(report), encoding="utf-8")
    text = json.dumps(json_report(report), indent=2, ensure_ascii=False) + "\n"
    (out / "results.json").write_text(text, encoding="utf-8")
    with open(out / "pages.jsonl", "w", encoding="utf-8") as handle:
        for result in report.results:
            for page in result.pages:
                record = {"corpus": result.row.corpus, "mode": result.row.mode, "tool": result.row.tool}
                handle.write(json.dumps({**record, **page_record(page)}, ensure_ascii=False) + "\n")


# --- the regression floors ----------------------------------------------------------------------------


def read_floors(path: Path = FLOORS_PATH) -> dict[str, float]:
    """``{"naeb/chromium": 0.85, ...}``: body F1 floors of newsclean on the regression subset."""
    if not path.is_file():
        return {}
    return {
        key: float(value) for key, value in json.loads(path.read_text(encoding="utf-8"))["floors"].items()
    }


@dataclass(frozen=True, slots=True)
class Regression:
    """newsclean on the regression subset of one corpus, in one dump flavour."""

    key: str
    f1: float
    #: "id: error" of pages where newsclean raised something other than a NewscleanError (a bug, or a
    #: working tree caught half-edited)
    crashes: tuple[str, ...]


def regression_check(corpus: Corpus, mode: str) -> Regression:
    """Body F1 of newsclean (in this process) on the regression subset of a corpus, in one mode."""
    cell = Cell(regression_subset(corpus), mode, peers.tool_by_name("newsclean"))
    run = peers.extract_pages(cell.corpus, mode, cell.tool)
    if run.unavailable:
        raise RuntimeError(f"newsclean cannot run: {run.unavailable}")
    f1 = score_run(cell, run).row.f1
    assert f1 is not None
    expected = newsclean_error_names()
    crashes = tuple(
        f"{o.id}: {o.error}" for o in run.outcomes if o.error and o.error.split(":")[0] not in expected
    )
    return Regression(f"{corpus.name}/{mode}", f1, crashes)


def newsclean_error_names() -> frozenset[str]:
    """Names of the exceptions newsclean raises on purpose (NewscleanError and its subclasses)."""
    from newsclean import NewscleanError

    names, todo = set(), [NewscleanError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return frozenset(names)


def floor_keys(corpora: Sequence[Path]) -> list[tuple[Corpus, str]]:
    """The (corpus, dump flavour) pairs the regression guard covers."""
    pairs = []
    for path in corpora:
        corpus = load_corpus(path)
        pairs.extend((corpus, mode) for mode in corpus.modes() if mode != HTML_MODE)
    return pairs


def raised_floors(
    old: Mapping[str, float], current: Mapping[str, float], tolerance: float = FLOOR_TOLERANCE
) -> dict[str, float]:
    """Each floor becomes max(old floor, current - tolerance, rounded down); a floor is never lowered."""
    scale = 10**FLOOR_DECIMALS
    new = dict(old)
    for key, value in current.items():
        candidate = max(0.0, math.floor((value - tolerance) * scale + 1e-9) / scale)
        new[key] = max(old.get(key, 0.0), candidate)
    return dict(sorted(new.items()))


def write_floors(floors: Mapping[str, float], path: Path = FLOORS_PATH) -> None:
    document = {
        "rule": (
            "Body F1 floors of newsclean on the regression subset (tests/test_regression.py). "
            "`python bench/compare.py --update-floors` only raises them, to the F1 measured minus the "
            "tolerance; lower one only by hand, with the reason in the commit message."
        ),
        "subset": "the first 40 ids (sorted) of each corpus; newsclean on each dump flavour",
        "tolerance": FLOOR_TOLERANCE,
        "floors": dict(sorted(floors.items())),
    }
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")


def update_floors(corpora: Sequence[Path], path: Path = FLOORS_PATH) -> int:
    """Raise the floors to the F1s measured now; refuse (exit code 1) when newsclean crashed on a page."""
    old = read_floors(path)
    checks = [regression_check(corpus, mode) for corpus, mode in floor_keys(corpora)]
    crashes = [f"{check.key} {crash}" for check in checks for crash in check.crashes]
    if crashes:
        log("compare: newsclean crashed, floors left as they are:\n  " + "\n  ".join(crashes[:20]))
        return 1
    current = {check.key: check.f1 for check in checks}
    new = raised_floors(old, current)
    for key, value in new.items():
        print(f"{key:28} F1 {fmt(current.get(key))}  floor {fmt(old.get(key))} -> {value:.3f}")
    write_floors(new, path)
    return 0


# --- command line -------------------------------------------------------------------------------------


_STARTED = time.monotonic()


def log(message: str) -> None:
    """Progress on stderr, with the seconds since the harness started."""
    print(f"[{time.monotonic() - _STARTED:6.1f}s] {message}", file=sys.stderr, flush=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "corpora", nargs="*", type=Path, help="corpus folders (default: all under ../shared/corpus)"
    )
    parser.add_argument(
        "--mode", action="append", help="html, or a dump flavour (chromium, w3m, ...); repeatable"
    )
    parser.add_argument(
        "--tool", action="append", choices=peers.tool_names(), help="only this tool; repeatable"
    )
    parser.add_argument("--reps", type=int, default=DEFAULT_REPS, help="timing repetitions (0: no timing)")
    parser.add_argument(
        "--limit", type=int, metavar="N", help="only the first N pages (sorted ids) per corpus"
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=DEFAULT_JOBS,
        help="quality passes run at once (the timing pass runs alone)",
    )
    parser.add_argument(
        "--in-process", action="store_true", help="no child processes: no peak memory, no pinning to one core"
    )
    parser.add_argument(
        "--per-page", type=int, default=0, metavar="N", help="list the N worst pages of each run"
    )
    parser.add_argument(
        "--out", type=Path, metavar="DIR", help="write results.md, results.json, pages.jsonl here"
    )
    parser.add_argument("--update-floors", action="store_true", help="raise bench/floors.json, then exit")
    parser.add_argument("--floors", type=Path, default=FLOORS_PATH, help=argparse.SUPPRESS)
    return parser


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def settings_from(args: argparse.Namespace) -> Settings:
    corpora = tuple(p.resolve() for p in args.corpora) or tuple(discover(DEFAULT_ROOT))
    modes = tuple(m.removeprefix("dumps/") for m in args.mode) if args.mode else None
    return Settings(
        corpora=corpora,
        modes=modes,
        tools=tuple(args.tool or peers.tool_names()),
        reps=max(0, args.reps),
        limit=args.limit,
        isolate=not args.in_process,
        jobs=max(1, args.jobs),
        per_page=max(0, args.per_page),
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    settings = settings_from(args)
    if not settings.corpora:
        log(f"compare: no corpus given and none found under {DEFAULT_ROOT}")
        return 2
    missing = [p for p in settings.corpora if not (p / "truth.jsonl").is_file()]
    if missing:
        log(f"compare: not a corpus (no truth.jsonl): {', '.join(map(str, missing))}")
        return 2
    if args.update_floors:
        return update_floors(settings.corpora, args.floors)
    report = run_benchmark(settings)
    print(markdown_report(report), end="")
    if args.out:
        write_outputs(report, args.out)
        log(f"wrote {args.out / 'results.md'}, results.json, pages.jsonl")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
