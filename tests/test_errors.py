"""Errors on the command line: every bad input gives exactly one line ``newsclean: error: <what> (<file>)``
on stderr, nothing on stdout, the documented exit code (newsclean/cli.py's docstring) and never a
traceback; with several inputs the good ones are still printed and the exit code is the highest."""

from __future__ import annotations

import errno
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsclean import cli, pipeline, sources
from newsclean.cli import main

REPO_ROOT = Path(__file__).resolve().parent.parent
PROSE = (
    "The city council voted on Tuesday to expand the bus network into the northern districts, a plan that"
    " has been debated for more than three years and will add twelve new routes by the spring."
)
GOOD_DUMP = f"Home\nNews\nCouncil Expands Bus Network Into the North\nBy Jane Roe\n{PROSE}\n{PROSE}\n"
EXIT_INTERNAL, EXIT_USAGE, EXIT_UNREADABLE, EXIT_BAD_INPUT, EXIT_NO_ARTICLE = 1, 2, 3, 4, 5

#: inputs that are not pages: (id, bytes, exit code, what the message says)
BAD_CONTENT = [
    pytest.param(b"", EXIT_BAD_INPUT, "input is empty", id="empty"),
    pytest.param(b"  \n\t\n \r\n\n", EXIT_BAD_INPUT, "input is empty", id="whitespace-only"),
    pytest.param(b"\xef\xbb\xbf \n", EXIT_BAD_INPUT, "input is empty", id="bom-only"),
    pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(200), EXIT_BAD_INPUT, "PNG image", id="png"),
    pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", EXIT_BAD_INPUT, "PDF document", id="pdf"),
    pytest.param(b"PK\x03\x04\x14\x00\x00\x00\x08\x00", EXIT_BAD_INPUT, "ZIP archive", id="zip"),
    pytest.param(b"A headline\x00\x00\x00 and some text\n" * 3, EXIT_BAD_INPUT, "binary", id="nul-bytes"),
    pytest.param(
        b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 20, EXIT_BAD_INPUT, "binary", id="control-bytes"
    ),
    pytest.param(
        b"\xef\xbb\xbfCaf\xc3\xa9 \xff\xfe news", EXIT_BAD_INPUT, "invalid utf-8", id="undecodable-utf8"
    ),
    pytest.param(b"\xff\xfeA\x00\x00\xd8", EXIT_BAD_INPUT, "invalid utf-16", id="undecodable-utf16"),
    pytest.param(b"\x1f\x8b\x08\x00garbage that is not deflate", EXIT_BAD_INPUT, "gzip", id="corrupt-gzip"),
    pytest.param(b"Home\nNews\nSport\n", EXIT_NO_ARTICLE, "no article", id="no-article"),
]
#: usage errors: (id, arguments)
USAGE_ERRORS = [
    pytest.param(["--no-such-option"], id="unknown-option"),
    pytest.param(["-f", "yaml", "-"], id="unknown-format"),
    pytest.param(["--kind", "pdf", "-"], id="unknown-kind"),
    pytest.param(["--now", "yesterday", "-"], id="bad-now"),
    pytest.param(["--max-bytes", "0", "-"], id="max-bytes-zero"),
    pytest.param(["--max-bytes", "lots", "-"], id="max-bytes-not-a-number"),
    pytest.param(["-o", "no/such/folder/out.json", "-"], id="output-folder-missing"),
]
ERROR_LINE_RE = re.compile(r"newsclean: error: [^\n]+ \((?P<file>[^\n]+)\)\n")


def invoke(*args: str, input: bytes | str | None = None) -> Result:
    """Run the command in-process; an exception escaping it fails the test (it would be a traceback)."""
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def put(folder: Path, name: str, data: bytes | str) -> str:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def assert_one_error(result: Result, code: int, what: str, display: str) -> None:
    """Exactly one error line naming the input, nothing on stdout, the exit code."""
    assert result.stdout == ""
    match = ERROR_LINE_RE.fullmatch(result.stderr)
    assert match, f"not one error line: {result.stderr!r}"
    assert match["file"] == display
    assert what.lower() in result.stderr.lower()
    assert result.exit_code == code


# one bad input ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("data", "code", "what"), BAD_CONTENT)
def test_bad_file(tmp_path: Path, data: bytes, code: int, what: str) -> None:
    path = put(tmp_path, "page.txt", data)
    assert_one_error(invoke(path), code, what, path)


@pytest.mark.parametrize(("data", "code", "what"), BAD_CONTENT)
def test_bad_stdin(data: bytes, code: int, what: str) -> None:
    assert_one_error(invoke(input=data), code, what, "stdin")


def test_missing_file(tmp_path: Path) -> None:
    path = str(tmp_path / "missing.txt")
    assert_one_error(invoke(path), EXIT_UNREADABLE, "no such file", path)


def test_directory(tmp_path: Path) -> None:
    assert_one_error(invoke(str(tmp_path)), EXIT_UNREADABLE, "directory", str(tmp_path))


def test_path_through_a_file(tmp_path: Path) -> None:
    path = put(tmp_path, "page.txt", GOOD_DUMP) + "/inner.txt"
    assert_one_error(invoke(path), EXIT_UNREADABLE, "not a directory", path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    path = put(tmp_path, "page.txt", GOOD_DUMP)
    os.chmod(path, 0)
    assert_one_error(invoke(path), EXIT_UNREADABLE, "permission denied", path)


def test_permission_denied_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same as test_unreadable_file, where root can read everything (as in CI)."""

    def denied(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    path = put(tmp_path, "page.txt", GOOD_DUMP)
    monkeypatch.setattr(sources, "open", denied, raising=False)
    assert_one_error(invoke(path), EXIT_UNREADABLE, "permission denied", path)


def test_file_over_max_bytes(tmp_path: Path) -> None:
    path = put(tmp_path, "page.txt", GOOD_DUMP)
    assert_one_error(invoke("--max-bytes", "100", path), EXIT_BAD_INPUT, "over the limit of 100", path)


def test_stdin_over_max_bytes() -> None:
    assert_one_error(invoke("--max-bytes", "100", input=GOOD_DUMP), EXIT_BAD_INPUT, "over the limit", "stdin")


def test_input_at_max_bytes_is_fine(tmp_path: Path) -> None:
    path = put(tmp_path, "page.txt", GOOD_DUMP)
    assert invoke("--max-bytes", str(len(GOOD_DUMP.encode("utf-8"))), path).exit_code == 0


# several inputs ---------------------------------------------------------------------------------------
def test_good_inputs_are_printed_around_bad_ones(tmp_path: Path) -> None:
    good = put(tmp_path, "good.txt", GOOD_DUMP)
    empty = put(tmp_path, "empty.txt", b"")
    missing = str(tmp_path / "missing.txt")
    result = invoke(good, missing, empty, good)
    assert [json.loads(line)["source"]["path"] for line in result.stdout.splitlines()] == [good, good]
    files = [ERROR_LINE_RE.findall(line + "\n") for line in result.stderr.splitlines()]
    assert files == [[missing], [empty]]
    assert result.exit_code == EXIT_BAD_INPUT


@pytest.mark.parametrize(
    ("names", "code"),
    [
        pytest.param(("good", "missing"), EXIT_UNREADABLE, id="unreadable"),
        pytest.param(("missing", "empty", "good"), EXIT_BAD_INPUT, id="bad-input-beats-unreadable"),
        pytest.param(("nothing", "empty", "missing"), EXIT_NO_ARTICLE, id="no-article-beats-all"),
        pytest.param(("good", "good"), 0, id="all-good"),
    ],
)
def test_exit_code_is_the_highest(tmp_path: Path, names: tuple[str, ...], code: int) -> None:
    files = {
        "good": put(tmp_path, "good.txt", GOOD_DUMP),
        "empty": put(tmp_path, "empty.txt", b""),
        "nothing": put(tmp_path, "nothing.txt", b"Home\nNews\n"),
        "missing": str(tmp_path / "missing.txt"),
    }
    assert invoke(*(files[name] for name in names)).exit_code == code


# internal errors --------------------------------------------------------------------------------------
def _broken(path: str, **_kwargs: object) -> None:
    raise RuntimeError(f"boom in {Path(path).name}\nsecond line")


def test_internal_error_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "clean_file", _broken)
    path = put(tmp_path, "page.txt", GOOD_DUMP)
    result = invoke(path)
    assert_one_error(result, EXIT_INTERNAL, "internal error", path)
    assert "RuntimeError: boom in page.txt second line" in result.stderr


def test_internal_error_spares_the_other_inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.clean_file

    def broken_for_bad(path: str, **kwargs: object) -> object:
        return _broken(path) if path.endswith("bad.txt") else real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "clean_file", broken_for_bad)
    result = invoke(put(tmp_path, "bad.txt", GOOD_DUMP), put(tmp_path, "good.txt", GOOD_DUMP))
    assert result.exit_code == EXIT_INTERNAL
    assert len(result.stdout.splitlines()) == 1


def test_debug_shows_the_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "clean_file", _broken)
    result = CliRunner().invoke(main, ["--debug", put(tmp_path, "page.txt", GOOD_DUMP)])
    assert isinstance(result.exception, RuntimeError)
    assert result.exit_code == EXIT_INTERNAL


# usage errors -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("args", USAGE_ERRORS)
def test_usage_error(args: list[str]) -> None:
    result = invoke(*args, input=GOOD_DUMP)
    assert result.exit_code == EXIT_USAGE
    assert result.stdout == ""
    assert "Error:" in result.stderr and "Traceback" not in result.stderr


def test_output_that_is_a_directory(tmp_path: Path) -> None:
    assert invoke("-o", str(tmp_path), input=GOOD_DUMP).exit_code == EXIT_USAGE


def test_no_input_from_a_terminal_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_stdin_is_terminal", lambda: True)
    result = invoke()
    assert result.exit_code == EXIT_USAGE
    assert "no input" in result.stderr


# writing fails ----------------------------------------------------------------------------------------
def test_output_that_cannot_be_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    target = str(tmp_path / "out.json")
    monkeypatch.setattr(tempfile, "mkstemp", full)
    assert_one_error(invoke("-o", target, input=GOOD_DUMP), EXIT_UNREADABLE, "no space left", target)


def test_no_output_file_when_every_input_fails(tmp_path: Path) -> None:
    result = invoke("-o", str(tmp_path / "out.json"), input=b"")
    assert result.exit_code == EXIT_BAD_INPUT
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_full_stdout_is_one_error_line(tmp_path: Path) -> None:
    path = put(tmp_path, "page.txt", GOOD_DUMP)
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "newsclean", path],
            cwd=REPO_ROOT,
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    assert done.stderr.decode() == "newsclean: error: cannot write output: No space left on device (stdout)\n"
    assert done.returncode == EXIT_UNREADABLE


# a real process ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "code"),
    [
        pytest.param(None, EXIT_UNREADABLE, id="missing"),
        pytest.param(b"\x89PNG\r\n\x1a\n", EXIT_BAD_INPUT, id="png"),
        pytest.param(b"Home\nNews\n", EXIT_NO_ARTICLE, id="no-article"),
    ],
)
def test_process_prints_one_line_and_no_traceback(tmp_path: Path, data: bytes | None, code: int) -> None:
    path = str(tmp_path / "page.txt") if data is None else put(tmp_path, "page.txt", data)
    done = subprocess.run(
        [sys.executable, "-m", "newsclean", path], cwd=REPO_ROOT, capture_output=True, timeout=60, check=False
    )
    assert ERROR_LINE_RE.fullmatch(done.stderr.decode("utf-8"))
    assert (done.returncode, done.stdout) == (code, b"")
