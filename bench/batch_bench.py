"""Batch runs at scale, and what the site chrome learned from a folder adds.

    python bench/batch_bench.py                       # both parts below
    python bench/batch_bench.py quality               # body F1: batch (learned chrome) vs one by one
    python bench/batch_bench.py scale --files 50000   # throughput -j 1 / -j 2, peak memory, resume
    python bench/batch_bench.py scale --files 5000 --work /tmp/nc-bench --keep --json scale.json
    python bench/batch_bench.py scale --readme README.md  # ... and write the README's tables
    python bench/batch_bench.py --from-json scale.json --readme README.md   # tables from a saved run

**quality**: every corpus flavour under ``../shared/corpus/*/dumps/`` is cleaned twice with
``newsclean.batch.run`` (``kind="text"``, as ``bench/evaluate.py`` reads dumps): once without learning
(which is exactly one-by-one cleaning) and once with the site chrome learned from the folder; bodies are
scored with ``newsclean.scoring`` against ``truth.jsonl``. Then the same on synthetic folders where the
effect should be largest: 30 made-up sites of 20 pages each, whose pages share menus, a promotion box in
the middle of the text, a block of other stories' teasers (full sentences) and a footer. All their text is
generated here from word lists written for this script (nothing is copied from the corpora); they come as
innerText-like and w3m-like (wrapped) dumps, in domain folders (``site07.example/page03.txt``) and flat
(hashed names: the site must be told from the page).

**scale**: a folder of ``--files`` inputs is generated in ``--work`` (default: a temporary folder): about
40 % copies of the corpus dumps (every third one gzipped), 58 % synthetic pages of 400 sites, 1 % corpus
HTML pages, and a few empty and binary files; ten parts (``part0`` .. ``part9``). Each run is a fresh
process running ``newsclean.batch.run`` into a mirrored tree (learning on, as by default), which reports
its summary, its CPU time and the peak RSS of itself and of its largest worker; before each run the script
waits (up to ``--idle-wait`` seconds, default 10 minutes) for other processes to leave the CPU alone, and
the table shows the share of the CPU they took during the run. Runs: ``-j 1`` and ``-j 2`` (each again,
up to ``--repeat`` times, until a run is undisturbed; the fastest undisturbed one counts); ``-j 2`` on
``part0`` (a tenth of the files) and on ``part0`` to ``part4`` (a half: memory must not depend on the
number of files); ``-j 2`` stopped with SIGINT half-way, then run again (the resume), then once more
(nothing left to do but the inputs that failed). The generated folder is reused by a later run with the
same ``--work`` and ``--files`` (``in.json`` says what it holds).

This is a benchmark, not a test: it reports, it does not fail.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import hashlib
import json
import os
import platform
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from newsclean.batch import BatchOptions, Summary, run  # noqa: E402
from newsclean.cli import summary_lines  # noqa: E402
from newsclean.model import Options  # noqa: E402
from newsclean.scoring import score_corpus, score_page  # noqa: E402

DEFAULT_ROOT = REPO.parent / "shared" / "corpus"
#: the synthetic quality folders: sites and pages per site
QUALITY_SITES = 30
QUALITY_PAGES = 20
#: the scale folder: synthetic sites, and the share of each kind of input
SCALE_SITES = 400
SHARE_CORPUS_DUMPS = 0.40
SHARE_HTML = 0.01
SHARE_BAD = 0.002
PARTS = 10
#: before each timed run, wait at most this long (seconds) for other processes to leave the CPU alone
IDLE_WAIT = 600.0
#: a run during which other processes took less than this share of the CPU counts as undisturbed; -j 1
#: and -j 2 are run again (up to --repeat times) until one is
QUIET_SHARE = 0.05

# synthetic text: word lists written for this benchmark ------------------------------------------------
SUBJECTS = (
    "The city council", "The regional water board", "A group of parents", "Researchers at the university",
    "The transport minister", "Shop owners in the old town", "The hospital's new director", "Local farmers",
    "The school board", "Two opposition members", "The harbour authority", "Volunteers from the library",
    "The fire brigade", "A coalition of tenants", "The museum's trustees", "Engineers from the rail company",
)  # fmt: skip
VERBS = (
    "approved", "rejected", "debated", "postponed", "announced", "questioned", "defended", "criticised",
    "welcomed", "reviewed", "challenged", "presented",
)  # fmt: skip
OBJECTS = (
    "a plan to expand the bus network", "the budget for the coming year", "a plan to close the river road",
    "new rules for short-term rentals", "the design of the northern bridge", "a study of air quality",
    "the merger of two primary schools", "a scheme to plant ten thousand trees", "higher parking fees",
    "the renovation of the central market", "a pilot project for night trains", "the draft housing strategy",
)  # fmt: skip
TAILS = (
    "on Tuesday", "after a long evening meeting", "despite objections from residents", "for the third time",
    "in a statement on Friday", "at a crowded public hearing", "without a formal vote", "earlier this month",
    "after months of delay", "in a letter to the mayor",
)  # fmt: skip
FOLLOWS = (
    "The decision is expected to affect thousands of families across the district.",
    "Critics said the cost had been underestimated from the start.",
    "Supporters argued that the change was long overdue and would pay for itself within a decade.",
    "A final decision is not expected before the end of the year.",
    "Residents will be able to comment on the proposal until the middle of next month.",
    "The project has already been delayed twice because of rising material costs.",
    "Officials promised to publish the full figures once the review is complete.",
    "Several speakers warned that the timetable was too ambitious.",
    "It was not immediately clear how the plan would be paid for.",
    "The mayor's office did not respond to a request for comment.",
)
QUOTES = (
    "We have waited long enough for this", "Nobody asked the people who live here", "This is a good day for",
    "The numbers simply do not add up", "We will keep fighting for a better deal", "It is a first step",
)  # fmt: skip
FIRST = (
    "Anna",
    "Tomas",
    "Maria",
    "Jonas",
    "Lena",
    "Pavel",
    "Sofia",
    "Erik",
    "Clara",
    "Mateo",
    "Ines",
    "Omar",
)
LAST = ("Berg", "Novak", "Lindqvist", "Moreau", "Santos", "Keller", "Vidal", "Haas", "Olsen", "Rossi")
PLACES = (
    "Northgate",
    "Eastbrook",
    "Millford",
    "Riverside",
    "Oakham",
    "Westvale",
    "Harrow Bay",
    "Stonebridge",
)
SECTIONS = (
    "News", "Politics", "Business", "Sport", "Culture", "Opinion", "Science", "Travel", "Food", "Weather",
    "Local", "World", "Health", "Education", "Podcasts", "Puzzles",
)  # fmt: skip
NAME_PARTS = (
    ("Evening", "Morning", "Daily", "Weekly", "Valley", "Coastal"),
    ("Post", "Courier", "Ledger", "Record"),
)
BOX_TITLES = ("The {site} Briefing", "Five Things Before Breakfast", "{site} Weekend", "Morning Digest")
BOX_TEXTS = (
    "Every weekday at six our editors pick the five stories that matter for {place} and explain why.",
    "Our reporters answer readers' questions about {place} in a short note delivered every Saturday.",
    "Each morning we gather what happened overnight in {place} so that you start the day informed.",
)
BOX_BUTTONS = ("Count me in", "Yes, please", "Add me", "Start reading")
RELATED_TITLES = (
    "Elsewhere on {site}",
    "From the {site} archive",
    "What our readers chose",
    "Worth your time",
)
ABOUT = (
    "{site} is an independent newsroom that has served {place} and its neighbours since {year}.",
    "{site} is owned by a foundation of its readers and has reported from {place} since {year}.",
)


def sentence(rng: random.Random) -> str:
    text = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}."
    if rng.random() < 0.25:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        text += f' "{rng.choice(QUOTES)} {rng.choice(PLACES)}," said {name}.'
    return text


def paragraph(rng: random.Random) -> str:
    return " ".join([sentence(rng), *rng.sample(FOLLOWS, rng.randint(1, 2))])


def headline(rng: random.Random) -> str:
    words = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}".split()
    return " ".join(word if word.islower() and len(word) < 4 else word.capitalize() for word in words)


@dataclass(frozen=True)
class Site:
    domain: str
    name: str
    menu: tuple[str, ...]
    box: tuple[str, str, str]
    related_title: str
    teasers: tuple[tuple[str, str], ...]
    footer: tuple[str, ...]


def make_site(rng: random.Random, index: int) -> Site:
    name = f"The {rng.choice(NAME_PARTS[0])} {rng.choice(NAME_PARTS[1])} of {rng.choice(PLACES)}"
    place = rng.choice(PLACES)
    menu = (name, *rng.sample(SECTIONS, rng.randint(6, 12)), "Log in")
    box = (
        rng.choice(BOX_TITLES).format(site=name.split(" of ")[0]),
        rng.choice(BOX_TEXTS).format(place=place),
        rng.choice(BOX_BUTTONS),
    )
    teasers = tuple((headline(rng), sentence(rng)) for _ in range(rng.choice((5, 6, 12))))
    footer = (
        rng.choice(ABOUT).format(site=name, place=place, year=rng.randint(1890, 1990)),
        f"{rng.randint(1, 99)} {rng.choice(LAST)} Street, {place}",
        "Contact the newsroom",
        "Advertise with us",
        "Careers",
    )
    return Site(
        f"site{index:03d}.example",
        name,
        menu,
        box,
        rng.choice(RELATED_TITLES).format(site=name),
        teasers,
        footer,
    )


def make_page(rng: random.Random, site: Site) -> tuple[list[list[str]], str, str]:
    """A page as blocks of lines (a blank line between blocks), and its title and body truth."""
    title = headline(rng)
    paragraphs = [paragraph(rng) for _ in range(rng.randint(4, 8))]
    author = f"By {rng.choice(FIRST)} {rng.choice(LAST)}"
    date = f"{rng.choice(('March', 'April', 'May', 'June'))} {rng.randint(1, 28)}, 2024"
    blocks: list[list[str]] = [list(site.menu), [title], [author, date]]
    for i, text in enumerate(paragraphs):
        blocks.append([text])
        if i == 1:
            blocks.append(list(site.box))
    blocks.append([site.related_title])
    for teaser in rng.sample(site.teasers, 4):
        blocks.append(list(teaser))
    blocks.append(list(site.footer))
    return blocks, title, "\n\n".join(paragraphs)


def render(blocks: list[list[str]], layout: str) -> str:
    """innerText-like ("lines": one paragraph a line) or w3m-like ("wrapped" at 100 columns)."""
    if layout == "lines":
        return "\n\n".join("\n".join(block) for block in blocks) + "\n"
    out = []
    for block in blocks:
        out.append("\n".join(textwrap.fill(line, 100) if len(line) > 100 else line for line in block))
    return "\n\n".join(out) + "\n"


# quality ----------------------------------------------------------------------------------------------
@dataclass
class QualityRow:
    run: str
    pages: int
    single_f1: float
    batch_f1: float
    single_p: float
    batch_p: float
    single_r: float
    batch_r: float
    changed: int
    chrome_sites: int
    chrome_lines: int


def synthetic_folder(folder: Path, layout: str, flat: bool, seed: int = 5) -> dict[str, str]:
    """QUALITY_SITES sites of QUALITY_PAGES pages; the body truth by file path."""
    rng = random.Random(seed)
    truth = {}
    for s in range(QUALITY_SITES):
        site = make_site(rng, s)
        for p in range(QUALITY_PAGES):
            blocks, _title, body = make_page(rng, site)
            if flat:
                name = hashlib.md5(f"{s}/{p}".encode()).hexdigest() + ".txt"
                path = folder / name
            else:
                path = folder / site.domain / f"page{p:02d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render(blocks, layout), encoding="utf-8")
            truth[str(path)] = body
    return truth


def score_folder(folder: Path, truth: dict[str, str], work: Path, name: str) -> QualityRow:
    scored = {}
    summaries = {}
    for learn in (False, True):
        out = work / f"{name.replace('/', '_')}_{'batch' if learn else 'single'}.jsonl"
        options = BatchOptions(
            options=Options(kind="text"), learn_chrome=learn, force=True, include=("*.txt",)
        )
        summaries[learn] = run(str(folder), str(out), options=options)
        bodies = {}
        with open(out, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                bodies[record["source"]["path"]] = record["body"]
        scored[learn] = [score_page(truth[path], bodies.get(path, "")) for path in sorted(truth)]
    single, batch = score_corpus(scored[False]), score_corpus(scored[True])
    changed = sum(1 for a, b in zip(scored[False], scored[True], strict=True) if abs(a.f1 - b.f1) > 1e-9)
    return QualityRow(
        name, len(truth), single.f1, batch.f1, single.precision, batch.precision, single.recall, batch.recall,
        changed, summaries[True].chrome_sites, summaries[True].chrome_lines,
    )  # fmt: skip


def quality(root: Path, work: Path) -> list[QualityRow]:
    rows = []
    for corpus in sorted(p for p in root.iterdir() if (p / "truth.jsonl").exists()) if root.is_dir() else []:
        with open(corpus / "truth.jsonl", encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
        for flavour in sorted(p.name for p in (corpus / "dumps").iterdir() if p.is_dir()):
            folder = corpus / "dumps" / flavour
            truth = {str(folder / f"{r['id']}.txt"): r["body"] for r in records}
            progress(f"quality: {corpus.name}/{flavour}")
            rows.append(score_folder(folder, truth, work, f"{corpus.name}/{flavour}"))
    for layout in ("lines", "wrapped"):
        for flat in (False, True):
            name = f"synthetic/{layout}/{'flat' if flat else 'domains'}"
            folder = work / name
            shutil.rmtree(folder, ignore_errors=True)
            truth = synthetic_folder(folder, layout, flat)
            progress(f"quality: {name}")
            rows.append(score_folder(folder, truth, work, name))
    return rows


def quality_table(rows: list[QualityRow]) -> list[str]:
    lines = [
        "| folder | pages | one by one: F1 (P / R) | batch: F1 (P / R) | change | pages changed"
        " | chrome learned |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        lines.append(
            f"| {r.run} | {r.pages} | {r.single_f1:.4f} ({r.single_p:.3f} / {r.single_r:.3f}) "
            f"| {r.batch_f1:.4f} ({r.batch_p:.3f} / {r.batch_r:.3f}) | {r.batch_f1 - r.single_f1:+.4f} "
            f"| {r.changed} | {r.chrome_lines:,} lines, {r.chrome_sites} groups |"
        )
    return lines


# scale ------------------------------------------------------------------------------------------------
def corpus_inputs(root: Path) -> tuple[list[Path], list[Path]]:
    dumps = sorted(root.glob("*/dumps/*/*.txt")) if root.is_dir() else []
    pages = sorted(root.glob("*/pages/*.html")) if root.is_dir() else []
    return dumps, pages


def generate_scale(folder: Path, files: int, root: Path, seed: int = 11) -> dict[str, int]:
    """The scale folder: PARTS parts, each a mix of corpus dump copies, synthetic pages, HTML, bad files."""
    rng = random.Random(seed)
    dumps, pages = corpus_inputs(root)
    sites = [make_site(rng, i) for i in range(SCALE_SITES)]
    counts = {"corpus dumps": 0, "gzipped": 0, "synthetic": 0, "html": 0, "bad": 0}  # gzipped: of the dumps
    per_part = files // PARTS
    serial = 0
    for part in range(PARTS):
        n = per_part if part < PARTS - 1 else files - per_part * (PARTS - 1)
        for i in range(n):
            serial += 1
            roll = rng.random()
            if roll < SHARE_BAD:
                path = folder / f"part{part}" / "misc" / f"file{serial:06d}.bin"
                data = (
                    b""
                    if rng.random() < 0.5
                    else b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(64))
                )
                counts["bad"] += 1
            elif roll < SHARE_BAD + SHARE_HTML and pages:
                source = pages[serial % len(pages)]
                path = folder / f"part{part}" / "html" / f"{serial:06d}-{source.name}"
                data = source.read_bytes()
                counts["html"] += 1
            elif roll < SHARE_BAD + SHARE_HTML + SHARE_CORPUS_DUMPS and dumps:
                source = dumps[serial % len(dumps)]
                flavour = source.parent.name
                path = folder / f"part{part}" / "dumps" / flavour / f"{serial:06d}-{source.name}"
                data = source.read_bytes()
                counts["corpus dumps"] += 1
                if i % 3 == 0:
                    path = path.with_name(path.name + ".gz")
                    data = gzip.compress(data, compresslevel=1)
                    counts["gzipped"] += 1
            else:
                site = sites[rng.randrange(len(sites))]
                blocks, _, _ = make_page(rng, site)
                layout = "lines" if serial % 2 else "wrapped"
                path = folder / f"part{part}" / site.domain / f"{serial:06d}.txt"
                data = render(blocks, layout).encode("utf-8")
                counts["synthetic"] += 1
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    return counts


RUNNER = r"""
import json, resource, sys
from dataclasses import asdict
from newsclean.batch import BatchOptions, run
args = json.loads(sys.argv[1])
options = BatchOptions(jobs=args["jobs"], include=tuple(args["include"]))
summary = run(args["in"], args["out"], options=options)
me, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
usage = {
    "self_mib": me.ru_maxrss / 1024,
    "worker_mib": workers.ru_maxrss / 1024,
    "cpu_s": me.ru_utime + me.ru_stime + workers.ru_utime + workers.ru_stime,
}
with open(args["report"], "w") as handle:
    json.dump({"summary": asdict(summary), **usage}, handle)
sys.exit(summary.exit_code)
"""


@dataclass
class RunResult:
    name: str
    wall: float
    summary: dict[str, object]
    self_mib: float
    worker_mib: float
    cpu_s: float
    exit_code: int
    #: share of the machine's CPU time that other processes used during the run
    others_busy: float = 0.0

    @property
    def rate(self) -> float:
        """Inputs cleaned per second of wall time (scan and learning included)."""
        cleaned = int(self.summary["articles"]) + int(self.summary["empty"])  # type: ignore[call-overload]
        cleaned += sum(self.summary["errors"].values())  # type: ignore[union-attr]
        return cleaned / self.wall if self.wall else 0.0


def start(
    folder: Path, out: Path, jobs: int, report: Path, include: Sequence[str] = ()
) -> subprocess.Popen[bytes]:
    """The run in a fresh process, in the output's folder (so that the summary shows short paths)."""
    cwd = out.parent
    args = {
        "in": os.path.relpath(folder, cwd),
        "out": out.name,
        "jobs": jobs,
        "report": str(report.resolve()),
        "include": list(include),
    }
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen([sys.executable, "-c", RUNNER, json.dumps(args)], env=env, cwd=cwd)


def cpu_ticks() -> tuple[int, int]:
    """(busy, total) CPU ticks of the whole machine since boot (Linux /proc/stat); (0, 0) elsewhere."""
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            fields = [int(v) for v in handle.readline().split()[1:]]
    except (OSError, ValueError):
        return 0, 0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields) - idle, sum(fields)


def wait_for_idle(limit: float) -> float:
    """Wait (at most ``limit`` seconds) until other processes use under 10 % of the CPU; the share seen."""
    deadline = time.monotonic() + limit
    said = 0.0
    while True:
        busy0, total0 = cpu_ticks()
        time.sleep(2)
        busy1, total1 = cpu_ticks()
        share = (busy1 - busy0) / (total1 - total0) if total1 > total0 else 0.0
        if share < 0.10 or time.monotonic() > deadline:
            return share
        if time.monotonic() - said > 60:
            progress(
                f"scale: the machine is {share:.0%} busy with other work: waiting (at most {limit:.0f} s)"
            )
            said = time.monotonic()


def finish(
    name: str, process: subprocess.Popen[bytes], report: Path, started: float, ticks: tuple[int, int]
) -> RunResult:
    code = process.wait()
    wall = time.monotonic() - started
    busy, total = cpu_ticks()
    data = json.loads(report.read_text(encoding="utf-8"))
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    ours = data["cpu_s"] * tick
    others = max(0.0, (busy - ticks[0] - ours) / (total - ticks[1])) if total > ticks[1] else 0.0
    return RunResult(
        name,
        wall,
        data["summary"],
        data["self_mib"],
        data["worker_mib"],
        data["cpu_s"],
        code,
        others,
    )


def timed_run(
    name: str,
    folder: Path,
    out: Path,
    jobs: int,
    work: Path,
    include: Sequence[str] = (),
    idle_wait: float = IDLE_WAIT,
) -> RunResult:
    wait_for_idle(idle_wait)
    progress(f"scale: {name}")
    report = work / f"report-{'-'.join(''.join(c if c.isalnum() else ' ' for c in name).split())}.json"
    ticks = cpu_ticks()
    started = time.monotonic()
    return finish(name, start(folder, out, jobs, report, include), report, started, ticks)


def temporary_files(folder: Path) -> int:
    return sum(1 for _ in folder.rglob(".newsclean-*.tmp"))


def count_outputs(folder: Path) -> int:
    return sum(1 for path in folder.rglob("*.json") if not path.name.startswith("."))


def scale(
    root: Path, work: Path, files: int, repeat: int = 1, idle_wait: float = IDLE_WAIT
) -> dict[str, object]:
    folder = work / "in"
    made = work / "in.json"  # what generate_scale made, for a later run on the same folder
    try:
        saved = json.loads(made.read_text(encoding="utf-8"))
        if not (folder / "part0").is_dir() or saved["files"] != files:
            raise ValueError("not this folder")
        counts = saved["counts"]
        progress(f"scale: reusing the {files:,} files in {folder}")
    except (OSError, ValueError, KeyError, TypeError):
        progress(f"scale: generating {files:,} files in {folder}")
        shutil.rmtree(folder, ignore_errors=True)
        counts = generate_scale(folder, files, root)
        made.write_text(json.dumps({"files": files, "counts": counts}), encoding="utf-8")
    results: list[RunResult] = []
    for jobs in (1, 2):
        tries: list[RunResult] = []
        while len(tries) < repeat and not any(t.others_busy < QUIET_SHARE for t in tries):
            out = work / f"out-j{jobs}"
            shutil.rmtree(out, ignore_errors=True)
            tries.append(timed_run(f"-j {jobs}", folder, out, jobs, work, idle_wait=idle_wait))
            progress(f"scale: -j {jobs}: {tries[-1].wall:.1f} s, others' CPU {tries[-1].others_busy:.0%}")
        quiet = [t for t in tries if t.others_busy < QUIET_SHARE] or tries
        results.append(min(quiet, key=lambda r: r.wall))
    # memory must not depend on the number of files: a tenth and a half of the folder
    for name, pattern in (("a tenth (part0)", "part0/**"), ("a half (part0-4)", "part[0-4]/**")):
        small = work / f"out-{pattern[:4]}"
        shutil.rmtree(small, ignore_errors=True)
        results.append(
            timed_run(f"-j 2, {name}", folder, small, 2, work, include=(pattern,), idle_wait=idle_wait)
        )

    # stopped half-way, then resumed
    out = work / "out-resume"
    shutil.rmtree(out, ignore_errors=True)
    full = results[1]
    learn = full.wall - float(full.summary["clean_seconds"])  # type: ignore[arg-type]
    half = learn + float(full.summary["clean_seconds"]) / 2  # type: ignore[arg-type]
    report = work / "report-interrupted.json"
    wait_for_idle(idle_wait)
    progress(f"scale: -j 2 stopped with SIGINT after {half:.0f} s")
    ticks = cpu_ticks()
    started = time.monotonic()
    process = start(folder, out, 2, report)
    time.sleep(half)
    signalled = time.monotonic()
    process.send_signal(signal.SIGINT)
    interrupted = finish("-j 2, stopped half-way", process, report, started, ticks)
    stop_latency = time.monotonic() - signalled
    left_behind = temporary_files(out)
    done_before = count_outputs(out)
    results.append(interrupted)
    results.append(timed_run("-j 2, resumed", folder, out, 2, work, idle_wait=idle_wait))
    results.append(timed_run("-j 2, nothing to do", folder, out, 2, work, idle_wait=idle_wait))
    return {
        "files": files,
        "inputs": counts,
        "runs": [r.__dict__ | {"rate": r.rate} for r in results],
        "speedup": results[1].rate / results[0].rate if results[0].rate else None,
        "stop_latency_s": stop_latency,
        "temporary_files_after_stop": left_behind,
        "outputs_before_resume": done_before,
        "outputs_after_resume": count_outputs(out),
    }


def scale_table(result: dict[str, object]) -> list[str]:
    machine = result.get("machine") or {}
    counts = result.get("inputs") or {}
    made = ", ".join(f"{n:,} {what}" for what, n in counts.items())  # type: ignore[attr-defined]
    lines = [
        f"Measured {result.get('date', '?')} on {machine.get('description', '?')}"  # type: ignore[attr-defined]
        f" ({result['files']:,} files: {made}):",
        "",
        "| run | inputs | cleaned | up to date | wall s | scan+learn s | files/s | CPU s | main MiB"
        " | worker MiB | others' CPU | exit |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in result["runs"]:  # type: ignore[attr-defined]
        s = r["summary"]
        cleaned = s["articles"] + s["empty"] + sum(s["errors"].values())
        learn = s["seconds"] - s["clean_seconds"]
        lines.append(
            f"| {r['name']} | {s['inputs']:,} | {cleaned:,} | {s['up_to_date']:,} | {r['wall']:.1f} "
            f"| {learn:.1f} "
            f"| {r['rate']:.0f} | {r['cpu_s']:.0f} | {r['self_mib']:.0f} "
            f"| {f'{worker:.0f}' if (worker := r['worker_mib']) else '-'} "
            f"| {r['others_busy']:.0%} | {r['exit_code']} |"
        )
    runs = {r["name"]: r for r in result["runs"]}  # type: ignore[attr-defined]
    memory = ", ".join(
        f"{what} {runs[name]['self_mib']:.0f} / {runs[name]['worker_mib']:.0f} MiB"
        for what, name in (
            ("a tenth", "-j 2, a tenth (part0)"),
            ("a half", "-j 2, a half (part0-4)"),
            ("the whole folder", "-j 2"),
        )
        if name in runs
    )
    resumed = runs.get("-j 2, resumed")
    lines.append("")
    lines.append(f"* -j 2 / -j 1 throughput: {result['speedup']:.2f}x")
    lines.append(f"* peak memory with -j 2, main process / largest worker: {memory}")
    lines.append(
        f"* SIGINT to exit: {result['stop_latency_s']:.2f} s; temporary files left: "
        f"{result['temporary_files_after_stop']}; outputs before the resume: "
        f"{result['outputs_before_resume']:,}, after: {result['outputs_after_resume']:,}"
        + (f"; the resume took {resumed['wall']:.1f} s" if resumed else "")
    )
    return lines


def machine_description() -> str:
    """Cores, CPU model, Python and system, for the tables."""
    model = platform.processor() or platform.machine()
    with contextlib.suppress(OSError), open("/proc/cpuinfo", encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} cores ({model}), Python {platform.python_version()}, {platform.system()}"


def replace_block(text: str, name: str, lines: Sequence[str]) -> str:
    """``text`` with what is between ``<!-- name -->`` and ``<!-- /name -->`` replaced by ``lines``."""
    start, end = f"<!-- {name} -->\n", f"<!-- /{name} -->"
    head, found, rest = text.partition(start)
    if not found or end not in rest:
        raise SystemExit(f"no {start.strip()} ... {end} block in the README")
    return head + start + "".join(line + "\n" for line in lines) + end + rest.split(end, 1)[1]


def update_readme(path: Path, results: dict[str, object]) -> None:
    """Write the tables (and the summary of the -j 2 run) into the README's marked blocks."""
    text = path.read_text(encoding="utf-8")
    if "quality" in results:
        rows = [QualityRow(**row) for row in results["quality"]]  # type: ignore[attr-defined]
        text = replace_block(text, "batch-quality", quality_table(rows))
    if "scale" in results:
        scale_result = results["scale"]
        text = replace_block(text, "batch-scale", scale_table(scale_result))  # type: ignore[arg-type]
        # the summary `newsclean batch` prints, of the -j 2 run over the whole folder
        summary = Summary(**scale_result["runs"][1]["summary"])  # type: ignore[index]
        text = replace_block(text, "batch-summary", ["```", *summary_lines(summary), "```"])
    path.write_text(text, encoding="utf-8")


# main -------------------------------------------------------------------------------------------------
def progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("part", nargs="?", choices=("quality", "scale", "all"), default="all")
    parser.add_argument(
        "--root", type=Path, default=DEFAULT_ROOT, help="the corpora (default: ../shared/corpus)"
    )
    parser.add_argument(
        "--files", type=int, default=50_000, help="inputs in the scale folder (default 50,000)"
    )
    parser.add_argument("--work", type=Path, help="where folders are generated (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true", help="keep the generated folders")
    parser.add_argument(
        "--repeat",
        type=int,
        default=4,
        help="at most this many runs of -j 1 and of -j 2, until one is undisturbed by other processes; the"
        " fastest undisturbed one counts (default 4)",
    )
    parser.add_argument(
        "--idle-wait",
        type=float,
        default=IDLE_WAIT,
        help=f"wait at most this many seconds for an idle CPU before a timed run (default {IDLE_WAIT:.0f})",
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--readme", type=Path, help="write the tables into this README's marked blocks (README.md)"
    )
    parser.add_argument(
        "--from-json",
        type=Path,
        help="run nothing: read the figures that --json wrote (for --readme)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.from_json:
        if args.readme:
            update_readme(args.readme, json.loads(args.from_json.read_text(encoding="utf-8")))
        return 0
    work = args.work or Path(tempfile.mkdtemp(prefix="newsclean-batch-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, object] = {
        "machine": {
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        }
    }
    try:
        if args.part in ("quality", "all"):
            rows = quality(args.root, work)
            results["quality"] = [row.__dict__ for row in rows]
            print("\n".join(quality_table(rows)) + "\n", flush=True)
        if args.part in ("scale", "all"):
            result = scale(args.root, work, args.files, args.repeat, args.idle_wait)
            result["date"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
            result["machine"] = {"description": machine_description()}
            results["scale"] = result
            print("\n".join(scale_table(result)), flush=True)
    finally:
        if not args.keep and args.work is None:
            with contextlib.suppress(OSError):
                shutil.rmtree(work)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if args.readme:
        update_readme(args.readme, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
