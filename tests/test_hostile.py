"""Hostile inputs: every case of issue 6 is generated here (tests/hostile_cases.py; nothing large is kept in
the repository) and given to the real command line, ``python -m newsclean``, in a child process whose
address space is limited (hostile_cases.MEMORY_LIMIT).

For each case the single-file command either prints an article, or exactly one line
``newsclean: error: <what> (<file>)`` on stderr with the documented exit code; never a traceback; within
the case's wall time and under MAX_PEAK_MIB of resident memory. ``newsclean batch`` gets all of them in one
folder (with symbolic link loops, a pipe and odd names besides): one error record each, and the run goes
on. Then the output side: a read-only folder, a full disk, device files, a reader that goes away, output
paths that would leave the output folder, files that are not newsclean's. Then the time limit itself.

As root (CI), file modes do not stop reading: the cases about permissions run their child without the
capabilities that let root ignore them (hostile_cases.drop_read_permission), or are skipped where that is
not allowed.

``python fuzz/hostile_report.py`` runs the same cases and prints the wall time and peak memory of each.
"""

from __future__ import annotations

import errno
import json
import os
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile_cases import (
    ARTICLE,
    CASES,
    ERROR_LINE_RE,
    PARAGRAPH,
    REPO,
    Case,
    Run,
    can_drop_read_permission,
    html_page,
    run_cli,
)

from newsclean import batch, htmlpage, pipeline, rules, textdump
from newsclean.cli import batch_command, main
from newsclean.errors import BadInputError, NoArticleError
from newsclean.guard import time_limit
from newsclean.model import Options

#: no single input may make the command line's resident memory grow past this (the worst case measured,
#: 50 MB of text, peaks at about 250 MiB in 3 s and 310 MiB cleaned to the end)
MAX_PEAK_MIB = 1024
CAN_DROP = can_drop_read_permission()
IS_ROOT = os.geteuid() == 0


def skip_unless_possible(case: Case) -> None:
    if case.needs == "drop-read-permission" and not CAN_DROP:
        pytest.skip("running as root without CAP_SETPCAP: file modes cannot be made to apply to the child")
    if case.needs == "proc" and not os.path.exists("/proc/self/mem"):
        pytest.skip("no /proc/self/mem to read an I/O error from")


def assert_one_error(run: Run, codes: frozenset[int], message: str | None, display: str) -> None:
    assert run.code in codes - {0}, (run.code, run.stderr)
    assert run.stdout == b""
    lines = run.stderr_lines
    assert len(lines) == 1, run.stderr
    match = ERROR_LINE_RE.fullmatch(lines[0])
    assert match, lines[0]
    assert match["file"] == display
    if message:
        assert message in match["what"]


def assert_outcome(run: Run, case: Case, display: str) -> None:
    assert "Traceback" not in run.stderr
    assert run.code in case.codes, (run.code, run.stderr)
    if run.code == 0:
        assert run.stderr == ""
        record = json.loads(run.stdout)
        assert record["body"].strip()
        if case.text:
            assert case.text in record["body"]
    else:
        assert_one_error(run, case.codes, case.message, display)
    assert run.seconds < case.seconds, f"{case.id} took {run.seconds:.1f} s"
    assert run.peak_mib < MAX_PEAK_MIB, f"{case.id} peaked at {run.peak_mib:.0f} MiB"


# the single-file command line ------------------------------------------------------------------------
#: the cases run two at a time (each in its own process; the time limits are wall-clock time)
PARALLEL = 2


def _run_case(case: Case, folder: Path) -> tuple[Run, str]:
    path = case.make(folder)
    if case.stdin:
        return run_cli([*case.args], stdin=path), "stdin"
    return run_cli([path, *case.args], drop=case.needs == "drop-read-permission"), path


@pytest.fixture(scope="module")
def case_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Run, str]]:
    """Every case that can run here, run once: {case id: (run, the file name the error line shows)}."""
    from concurrent.futures import ThreadPoolExecutor

    cases = [
        case
        for case in CASES
        if not (case.needs == "drop-read-permission" and not CAN_DROP)
        and not (case.needs == "proc" and not os.path.exists("/proc/self/mem"))
    ]
    with ThreadPoolExecutor(PARALLEL) as pool:
        futures = {case.id: pool.submit(_run_case, case, tmp_path_factory.mktemp(case.id)) for case in cases}
        return {name: future.result() for name, future in futures.items()}


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_single_file(case: Case, case_runs: dict[str, tuple[Run, str]]) -> None:
    skip_unless_possible(case)
    run, display = case_runs[case.id]
    assert_outcome(run, case, display)


def test_the_cases_cover_the_issue() -> None:
    """Every input that issue 6 lists has a case (the list is the issue's, in its order)."""
    ids = {case.id for case in CASES}
    listed = [
        "empty", "whitespace-only", "png-header", "pdf-header", "zip-header", "nul-bytes", "invalid-utf8",
        "utf16-bom", "utf16le-no-bom", "declared-latin1-is-utf8", "declared-utf8-is-cp1252", "text-50mb",
        "file-200mb-sparse", "nested-div-10000", "single-line-5mb", "html-without-body",
        "text-without-sentence", "all-navigation-text", "all-navigation-html", "corrupt-gzip",
        "truncated-gzip", "directory", "unreadable-file",
    ]  # fmt: skip
    assert not set(listed) - ids


def test_several_inputs_one_line_each_and_the_highest_code(tmp_path: Path) -> None:
    """Bad inputs among good ones: one line each, in order; the good ones are printed; the exit code is the
    highest of the inputs' codes."""
    by_id = {case.id: case for case in CASES}
    paths = [by_id[name].make(tmp_path) for name in ("empty", "directory", "text-without-sentence")]
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    run = run_cli([paths[0], str(good), paths[1], paths[2], str(good)])
    assert run.code == 5
    assert [ERROR_LINE_RE.fullmatch(line)["file"] for line in run.stderr_lines] == paths  # type: ignore[index]
    assert len(run.stdout.decode().splitlines()) == 2


def test_a_file_name_with_a_line_break_is_still_one_line(tmp_path: Path) -> None:
    path = tmp_path / "new\nline\t.txt"
    path.write_bytes(b"")
    run = run_cli([str(path)])
    assert_one_error(run, frozenset({4}), "input is empty", str(tmp_path / "new\\nline\\t.txt"))


def test_same_output_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Byte-identical output from run to run, also across processes with different hash seeds (set and
    dict order, the language guess, the chrome rules)."""
    inputs = [
        "fixtures/040-mixed-innertext-full-page/input.txt",
        *sorted(str(p.relative_to(REPO)) for p in REPO.glob("fixtures/h0*/input.html"))[:3],
    ]
    outputs = {
        seed: run_cli([*inputs, "--now", "2026-03-02T12:00", "-f", "jsonl"], env={"PYTHONHASHSEED": seed})
        for seed in ("1", "2", "random")
    }
    assert {run.code for run in outputs.values()} == {0}
    assert len({run.stdout for run in outputs.values()}) == 1
    assert len(outputs["1"].stdout.splitlines()) == len(inputs)


# the output side -----------------------------------------------------------------------------------------
@pytest.fixture
def article(tmp_path: Path) -> str:
    path = tmp_path / "page.txt"
    path.write_text(ARTICLE)
    return str(path)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full to simulate a full disk")
def test_output_file_on_a_full_disk(article: str) -> None:
    run = run_cli([article, "-o", "/dev/full"])
    assert_one_error(run, frozenset({3}), "cannot write output: No space left on device", "/dev/full")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full to simulate a full disk")
def test_stdout_on_a_full_disk(article: str) -> None:
    run = run_cli([article], stdout_path="/dev/full")
    assert_one_error(run, frozenset({3}), "cannot write output: No space left on device", "stdout")


@pytest.mark.skipif(not IS_ROOT, reason="making a device node needs root")
def test_output_to_a_device_is_written_not_replaced(article: str, tmp_path: Path) -> None:
    """-o /dev/null (here a copy of its device node) is written to: renaming a temporary file over it
    would replace the device itself, which root may do."""
    node = tmp_path / "null"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("this root may not make device nodes (no CAP_MKNOD)")
    run = run_cli([article, "-o", str(node)])
    assert (run.code, run.stderr) == (0, "")
    assert stat.S_ISCHR(os.stat(node).st_mode)
    assert sorted(os.listdir(tmp_path)) == ["null", "page.txt"]  # no temporary file left


def test_output_through_a_symbolic_link_keeps_the_link(article: str, tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text("old\n")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    refused = run_cli([article, "-o", str(link)])  # "old" is not newsclean's output
    assert refused.code == 3 and target.read_text() == "old\n" and link.is_symlink()
    run = run_cli([article, "-o", str(link), "--force"])
    assert run.code == 0
    assert link.is_symlink()
    assert json.loads(target.read_text())["body"]


@pytest.mark.skipif(not CAN_DROP, reason="root without CAP_SETPCAP: a read-only folder does not stop root")
def test_output_into_a_read_only_folder(article: str, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        run = run_cli([article, "-o", str(folder / "out.json")], drop=True)
    finally:
        folder.chmod(0o755)
    assert_one_error(run, frozenset({3}), "cannot write output: Permission denied", str(folder / "out.json"))
    assert os.listdir(folder) == []


def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path: Path) -> None:
    """``newsclean big.txt | head -c1``: exit code 0, nothing on stderr."""
    big = tmp_path / "big.txt"
    big.write_bytes((PARAGRAPH + " ").encode() * 40_000)  # about 6 MB of output
    process = subprocess.Popen(
        [sys.executable, "-m", "newsclean", str(big), str(big), "-f", "text"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    assert len(process.stdout.read(1)) == 1
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=30) == 0
    assert stderr == ""


# the time limit ----------------------------------------------------------------------------------------
def _pathological(path: str, **_kwargs: object) -> object:
    """A regular expression that backtracks for longer than the universe lasts."""
    return re.match(r"(a+)+$", "a" * 64 + "b")


def test_time_limit_interrupts_a_runaway_regex(
    article: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.clean_file
    slow = str(tmp_path / "slow.txt")
    Path(slow).write_text(ARTICLE)
    monkeypatch.setattr(
        pipeline, "clean_file", lambda path, **kw: _pathological(path) if path == slow else real(path, **kw)
    )
    start = time.monotonic()
    result = CliRunner().invoke(main, [slow, article, "--time-limit", "0.3", "-f", "jsonl"])
    assert time.monotonic() - start < 5
    assert result.exit_code == 4
    assert result.stderr == f"newsclean: error: took longer than 0.3 s: given up ({slow})\n"
    assert len(result.stdout.splitlines()) == 1  # the next input was cleaned
    if hasattr(signal, "getitimer"):
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_time_limit_zero_is_no_limit(article: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.clean_file

    def slow(path: str, **kwargs: object) -> object:
        time.sleep(0.3)
        if hasattr(signal, "getitimer"):
            assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "clean_file", slow)
    result = CliRunner().invoke(main, [article, "--time-limit", "0"])
    assert result.exit_code == 0, result.stderr


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="needs pthread_sigmask")
def test_watchdog_ends_work_that_no_signal_reaches(article: str) -> None:
    """Work stuck where SIGALRM cannot interrupt it (here: the signal is blocked) is ended by the watchdog
    after WATCHDOG_FACTOR times the limit plus WATCHDOG_GRACE: the one error line, exit code 4."""
    script = (
        "import signal, sys, time\n"
        "from newsclean import cli, pipeline\n"
        "cli.WATCHDOG_GRACE = 0.3\n"
        "def stuck(path, **kw):\n"
        "    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})\n"
        "    while True:\n"
        "        time.sleep(0.01)\n"
        "pipeline.clean_file = stuck\n"
        "cli.main(sys.argv[1:])\n"
    )
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script, article, "--time-limit", "0.2"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert time.monotonic() - start < 10
    assert done.returncode == 4
    assert done.stderr == f"newsclean: error: took longer than 0.2 s: given up ({article})\n"


# regressions found by this suite and by fuzzing ----------------------------------------------------------
@pytest.mark.parametrize(
    ("markup", "limit", "expected"),
    [
        pytest.param("<div><div><p>a</p></div></div>", 5, "<div><div><p>a</p></div></div>", id="shallow"),
        pytest.param("<div><div><div>a</div></div></div>", 2, "<div><div>a</div></div>", id="deep"),
        pytest.param("<b>1<b>2<b>3", 2, "<b>1<b>23", id="unclosed"),
        pytest.param("<p>a<p>b<p>c", 2, "<p>a<p>b<p>c", id="implied-end"),
        pytest.param(
            "<div><script>'<div><div>'</script></div>",
            1,
            "<div><script>'<div><div>'</script></div>",
            id="script",
        ),
        pytest.param(
            "<div><br><img src=x><!-- <div> --></div>",
            1,
            "<div><br><img src=x><!-- <div> --></div>",
            id="void",
        ),
    ],
)
def test_cap_nesting(markup: str, limit: int, expected: str) -> None:
    assert htmlpage.cap_nesting(markup, limit) == expected


def test_deep_nesting_keeps_the_text_after_it() -> None:
    """libxml2 stops at 256 levels: 300 unclosed <b> used to lose the rest of the page."""
    page = html_page("<b>x " * 300 + f"<p>{PARAGRAPH} First.</p><p>{PARAGRAPH} Last.</p>")
    article = pipeline.clean(page.encode(), options=Options(kind="html"))
    assert "Last." in article.body_text


@pytest.mark.parametrize("digits", [37, 60])
def test_share_bar_rule_does_not_backtrack_on_a_run_of_digits(digits: int) -> None:
    """Fuzzing (atheris, target clean and html): a line of 37 digits and a few words made the share-bar
    pattern try every way of cutting the digits into up to 12 share counts (minutes per line)."""
    text = "5" * digits + " after the district finishes a survey of families and coaches."
    with time_limit(2.0):
        rules.line_rule_for(text, len(text.split()))
    dump = f"Council Approves New Budget\n\n{text}\n\n{ARTICLE}"
    with time_limit(5.0):
        assert pipeline.clean(dump, options=Options(kind="text")).body_text


def test_a_dump_of_lines_too_wide_to_wrap_and_without_spaces() -> None:
    """Fuzzing (atheris, target clean): a dump whose every line is wider than a wrap width and has no
    space in it left no width to choose (IndexError in textdump.detect_layout)."""
    assert textdump.detect_layout(["x" * 300]) == ("lines", 0)
    data = b"\xff\xffld" + b"\xa9" * 55 + b"\xff" * 107 + b"ar"  # the input that fuzzing found
    with pytest.raises(NoArticleError):
        pipeline.clean(data, options=Options())


def test_page_that_is_all_links_has_no_article() -> None:
    page = html_page(
        "<ul>" + "".join(f'<li><a href="/{i}">Section {i}</a></li>' for i in range(30)) + "</ul>"
    )
    with pytest.raises(NoArticleError):
        pipeline.clean(page.encode(), options=Options(kind="html"))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Import duties rose; the council said {nothing} about it; {really}.\n\n" + ARTICLE,
            id="prose-with-braces",
        ),
        pytest.param(
            "How to write a loop in C: for (i = 0; i < n; i++) { sum += i; }\n" + ARTICLE, id="code-sample"
        ),
    ],
)
def test_prose_is_not_taken_for_code(text: str) -> None:
    assert pipeline.clean(text, options=Options()).body_text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"use strict";var a={b:1};function c(d){return d.e;}\n' * 50, id="javascript"),
        pytest.param("body{margin:0}\n.nav a,.nav b{color:#333;padding:0 4px;}\n" * 50, id="css"),
    ],
)
def test_code_is_not_a_page(text: str) -> None:
    with pytest.raises(BadInputError, match="JavaScript or CSS"):
        pipeline.clean(text, options=Options())


# newsclean batch -------------------------------------------------------------------------------------------
#: the cases a batch gets (the slow ones are covered above; the 200 MB file is sparse and quick; a folder is
#: walked, not read)
SLOW_OR_NOT_FILES = (
    *("missing-file", "directory", "text-50mb", "text-node-11mb", "minified-html-500kb", "single-line-5mb"),
)
BATCH_CASES = [
    case for case in CASES if not case.stdin and case.needs != "proc" and case.id not in SLOW_OR_NOT_FILES
]
KINDS = {3: "unreadable", 4: "bad-input", 5: "no-article"}


def _records(path: Path) -> dict[str, dict[str, str]]:
    out = {}
    for line in path.read_text().splitlines():
        record = json.loads(line)
        out[record["source"]["path"]] = record["error"]
    return out


def test_batch_records_every_hostile_input_and_goes_on(tmp_path: Path) -> None:
    root = tmp_path / "in"
    site = root / "site"
    site.mkdir(parents=True)
    expected: dict[str, int] = {}
    for case in BATCH_CASES:
        if case.needs == "drop-read-permission" and not CAN_DROP:
            continue
        expected[case.make(site)] = min(case.codes)
    (site / "good.txt").write_text(ARTICLE)
    expected[str(site / "good.txt")] = 0
    (site / "loop").symlink_to("..")  # a link back up the tree: not entered
    (site / "self.txt").symlink_to("self.txt")  # a link to itself
    (site / "dangling.txt").symlink_to("nowhere.txt")
    os.mkfifo(site / "pipe.txt")  # never opened: it would block
    (site / "new\nline.txt").write_text(ARTICLE)
    (site / "odd name ünïcode.txt").write_text(ARTICLE)
    out = tmp_path / "out"
    run = run_cli(
        ["batch", str(root), "-o", str(out), "-j", "2", "-q", "--no-learn-chrome", "--timeout", "20"],
        drop=CAN_DROP and IS_ROOT,
        timeout=120,
    )
    assert "Traceback" not in run.stderr
    assert run.seconds < 60
    errors = _records(out / "newsclean-errors.jsonl")
    for path, code in expected.items():
        target = out / (os.path.relpath(path, root) + ".json")
        if code == 0:
            assert path not in errors and json.loads(target.read_text())["body"], path
        else:
            assert errors[path]["kind"] == KINDS[code], (path, errors.get(path))
            assert not target.exists()
    assert errors[str(site / "self.txt")] == {"kind": "unreadable", "message": "symbolic link loop"}
    assert errors[str(site / "dangling.txt")]["message"] == "broken symbolic link"
    assert str(site / "pipe.txt") not in errors
    assert (out / "site" / "new\nline.txt.json").exists()
    assert (out / "site" / "odd name ünïcode.txt.json").exists()
    assert not any(name.startswith("loop") for name in os.listdir(out / "site"))
    assert run.code == 5  # the highest code: no article in some inputs
    assert not [p for p in out.rglob(".newsclean-*") if p.name != ".newsclean-batch.json"]


def test_batch_never_writes_through_a_link_out_of_the_output_folder(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "site").mkdir(parents=True)
    (root / "site" / "page.txt").write_text(ARTICLE)
    (root / "other.txt").write_text(ARTICLE)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    first = run_cli(["batch", str(root), "-o", str(out), "-j", "1", "-q"])
    assert first.code == 0, first.stderr
    # someone replaces an output folder with a link to another place
    (out / "site" / "page.txt.json").unlink()
    (out / "site").rmdir()
    (out / "site").symlink_to(elsewhere)
    run = run_cli(["batch", str(root), "-o", str(out), "-j", "1", "-q", "--force"])
    assert os.listdir(elsewhere) == []
    errors = _records(out / "newsclean-errors.jsonl")
    assert errors[str(root / "site" / "page.txt")]["kind"] == "output"
    assert "leads out of the output folder" in errors[str(root / "site" / "page.txt")]["message"]
    assert run.code == 3
    assert json.loads((out / "other.txt.json").read_text())["body"]


def test_batch_input_links_never_send_outputs_elsewhere(tmp_path: Path) -> None:
    """An input that is a link to a file outside the folder, or that is named with an absolute path or
    ``..`` in the link, has its output in the output folder, under the link's own name."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "page.txt").write_text(ARTICLE)
    root = tmp_path / "in"
    root.mkdir()
    (root / "absolute.txt").symlink_to(outside / "page.txt")
    (root / "relative.txt").symlink_to(Path("..") / "outside" / "page.txt")
    out = tmp_path / "out"
    run = run_cli(["batch", str(root), "-o", str(out), "-j", "1", "-q"])
    assert run.code == 0, run.stderr
    assert sorted(os.listdir(outside)) == ["page.txt"]
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith((".", "newsclean-"))) == [
        "absolute.txt.json",
        "relative.txt.json",
    ]


def test_batch_leaves_files_that_are_not_its_own(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "page.txt").write_text(ARTICLE)
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine\n")
    (out / "page.txt.json").write_text("my own file, not newsclean's\n")
    run = run_cli(["batch", str(root), "-o", str(out), "-j", "1", "-q"])
    assert run.code == 3
    assert len(run.stderr_lines) == 1 and ERROR_LINE_RE.fullmatch(run.stderr_lines[0]), run.stderr
    assert (out / "page.txt.json").read_text() == "my own file, not newsclean's\n"
    assert sorted(os.listdir(out)) == ["notes.txt", "page.txt.json"]
    forced = run_cli(["batch", str(root), "-o", str(out), "-j", "1", "-q", "--force"])
    assert forced.code == 0, forced.stderr
    assert (out / "notes.txt").read_text() == "mine\n"


def _full_disk(monkeypatch: pytest.MonkeyPatch, where: Path) -> None:
    """Every file made under ``where`` is on a full disk: its writes fail with ENOSPC (the temporary file
    is opened on /dev/full), as a real full disk fails them."""
    real = batch.tempfile.mkstemp

    def mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        handle, name = real(*args, **kwargs)  # type: ignore[call-overload]
        if Path(name).resolve().is_relative_to(where.resolve()):
            full = os.open("/dev/full", os.O_WRONLY)
            os.dup2(full, handle)
            os.close(full)
        return handle, name

    monkeypatch.setattr(batch.tempfile, "mkstemp", mkstemp)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full to simulate a full disk")
def test_batch_on_a_full_disk_records_each_page_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "in"
    for name in ("a", "b", "c"):
        (root / "site").mkdir(parents=True, exist_ok=True)
        (root / "site" / f"{name}.txt").write_text(ARTICLE)
    out = tmp_path / "out"
    (out / "site").mkdir(parents=True)
    _full_disk(monkeypatch, out / "site")
    result = CliRunner().invoke(batch_command, [str(root), "-o", str(out), "-j", "1", "-q", "--force"])
    assert result.exit_code == 3, result.stderr
    assert "Traceback" not in result.stderr
    errors = _records(out / "newsclean-errors.jsonl")
    assert {record["kind"] for record in errors.values()} == {"output"}
    assert len(errors) == 3
    assert all(os.strerror(errno.ENOSPC) in record["message"] for record in errors.values())
    assert os.listdir(out / "site") == []


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full to simulate a full disk")
def test_batch_when_nothing_can_be_written_says_so_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE)
    out = tmp_path / "out"
    out.mkdir()
    _full_disk(monkeypatch, out)
    result = CliRunner().invoke(batch_command, [str(root), "-o", str(out / "all.jsonl"), "-j", "1", "-q"])
    assert result.exit_code == 3
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "No space left on device" in result.stderr
    assert os.listdir(out) == []
