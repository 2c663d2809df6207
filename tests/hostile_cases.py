"""The hostile inputs of tests/test_hostile.py, and a runner that measures them (also used by
fuzz/hostile_report.py). Every case is generated into a folder when it is needed; nothing large is kept in
the repository (the 200 MB file is sparse: it takes no disk space).

A case is an input file (or a folder) and what the single-file command line must do with it: give an
article (exit code 0), or print exactly one line ``newsclean: error: <what> (<file>)`` with one of the
documented exit codes.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import os
import re
import resource
import subprocess
import sys
import threading
import time
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: address space a child may map: the interpreter, lxml and readability take about 300 MB of it before any
#: input is read; the worst input measured (50 MB of text, cleaned to the end) peaks at about 310 MiB of
#: resident memory (python fuzz/hostile_report.py --no-time-limit)
MEMORY_LIMIT = 2 * 1024**3
ERROR_LINE_RE = re.compile(r"newsclean: error: (?P<what>[^\n]+) \((?P<file>[^\n]+)\)")

PARAGRAPH = (
    "The city council voted on Tuesday to approve a new budget for the coming year, after a long debate in "
    "which residents said the plan was fair to most of the families in the district."
)
ARTICLE = "Council Approves New Budget\n\n" + "\n\n".join(f"{PARAGRAPH} {PARAGRAPH}" for _ in range(8)) + "\n"
NAVIGATION = (
    *("Home", "World", "Politics", "Business", "Tech", "Science", "Health", "Sports", "Travel", "Video"),
    *("Subscribe", "Sign in", "Search", "Menu", "Contact us", "About us", "Privacy Policy", "Newsletters"),
)


def html_page(body: str, *, head: str = "<title>Café Owners Welcome the Plan</title>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


ARTICLE_HTML = html_page(
    "<article><h1>Café Owners Welcome the Plan</h1>"
    + "".join(f"<p>{PARAGRAPH} Café déjà vu.</p>" for _ in range(6))
    + "</article>"
)


@dataclass(frozen=True)
class Case:
    """One hostile input: ``make(folder)`` writes it and returns its path; ``codes`` are the exit codes the
    command line may give (0: an article); ``message``: a part of the error line; ``text``: a part of the
    article (decoding checks); ``args``: more options; ``seconds``: the wall time allowed."""

    id: str
    make: Callable[[Path], str]
    codes: frozenset[int]
    message: str | None = None
    text: str | None = None
    args: tuple[str, ...] = ()
    seconds: float = 10.0
    #: the case needs a privilege trick (root reads every file) or a device
    needs: str | None = None
    #: feed the input on standard input instead of naming it
    stdin: bool = False


def _file(name: str, data: bytes | str | Callable[[], bytes]) -> Callable[[Path], str]:
    def make(folder: Path) -> str:
        path = folder / name
        content = data() if callable(data) else data
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return str(path)

    return make


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page.txt", ARTICLE)
    return buffer.getvalue()


def _text_of_size(size: int) -> bytes:
    """Prose lines, about ``size`` bytes: a page of many megabytes that is text all the way."""
    words = (PARAGRAPH.lower().replace(",", "").replace(".", "")).split()
    lines = [" ".join(words[i % 7 :] + words[: i % 7]).capitalize() + "." for i in range(64)]
    block = ("\n".join(lines) + "\n").encode()
    return block * (size // len(block) + 1)


def _sparse(name: str, size: int) -> Callable[[Path], str]:
    def make(folder: Path) -> str:
        path = folder / name
        with open(path, "wb") as handle:
            handle.truncate(size)
        return str(path)

    return make


def _gzip_bomb() -> bytes:
    """100 MB of zeros in about 100 KB of gzip: over the size limit once decompressed."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = bytes(1024 * 1024)
    return b"".join(compressor.compress(chunk) for _ in range(100)) + compressor.flush()


def _corrupt_gzip() -> bytes:
    data = gzip.compress(ARTICLE.encode())
    return data[:10] + bytes(byte ^ 0x55 for byte in data[10:])


def _folder(name: str) -> Callable[[Path], str]:
    def make(folder: Path) -> str:
        path = folder / name
        path.mkdir()
        return str(path)

    return make


def _unreadable(folder: Path) -> str:
    path = folder / "secret.txt"
    path.write_text(ARTICLE)
    path.chmod(0)
    return str(path)


def _tags_over_limit() -> bytes:
    return html_page("<p>" + "<i>x</i>" * 210_000 + "</p>").encode()


def _many_attributes() -> bytes:
    attributes = " ".join(f"a{i}=1" for i in range(20_000))
    return html_page(f"<div {attributes}><p>{PARAGRAPH}</p></div>").encode()


CASES: tuple[Case, ...] = (
    Case("empty", _file("empty.txt", b""), frozenset({4}), "input is empty"),
    Case("whitespace-only", _file("blank.txt", " \n\t\r\n \u3000 \u00a0\n"), frozenset({4})),
    Case(
        "png-header",
        _file("photo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8),
        frozenset({4}),
        "PNG image",
    ),
    Case(
        "pdf-header",
        _file("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + bytes(range(256)) * 8),
        frozenset({4}),
        "PDF document",
    ),
    Case("zip-header", _file("archive.html", _zip), frozenset({4}), "ZIP archive"),
    Case("nul-bytes", _file("nul.txt", ARTICLE.replace(" ", "\0")), frozenset({4}), "NUL bytes"),
    Case(
        "invalid-utf8",
        _file("broken.txt", ARTICLE.encode().replace(b"fair", b"f\xc3\x28ir\xff\xfe", 1)),
        frozenset({0}),
        text="families in the district",
    ),
    Case(
        "utf16-bom",
        _file("utf16.txt", ARTICLE.replace("fair", "fäir").encode("utf-16")),
        frozenset({0}),
        text="fäir",
    ),
    Case(
        "utf16le-no-bom",
        _file("utf16le.txt", ARTICLE.replace("fair", "fäir").encode("utf-16-le")),
        frozenset({0}),
        text="fäir",
    ),
    Case(
        "utf16be-html-no-bom",
        _file("utf16be.html", ARTICLE_HTML.encode("utf-16-be")),
        frozenset({0}),
        text="Café déjà vu",
    ),
    Case(
        "declared-latin1-is-utf8",
        _file("latin1.html", ARTICLE_HTML.replace("<head>", '<head><meta charset="iso-8859-1">').encode()),
        frozenset({0}),
        text="Café déjà vu",
    ),
    Case(
        "declared-utf8-is-cp1252",
        _file("cp1252.html", ARTICLE_HTML.replace("<head>", '<head><meta charset="utf-8">').encode("cp1252")),
        frozenset({0}),
        text="Café déjà vu",
    ),
    Case(
        "mixed-encodings",
        _file("mixed.txt", ARTICLE.encode() + "Le café était fermé.\n".encode("cp1252")),
        frozenset({0}),
        text="families in the district",
    ),
    # 50 MB of text takes about 4 s on one core: the test gives it 3 s, so the time limit usually ends it
    Case(
        "text-50mb",
        _file("big.txt", lambda: _text_of_size(50 * 1024 * 1024)),
        frozenset({0, 4}),
        "took longer than 3 s: given up",
        args=("--time-limit", "3"),
        seconds=12,
    ),
    Case(
        "file-200mb-sparse",
        _sparse("huge.txt", 200 * 1024 * 1024),
        frozenset({4}),
        "over the limit of 67,108,864",
        seconds=5,
    ),
    Case("gzip-bomb", _file("bomb.txt.gz", _gzip_bomb), frozenset({4}), "gzip input expands to over"),
    Case(
        "endless-stdin",
        lambda folder: "/dev/zero",
        frozenset({4}),
        "over the limit",
        stdin=True,
        args=("--max-bytes", "5000000"),
    ),
    Case(
        "nested-div-10000",
        _file("nested.html", html_page("<div>" * 10_000 + f"<p>{PARAGRAPH}</p>" * 4 + "</div>" * 10_000)),
        frozenset({0}),
        text="fair to most of the families",
    ),
    Case(
        "unclosed-b-300",
        _file("unclosed.html", html_page("<b>x " * 300 + f"<p>{PARAGRAPH} Unclosed.</p>" * 4)),
        frozenset({0}),
        text="Unclosed.",
    ),
    Case(
        "text-node-11mb",
        _file(
            "longnode.html",
            lambda: html_page(
                "<div hidden>"
                + "word " * (11 * 1024 * 1024 // 5)
                + "</div>"
                + f"<p>{PARAGRAPH} The end.</p>" * 3
            ).encode(),
        ),
        frozenset({0}),
        text="The end.",
    ),
    Case(
        "single-line-5mb",
        _file("oneline.txt", lambda: (PARAGRAPH + " ").encode() * (5 * 1024 * 1024 // (len(PARAGRAPH) + 1))),
        frozenset({0}),
        text="fair to most",
    ),
    Case(
        "minified-html-500kb",
        _file(
            "minified.html",
            lambda: html_page(
                "".join(f'<div class="c{i}"><p>{PARAGRAPH} {i}.</p></div>' for i in range(2000))
            ).encode(),
        ),
        frozenset({0}),
        text="fair to most",
    ),
    Case("tags-over-limit", _file("tags.html", _tags_over_limit), frozenset({4}), "tags, over the limit"),
    Case(
        "attributes-over-limit", _file("attrs.html", _many_attributes), frozenset({4}), "too many attributes"
    ),
    Case(
        "html-without-body",
        _file("nobody.html", "<html><head><title>Budget</title></head>" + f"<p>{PARAGRAPH}</p>" * 5),
        frozenset({0}),
        text="fair to most",
    ),
    Case(
        "html-fragment",
        _file("fragment.html", "".join(f"<p>{PARAGRAPH}</p>" for _ in range(5))),
        frozenset({0}),
        text="fair to most",
    ),
    Case(
        "text-without-sentence",
        _file("words.txt", "\n".join(("Home", "42", "|", "Login", "x", "---") * 50)),
        frozenset({5}),
        "no article text",
    ),
    Case(
        "all-navigation-text", _file("nav.txt", "\n".join(NAVIGATION * 5)), frozenset({5}), "no article text"
    ),
    Case(
        "all-navigation-html",
        _file(
            "nav.html",
            html_page(
                "<nav><ul>"
                + "".join(f'<li><a href="/{n}">{n}</a></li>' for n in NAVIGATION * 5)
                + "</ul></nav><footer>© 2024 Daily News</footer>"
            ),
        ),
        frozenset({5}),
        "no article text",
    ),
    Case(
        "cookie-wall-only",
        _file(
            "cookies.html",
            html_page(
                '<div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies'
                "</p><button>Accept</button></div>"
            ),
        ),
        frozenset({5}),
    ),
    Case(
        "javascript-bundle",
        _file("bundle.js", "!function(e){var t={};function n(r){if(t[r])return t[r].exports}}([]);\n" * 2000),
        frozenset({4, 5}),
    ),
    Case(
        "json-document",
        _file("data.html", '{"title": "Budget", "body": "' + PARAGRAPH + '"}'),
        frozenset({4}),
        "JSON",
    ),
    Case("corrupt-gzip", _file("corrupt.txt.gz", _corrupt_gzip), frozenset({4}), "corrupt gzip data"),
    Case(
        "truncated-gzip",
        _file("truncated.txt.gz", lambda: gzip.compress(ARTICLE.encode())[:60]),
        frozenset({4}),
        "truncated gzip data",
    ),
    Case(
        "gzip-of-png",
        _file("photo.html.gz", lambda: gzip.compress(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))),
        frozenset({4}),
        "PNG image",
    ),
    Case("directory", _folder("folder.html"), frozenset({3}), "is a directory"),
    Case("missing-file", lambda folder: str(folder / "missing.txt"), frozenset({3}), "no such file"),
    Case("unreadable-file", _unreadable, frozenset({3}), "permission denied", needs="drop-read-permission"),
    Case("read-error-eio", lambda folder: "/proc/self/mem", frozenset({3}), "cannot read", needs="proc"),
)


# running the real command line -------------------------------------------------------------------------
@dataclass
class Run:
    """What one run of ``python -m newsclean`` did."""

    code: int
    stdout: bytes
    stderr: str
    seconds: float
    #: peak resident memory of the child, in MiB (getrusage's ru_maxrss)
    peak_mib: float
    args: list[str] = field(default_factory=list)

    @property
    def stderr_lines(self) -> list[str]:
        return self.stderr.splitlines()


def drop_read_permission() -> None:
    """For a child running as root: leave out of its bounding set the two capabilities that let root read
    and write any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH); the program it runs then obeys file modes.
    Raises OSError where the process may not do that."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop = 24
    for capability in (1, 2):
        if libc.prctl(pr_capbset_drop, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def can_drop_read_permission() -> bool:
    """True when file modes can be made to bite: not root, or root that can drop its capabilities."""
    if os.geteuid() != 0:
        return True
    probe = subprocess.run(
        [sys.executable, "-c", "pass"], preexec_fn=drop_read_permission, capture_output=True, check=False
    )
    return probe.returncode == 0


def _limits(memory: int | None, drop: bool) -> Callable[[], None]:
    def preexec() -> None:
        if memory:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        if drop and os.geteuid() == 0:
            drop_read_permission()

    return preexec


def run_cli(
    args: list[str],
    *,
    stdin: str | None = None,
    timeout: float = 60.0,
    memory: int | None = MEMORY_LIMIT,
    drop: bool = False,
    env: dict[str, str] | None = None,
    stdout_path: str | None = None,
) -> Run:
    """Run ``python -m newsclean ARGS`` from the repository root, with the address space limited to
    ``memory``; wall time and the child's own peak memory (wait4) are measured. Killed after ``timeout``."""
    import tempfile

    with contextlib.ExitStack() as stack:
        out = stack.enter_context(
            open(stdout_path, "wb") if stdout_path else tempfile.TemporaryFile()  # noqa: SIM115
        )
        err = stack.enter_context(tempfile.TemporaryFile())
        source = stack.enter_context(open(stdin, "rb")) if stdin else subprocess.DEVNULL
        environment = {**os.environ, **(env or {})}
        environment.pop("PYTHONSTARTUP", None)
        start = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-m", "newsclean", *args],
            cwd=REPO,
            stdin=source,
            stdout=out,
            stderr=err,
            preexec_fn=_limits(memory, drop),
            env=environment,
        )
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
        seconds = time.monotonic() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        data = b""
        if not stdout_path:
            out.seek(0)
            data = out.read()
        err.seek(0)
        return Run(
            process.returncode,
            data,
            err.read().decode("utf-8", "replace"),
            seconds,
            usage.ru_maxrss / 1024,
            list(args),
        )
