"""How fast newsclean is: cleaning throughput on the corpus dumps, cold start, peak memory.

    python bench/speed.py                        # every corpus and dump flavour under ../shared/corpus
    python bench/speed.py --reps 3 --runs 5      # quicker
    python bench/speed.py --json speed.json      # also write the figures
    python bench/speed.py --profile 15           # cProfile of clean() on naeb/chromium: top 15 by own time

Throughput: every dump of a corpus flavour is read into memory first (bytes, as a file would give them),
the process pins itself to one core, each dump is cleaned once untimed (lazy caches, stop lists), then
``--reps`` rounds of ``clean(data, options=Options(kind="text"))`` on every dump, each call timed with
perf_counter (and process_time: the CPU-time rate, steadier on a busy machine); a round's rate is dumps /
summed time, and the table shows the median round. Further rounds time the stages apart: decoding
(``sources.load``), the text front end (``textdump.split_blocks``) and the back end
(``pipeline.clean_blocks``). A NewscleanError (no article) is timed like an article and counted in the
``no article`` column.

Cold start: ``newsclean FILE`` (the console script when installed, else ``python -m newsclean``),
``newsclean --help``, ``python -c "import newsclean"`` and a bare ``python -c pass`` for reference, each
run ``--runs`` times as a fresh process: the median wall time; then once more for the child's peak RSS,
which the child reports itself at exit (a sitecustomize hook: wait4's figure includes the parent's pages).

Targets (issue 2): at least 2,000 dumps/s on one core; a cold start under 0.25 s. This is a benchmark, not a
test: it reports, it does not fail.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from newsclean import NewscleanError, Options, clean, pipeline, sources, textdump  # noqa: E402

DEFAULT_ROOT = REPO.parent / "shared" / "corpus"
DEFAULT_CASE = "fixtures/040-mixed-innertext-full-page/input.txt"
TARGET_DUMPS_PER_S = 2000
TARGET_COLD_START_S = 0.25
OPTIONS = Options(kind="text")
STAGES = ("load", "split", "back end")


@dataclass
class Throughput:
    """One corpus flavour: dumps/s of clean() (median round) and of each stage."""

    run: str
    dumps: int
    mib: float
    errors: int
    rates: list[float]
    dumps_per_s: float
    #: the same from CPU time (process_time): steadier when other processes share the core
    cpu_dumps_per_s: float
    stage_dumps_per_s: dict[str, float] = field(default_factory=dict)


@dataclass
class ColdStart:
    """One command run as a fresh process: median wall time and peak RSS over the runs."""

    name: str
    command: list[str]
    seconds: list[float]
    median_s: float
    peak_rss_mib: float | None
    exit_code: int


# throughput -------------------------------------------------------------------------------------------
def pin_to_one_core() -> int | None:
    """Run on one core (the last one allowed), so that the rate is a one-core rate."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    core = max(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return core


def flavours(root: Path) -> list[Path]:
    """Every ``<corpus>/dumps/<flavour>/`` folder under root, sorted."""
    return sorted(path for path in root.glob("*/dumps/*") if path.is_dir())


def read_dumps(folder: Path, limit: int | None) -> list[bytes]:
    paths = sorted(folder.glob("*.txt"))[:limit]
    return [path.read_bytes() for path in paths]


def clean_quietly(data: bytes) -> bool:
    """clean() one dump; False when it raised a NewscleanError."""
    try:
        clean(data, options=OPTIONS)
    except NewscleanError:
        return False
    return True


def time_clean(dumps: Sequence[bytes]) -> tuple[float, float]:
    """Summed wall seconds and CPU seconds of clean() over the dumps (one round). On a busy machine the CPU
    time is the steadier figure: it does not count the time the process waited for its core."""
    wall = cpu = 0.0
    for data in dumps:
        started, started_cpu = time.perf_counter(), time.process_time()
        clean_quietly(data)
        wall += time.perf_counter() - started
        cpu += time.process_time() - started_cpu
    return wall, cpu


def time_stages(dumps: Sequence[bytes]) -> dict[str, float]:
    """Summed seconds of each stage over the dumps (one round), as clean() runs them for text."""
    totals = dict.fromkeys(STAGES, 0.0)
    for data in dumps:
        t0 = time.perf_counter()
        try:
            source = sources.load(data, options=OPTIONS)
        except NewscleanError:
            totals["load"] += time.perf_counter() - t0
            continue
        t1 = time.perf_counter()
        blocks, layout = textdump.split_blocks(source.text)
        t2 = time.perf_counter()
        with contextlib.suppress(NewscleanError):
            pipeline.clean_blocks(blocks, source=source, options=OPTIONS, layout=layout, hints=None)
        t3 = time.perf_counter()
        totals["load"] += t1 - t0
        totals["split"] += t2 - t1
        totals["back end"] += t3 - t2
    return totals


def measure_throughput(run: str, dumps: list[bytes], reps: int, stages: bool) -> Throughput:
    errors = sum(not clean_quietly(data) for data in dumps)  # also the untimed warm-up
    rounds = [time_clean(dumps) for _ in range(reps)]
    rates = [len(dumps) / wall for wall, _ in rounds]
    result = Throughput(
        run=run,
        dumps=len(dumps),
        mib=sum(map(len, dumps)) / 2**20,
        errors=errors,
        rates=[round(rate, 1) for rate in rates],
        dumps_per_s=round(statistics.median(rates), 1),
        cpu_dumps_per_s=round(statistics.median(len(dumps) / cpu for _, cpu in rounds), 1),
    )
    if stages:
        rounds = [time_stages(dumps) for _ in range(reps)]
        result.stage_dumps_per_s = {
            stage: round(len(dumps) / statistics.median(r[stage] for r in rounds), 1) for stage in STAGES
        }
    return result


# cold start -------------------------------------------------------------------------------------------
def newsclean_command() -> list[str]:
    """The console script next to this interpreter when installed there, else ``python -m newsclean``."""
    script = Path(sys.executable).with_name("newsclean")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "newsclean"]


#: a sitecustomize that makes a Python child write its own peak RSS (VmHWM) to $NEWSCLEAN_SPEED_RSS at
#: exit. wait4's ru_maxrss cannot be used: on Linux it also counts the parent's pages at fork/exec time.
RSS_HOOK = """
import atexit, os

def _report_peak_rss():
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    with open(os.environ["NEWSCLEAN_SPEED_RSS"], "w", encoding="ascii") as out:
        out.write(peak)

if os.environ.get("NEWSCLEAN_SPEED_RSS"):
    atexit.register(_report_peak_rss)
"""


def child_env(extra_path: str | None = None) -> dict[str, str]:
    """The environment of a child: the repository first on the path (the package may not be installed)."""
    parts = [extra_path, str(REPO), os.environ.get("PYTHONPATH")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, parts))}


def run_once(command: list[str]) -> tuple[float, int]:
    """Wall seconds and exit code of one fresh process."""
    started = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env=child_env(), stdout=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started, done.returncode


def child_peak_rss_mib(command: list[str]) -> float | None:
    """Peak RSS of one more run of a Python command, reported by the child itself (see RSS_HOOK)."""
    with tempfile.TemporaryDirectory(prefix="newsclean-speed-") as folder:
        Path(folder, "sitecustomize.py").write_text(RSS_HOOK, encoding="utf-8")
        report = Path(folder, "peak")
        env = {**child_env(folder), "NEWSCLEAN_SPEED_RSS": str(report)}
        subprocess.run(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, check=False)
        if not report.is_file():
            return None
        return round(int(report.read_text(encoding="ascii")) / 1024, 1)


def measure_cold_start(name: str, command: list[str], runs: int) -> ColdStart:
    run_once(command)  # warm the page cache and the bytecode cache
    results = [run_once(command) for _ in range(runs)]
    seconds = [r[0] for r in results]
    return ColdStart(
        name=name,
        command=command,
        seconds=[round(s, 4) for s in seconds],
        median_s=round(statistics.median(seconds), 4),
        peak_rss_mib=child_peak_rss_mib(command),
        exit_code=results[-1][1],
    )


def cold_starts(case: str, runs: int) -> list[ColdStart]:
    newsclean = newsclean_command()
    python = [sys.executable]
    commands = {
        "python -c pass (reference)": [*python, "-c", "pass"],
        "python -c 'import newsclean'": [*python, "-c", "import newsclean"],
        "newsclean --help": [*newsclean, "--help"],
        f"newsclean {case}": [*newsclean, case],
    }
    return [measure_cold_start(name, command, runs) for name, command in commands.items()]


# profile ----------------------------------------------------------------------------------------------
def profile(dumps: list[bytes], top: int) -> str:
    """cProfile of clean() over the dumps: the top functions by own time."""
    for data in dumps:
        clean_quietly(data)  # warm-up, not profiled
    profiler = cProfile.Profile()
    profiler.enable()
    for data in dumps:
        clean_quietly(data)
    profiler.disable()
    out = ProfileText()
    pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime").print_stats(top)  # type: ignore[arg-type]
    return out.text


class ProfileText:
    """A write-only text sink for pstats."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


# report -----------------------------------------------------------------------------------------------
def peak_rss_mib() -> float:
    """Peak resident memory of this process (VmHWM), in MiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def throughput_table(rows: list[Throughput]) -> list[str]:
    stage_names = [f"{s} /s" for s in STAGES]
    lines = [
        "| corpus / flavour | dumps | MiB | clean() dumps/s | CPU-time dumps/s | "
        + " | ".join(stage_names)
        + " | no article |",
        "| --- | ---: | ---: | ---: | ---: | " + " | ".join("---:" for _ in STAGES) + " | ---: |",
    ]
    for row in rows:
        stages = [f"{row.stage_dumps_per_s[s]:,.0f}" if row.stage_dumps_per_s else "–" for s in STAGES]
        lines.append(
            f"| {row.run} | {row.dumps} | {row.mib:.1f} | {row.dumps_per_s:,.0f} "
            f"| {row.cpu_dumps_per_s:,.0f} | " + " | ".join(stages) + f" | {row.errors} |"
        )
    return lines


def cold_start_table(rows: list[ColdStart]) -> list[str]:
    lines = [
        "| command | median s | min s | max s | peak RSS MiB | exit |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        lines.append(
            f"| `{row.name}` | {row.median_s:.3f} | {min(row.seconds):.3f} | {max(row.seconds):.3f} "
            f"| {row.peak_rss_mib if row.peak_rss_mib is not None else '–'} | {row.exit_code} |"
        )
    return lines


def machine() -> dict[str, object]:
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            model = next(
                (line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), ""
            )
    except OSError:
        pass
    return {
        "cpu": model or platform.processor(),
        "cores": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def report(results: dict[str, object], rows: list[Throughput], starts: list[ColdStart]) -> str:
    info = results["machine"]
    lines = [f"machine: {json.dumps(info)}", f"pinned to core: {results['core']}", ""]
    if rows:
        lines += [f"Throughput (one core, median of {results['reps']} rounds)", ""]
        lines += throughput_table(rows)
        worst = min(row.dumps_per_s for row in rows)
        verdict = "meets" if worst >= TARGET_DUMPS_PER_S else "misses"
        lines += [
            "",
            f"target >= {TARGET_DUMPS_PER_S:,} dumps/s: the slowest flavour {verdict} it ({worst:,.0f})",
        ]
        lines += [
            f"peak RSS of this process (corpus text held in memory): {results['peak_rss_mib']:.1f} MiB",
            "",
        ]
    if starts:
        lines += [f"Cold start (fresh process, median of {results['runs']} runs)", ""]
        lines += cold_start_table(starts)
        slowest = max(row.median_s for row in starts if row.name.startswith("newsclean"))
        verdict = "meets" if slowest < TARGET_COLD_START_S else "misses"
        lines += [
            "",
            f"target < {TARGET_COLD_START_S} s: the slower newsclean command {verdict} it ({slowest:.3f} s)",
        ]
    return "\n".join(lines) + "\n"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--root", type=Path, default=DEFAULT_ROOT, help="folder of corpora (../shared/corpus)"
    )
    parser.add_argument("--reps", type=int, default=5, help="throughput rounds per flavour (default 5)")
    parser.add_argument("--runs", type=int, default=10, help="cold-start runs per command (default 10)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N dumps of each flavour")
    parser.add_argument(
        "--case", default=DEFAULT_CASE, help=f"the input of the one-file run ({DEFAULT_CASE})"
    )
    parser.add_argument("--no-stages", action="store_true", help="do not time the stages apart")
    parser.add_argument("--no-cold-start", action="store_true", help="skip the cold-start runs")
    parser.add_argument(
        "--profile", type=int, metavar="N", help="only profile naeb/chromium: the top N functions"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    return parser.parse_args(argv)


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_throughput(args: argparse.Namespace) -> list[Throughput]:
    folders = flavours(args.root)
    if not folders:
        progress(f"no dumps under {args.root}: throughput skipped")
    rows = []
    for folder in folders:
        run = f"{folder.parent.parent.name}/{folder.name}"
        progress(f"throughput: {run}")
        rows.append(measure_throughput(run, read_dumps(folder, args.limit), args.reps, not args.no_stages))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    core = pin_to_one_core()
    if args.profile:
        print(profile(read_dumps(args.root / "naeb" / "dumps" / "chromium", args.limit), args.profile))
        return 0
    rows = run_throughput(args)
    peak = peak_rss_mib()
    starts: list[ColdStart] = []
    if not args.no_cold_start:
        progress("cold start")
        starts = cold_starts(args.case, args.runs)
    results: dict[str, object] = {
        "machine": machine(),
        "core": core,
        "reps": args.reps,
        "runs": args.runs,
        "newsclean": " ".join(newsclean_command()),
        "peak_rss_mib": round(peak, 1),
        "throughput": [asdict(row) for row in rows],
        "cold_start": [asdict(row) for row in starts],
    }
    print(report(results, rows, starts), end="")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
