"""The command line: a thin click layer over the library. Parses options, calls one library function per
input, prints, picks the exit code. Nothing else lives here.

Exit codes (also in the README):

    0  every input gave an article
    1  internal error (a bug: please report it)
    2  usage error (bad option or argument)
    3  an input could not be read (missing, a directory, no permission), or -o could not be written
    4  an input is not a page (empty, binary, undecodable, too large)
    5  no article text was found in an input

With several inputs the exit code is the highest of the inputs' codes; the others are still cleaned.
Every error is one line on stderr, ``newsclean: error: <what> (<file>)``; stdout carries data only.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import click

from . import __version__
from .errors import InputUnreadableError, NewscleanError
from .model import Article, Options

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_UNREADABLE = 3
#: the input name that means standard input
STDIN = "-"
FORMATS = ("json", "jsonl", "md", "text")

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
    """``newsclean: error: <what> (<file>)``, always one line."""
    what = " ".join(what.split())
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


def _clean(name: str, options: Options) -> Article:
    """The one library call per input."""
    from . import pipeline  # here, not at the top: --help needs none of the cleaning code

    if name == STDIN:
        return pipeline.clean(_read_stdin(options.max_bytes), options=options)
    return pipeline.clean_file(name, options=options)


def _explain(article: Article, display: str) -> None:
    from . import pipeline

    _say(f"{display}: {len(article.removals)} blocks removed")
    for line in pipeline.removal_lines(article):
        _say("  " + line)


def _clean_one(name: str, options: Options, write: Writer, *, explain: bool, debug: bool) -> Outcome:
    """Clean one input and render it; a failure becomes one line on stderr and an exit code."""
    display = "stdin" if name == STDIN else click.format_filename(name)
    try:
        article = _clean(name, options)
        data = write(article, source=None if name == STDIN else name).encode("utf-8")
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
    return Outcome(data, EXIT_OK)


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


def _write_output(path: str, chunks: list[bytes]) -> int:
    """``-o``: write the articles atomically (nothing is written when no input gave one)."""
    if not chunks:
        return EXIT_OK
    try:
        _atomic_write(path, b"".join(chunks))
    except OSError as error:
        _say(_error_line(f"cannot write output: {error.strerror or error}", click.format_filename(path)))
        return EXIT_UNREADABLE
    return EXIT_OK


@click.command(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
    epilog=EXAMPLES,
)
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
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
    "-o",
    "--output",
    metavar="FILE",
    type=click.Path(dir_okay=False, allow_dash=True),
    callback=_check_output,
    help="Write to this file (atomically: a temporary file, then a rename) instead of stdout.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=Options().max_bytes,
    show_default=True,
    help="Refuse inputs larger than this.",
)
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error.")
@click.version_option(__version__, "-V", "--version", prog_name="newsclean")
@click.pass_context
def main(
    ctx: click.Context,
    inputs: tuple[str, ...],
    fmt: str | None,
    kind: str,
    now: _dt.datetime | None,
    explain: bool,
    output: str | None,
    max_bytes: int,
    debug: bool,
) -> None:
    """Clean saved news pages (text dumps or HTML) into articles: title, date, body.

    INPUTS are files; "-" or no input reads standard input.
    """
    from . import writers  # here, not at the top: --help needs none of it

    if not inputs:
        if _stdin_is_terminal():
            raise click.UsageError("no input: give a file, or pipe a page into newsclean")
        inputs = (STDIN,)
    options = Options(kind=kind, now=now, max_bytes=max_bytes)  # type: ignore[arg-type]
    write = writers.WRITERS[fmt or ("json" if len(inputs) == 1 else "jsonl")]
    outcomes = (_clean_one(name, options, write, explain=explain, debug=debug) for name in inputs)
    ctx.exit(_save_all(outcomes, output) if output else _print_all(outcomes))
