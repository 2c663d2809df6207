"""Batch runs: a folder of saved pages in; a mirrored tree of articles, or one JSON Lines file, out.

The library side of ``newsclean batch``: it walks the folder, learns the site chrome, runs the workers and
writes the files; it never prints. ``run`` reports through a callback (a ``Progress`` after every file,
carrying the file's ``FileResult``) and returns a ``Summary``::

    from newsclean.batch import BatchOptions, run
    summary = run("scraped/", "articles/", options=BatchOptions(jobs=4))
    summary.articles, summary.errors, summary.exit_code

How a run goes:

1. **Scan**: the folder is walked (recursively, names sorted, so the order is stable; ``include`` /
   ``exclude`` glob patterns; names starting with "." skipped unless ``hidden``) and every input is
   checked against its output: a tree output newer than its input, or a record in the previous JSON
   Lines file newer than the input, is up to date and is not cleaned again (``force`` redoes it).
2. **Learn** (``learn_chrome``, text dumps only): every page is read and split into lines; per site the
   lines are counted (:mod:`newsclean.sitechrome`), and lines on many pages of a site become that site's
   chrome. The table is kept in a state file and reused while the inputs are unchanged.
3. **Clean**: the inputs that are not up to date are cleaned in ``jobs`` processes; results are taken in
   walk order (JSON Lines output is byte-identical whatever ``jobs`` is).

The worker processes (``_Pool``) are started once, when the learning pass (or the cleaning pass) needs
them first, and get each pass's job as a message; none are started when everything is up to date.

Every input gives an output or an error record (path, kind, message) in the errors file. Outputs are
written atomically (a temporary file in the same folder, then a rename), so an interrupted run leaves
whole files only and a re-run goes on where it stopped. Memory does not grow with the number of files:
the listing is streamed (one folder's names at a time), results are written as they come, and the chrome
counts are bounded.

Per-file limits: ``Options.max_bytes`` (on disk and after gunzip) and ``timeout`` seconds, enforced inside
the worker with SIGALRM (it interrupts regular expressions and Python code alike); a worker that still
does not answer (stuck in C code) is killed and replaced after ``HARD_TIMEOUT_FACTOR`` times the limit.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import multiprocessing
import os
import re
import select
import signal
import stat
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from multiprocessing.connection import Connection, wait
from typing import Any, ClassVar, Literal, NamedTuple

# imported here, before any worker is forked, so that the workers do not each import them again
from . import __version__, pipeline, sitechrome, sources, textdump, writers
from .errors import NewscleanError
from .guard import time_limit
from .model import Options
from .sitechrome import ChromeCounter, ChromeTable

#: per-file time limit, seconds: no real page comes near it (the slowest corpus HTML page takes ~1 s)
DEFAULT_TIMEOUT = 60.0
#: a worker that has not answered for this many times the time limit (plus HARD_TIMEOUT_GRACE seconds)
#: is stuck where SIGALRM cannot reach it: it is killed and replaced
HARD_TIMEOUT_FACTOR = 2
HARD_TIMEOUT_GRACE = 10.0
#: inputs handed to a worker at a time: small enough to balance the load, large enough that the
#: messages cost nothing
CHUNK_FILES = 16
#: results are reported in walk order; at most this many inputs may be ahead of the oldest unfinished
#: one (JSON Lines records and chrome lines are held until their turn: a few KB each)
ORDER_WINDOW = 4096
#: how often the parent looks at its workers (seconds) when none has answered
POLL_SECONDS = 0.2

#: the state file in an output folder: marks the folder as newsclean's and keeps the learned chrome
STATE_NAME = ".newsclean-batch.json"
#: the errors file in an output folder
TREE_ERRORS_NAME = "newsclean-errors.jsonl"
#: output suffix per tree format
SUFFIXES = {"json": ".json", "md": ".md", "text": ".txt"}
TREE_FORMATS = tuple(SUFFIXES)
_TEMP_PREFIX = ".newsclean-"
_TEMP_SUFFIX = ".tmp"

#: exit code of each error kind (the single-file command's codes; a time-out is like an input too large)
ERROR_CODES = {
    "internal": 1,
    "unreadable": 3,
    "output": 3,
    "bad-input": 4,
    "timeout": 4,
    "no-article": 5,
}
#: exit code of an interrupted run (128 + SIGINT, as shells report it)
EXIT_INTERRUPTED = 130

Status = Literal["article", "up-to-date", "empty", "error"]
Phase = Literal["scan", "learn", "clean"]


class BatchError(NewscleanError):
    """The run cannot start: the input folder cannot be read, or the output is not newsclean's."""

    exit_code = 3
    kind = "batch"


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchOptions:
    """How a batch runs. ``options`` is how each page is cleaned (kind, now, max_bytes)."""

    options: Options = field(default_factory=Options)
    #: tree output: "json", "md" or "text"; ignored for a JSON Lines output
    fmt: str = "json"
    #: glob patterns: only files matching one of them (default: every file). A pattern without "/" is
    #: matched against the file name, one with "/" against the path relative to the input folder;
    #: "*" does not cross "/", "**" does
    include: tuple[str, ...] = ()
    #: glob patterns of files and folders to leave out (a folder that matches is not entered)
    exclude: tuple[str, ...] = ()
    #: also files and folders whose name starts with "."
    hidden: bool = False
    #: worker processes; 0: one per usable core; 1: no worker process at all
    jobs: int = 0
    #: clean every input again, and write into an output that newsclean did not make
    force: bool = False
    #: per-file time limit in seconds (0: none)
    timeout: float = DEFAULT_TIMEOUT
    #: learn each site's chrome from the folder first
    learn_chrome: bool = True
    #: collect the --explain lines of each file (FileResult.explain)
    explain: bool = False
    #: the errors file; default: OUT_DIR/newsclean-errors.jsonl, or NAME.errors.jsonl beside NAME.jsonl
    errors: str | None = None


@dataclass(frozen=True, slots=True)
class FileResult:
    """What became of one input."""

    #: the input: the input folder as given, joined with the path inside it
    path: str
    #: "article" (written), "up-to-date" (not cleaned again), "empty" (no article text), "error"
    status: Status
    #: tree output: the file written (or up to date); None for JSON Lines and failures
    output: str | None = None
    #: for "empty" and "error": the kind (no-article, unreadable, bad-input, timeout, output, internal)
    kind: str | None = None
    message: str | None = None
    #: the --explain lines (BatchOptions.explain)
    explain: tuple[str, ...] = ()

    @property
    def exit_code(self) -> int:
        return ERROR_CODES.get(self.kind or "", 1) if self.status in ("empty", "error") else 0


@dataclass(frozen=True, slots=True)
class Progress:
    """Reported after every file of a phase (and once as a phase starts, with ``result`` None)."""

    phase: Phase
    #: files done in this phase
    done: int
    #: files in this phase (None while scanning)
    total: int | None
    #: files that gave an error so far (empty results not counted)
    errors: int
    #: seconds since the phase started
    elapsed: float
    result: FileResult | None = None


@dataclass(frozen=True, slots=True)
class Summary:
    """The outcome of a run."""

    #: input files found
    inputs: int
    #: articles written in this run
    articles: int
    #: inputs whose output was already newer than them
    up_to_date: int
    #: inputs in which no article text was found
    empty: int
    #: failed inputs by error kind (empty results not included)
    errors: dict[str, int]
    #: seconds the whole run took, and the cleaning phase alone
    seconds: float
    clean_seconds: float
    #: Ctrl-C stopped the run
    interrupted: bool
    output: str
    errors_file: str
    #: "learned", "reused" (from the state file), "off", or "skipped" (nothing to clean)
    chrome: str
    #: sites (or groups of pages with a signature in common) with learned chrome, and their chrome lines
    chrome_sites: int = 0
    chrome_lines: int = 0

    @property
    def cleaned(self) -> int:
        """Inputs cleaned in this run (with or without success)."""
        return self.articles + self.empty + sum(self.errors.values())

    @property
    def failed(self) -> int:
        return self.empty + sum(self.errors.values())

    @property
    def exit_code(self) -> int:
        """0 when every input gave an article (or was up to date); else the highest code of the failed
        inputs (as with several files on the command line); 130 when interrupted."""
        if self.interrupted:
            return EXIT_INTERRUPTED
        codes = [ERROR_CODES.get(kind, 1) for kind, n in self.errors.items() if n]
        if self.empty:
            codes.append(ERROR_CODES["no-article"])
        return max(codes, default=0)


ProgressCallback = Callable[[Progress], None]


# the folder walk --------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Entry:
    """One input found by the walk (or a path the walk could not read: ``error``)."""

    #: path inside the input folder, "/"-separated
    rel: str
    #: the input folder as given, joined with rel
    path: str
    mtime_ns: int = 0
    size: int = 0
    error: str | None = None

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(self.rel.split("/"))


def glob_regex(pattern: str) -> re.Pattern[str]:
    """A glob pattern as a regular expression: ``*`` and ``?`` within one path component, ``**`` across
    components, ``[...]`` a character class."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif char == "*":
            out.append("[^/]*")
            i += 1
        elif char == "?":
            out.append("[^/]")
            i += 1
        elif char == "[":
            end = pattern.find("]", i + 2 if pattern.startswith(("[!", "[^"), i) else i + 1)
            if end < 0:
                out.append(re.escape(char))
                i += 1
                continue
            body = pattern[i + 1 : end]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = end + 1
        else:
            out.append(re.escape(char))
            i += 1
    return re.compile("".join(out) + r"\Z", re.S)


class _Patterns:
    """A set of glob patterns: ``matches(rel, name)``."""

    def __init__(self, patterns: Sequence[str]) -> None:
        self.by_name = [glob_regex(p) for p in patterns if "/" not in p.strip("/")]
        self.by_path = [glob_regex(p.strip("/")) for p in patterns if "/" in p.strip("/")]

    def __bool__(self) -> bool:
        return bool(self.by_name or self.by_path)

    def matches(self, rel: str, name: str) -> bool:
        return any(p.match(name) for p in self.by_name) or any(p.match(rel) for p in self.by_path)


def _display(path: str) -> str:
    """A path as text that can be written as UTF-8 (undecodable bytes of a file name become U+FFFD)."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return path


class _Walk:
    """The inputs under a folder, in a stable order (names sorted at each level, as code points), streamed:
    one folder's names are in memory at a time (per level of depth)."""

    def __init__(self, root: str, options: BatchOptions, skip: Sequence[str] = ()) -> None:
        self.root = root
        self.include = _Patterns(options.include)
        self.exclude = _Patterns(options.exclude)
        self.hidden = options.hidden
        #: our own files and folders (outputs, errors file, state): never inputs
        self.skip: set[tuple[int, int]] = set()
        for path in skip:
            with contextlib.suppress(OSError):
                info = os.stat(path)
                self.skip.add((info.st_dev, info.st_ino))

    def __iter__(self) -> Iterator[_Entry]:
        try:
            top = os.stat(self.root)
        except OSError as error:
            raise BatchError(
                f"cannot read the input folder: {error.strerror or error}", path=self.root
            ) from None
        yield from self._folder(self.root, "", {(top.st_dev, top.st_ino)})

    def _folder(self, folder: str, prefix: str, ancestors: set[tuple[int, int]]) -> Iterator[_Entry]:
        try:
            names = sorted(os.listdir(folder))
        except OSError as error:
            if prefix:
                yield _Entry(
                    prefix.rstrip("/"), folder, error=f"cannot read folder: {error.strerror or error}"
                )
            else:
                raise BatchError(
                    f"cannot read the input folder: {error.strerror or error}", path=folder
                ) from None
            return
        for name in names:
            if not self.hidden and name.startswith("."):
                continue
            if name.startswith(_TEMP_PREFIX) and name.endswith(_TEMP_SUFFIX):
                continue
            rel = prefix + name
            path = os.path.join(folder, name)
            if self.exclude and self.exclude.matches(rel, name):
                continue
            try:
                info = os.stat(path)
            except OSError as error:
                if self.include and not self.include.matches(rel, name):
                    continue
                what = (
                    "symbolic link loop"
                    if error.errno == errno.ELOOP
                    else "broken symbolic link"
                    if os.path.islink(path)
                    else (error.strerror or str(error))
                )
                yield _Entry(rel, path, error=what)
                continue
            if stat.S_ISDIR(info.st_mode):
                ident = (info.st_dev, info.st_ino)
                if ident in ancestors or ident in self.skip:
                    continue  # a symbolic link back up the tree, or our output folder
                yield from self._folder(path, rel + "/", ancestors | {ident})
            elif stat.S_ISREG(info.st_mode):
                if self.include and not self.include.matches(rel, name):
                    continue
                if (info.st_dev, info.st_ino) in self.skip:
                    continue
                yield _Entry(rel, path, info.st_mtime_ns, info.st_size)
            # sockets, pipes and devices are not pages: never opened (a pipe would block)


# outputs ----------------------------------------------------------------------------------------------
_UMASK: list[int] = []


def _umask() -> int:
    """The process's umask, read once (reading it means setting it, which is best done only once)."""
    if not _UMASK:
        mask = os.umask(0)
        os.umask(mask)
        _UMASK.append(mask)
    return _UMASK[0]


#: the signals that stop a write half-way: Ctrl-C, the parent stopping a worker, the time limit
_STOP_SIGNALS = frozenset(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGALRM") if hasattr(signal, name)
)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold Ctrl-C, SIGTERM and SIGALRM back while a file is put in place: they are delivered (and their
    handlers raise) right after, when the file is whole. Where signals cannot be blocked (not POSIX),
    nothing is held."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def atomic_write(path: str, data: bytes, *, mode: int | None = None) -> None:
    """Write data to path through a temporary file in the same folder and a rename: readers see the old
    file or the new one, never a part; an interrupted write leaves no temporary file (the stopping
    signals are held back meanwhile). No fsync: this is safe against interruption, not a power cut."""
    folder = os.path.dirname(path) or "."
    with _signals_held():
        handle, temp = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=_TEMP_SUFFIX, dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.chmod(temp, 0o666 & ~_umask() if mode is None else mode)
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise


class _AtomicStream:
    """A file written bit by bit and put in place at the end (``commit``), or thrown away (``discard``)."""

    def __init__(self, path: str) -> None:
        self.path = path
        folder = os.path.dirname(os.path.abspath(path))
        with _signals_held():
            handle, self.temp = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=_TEMP_SUFFIX, dir=folder)
            self.handle = os.fdopen(handle, "wb")

    def write(self, data: bytes) -> None:
        self.handle.write(data)

    def commit(self) -> None:
        with _signals_held():
            try:
                self.handle.close()
                os.chmod(self.temp, 0o666 & ~_umask())
                os.replace(self.temp, self.path)
            except BaseException:
                self.discard()
                raise

    def discard(self) -> None:
        with _signals_held():
            with contextlib.suppress(OSError):
                self.handle.close()
            with contextlib.suppress(OSError):
                os.unlink(self.temp)


def _record_path(line: bytes) -> str | None:
    """``source.path`` of a JSON Lines record (the writers put ``source`` last), without parsing it all."""
    at = line.rfind(b'"source":{"path":')
    if at < 0:
        return None
    try:
        value, _ = json.JSONDecoder().raw_decode(line[at + 17 :].decode("utf-8", "replace"))
    except ValueError:
        return None
    return value if isinstance(value, str) else None


class _OldRecords:
    """A cursor over the records of a previous JSON Lines output, which are in walk order: ``find(key)``
    gives the record of the input with that key, skipping records of inputs that are gone."""

    def __init__(self, path: str | None, root: str) -> None:
        self.handle = None
        self.mtime_ns = 0
        self.prefix = os.path.join(root, "")
        self.current: tuple[tuple[str, ...], bytes] | None = None
        if path is not None:
            try:
                self.handle = open(path, "rb")  # noqa: SIM115 - closed in close()
                self.mtime_ns = os.fstat(self.handle.fileno()).st_mtime_ns
            except OSError:
                self.handle = None
        self._advance()

    def _advance(self) -> None:
        self.current = None
        while self.handle is not None:
            line = self.handle.readline()
            if not line:
                self.close()
                return
            if not line.endswith(b"\n"):
                continue  # a cut-off last line (the file was not written by us, or not whole)
            path = _record_path(line)
            if path is None or not path.startswith(self.prefix):
                continue
            self.current = (tuple(path[len(self.prefix) :].replace(os.sep, "/").split("/")), line)
            return

    def find(self, key: tuple[str, ...]) -> bytes | None:
        while self.current is not None and self.current[0] < key:
            self._advance()
        if self.current is not None and self.current[0] == key:
            line = self.current[1]
            self._advance()
            return line
        return None

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


def _looks_like_ours(path: str, *, error_records: bool = False) -> bool:
    """Is this existing file one that newsclean wrote (empty, or JSON Lines records of ours)?"""
    try:
        with open(path, "rb") as handle:
            first = handle.readline(1 << 20)
    except OSError:
        return False
    if not first.strip():
        return True
    try:
        record = json.loads(first)
    except ValueError:
        return False
    if not isinstance(record, dict) or "source" not in record:
        return False
    return ("error" in record) if error_records else ("body" in record)


@dataclass(frozen=True, slots=True)
class _Layout:
    """Where the outputs go."""

    #: "tree" (a file per input under out_dir) or "jsonl" (one file)
    kind: Literal["tree", "jsonl"]
    output: str
    errors: str
    state: str
    suffix: str = ""

    def target(self, rel: str) -> str:
        return os.path.join(self.output, *rel.split("/")) + self.suffix


def _layout(output: str, options: BatchOptions) -> _Layout:
    if output.endswith(".jsonl"):
        folder, name = os.path.split(output)
        stem = name[: -len(".jsonl")]
        errors = options.errors or os.path.join(folder, stem + ".errors.jsonl")
        return _Layout("jsonl", output, errors, os.path.join(folder, f".{name}{STATE_NAME}"))
    if options.fmt not in SUFFIXES:
        raise ValueError(f"tree output format must be one of {', '.join(SUFFIXES)}, not {options.fmt!r}")
    errors = options.errors or os.path.join(output, TREE_ERRORS_NAME)
    return _Layout("tree", output, errors, os.path.join(output, STATE_NAME), SUFFIXES[options.fmt])


def _prepare(layout: _Layout, root: str, options: BatchOptions) -> None:
    """Check that the outputs can be written and are newsclean's (or ``force``); create the folder."""
    if not os.path.isdir(root):
        raise BatchError("the input is not a folder", path=root)
    real_root = os.path.realpath(root)
    if layout.kind == "tree":
        real_out = os.path.realpath(layout.output)
        if real_out == real_root or real_root.startswith(os.path.join(real_out, "")):
            raise BatchError("the output folder must not be the input folder or hold it", path=layout.output)
        if os.path.exists(layout.output) and not os.path.isdir(layout.output):
            raise BatchError("the output exists and is not a folder", path=layout.output)
        if os.path.isdir(layout.output):
            if not options.force and not os.path.exists(layout.state) and os.listdir(layout.output):
                raise BatchError(
                    "the output folder has files that newsclean batch did not write (use --force to write"
                    " into it anyway)",
                    path=layout.output,
                )
        else:
            try:
                os.makedirs(layout.output)
            except OSError as error:
                raise BatchError(
                    f"cannot create the output folder: {error.strerror or error}", path=layout.output
                ) from None
    else:
        folder = os.path.dirname(os.path.abspath(layout.output))
        if not os.path.isdir(folder):
            raise BatchError("no such folder", path=folder)
        if os.path.isdir(layout.output):
            raise BatchError("the output is a folder", path=layout.output)
        if not options.force and os.path.exists(layout.output) and not _looks_like_ours(layout.output):
            raise BatchError(
                "the output file exists and does not hold newsclean's articles (use --force to replace it)",
                path=layout.output,
            )
    errors_folder = os.path.dirname(os.path.abspath(layout.errors))
    if not os.path.isdir(errors_folder):
        raise BatchError("no such folder", path=errors_folder)
    if (
        not options.force
        and os.path.exists(layout.errors)
        and not (layout.kind == "tree" and os.path.exists(layout.state))
        and not _looks_like_ours(layout.errors, error_records=True)
    ):
        raise BatchError(
            "the errors file exists and does not hold newsclean's error records (use --force)",
            path=layout.errors,
        )


def _read_state(layout: _Layout) -> dict[str, Any]:
    try:
        with open(layout.state, encoding="utf-8") as handle:
            state = json.load(handle)
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def _write_state(layout: _Layout, state: dict[str, Any]) -> None:
    data = json.dumps(state, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    atomic_write(layout.state, data.encode("utf-8"))


# work done in the worker processes --------------------------------------------------------------------
# the time limit is newsclean.guard.time_limit (SIGALRM in a worker's or a -j 1 run's main thread): it
# raises TimeLimitError, a NewscleanError of kind "timeout"


class _Task(NamedTuple):
    """One input to handle (NamedTuples: these cross the process boundary for every file, and a tuple is
    the cheapest thing to pickle)."""

    seq: int
    rel: str
    path: str
    #: a result known without any work (up to date, or the walk's error): reported in its turn
    done: Any = None


class _Cleaned(NamedTuple):
    """A worker's answer for one input."""

    seq: int
    status: Status
    output: str | None = None
    data: bytes | None = None
    kind: str | None = None
    message: str | None = None
    explain: tuple[str, ...] = ()


class _Learned(NamedTuple):
    """A worker's answer in the learning pass: the page's groups, its lines joined by NUL (one string
    pickles much faster than a hundred), its fingerprint."""

    seq: int
    sites: tuple[str, ...] = ()
    lines: str = ""
    fingerprint: bytes = b""


def _folder_parts(root: str, rel: str) -> tuple[str, ...]:
    """The folder names a page's site may be read from: the input folder's own name, then rel's folders."""
    return (os.path.basename(os.path.abspath(root)), *rel.split("/")[:-1])


@dataclass(frozen=True, slots=True)
class _LearnJob:
    """Pass 1: the lines of a text page and its site. Answered a list of tasks at a time (``batched``):
    the answers are many and small, and a page that cannot be read only leaves it out of the counts."""

    root: str
    options: Options
    timeout: float
    batched: ClassVar[bool] = True

    def run(self, task: _Task) -> _Learned:
        try:
            with time_limit(self.timeout, path=task.path):
                data = sources.read_bytes(task.path, max_bytes=self.options.max_bytes)
                source = sources.load(data, options=self.options, path=task.path)
                if source.kind != "text":
                    return _Learned(task.seq)
                blocks, _ = textdump.split_blocks(source.text)
                sites = sitechrome.site_keys(_folder_parts(self.root, task.rel), blocks.texts)
                if not sites:
                    return _Learned(task.seq)
                lines = "\0".join(sitechrome.page_lines(blocks.texts))
                return _Learned(task.seq, sites, lines, sitechrome.page_fingerprint(blocks.texts))
        except Exception:  # TimeLimitError too
            return _Learned(task.seq)  # the cleaning pass reports the error


@dataclass(frozen=True, slots=True)
class _CleanJob:
    """Pass 2: clean one input; tree outputs are written here, JSON Lines records go back. Answered one
    task at a time, so that a stuck worker is known to be stuck on its first unanswered task."""

    batched: ClassVar[bool] = False

    root: str
    options: Options
    fmt: str
    layout: _Layout
    timeout: float
    explain: bool
    table: ChromeTable
    _made: dict[str, bool] = field(default_factory=dict, compare=False)

    def run(self, task: _Task) -> _Cleaned:
        try:
            with time_limit(self.timeout, path=task.path):
                answer, text = self._run(task)
            if text is not None and answer.output is not None:
                self._folder_for(answer.output)
                atomic_write(answer.output, text.encode("utf-8"))
            return answer
        except NewscleanError as error:  # TimeLimitError: kind "timeout"
            status: Status = "empty" if error.kind == "no-article" else "error"
            return _Cleaned(task.seq, status, kind=error.kind, message=error.message)
        except OSError as error:
            message = f"cannot write output: {error.strerror or error}"
            return _Cleaned(task.seq, "error", kind="output", message=message)
        except Exception as error:  # a bug: recorded, and the run goes on
            message = f"internal error, please report it: {type(error).__name__}: {error}"
            return _Cleaned(task.seq, "error", kind="internal", message=" ".join(message.split()))

    def _run(self, task: _Task) -> tuple[_Cleaned, str | None]:
        """The answer, and for a tree output the text to write (written outside the time limit)."""
        data = sources.read_bytes(task.path, max_bytes=self.options.max_bytes)
        source = sources.load(data, options=self.options, path=task.path)
        sites: tuple[str, ...] = ()
        chrome: frozenset[str] = frozenset()
        if source.kind == "text":
            # clean_source's text branch, with the learned chrome of the page's site
            blocks, layout = textdump.split_blocks(source.text)
            if self.table:
                sites = sitechrome.site_keys(_folder_parts(self.root, task.rel), blocks.texts)
                chrome = self.table.for_page(sites, blocks.texts)
            options = replace(self.options, site_chrome=chrome) if chrome else self.options
            article = pipeline.clean_blocks(blocks, source=source, options=options, layout=layout, hints=None)
        else:
            article = pipeline.clean_source(source, options=self.options)
        display = _display(task.path)
        explain: tuple[str, ...] = ()
        if self.explain:
            explain = tuple(self._explain(article, sites))
        if self.layout.kind == "jsonl":
            record = writers.to_json_line(article, source=display).encode("utf-8")
            return _Cleaned(task.seq, "article", data=record, explain=explain), None
        text = writers.WRITERS[self.fmt](article, source=display)
        target = self.layout.target(task.rel)
        return _Cleaned(task.seq, "article", output=target, explain=explain), text

    def _explain(self, article: Any, sites: tuple[str, ...]) -> Iterator[str]:
        for removal in article.removals:
            line = f"L{removal.line} {removal.rule}: {removal.reason}"
            if removal.rule == "drop_site_chrome":
                evidence = self.table.evidence(sites, removal.text)
                if evidence is not None:
                    site, seen, pages = evidence
                    where = site if not site.startswith("~ ") else f"the pages with {site[2:]!r}"
                    line += f" (on {seen} of {pages} pages of {where})"
            yield line

    def _folder_for(self, target: str) -> None:
        """Create the target's folder, and make sure that it is inside the output folder (a symbolic link
        planted in the output folder must not send the writes elsewhere)."""
        folder = os.path.dirname(target)
        if folder in self._made:
            return
        os.makedirs(folder, exist_ok=True)
        top = os.path.realpath(self.layout.output)
        real = os.path.realpath(folder)
        if real != top and not real.startswith(os.path.join(top, "")):
            raise OSError(f"{folder} leads out of the output folder")
        if len(self._made) > 4096:
            self._made.clear()
        self._made[folder] = True


# running jobs: in this process, or in worker processes ------------------------------------------------
Job = _LearnJob | _CleanJob


def _worker_main(conn: Connection, job: Job | None) -> None:
    """A worker process: take a job (what to do with each task; a new one for each phase of the run) and
    lists of tasks; answer each task as it is done."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, _exit_on_term)
    while True:
        try:
            tasks = conn.recv()
        except (EOFError, OSError):
            return
        if tasks is None:
            return
        if not isinstance(tasks, list):
            job = tasks
            continue
        assert job is not None, "tasks before a job"
        if job.batched:
            conn.send([job.run(task) for task in tasks])
        else:
            for task in tasks:
                conn.send(job.run(task))


def _exit_on_term(_signum: int, _frame: object) -> None:
    raise SystemExit(1)  # unwinds: a temporary file being written is removed


def _mp_context() -> Any:
    """fork where it is safe and cheap (Linux, one thread); else the platform's default."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Connection
    tasks: deque[_Task] = field(default_factory=deque)
    since: float = 0.0


class _Poller:
    """Which workers have something to say. A ``select.poll`` kept across calls (multiprocessing's
    ``wait`` builds a selector on every call, which costs more than the wait itself when answers come by
    the thousand); ``wait`` where there is no poll (Windows)."""

    def __init__(self) -> None:
        self.poll = select.poll() if hasattr(select, "poll") else None
        self.by_fd: dict[int, _Worker] = {}

    def add(self, worker: _Worker) -> None:
        fd = worker.conn.fileno()
        self.by_fd[fd] = worker
        if self.poll is not None:
            self.poll.register(fd, select.POLLIN)

    def remove(self, worker: _Worker) -> None:
        fd = worker.conn.fileno()
        self.by_fd.pop(fd, None)
        if self.poll is not None:
            with contextlib.suppress(KeyError, ValueError):
                self.poll.unregister(fd)

    def ready(self, workers: list[_Worker], timeout: float) -> list[_Worker]:
        if self.poll is None:
            conns = set(wait([worker.conn for worker in workers], timeout=timeout))
            return [worker for worker in workers if worker.conn in conns]
        events = self.poll.poll(timeout * 1000)
        return [self.by_fd[fd] for fd, _ in events if fd in self.by_fd]


class _Pool:
    """A run's worker processes: started once, when the run needs them first (before the learning pass,
    while this process is still small: a forked worker carries what its parent has in memory, and the
    learning pass leaves the parent with tens of MB of freed but unreturned memory), and given each
    phase's job as a message. A worker that dies or is stuck is replaced by a new one."""

    def __init__(self, jobs: int) -> None:
        self.context = _mp_context()
        self.poller = _Poller()
        self.job: Job | None = None
        self.workers = [self._spawn() for _ in range(jobs)]

    def _spawn(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_worker_main, args=(child, self.job), daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self.poller.add(worker)
        return worker

    def use(self, job: Job) -> None:
        """Give every worker (all idle) this job."""
        self.job = job
        for worker in list(self.workers):
            try:
                worker.conn.send(job)
            except OSError:  # it died while idle: its replacement starts with the job
                self.replace(worker)

    def replace(self, worker: _Worker, retry: deque[_Task] | None = None) -> _Task:
        """A worker died or is stuck: it is killed and replaced; its current task is returned (to fail),
        the others go to ``retry``."""
        task = worker.tasks.popleft() if worker.tasks else None
        if retry is not None:
            retry.extendleft(reversed(worker.tasks))
        worker.tasks.clear()
        self.poller.remove(worker)
        with contextlib.suppress(OSError, ValueError):
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        self.workers[self.workers.index(worker)] = self._spawn()
        return task  # type: ignore[return-value]

    @property
    def busy(self) -> bool:
        return any(worker.tasks for worker in self.workers)

    def close(self) -> None:
        """Stop the workers: idle ones are told to finish, busy ones are stopped (SIGTERM: a page half
        cleaned is dropped; a file being written is finished first, then its worker exits)."""
        workers, self.workers = self.workers, []
        for worker in workers:
            if worker.tasks:
                with contextlib.suppress(OSError, ValueError):
                    worker.process.terminate()
            else:
                with contextlib.suppress(OSError, ValueError):
                    worker.conn.send(None)
        for worker in workers:
            worker.process.join(10)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()


class _Runner:
    """Runs a job over a stream of tasks and yields the answers in task order (``seq``): in this process
    (no pool) or in the pool's workers."""

    def __init__(self, job: Job, pool: _Pool | None, timeout: float, stop: Callable[[], bool]) -> None:
        self.job = job
        self.pool = pool
        self.stop = stop
        self.hard = timeout * HARD_TIMEOUT_FACTOR + HARD_TIMEOUT_GRACE if timeout > 0 else None
        if self.hard is not None and job.batched:
            self.hard *= CHUNK_FILES  # a worker answers once for all its tasks

    def run(self, tasks: Iterator[_Task]) -> Iterator[Any]:
        if self.pool is None:
            yield from self._here(tasks)
        else:
            yield from self._ordered(self._parallel(tasks))

    def _here(self, tasks: Iterator[_Task]) -> Iterator[Any]:
        for task in tasks:
            if self.stop():
                return
            yield task.done if task.done is not None else self.job.run(task)

    def _ordered(self, answers: Iterator[Any]) -> Iterator[Any]:
        waiting: dict[int, Any] = {}
        following = 0
        for answer in answers:
            waiting[answer.seq] = answer
            while following in waiting:
                yield waiting.pop(following)
                following += 1

    # worker processes
    def _parallel(self, tasks: Iterator[_Task]) -> Iterator[Any]:
        """Answers as they come (the caller puts them in order). Tasks are pulled lazily, and never more
        than ORDER_WINDOW past the oldest unanswered one, so memory stays bounded. The workers stay for
        the next phase when all is done; when the run stops with work in hand, they are stopped."""
        pool = self.pool
        assert pool is not None
        pool.use(self.job)
        workers = pool.workers  # the pool's list: a replaced worker is replaced in it
        poller = pool.poller
        retry: deque[_Task] = deque()
        exhausted = False
        pulled = 0  # the seq after the last task pulled

        def oldest() -> int:
            heads = [worker.tasks[0].seq for worker in workers if worker.tasks]
            heads.extend(task.seq for task in retry)
            return min(heads, default=pulled)

        try:
            while not self.stop():
                for worker in list(workers):  # hand out work to idle workers
                    if worker.tasks:
                        continue
                    chunk: list[_Task] = []
                    floor = oldest()
                    while len(chunk) < CHUNK_FILES:
                        if retry:
                            chunk.append(retry.popleft())
                        elif exhausted or pulled - floor >= ORDER_WINDOW:
                            break
                        else:
                            task = next(tasks, None)
                            if task is None:
                                exhausted = True
                            else:
                                pulled = task.seq + 1
                                if task.done is None:
                                    chunk.append(task)
                                else:
                                    yield task.done  # known without work: in its turn
                    if chunk:
                        worker.tasks.extend(chunk)
                        worker.since = time.monotonic()
                        try:
                            worker.conn.send(chunk)
                        except OSError:  # it died while idle: a new one takes the chunk
                            retry.extendleft(reversed(worker.tasks))
                            worker.tasks.clear()
                            pool.replace(worker)
                busy = [worker for worker in workers if worker.tasks]
                if not busy:
                    if exhausted and not retry:
                        return
                    continue
                ready = poller.ready(workers, POLL_SECONDS)
                now = time.monotonic()
                for worker in ready:
                    if not worker.tasks:  # an idle worker only speaks when it dies
                        pool.replace(worker)
                        continue
                    try:
                        answer = worker.conn.recv()
                    except (EOFError, OSError):
                        yield from self._lost(worker, retry, "died")
                        continue
                    worker.since = now
                    for one in answer if isinstance(answer, list) else (answer,):
                        worker.tasks.popleft()
                        yield one
                if self.hard is not None:
                    for worker in busy:
                        if worker in workers and worker.tasks and now - worker.since > self.hard:
                            yield from self._lost(worker, retry, "stuck")
        finally:
            if pool.busy:  # stopped with work in hand (Ctrl-C, or the caller gave up)
                pool.close()

    def _lost(self, worker: _Worker, retry: deque[_Task], why: str) -> Iterator[Any]:
        """A worker died or is stuck: replace it. Its first unanswered task fails and the others are
        retried; with a batched job (which does not say which task it is on) they all fail."""
        assert self.pool is not None
        pending = list(worker.tasks) if self.job.batched else []
        task = self.pool.replace(worker, None if self.job.batched else retry)
        for lost in pending or [task]:
            yield self._failed(lost, why, worker.process.exitcode)

    def _failed(self, task: _Task, why: str, exitcode: int | None) -> Any:
        if isinstance(self.job, _LearnJob):
            return _Learned(task.seq)
        if why == "stuck":
            return _Cleaned(
                task.seq, "error", kind="timeout", message="did not finish: the worker was stopped"
            )
        return _Cleaned(
            task.seq, "error", kind="internal", message=f"the worker process died (exit code {exitcode})"
        )


# Ctrl-C -----------------------------------------------------------------------------------------------
class _Interrupt:
    """While a run lasts: the first Ctrl-C asks the run to stop after the files in hand; a second one
    stops it at once (KeyboardInterrupt). Main thread only."""

    def __init__(self) -> None:
        self.requested = False
        self.previous: dict[int, Any] = {}

    def __call__(self) -> bool:
        return self.requested

    def _on_sigint(self, _signum: int, _frame: object) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __enter__(self) -> _Interrupt:
        if threading.current_thread() is threading.main_thread():
            self.previous[signal.SIGINT] = signal.signal(signal.SIGINT, self._on_sigint)
        return self

    def __exit__(self, *_exc: object) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)


# the run ----------------------------------------------------------------------------------------------
def _jobs(requested: int) -> int:
    if requested > 0:
        return requested
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class _Run:
    """One run's state: the layout, the counts, the Ctrl-C flag."""

    def __init__(
        self, root: str, output: str, options: BatchOptions, progress: ProgressCallback | None
    ) -> None:
        self.root = root
        self.options = options
        self.layout = _layout(output, options)
        self.progress = progress or (lambda _progress: None)
        self.stop = _Interrupt()
        self.jobs = _jobs(options.jobs)
        self.errors: dict[str, int] = {}
        self.articles = self.up_to_date = self.empty = 0
        self.cursors: list[_OldRecords] = []
        self.total = 0
        #: the worker processes, started on first use; not needed when the scan found nothing to clean
        self.workers: _Pool | None = None
        self.needs_workers = True

    def pool(self) -> _Pool | None:
        """The worker processes (None: work in this process, with -j 1 or when there is nothing to do)."""
        if self.jobs <= 1 or not self.needs_workers:
            return None
        if self.workers is None or not self.workers.workers:
            self.workers = _Pool(self.jobs)
        return self.workers

    def walk(self) -> _Walk:
        layout = self.layout
        return _Walk(self.root, self.options, [layout.output, layout.errors, layout.state])

    def old_records(self) -> _OldRecords:
        """A cursor over the previous JSON Lines output (none with force)."""
        cursor = _OldRecords(None if self.options.force else self.layout.output, self.root)
        self.cursors.append(cursor)
        return cursor

    def freshness(self) -> Callable[[_Entry], bool]:
        """A test for "this input's output is newer than the input" (always False with force); for JSON
        Lines it must be asked about the inputs in walk order."""
        if self.options.force:
            return lambda _entry: False
        if self.layout.kind == "tree":
            target = self.layout.target

            def tree_fresh(entry: _Entry) -> bool:
                try:
                    return os.stat(target(entry.rel)).st_mtime_ns >= entry.mtime_ns
                except OSError:
                    return False

            return tree_fresh
        old = self.old_records()

        def record_fresh(entry: _Entry) -> bool:
            return old.find(entry.key) is not None and old.mtime_ns >= entry.mtime_ns

        return record_fresh

    def close(self) -> None:
        for cursor in self.cursors:
            cursor.close()
        if self.workers is not None:
            self.workers.close()

    # phases
    def scan(self) -> tuple[int, int, str]:
        """Count the inputs, see whether any is to be cleaned (0 or 1), and take a fingerprint of the
        inputs (names, sizes, times)."""
        started = time.monotonic()
        self.progress(Progress("scan", 0, None, 0, 0.0))
        digest = hashlib.blake2b(digest_size=16)
        fresh = self.freshness()
        total = stale = 0
        for entry in self.walk():
            total += 1
            digest.update(f"{entry.rel}\0{entry.size}\0{entry.mtime_ns}\n".encode("utf-8", "surrogateescape"))
            if not stale and (entry.error is not None or not fresh(entry)):
                stale = 1  # one is enough to know that there is work (and to learn first)
            if total % 1000 == 0:
                self.progress(Progress("scan", total, None, 0, time.monotonic() - started))
                if self.stop():
                    break
        self.progress(Progress("scan", total, total, 0, time.monotonic() - started))
        return total, stale, digest.hexdigest()

    def learn(self, total: int) -> ChromeTable | None:
        """Pass 1: count every text page's lines per site. None when interrupted."""
        started = time.monotonic()
        self.progress(Progress("learn", 0, total, 0, 0.0))
        counter = ChromeCounter()
        job = _LearnJob(self.root, self.options.options, self.options.timeout)
        tasks = (
            _Task(seq, entry.rel, entry.path, _Learned(seq) if entry.error else None)
            for seq, entry in enumerate(self.walk())
        )
        answers = _Runner(job, self.pool(), self.options.timeout, self.stop).run(tasks)
        for done, learned in enumerate(answers, start=1):
            if learned.sites:
                counter.add(learned.sites, learned.lines.split("\0"), learned.fingerprint)
            self.progress(Progress("learn", done, total, 0, time.monotonic() - started))
        if self.stop():
            return None
        return counter.table()

    def clean(self, total: int, table: ChromeTable) -> float:
        """Pass 2: clean every input that is not up to date; write the outputs and the error records."""
        started = time.monotonic()
        self.progress(Progress("clean", 0, total, 0, 0.0))
        layout, options = self.layout, self.options
        job = _CleanJob(
            self.root, options.options, options.fmt, layout, options.timeout, options.explain, table
        )
        fresh = self.freshness()
        jsonl = layout.kind == "jsonl"
        entries: dict[int, _Entry] = {}  # the inputs in hand (at most ORDER_WINDOW)

        def tasks() -> Iterator[_Task]:
            for seq, entry in enumerate(self.walk()):
                entries[seq] = entry
                if entry.error is not None:
                    answer = _Cleaned(seq, "error", kind="unreadable", message=entry.error)
                    yield _Task(seq, entry.rel, entry.path, answer)
                elif fresh(entry):
                    output = None if jsonl else layout.target(entry.rel)
                    yield _Task(seq, entry.rel, entry.path, _Cleaned(seq, "up-to-date", output=output))
                else:
                    yield _Task(seq, entry.rel, entry.path)

        errors_out = _AtomicStream(layout.errors)
        articles_out = _AtomicStream(layout.output) if jsonl else None
        old = self.old_records() if jsonl else None
        last: tuple[str, ...] = ()
        done = failed = 0
        try:
            walk = tasks()
            for answer in _Runner(job, self.pool(), options.timeout, self.stop).run(walk):
                entry = entries.pop(answer.seq)
                if articles_out is not None and old is not None:
                    last = entry.key
                    if answer.status == "article":
                        articles_out.write(answer.data)
                    elif answer.status == "up-to-date":
                        record = old.find(last)
                        if record is not None:
                            articles_out.write(record)
                result = self._count(answer, entry.path)
                if result.status in ("empty", "error"):
                    errors_out.write(_error_record(result))
                    failed += result.status == "error"
                done += 1
                self.progress(Progress("clean", done, total, failed, time.monotonic() - started, result))
            walk.close()
            if articles_out is not None and old is not None and self.stop():
                self._keep_the_rest(articles_out, old, last)
        except BaseException:
            errors_out.discard()
            if articles_out is not None:
                articles_out.discard()
            raise
        errors_out.commit()
        if articles_out is not None:
            articles_out.commit()
        return time.monotonic() - started

    def _keep_the_rest(self, out: _AtomicStream, old: _OldRecords, last: tuple[str, ...]) -> None:
        """An interrupted JSON Lines run keeps the previous records of the inputs it did not reach that
        are still up to date; the others are left out, so that the next run cleans them."""
        for entry in self.walk():
            if entry.key <= last or entry.error is not None:
                continue
            record = old.find(entry.key)
            if record is not None and old.mtime_ns >= entry.mtime_ns:
                out.write(record)

    def _count(self, answer: _Cleaned, path: str) -> FileResult:
        if answer.status == "article":
            self.articles += 1
        elif answer.status == "up-to-date":
            self.up_to_date += 1
        elif answer.status == "empty":
            self.empty += 1
        else:
            kind = answer.kind or "internal"
            self.errors[kind] = self.errors.get(kind, 0) + 1
        return FileResult(path, answer.status, answer.output, answer.kind, answer.message, answer.explain)

    def chrome_table(self, stale: int, fingerprint: str) -> tuple[ChromeTable, str]:
        """The learned chrome: reused from the state file while the inputs are the same, else learned."""
        options = self.options
        if not options.learn_chrome:
            return ChromeTable(), "off"
        if not stale:
            return ChromeTable(), "skipped"
        settings = _learn_settings(options)
        saved = _read_state(self.layout)
        if not options.force and saved.get("inputs") == fingerprint and saved.get("settings") == settings:
            with contextlib.suppress(KeyError, TypeError, ValueError, AttributeError):
                return ChromeTable.from_json(saved.get("chrome") or {}), "reused"
        table = self.learn(self.total)
        if table is None:
            return ChromeTable(), "interrupted"
        state = {"newsclean": __version__, "inputs": fingerprint, "settings": settings}
        _write_state(self.layout, {**state, "chrome": table.to_json()})
        return table, "learned"


def _error_record(result: FileResult) -> bytes:
    return writers.error_record(
        _display(result.path), result.kind or "internal", result.message or ""
    ).encode("utf-8")


def run(
    in_dir: str,
    output: str,
    *,
    options: BatchOptions | None = None,
    progress: ProgressCallback | None = None,
) -> Summary:
    """Clean every page under ``in_dir`` into ``output``: a folder that mirrors ``in_dir``
    (``<relative path>.json``, ``.md`` or ``.txt``), or one JSON Lines file when ``output`` ends in
    ``.jsonl``. Raises BatchError when the run cannot start; a bad input never stops it (it becomes an
    error record).

    Ctrl-C (SIGINT, when ``run`` is called from the main thread) stops the run after the files in hand:
    ``run`` returns with ``interrupted`` set, the outputs written so far are whole and kept. A second
    Ctrl-C stops at once: KeyboardInterrupt, still leaving whole files only."""
    options = options or BatchOptions()
    started = time.monotonic()
    state = _Run(in_dir, output, options, progress)
    _prepare(state.layout, in_dir, options)
    clean_seconds = 0.0
    table = ChromeTable()
    chrome = "off"
    try:
        with state.stop:
            state.total, stale, fingerprint = state.scan()
            state.needs_workers = bool(stale)
            if not state.stop():
                table, chrome = state.chrome_table(stale, fingerprint)
            if state.layout.kind == "tree" and not os.path.exists(state.layout.state):
                _write_state(state.layout, {"newsclean": __version__})  # marks the folder as ours
            if not state.stop():
                clean_seconds = state.clean(state.total, table)
            interrupted = state.stop()
    finally:
        state.close()
    return Summary(
        inputs=state.total,
        articles=state.articles,
        up_to_date=state.up_to_date,
        empty=state.empty,
        errors=dict(sorted(state.errors.items())),
        seconds=time.monotonic() - started,
        clean_seconds=clean_seconds,
        interrupted=interrupted,
        output=output,
        errors_file=state.layout.errors,
        chrome=chrome,
        chrome_sites=len(table.sites),
        chrome_lines=table.line_count,
    )


def _learn_settings(options: BatchOptions) -> dict[str, Any]:
    """What the learned table depends on besides the inputs."""
    return {
        "kind": options.options.kind,
        "max_bytes": options.options.max_bytes,
        "include": list(options.include),
        "exclude": list(options.exclude),
        "hidden": options.hidden,
        "thresholds": [
            sitechrome.MIN_SITE_PAGES,
            sitechrome.MIN_LINE_PAGES,
            sitechrome.LINE_SHARE,
            sitechrome.MAX_LINE_WORDS,
            sitechrome.SIGNATURE_KEYS,
        ],
    }


__all__ = [
    "DEFAULT_TIMEOUT",
    "ERROR_CODES",
    "EXIT_INTERRUPTED",
    "TREE_FORMATS",
    "BatchError",
    "BatchOptions",
    "FileResult",
    "Progress",
    "Summary",
    "atomic_write",
    "glob_regex",
    "run",
]
