"""The command line: a thin click layer over the library. Parses options, calls one library function per
input, prints, picks the exit code. Nothing else lives here.

Exit codes (also in the README):

    0  every input gave an article
    1  internal error (a bug: please report it)
    2  usage error (bad option or argument)
    3  an input could not be read (missing, a directory, no permission)
    4  an input is not a page (empty, binary, undecodable, too large)
    5  no article text was found in an input

With several inputs the exit code is the highest of the inputs' codes; the others are still cleaned.
"""

from __future__ import annotations

import datetime as _dt
import os
import sys
import tempfile
from typing import IO

import click

from . import __version__
from .errors import NewscleanError
from .model import Options

EXIT_INTERNAL = 1
EXIT_USAGE = 2

EXAMPLES = """
\b
Examples:
  cat saved/page.txt | newsclean                 JSON on stdout
  newsclean saved/page.txt -f md                 Markdown: front matter, then the body
  newsclean a.txt b.txt c.txt > articles.jsonl   JSON Lines, one article per input, in order
  newsclean page.txt --explain                   removed lines and why, on stderr
  newsclean page.txt --now 2026-03-02T12:00      resolve "2 hours ago" against this moment
"""


def _parse_now(value: str | None) -> _dt.datetime | None:
    if value is None:
        return None
    try:
        moment = _dt.datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"not an ISO 8601 date or time: {value!r}", param_hint="--now") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.UTC)
    return moment


def _atomic_write(path: str, text: str) -> None:
    """Write text to path through a temporary file in the same folder and a rename."""
    folder = os.path.dirname(os.path.abspath(path))
    handle, temp = tempfile.mkstemp(prefix=".newsclean-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def _error_line(error: NewscleanError, display: str) -> str:
    return f"newsclean: error: {error.message} ({display})"


def _read_stdin(max_bytes: int) -> bytes:
    stream: IO[bytes] = sys.stdin.buffer
    data = stream.read(max_bytes + 1)
    return data


@click.command(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
    epilog=EXAMPLES,
)
@click.argument("inputs", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "md", "text"]),
    default=None,
    help="Output format. Default: json for one input, jsonl for several.",
)
@click.option("--kind", type=click.Choice(["auto", "html", "text"]), default="auto", show_default=True,
              help="What the input is; auto sniffs the content, never the file name.")
@click.option("--now", "now", metavar="ISO-TIME", help="Resolve relative dates against this moment "
              "(default: the input file's modification time).")
@click.option("--explain", is_flag=True, help="Print every removed block with the rule and reason on stderr.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file (atomically) instead of stdout.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=Options().max_bytes, show_default=True,
              help="Refuse inputs larger than this.")
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error.")
@click.version_option(__version__, prog_name="newsclean")
def main(
    inputs: tuple[str, ...],
    fmt: str | None,
    kind: str,
    now: str | None,
    explain: bool,
    output: str | None,
    max_bytes: int,
    debug: bool,
) -> None:
    """Clean saved news pages (text dumps or HTML) into articles: title, date, body.

    INPUTS are files; "-" or no input reads standard input.
    """
    from . import pipeline, sources, writers  # lazy: keeps --help fast

    options = Options(kind=kind, now=_parse_now(now), max_bytes=max_bytes)  # type: ignore[arg-type]
    if not inputs:
        if sys.stdin.isatty():
            raise click.UsageError("no input: give a file, or pipe a page into newsclean")
        inputs = ("-",)
    fmt = fmt or ("json" if len(inputs) == 1 else "jsonl")
    write = writers.WRITERS[fmt]
    chunks: list[str] = []
    code = 0
    for name in inputs:
        display = "stdin" if name == "-" else name
        try:
            if name == "-":
                data = _read_stdin(max_bytes)
                article = pipeline.clean(data, options=options, path=None)
            else:
                data = sources.read_bytes(name, max_bytes=max_bytes)
                article = pipeline.clean(data, options=options, path=name)
        except NewscleanError as error:
            click.echo(_error_line(error, display), err=True)
            code = max(code, error.exit_code)
            continue
        except Exception as error:  # a bug: one line, unless --debug
            if debug:
                raise
            click.echo(f"newsclean: internal error: {type(error).__name__}: {error} ({display})", err=True)
            code = max(code, EXIT_INTERNAL)
            continue
        if explain:
            click.echo(f"{display}: {len(article.removals)} blocks removed", err=True)
            for line in pipeline.removal_lines(article):
                click.echo("  " + line, err=True)
        text = write(article, source=None if name == "-" else name)
        if output:
            chunks.append(text)
        else:
            _emit(text)
    if output and chunks:
        _atomic_write(output, "".join(chunks))
    sys.exit(code)


def _emit(text: str) -> None:
    """Write to stdout; a closed pipe (``newsclean big.txt | head -1``) ends the run quietly."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # stdout is gone: point it at /dev/null so the interpreter's final flush cannot fail either
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)


def run() -> None:
    """Entry point for ``python -m newsclean`` and the console script."""
    main()
