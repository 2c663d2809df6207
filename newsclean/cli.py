"""The command line: a thin click layer over the library. Parses options, calls one library function per
input, prints, picks the exit code. Nothing else lives here.

Exit codes (also in the README):

    0  every input gave an article
    1  internal error (a bug: please report it)
    2  usage error (bad option or argument)
    3  an input could not be read (missing, a directory, no permission), or -o could not be written
    4  an input is not a page (empty, binary, undecodable, too large), or cleaning it took longer than
       --time-limit
    5  no article text was found in an input

With several inputs the exit code is the highest of the inputs' codes; the others are still cleaned.
Every error is one line on stderr, ``newsclean: error: <what> (<file>)``; stdout carries data only.

``newsclean batch IN_DIR -o OUT`` (a folder of pages; the library side is newsclean/batch.py) uses the
same codes: 0 when every input gave an article or was up to date, else the highest code of the inputs
that failed (a time-out counts as 4, like an input over the size limit; 3 also when the run cannot start
because the output is not newsclean's), and

    130  batch: stopped by Ctrl-C (what was done is kept; the same command goes on from there)
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import functools
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

import click

from . import __version__
from .errors import InputUnreadableError, NewscleanError, TimeLimitError
from .model import Article, Options

if TYPE_CHECKING:
    from .batch import Progress, Summary

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_UNREADABLE = 3
#: the input name that means standard input
STDIN = "-"
FORMATS = ("json", "jsonl", "md", "text")
#: --time-limit's default (seconds per input), the same as newsclean batch's --timeout
DEFAULT_TIME_LIMIT = 60.0
#: when cleaning is stuck where SIGALRM cannot reach it (C code that never returns to Python), the watchdog
#: ends the process after this many times the time limit plus WATCHDOG_GRACE seconds (batch's rule for a
#: stuck worker)
WATCHDOG_FACTOR = 2
WATCHDOG_GRACE = 10.0

EXAMPLES = """
\b
Examples:
  cat saved/page.txt | newsclean                 JSON on stdout
  newsclean saved/page.txt -f md                 Markdown: front matter, then the body
  newsclean a.txt b.txt c.txt > articles.jsonl   JSON Lines, one article per input, in order
  newsclean a.txt - c.txt < b.txt                "-" is standard input
  newsclean page.txt --explain                   removed blocks, rule and reason, on stderr
  newsclean page.txt --now 2026-03-02T12:00      resolve "2 hours ago" against this moment
  newsclean saved/page.html -o article.json      write the file atomically
  python -m newsclean page.txt                   the same command line
  newsclean batch saved/ -o articles/            a whole folder, in parallel (newsclean batch --help)
"""

Writer = Callable[..., str]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What cleaning one input gave: the encoded output (None on error) and the input's exit code."""

    data: bytes | None
    code: int


def _parse_now(_ctx: click.Context, _param: click.Parameter, value: str | None) -> _dt.datetime | None:
    """``--now``: an ISO 8601 date or time; a naive one is taken as UTC."""
    if value is None:
        return None
    try:
        moment = _dt.datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"not an ISO 8601 date or time: {value!r}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.UTC)
    return moment


def _check_output(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``-o``: "-" means stdout; otherwise the folder must exist (checked before any input is cleaned)."""
    if value is None or value == STDIN:
        return None
    folder = os.path.dirname(os.path.abspath(value))
    if not os.path.isdir(folder):
        raise click.BadParameter(f"no such folder: {click.format_filename(folder)}")
    return value


def _say(message: str) -> None:
    """One line on stderr."""
    click.echo(message, err=True)


def _error_line(what: str, display: str) -> str:
    """``newsclean: error: <what> (<file>)``, always one line: a file name with a line break or another
    control character in it shows it escaped, as Python would (``a\\nb.txt``)."""
    what = " ".join(what.split())
    if not display.isprintable():
        display = "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in display)
    return f"newsclean: error: {what} ({display})"


def _stdin_is_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _read_stdin(max_bytes: int) -> bytes:
    """Standard input as bytes, at most max_bytes + 1 of them (the library reports the excess)."""
    if sys.stdin is None:
        raise InputUnreadableError("standard input is closed")
    try:
        return sys.stdin.buffer.read(max_bytes + 1)
    except OSError as error:
        raise InputUnreadableError(f"cannot read: {error.strerror or error}") from None


def _clean(name: str, data: bytes | None, options: Options) -> Article:
    """The one library call per input: a file is read and cleaned, standard input (data) cleaned."""
    from . import pipeline  # here, not at the top: --help needs none of the cleaning code

    if data is not None:
        return pipeline.clean(data, options=options)
    return pipeline.clean_file(name, options=options)


def _give_up(seconds: float, display: str) -> Callable[[], None]:
    """The watchdog's last resort: the one error line, then the process ends with exit code 4 (written
    with os.write: the main thread is stuck and may hold a lock of sys.stderr)."""

    def expire() -> None:
        from .guard import limit_message

        line = _error_line(limit_message(seconds), display) + "\n"
        with contextlib.suppress(OSError):
            os.write(2, line.encode("utf-8", "replace"))
        os._exit(TimeLimitError.exit_code)

    return expire


def _explain(article: Article, display: str) -> None:
    from . import pipeline

    _say(f"{display}: {len(article.removals)} blocks removed")
    for line in pipeline.removal_lines(article):
        _say("  " + line)


def _clean_one(
    name: str, options: Options, write: Writer, *, explain: bool, debug: bool, time_limit: float = 0
) -> Outcome:
    """Clean one input and render it; a failure becomes one line on stderr and an exit code. Reading a
    file, cleaning and rendering stop after ``time_limit`` seconds (0: no limit); standard input is read
    before the clock starts (the program writing into it may be slow)."""
    from .guard import Watchdog
    from .guard import time_limit as limit

    display = "stdin" if name == STDIN else click.format_filename(name)
    hard = time_limit * WATCHDOG_FACTOR + WATCHDOG_GRACE if time_limit > 0 else None
    try:
        data = _read_stdin(options.max_bytes) if name == STDIN else None
        with Watchdog(hard, _give_up(time_limit, display)), limit(time_limit, path=name):
            article = _clean(name, data, options)
            output = write(article, source=None if name == STDIN else name).encode("utf-8")
    except NewscleanError as error:
        _say(_error_line(error.message, display))
        return Outcome(None, error.exit_code)
    except Exception as error:  # a bug: one line, unless --debug
        if debug:
            raise
        _say(_error_line(f"internal error, please report it: {type(error).__name__}: {error}", display))
        return Outcome(None, EXIT_INTERNAL)
    if explain:
        _explain(article, display)
    return Outcome(output, EXIT_OK)


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's final flush cannot fail either."""
    with contextlib.suppress(OSError, AttributeError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _emit(data: bytes) -> int | None:
    """Write to stdout as UTF-8 bytes. None when written; otherwise the run stops with this exit code:
    0 when the reader has gone (``newsclean big.txt | head -1`` ends quietly), 3 when stdout fails."""
    if sys.stdout is None:
        _say(_error_line("standard output is closed", "stdout"))
        return EXIT_UNREADABLE
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except OSError as error:
        _silence_stdout()
        _say(_error_line(f"cannot write output: {error.strerror or error}", "stdout"))
        return EXIT_UNREADABLE
    return None


def _new_file_mode(path: str) -> int:
    """The mode a plain ``open(path, "w")`` would give: the existing file's, else 0o666 less the umask."""
    with contextlib.suppress(OSError):
        return os.stat(path).st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _atomic_write(path: str, data: bytes) -> None:
    """Write data to path through a temporary file in the same folder and a rename: readers see the old
    file or the new one, never a part; an interrupted write leaves no temporary file behind."""
    folder = os.path.dirname(os.path.abspath(path))
    handle, temp = tempfile.mkstemp(prefix=".newsclean-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, _new_file_mode(path))
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _print_all(outcomes: Iterable[Outcome]) -> int:
    """Print each article as soon as it is cleaned; stop cleaning when stdout has gone. The exit code."""
    code = EXIT_OK
    for outcome in outcomes:
        code = max(code, outcome.code)
        if outcome.data is None:
            continue
        stop = _emit(outcome.data)
        if stop is not None:
            return max(code, stop)
    return code


def _save_all(outcomes: Iterable[Outcome], path: str) -> int:
    """``-o``: clean every input, then write the articles to path in one atomic step. The exit code."""
    done = list(outcomes)
    code = max((outcome.code for outcome in done), default=EXIT_OK)
    chunks = [outcome.data for outcome in done if outcome.data is not None]
    return max(code, _write_output(path, chunks))


def _refuse_foreign_output(ctx: click.Context, path: str) -> None:
    """``-o FILE`` replaces FILE only when it is empty or newsclean's own output (writers.is_output):
    never an input, a page or another file the user owns, unless --force. Exit code 3, before any input
    is cleaned."""
    from .writers import OUTPUT_SNIFF_BYTES, is_output

    try:
        if not os.path.isfile(path) or _special_file(path) or os.path.getsize(path) == 0:
            return
        with open(path, "rb") as handle:
            head = handle.read(OUTPUT_SNIFF_BYTES)
    except OSError:
        return  # unreadable: the write itself will say what is wrong
    if not is_output(head):
        display = click.format_filename(path)
        _say(
            _error_line("the output file exists and is not newsclean's output; --force replaces it", display)
        )
        ctx.exit(EXIT_UNREADABLE)


def _special_file(path: str) -> bool:
    """True when path is there and is not a regular file: a device (/dev/null, /dev/stdout), a named pipe
    or a socket. Renaming a file over it would replace it (as root, /dev/null itself), so it is written."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _write_special(path: str, data: bytes) -> None:
    with open(path, "wb") as out:
        out.write(data)
        out.flush()


def _write_output(path: str, chunks: list[bytes]) -> int:
    """``-o``: write the articles atomically (nothing is written when no input gave one). A symbolic link
    stays a link (its target is replaced); a device or a pipe is written to, never replaced."""
    if not chunks:
        return EXIT_OK
    try:
        if _special_file(path):
            _write_special(path, b"".join(chunks))
        else:
            _atomic_write(os.path.realpath(path), b"".join(chunks))
    except OSError as error:
        _say(_error_line(f"cannot write output: {error.strerror or error}", click.format_filename(path)))
        return EXIT_UNREADABLE
    return EXIT_OK


#: options the single-file command and ``newsclean batch`` share
max_bytes_option = click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=Options().max_bytes,
    show_default=True,
    help="Refuse inputs larger than this.",
)
debug_option = click.option("--debug", is_flag=True, help="Show the traceback of an internal error.")


class _Newsclean(click.Command):
    """``newsclean FILE...``, exactly as it always was; ``newsclean batch ...`` (the first word) hands over
    to the batch command. A file named "batch" is ``./batch``."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, **extra: Any) -> Any:
        words = list(sys.argv[1:] if args is None else args)
        if words[:1] == ["batch"]:
            return batch_command.main(words[1:], prog_name=f"{prog_name or 'newsclean'} batch", **extra)
        return super().main(words if args is not None else None, prog_name, **extra)


@click.command(
    cls=_Newsclean,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
    epilog=EXAMPLES,
)
# readable=False: an unreadable input is the library's to report (one line, exit code 3), not a usage error
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True, readable=False))
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format. Default: json for one input, jsonl for several.",
)
@click.option(
    "--kind",
    type=click.Choice(["auto", "html", "text"]),
    default="auto",
    show_default=True,
    help="What the input is; auto sniffs the content, never the file name.",
)
@click.option(
    "--now",
    metavar="ISO-TIME",
    callback=_parse_now,
    help="Resolve relative dates against this moment (default: the input file's modification time; "
    "a time without a zone is UTC).",
)
@click.option("--explain", is_flag=True, help="Print every removed block with the rule and reason on stderr.")
@click.option(
    "--links",
    is_flag=True,
    help="Markdown (-f md): keep the links of an HTML page as Markdown links (a text dump has none).",
)
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    type=click.Path(dir_okay=False, allow_dash=True),
    callback=_check_output,
    help="Write to this file (atomically: a temporary file, then a rename) instead of stdout.",
)
@click.option(
    "--force",
    is_flag=True,
    help="With -o: replace the file even when it is not newsclean's output (an input, a user's file).",
)
@max_bytes_option
@click.option(
    "--time-limit",
    metavar="SECONDS",
    type=click.FloatRange(min=0),
    default=DEFAULT_TIME_LIMIT,
    show_default=True,
    help="Give up on an input whose cleaning takes longer than this (0: no limit); exit code 4.",
)
@debug_option
@click.version_option(__version__, "-V", "--version", prog_name="newsclean")
@click.pass_context
def main(
    ctx: click.Context,
    inputs: tuple[str, ...],
    fmt: str | None,
    kind: str,
    now: _dt.datetime | None,
    explain: bool,
    links: bool,
    output: str | None,
    force: bool,
    max_bytes: int,
    time_limit: float,
    debug: bool,
) -> None:
    """Clean saved news pages (text dumps or HTML) into articles: title, date, body.

    INPUTS are files; "-" or no input reads standard input. A whole folder: newsclean batch IN_DIR -o OUT
    (see newsclean batch --help).
    """
    from . import writers  # here, not at the top: --help needs none of it

    if not inputs:
        if _stdin_is_terminal():
            raise click.UsageError("no input: give a file, or pipe a page into newsclean")
        inputs = (STDIN,)
    options = Options(kind=kind, now=now, max_bytes=max_bytes)  # type: ignore[arg-type]
    if output and not force:
        _refuse_foreign_output(ctx, output)
    if links and fmt != "md":
        raise click.UsageError("--links is for Markdown output: add -f md")
    write = writers.WRITERS[fmt or ("json" if len(inputs) == 1 else "jsonl")]
    if links:
        write = functools.partial(writers.to_markdown, links=True)
    outcomes = (
        _clean_one(name, options, write, explain=explain, debug=debug, time_limit=time_limit)
        for name in inputs
    )
    ctx.exit(_save_all(outcomes, output) if output else _print_all(outcomes))


# newsclean batch --------------------------------------------------------------------------------------
BATCH_EXAMPLES = """
\b
Examples:
  newsclean batch saved/ -o articles/                    articles/<same path>.json for every page
  newsclean batch saved/ -o articles/ -f md              ... as Markdown (.md)
  newsclean batch saved/ -o articles.jsonl               one JSON Lines file, in the folder's order
  newsclean batch saved/ -o out/ --glob '*.html' --glob '*.html.gz' --exclude 'tags/**'
  newsclean batch saved/ -o out/ -j 4 --timeout 20       4 processes, 20 s at most per page
  newsclean batch saved/ -o out/                         again: only new or changed pages are cleaned
  newsclean batch saved/ -o out/ --force                 clean everything again
"""
#: the progress line is redrawn at most this often (seconds)
PROGRESS_INTERVAL = 0.1
PHASE_LABELS = {"scan": "scanning", "learn": "learning site chrome", "clean": "cleaning"}


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class ProgressLine:
    """The progress bar of ``newsclean batch`` on a terminal: phase, bar, files done, rate, errors and the
    time left, redrawn in place (at most every PROGRESS_INTERVAL seconds)."""

    def __init__(self, stream: TextIO, *, width: int | None = None, clock: Callable[[], float] | None = None):
        import shutil
        import time

        self.stream = stream
        self.width = width or shutil.get_terminal_size((100, 20)).columns
        self.clock = clock or time.monotonic
        self.drawn = 0.0
        self.shown = False

    def __call__(self, progress: Progress) -> None:
        now = self.clock()
        final = progress.total is not None and progress.done >= progress.total
        if not final and progress.done and now - self.drawn < PROGRESS_INTERVAL:
            return
        self.drawn = now
        self.draw(self.line(progress))

    def line(self, progress: Progress) -> str:
        label = PHASE_LABELS.get(progress.phase, progress.phase)
        if progress.total is None or progress.phase == "scan":
            return f"{label}: {progress.done:,} files"
        rate = progress.done / progress.elapsed if progress.elapsed > 0 else 0.0
        parts = [f"{progress.done:,}/{progress.total:,}", f"{rate:,.0f} files/s"]
        if progress.phase == "clean":
            parts.append(f"{progress.errors:,} error{'s' if progress.errors != 1 else ''}")
        if rate > 0 and progress.done < progress.total:
            parts.append(f"{_duration((progress.total - progress.done) / rate)} left")
        tail = "  ".join(parts)
        room = self.width - len(label) - len(tail) - 6
        if room >= 10:
            share = progress.done / progress.total if progress.total else 1.0
            filled = int(min(1.0, share) * min(room, 40))
            bar = "[" + "#" * filled + "." * (min(room, 40) - filled) + "]"
            return f"{label} {bar} {tail}"
        return f"{label} {tail}"

    def draw(self, text: str) -> None:
        text = text[: max(1, self.width - 1)]
        self.stream.write("\r" + text + " " * max(0, self.width - 1 - len(text)))
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * max(0, self.width - 1) + "\r")
            self.stream.flush()
            self.shown = False


def summary_lines(summary: Summary) -> list[str]:
    """The end-of-run summary: one screen at most. The rate is of the whole run (scan and learning
    included): files cleaned (not those up to date) per second."""
    rate = summary.cleaned / summary.seconds if summary.seconds > 0 else 0.0
    done = f"{summary.inputs:,} files in {_duration(summary.seconds)}"
    if summary.interrupted:
        done = f"stopped (Ctrl-C) after {summary.cleaned + summary.up_to_date:,} of {summary.inputs:,} files"
        done += f", {_duration(summary.seconds)}"
    lines = [f"newsclean batch: {done} ({rate:,.0f} files/s cleaned)"]
    before = max(0.0, summary.seconds - summary.clean_seconds)
    what = "scanning and learning" if summary.chrome == "learned" else "scanning"
    lines.append(f"  time         {_duration(before)} {what}, {_duration(summary.clean_seconds)} cleaning")
    lines.append(f"  articles     {summary.articles:,} written, {summary.up_to_date:,} up to date")
    lines.append(f"  empty        {summary.empty:,} (no article text found)")
    failed = sum(summary.errors.values())
    kinds = ", ".join(f"{kind} {n:,}" for kind, n in summary.errors.items())
    lines.append(f"  errors       {failed:,}" + (f": {kinds}" if kinds else ""))
    if summary.chrome == "off":
        lines.append("  site chrome  not learned (--no-learn-chrome)")
    elif summary.chrome == "interrupted":
        lines.append("  site chrome  not learned (stopped while learning)")
    elif summary.chrome != "skipped":
        how = " (learned before, inputs unchanged)" if summary.chrome == "reused" else ""
        groups = f"{summary.chrome_sites:,} site{'s' if summary.chrome_sites != 1 else ''}"
        lines.append(f"  site chrome  {summary.chrome_lines:,} lines learned for {groups}{how}")
    lines.append(f"  output       {summary.output}")
    if summary.failed:
        lines.append(f"  error list   {summary.errors_file}")
    if summary.interrupted:
        lines.append("  run the same command again to go on where this run stopped")
    return lines


@click.command(
    "batch",
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
    epilog=BATCH_EXAMPLES,
)
@click.argument("in_dir", metavar="IN_DIR", type=click.Path(exists=True, file_okay=False))
@click.option(
    "-o",
    "--output",
    metavar="OUT",
    required=True,
    type=click.Path(),
    help="A folder (created if missing) that mirrors IN_DIR, one file per page; or NAME.jsonl: one JSON "
    "Lines file.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["json", "md", "text", "jsonl"]),
    default=None,
    help="Format of the files in an output folder (json, md, text). Default: json; jsonl for -o NAME.jsonl.",
)
@click.option("--glob", "include", metavar="PATTERN", multiple=True, help="Only files matching (repeatable).")
@click.option(
    "--exclude", metavar="PATTERN", multiple=True, help="Leave out files and folders matching (repeatable)."
)
@click.option("--hidden", is_flag=True, help='Also files and folders whose name starts with ".".')
@click.option(
    "-j",
    "--jobs",
    metavar="N",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes. Default: the number of cores.",
)
@click.option(
    "--force", is_flag=True, help="Clean every page again; write into an output newsclean did not make."
)
@click.option(
    "--timeout",
    metavar="SECONDS",
    type=click.FloatRange(min=0),
    default=DEFAULT_TIME_LIMIT,
    show_default=True,
    help="Give up on a page after this long (0: no limit).",
)
@max_bytes_option
@click.option(
    "--learn-chrome/--no-learn-chrome",
    default=True,
    show_default=True,
    help="Learn each site's menus, footers and boxes from the folder and drop them (text dumps).",
)
@click.option(
    "--errors",
    "errors_file",
    metavar="FILE",
    type=click.Path(dir_okay=False),
    help="Write the error records here. Default: OUT/newsclean-errors.jsonl, or NAME.errors.jsonl.",
)
@click.option(
    "--kind",
    type=click.Choice(["auto", "html", "text"]),
    default="auto",
    show_default=True,
    help="What the inputs are; auto sniffs each one's content.",
)
@click.option(
    "--now",
    metavar="ISO-TIME",
    callback=_parse_now,
    help="Resolve relative dates against this moment (default: each file's modification time).",
)
@click.option("--explain", is_flag=True, help="Print every removed block of every page on stderr.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@debug_option
@click.pass_context
def batch_command(
    ctx: click.Context,
    in_dir: str,
    output: str,
    fmt: str | None,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    hidden: bool,
    jobs: int | None,
    force: bool,
    timeout: float,
    max_bytes: int,
    learn_chrome: bool,
    errors_file: str | None,
    kind: str,
    now: _dt.datetime | None,
    explain: bool,
    quiet: bool,
    debug: bool,
) -> None:
    """Clean every page in a folder (recursively: .txt dumps, .html, gzipped or not) into articles.

    OUT is a folder that mirrors IN_DIR (OUT/<same relative path>.json, or .md, .txt) or, when it ends
    in .jsonl, one JSON Lines file with each page's path in its "source". A page that fails gets a record
    in the errors file instead; the exit code is 0 only when every page gave an article. Outputs are
    written atomically and a new run skips pages whose output is newer than the page. Ctrl-C stops
    cleanly (exit code 130).
    """
    from . import batch

    jsonl = output.endswith(".jsonl")
    if output == STDIN or output.endswith(".json"):
        raise click.BadParameter(
            "give a folder, or NAME.jsonl for one JSON Lines file (standard output and .json are not"
            " batch outputs)",
            param_hint="'-o'",
        )
    if fmt == "jsonl" and not jsonl:
        raise click.BadParameter("JSON Lines go to one file: give -o NAME.jsonl", param_hint="'-f'")
    if fmt not in (None, "jsonl") and jsonl:
        raise click.BadParameter(
            f"-o {output} is one JSON Lines file; -f {fmt} needs a folder", param_hint="'-f'"
        )
    options = batch.BatchOptions(
        options=Options(kind=kind, now=now, max_bytes=max_bytes),  # type: ignore[arg-type]
        fmt="json" if fmt in (None, "jsonl") else fmt,
        include=include,
        exclude=exclude,
        hidden=hidden,
        jobs=jobs or 0,
        force=force,
        timeout=timeout,
        learn_chrome=learn_chrome,
        explain=explain,
        errors=errors_file,
    )
    bar = None
    if not quiet and not explain and _stderr_is_terminal():
        bar = ProgressLine(sys.stderr)

    def report(progress: Progress) -> None:
        if bar is not None:
            bar(progress)
        result = progress.result
        if explain and result is not None and result.status == "article":
            display = click.format_filename(result.path)
            _say(f"{display}: {len(result.explain)} blocks removed")
            for line in result.explain:
                _say("  " + line)

    try:
        summary = batch.run(in_dir, output, options=options, progress=report)
    except NewscleanError as error:
        if bar is not None:
            bar.clear()
        _say(_error_line(error.message, click.format_filename(error.path or output)))
        ctx.exit(error.exit_code)
    except KeyboardInterrupt:
        if bar is not None:
            bar.clear()
        _say("newsclean: interrupted: the files written so far are whole; run the same command to go on")
        ctx.exit(batch.EXIT_INTERRUPTED)
    except OSError as error:  # the JSON Lines file, the errors file or the state could not be written
        if bar is not None:
            bar.clear()
        where = click.format_filename(error.filename or output)
        _say(_error_line(f"cannot write output: {error.strerror or error}", where))
        ctx.exit(EXIT_UNREADABLE)
    except Exception as error:  # a bug: one line, unless --debug
        if debug:
            raise
        if bar is not None:
            bar.clear()
        _say(_error_line(f"internal error, please report it: {type(error).__name__}: {error}", in_dir))
        ctx.exit(EXIT_INTERNAL)
    if bar is not None:
        bar.clear()
    if not quiet:
        for line in summary_lines(summary):
            _say(line)
    ctx.exit(summary.exit_code)


def _stderr_is_terminal() -> bool:
    return sys.stderr is not None and sys.stderr.isatty()
