"""The command line (newsclean/cli.py): formats, several inputs, stdin, --explain, relative dates, -o,
closed pipes, byte-identical output and a cold start without the HTML libraries.

Errors and exit codes are in test_errors.py. CliRunner (click >= 8.2) keeps ``result.stdout`` and
``result.stderr`` apart; a few tests need a real process (``python -m newsclean``, a pipe into ``head``,
``-X importtime``) and run one with the repository as the working directory.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsclean import Options, clean, pipeline
from newsclean.cli import main

REPO_ROOT = Path(__file__).resolve().parent.parent
TEXT_FIXTURE = "fixtures/040-mixed-innertext-full-page/input.txt"
PARAGRAPHS = (
    "The city council voted on Tuesday to expand the bus network into the northern districts, a plan that"
    " has been debated for more than three years.",
    "Supporters said the change would cut travel times for thousands of workers who now need two or three"
    " transfers to reach the industrial park.",
    "The mayor said the first routes would open in March and that the council would review the costs again"
    " in the autumn.",
)
#: modules a text input must not load (the HTML front end and the date parser we do not use)
HEAVY_MODULES = ("readability", "lxml", "bs4", "dateparser", "justext")
#: one line of --explain: ``L12 rule_name: reason``
EXPLAIN_LINE_RE = re.compile(r"  L\d+ [a-z_]+: .+")
SUBPROCESS_TIMEOUT = 120


def dump(title: str = "Council Expands Bus Network Into the North", date_line: str = "March 5, 2024") -> str:
    """An innerText-like dump: site menu, headline, byline, date, three paragraphs, a trailer."""
    lines = ["Home", "News", "Sport", "Subscribe", title, "By Jane Roe", date_line, *PARAGRAPHS]
    lines += ["Related Articles", "Budget questions remain for transit", "Copyright 2024 Daily News"]
    return "\n".join(lines) + "\n"


def big_dump(paragraphs: int = 6000) -> str:
    """About 1 MB of prose under one headline: its JSON is far larger than a pipe's buffer."""
    body = "\n".join(f"Paragraph {i}. {PARAGRAPHS[i % 3]}" for i in range(paragraphs))
    return f"A Very Long Report on the Bus Network\n{body}\n"


def invoke(*args: str, input: str | bytes | None = None) -> Result:
    """Run the command in-process; an exception escaping it fails the test (it would be a traceback)."""
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def run_module(*args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    """``python -m newsclean ARGS`` in a fresh process, from the repository root."""
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        timeout=SUBPROCESS_TIMEOUT,
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )


# formats ----------------------------------------------------------------------------------------------
def test_stdin_gives_json() -> None:
    result = invoke(input=dump())
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["title"] == "Council Expands Bus Network Into the North"
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    assert record["source"]["path"] is None


def test_stdout_is_json_and_stderr_is_empty() -> None:
    result = invoke(input=dump())
    assert result.stderr == ""


def test_dash_means_stdin() -> None:
    assert invoke("-", input=dump()).stdout == invoke(input=dump()).stdout


def test_file_gives_markdown(tmp_path: Path) -> None:
    result = invoke(write(tmp_path, "page.txt", dump()), "-f", "md")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("---\ntitle: ")
    assert "\n# Council Expands Bus Network Into the North\n" in result.stdout
    assert PARAGRAPHS[0] in result.stdout


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        pytest.param("json", lambda out: json.loads(out)["title"], id="json"),
        pytest.param("jsonl", lambda out: out.count("\n") == 1 and json.loads(out)["title"], id="jsonl"),
        pytest.param("md", lambda out: out.startswith("---\n"), id="md"),
        pytest.param("text", lambda out: out.startswith("Council Expands"), id="text"),
    ],
)
def test_format(fmt: str, check: object) -> None:
    result = invoke("-f", fmt, input=dump())
    assert result.exit_code == 0, result.stderr
    assert check(result.stdout)  # type: ignore[operator]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "md", "text"])
def test_output_ends_with_one_newline(fmt: str) -> None:
    out = invoke("-f", fmt, input=dump()).stdout
    assert out.endswith("\n") and not out.endswith("\n\n")


def test_several_inputs_give_json_lines_in_input_order(tmp_path: Path) -> None:
    titles = ["Council Expands Bus Network", "Harbour Ferry Returns to Service", "Library Opens Sunday Hours"]
    paths = [write(tmp_path, f"{name}.txt", dump(title)) for name, title in zip("cab", titles, strict=True)]
    result = invoke(*paths)
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["title"] for r in records] == titles
    assert [r["source"]["path"] for r in records] == paths


def test_stdin_among_files(tmp_path: Path) -> None:
    first = write(tmp_path, "a.txt", dump("Council Expands Bus Network"))
    result = invoke(first, "-", input=dump("Harbour Ferry Returns to Service"))
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["path"] for r in records] == [first, None]


def test_format_option_wins_over_several_inputs(tmp_path: Path) -> None:
    paths = [write(tmp_path, f"{i}.txt", dump()) for i in range(2)]
    out = invoke(*paths, "-f", "text").stdout
    assert out.count("Council Expands Bus Network Into the North") == 2


def test_output_is_utf8_without_escapes() -> None:
    result = invoke(input=dump("Café Reopens After the Flood — Zoë’s 中文 Menu").encode("utf-8"))
    assert "Café Reopens After the Flood — Zoë’s 中文 Menu" in result.stdout
    assert "\\u" not in result.stdout


def test_same_input_gives_identical_bytes(tmp_path: Path) -> None:
    path = write(tmp_path, "page.txt", dump())
    assert invoke(path).stdout_bytes == invoke(path).stdout_bytes


def test_stdout_is_utf8_whatever_the_locale() -> None:
    text = "Café Reopens After the Flood — 中文 Menu"
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"}
    done = run_module("-f", "text", input=dump(text).encode("utf-8"), env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8").startswith(text + "\n")


# --explain --------------------------------------------------------------------------------------------
def test_explain_leaves_stdout_unchanged() -> None:
    assert invoke("--explain", input=dump()).stdout == invoke(input=dump()).stdout


def test_explain_prints_every_removal_on_stderr() -> None:
    article = clean(dump().encode("utf-8"), options=Options())
    lines = invoke("--explain", input=dump()).stderr.splitlines()
    assert lines[0] == f"stdin: {len(article.removals)} blocks removed"
    assert lines[1:] == ["  " + line for line in pipeline.removal_lines(article)]


def test_explain_lines_name_rule_and_reason() -> None:
    lines = invoke("--explain", input=dump()).stderr.splitlines()[1:]
    assert lines and all(EXPLAIN_LINE_RE.fullmatch(line) for line in lines)


# relative dates ---------------------------------------------------------------------------------------
def test_now_resolves_relative_dates() -> None:
    record = json.loads(invoke("--now", "2026-03-02T12:00", input=dump(date_line="2 hours ago")).stdout)
    assert record["date"] == "2026-03-02"
    assert "--now" in record["date_note"] and "2 hours ago" in record["date_note"]


def test_file_time_resolves_relative_dates(tmp_path: Path) -> None:
    path = write(tmp_path, "page.txt", dump(date_line="3 hours ago"))
    moment = dt.datetime(2025, 7, 1, 1, 30, tzinfo=dt.UTC).timestamp()
    os.utime(path, (moment, moment))
    record = json.loads(invoke(path).stdout)
    assert record["date"] == "2025-06-30"
    assert "modification time" in record["date_note"]


def test_printed_date_has_no_note() -> None:
    assert json.loads(invoke(input=dump()).stdout)["date_note"] is None


# python -m, --help, --version -------------------------------------------------------------------------
def test_python_m_newsclean_is_the_same_command() -> None:
    done = run_module(TEXT_FIXTURE)
    with contextlib.chdir(REPO_ROOT):
        expected = invoke(TEXT_FIXTURE)
    assert (done.returncode, done.stdout.decode("utf-8")) == (expected.exit_code, expected.stdout)


def test_python_m_newsclean_reads_stdin() -> None:
    done = run_module("-f", "jsonl", input=dump().encode("utf-8"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode("utf-8") == invoke("-f", "jsonl", input=dump()).stdout


def test_help_shows_examples() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout and "newsclean a.txt b.txt c.txt" in result.stdout


def test_help_lists_every_option() -> None:
    out = invoke("--help").stdout
    missing = [opt for param in main.params for opt in param.opts if opt.startswith("-") and opt not in out]
    assert not missing


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert re.fullmatch(r"newsclean, version \d+\.\d+\.\d+\S*\n", result.stdout)


# -o ---------------------------------------------------------------------------------------------------
def test_output_file_gets_what_stdout_would(tmp_path: Path) -> None:
    page = write(tmp_path, "page.txt", dump())
    target = tmp_path / "out.json"
    result = invoke(page, "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert target.read_bytes() == invoke(page).stdout_bytes


def test_output_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old and much longer content than the new article will ever have\n" * 100)
    invoke("-f", "text", "-o", str(target), "--force", input=dump())  # not newsclean's: needs --force
    assert target.read_text(encoding="utf-8").startswith("Council Expands Bus Network")


def test_output_dash_is_stdout() -> None:
    assert invoke("-o", "-", input=dump()).stdout == invoke(input=dump()).stdout


def test_output_leaves_no_temporary_file(tmp_path: Path) -> None:
    invoke("-o", str(tmp_path / "out.json"), input=dump())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_interrupted_output_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    result = CliRunner().invoke(main, ["-o", str(tmp_path / "out.json")], input=dump())
    assert result.exit_code != 0
    assert list(tmp_path.iterdir()) == []


def test_interrupted_output_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.json"
    target.write_text("old\n")

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    CliRunner().invoke(main, ["-o", str(target)], input=dump())
    assert target.read_text() == "old\n"
    assert list(tmp_path.iterdir()) == [target]


def test_output_file_mode_follows_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        invoke("-o", str(tmp_path / "out.json"), input=dump())
    finally:
        os.umask(previous)
    assert (tmp_path / "out.json").stat().st_mode & 0o777 == 0o640


def test_output_keeps_an_existing_file_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old\n")
    target.chmod(0o604)
    invoke("-o", str(target), input=dump())
    assert target.stat().st_mode & 0o777 == 0o604


def test_output_with_several_inputs_holds_json_lines(tmp_path: Path) -> None:
    paths = [write(tmp_path, f"{i}.txt", dump()) for i in range(3)]
    target = tmp_path / "all.jsonl"
    invoke(*paths, "-o", str(target))
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3


# closed pipes -----------------------------------------------------------------------------------------
@pytest.mark.skipif(shutil.which("head") is None, reason="needs the head command")
@pytest.mark.parametrize("fmt", ["json", "text"])
def test_closed_pipe_ends_quietly(tmp_path: Path, fmt: str) -> None:
    """``newsclean big.txt | head -1``: no BrokenPipe traceback, a quiet exit."""
    page = write(tmp_path, "big.txt", big_dump())
    producer = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "-f", fmt, page],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert producer.stdout is not None and producer.stderr is not None
    head = subprocess.run(
        ["head", "-1"], stdin=producer.stdout, capture_output=True, timeout=SUBPROCESS_TIMEOUT
    )
    producer.stdout.close()
    stderr = producer.stderr.read()
    code = producer.wait(timeout=SUBPROCESS_TIMEOUT)
    assert head.stdout.strip()
    assert stderr.decode("utf-8", "replace") == ""
    assert code == 0


# cold start -------------------------------------------------------------------------------------------
def imported_modules(*args: str) -> tuple[set[str], int]:
    """The top-level modules ``python -X importtime -m newsclean ARGS`` imports, and its exit code."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "newsclean", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        timeout=SUBPROCESS_TIMEOUT,
        check=False,
        text=True,
    )
    names = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and line.count("|") == 2:
            name = line.rsplit("|", 1)[1].strip()
            names.add(name.split(".")[0])
    assert "newsclean" in names, done.stderr[-2000:]
    return names, done.returncode


@pytest.mark.parametrize(
    "args",
    [
        pytest.param((TEXT_FIXTURE,), id="text-file"),
        pytest.param(("--help",), id="help"),
        pytest.param(("--version",), id="version"),
    ],
)
def test_cold_start_skips_heavy_imports(args: tuple[str, ...]) -> None:
    names, code = imported_modules(*args)
    assert code == 0
    assert not names & set(HEAVY_MODULES)


def test_html_input_loads_the_html_front_end(tmp_path: Path) -> None:
    """The counter-check (the parsing does see readability when it is used), and the HTML libraries are
    installed whole (readability-lxml needs lxml_html_clean)."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = write(
        tmp_path,
        "page.html",
        "<!DOCTYPE html><html lang='en'><head><title>Council Expands Bus Network</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>Council Expands Bus Network</h1>{paragraphs}</article>"
        "</body></html>",
    )
    names, code = imported_modules(page)
    assert code == 0
    assert "readability" in names


# --links ----------------------------------------------------------------------------------------------
LINKED_PAGE = """<html><head><title>Harbor bridge reopens | Harbor Times</title>
<link rel="canonical" href="https://harbor.example/news/bridge"></head><body><article>
<h1>Harbor bridge reopens</h1>
<p>The Mill River bridge reopened on Monday after four months of repairs, <a href="/news/closure">the city
said</a>, and traffic moved normally through the morning rush hour on both sides of the river.</p>
<p>Engineers replaced a cracked steel beam and resurfaced both lanes, according to the state report
published last week, which also lists the cost at about four million dollars for the whole job.</p>
<p>Drivers had used a detour through the old town for most of the winter, which added about twenty
minutes to the trip at busy times and angered shop owners along the route for months on end.</p>
</article></body></html>"""


def test_links_keep_markdown_links(tmp_path: Path) -> None:
    page = write(tmp_path, "page.html", LINKED_PAGE)
    result = invoke(page, "-f", "md", "--links")
    assert result.exit_code == 0
    assert "[the city said](<https://harbor.example/news/closure>)" in result.stdout
    plain = invoke(page, "-f", "md")
    assert "the city said," in plain.stdout and "](" not in plain.stdout


def test_links_need_markdown(tmp_path: Path) -> None:
    result = invoke(write(tmp_path, "page.html", LINKED_PAGE), "--links")
    assert result.exit_code == 2
    assert "--links" in result.stderr and "-f md" in result.stderr


# -o never replaces a file the user owns ---------------------------------------------------------------
def test_output_does_not_replace_a_users_file(tmp_path: Path) -> None:
    page = write(tmp_path, "page.txt", big_dump(20))
    mine = write(tmp_path, "notes.json", "my own notes\n")
    result = invoke(page, "-o", mine)
    assert result.exit_code == 3
    assert result.stderr.count("\n") == 1 and "--force" in result.stderr
    assert Path(mine).read_text(encoding="utf-8") == "my own notes\n"
    assert invoke(page, "-o", mine, "--force").exit_code == 0
    assert json.loads(Path(mine).read_text(encoding="utf-8"))["title"]


def test_output_never_replaces_its_input(tmp_path: Path) -> None:
    page = write(tmp_path, "page.txt", big_dump(20))
    before = Path(page).read_bytes()
    assert invoke(page, "-o", page).exit_code == 3
    assert Path(page).read_bytes() == before


@pytest.mark.parametrize("fmt", ["json", "jsonl", "md"])
def test_output_replaces_its_own_earlier_output(tmp_path: Path, fmt: str) -> None:
    page = write(tmp_path, "page.txt", big_dump(20))
    out = str(tmp_path / f"article.{fmt}")
    assert invoke(page, page, "-f", fmt, "-o", out).exit_code == 0
    first = Path(out).read_bytes()
    assert invoke(page, "-f", fmt, "-o", out).exit_code == 0  # its own output: replaced without --force
    assert Path(out).read_bytes() != first


def test_empty_file_is_replaced(tmp_path: Path) -> None:
    page = write(tmp_path, "page.txt", big_dump(20))
    out = write(tmp_path, "empty.json", "")
    assert invoke(page, "-o", out).exit_code == 0
