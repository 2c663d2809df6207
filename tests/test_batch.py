"""Batch runs (newsclean/batch.py and ``newsclean batch``): the walk, mirrored and JSON Lines outputs, error
records, exit codes, skipping what is up to date, atomic writes when interrupted, the per-file limits,
output safety, site chrome learned from the folder, progress and the summary.

Most runs use ``jobs=1`` (no worker process, fast); the tests that are about the worker processes use 2.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from newsclean import batch, pipeline
from newsclean.batch import BatchOptions, FileResult, Progress, Summary, run
from newsclean.cli import ProgressLine, main, summary_lines
from newsclean.model import Options

REPO_ROOT = Path(__file__).resolve().parent.parent

PARAGRAPHS = (
    "The city council voted on Tuesday to expand the bus network into the northern districts, a plan that"
    " has been debated for more than three years.",
    "Supporters said the change would cut travel times for thousands of workers who now need two or three"
    " transfers to reach the industrial park.",
    "The mayor said the first routes would open in March and that the council would review the costs again"
    " in the autumn.",
)
#: a site's own promotion, in prose, that it prints in the middle of every article (no rule knows it)
PROMO = (
    "The Northern Ledger has covered the valley's towns and farms for more than ninety years, with a newsroom"
    " of twelve reporters."
)
MENU = ("Northern Ledger", "Valley News", "Farm Report", "Town Halls")
FOOTER = ("About the Ledger", "Northern Ledger Publishing, 4 Mill Lane")


def dump(n: int = 0, *, promo: bool = False) -> str:
    """An innerText-like dump of page n of a site: menu, headline, byline, date, three paragraphs of its
    own (each says n), footer; with ``promo``, the site's promotion between the paragraphs."""
    body = [f"{text[:-1]}, according to report number {n}." for text in PARAGRAPHS]
    body[0] += f" Meeting number {n} was held in the old hall."
    if promo:
        body.insert(2, PROMO)
    lines = [
        *MENU,
        f"Council Decision Number {n} on the Bus Network",
        "By Jane Roe",
        f"March {n % 28 + 1}, 2024",
    ]
    return "\n\n".join([*lines, *body, *FOOTER]) + "\n"


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path


def corpus(root: Path, n: int = 3) -> Path:
    """n good dumps in a nested folder, plus one gzipped."""
    for i in range(n):
        write(root / "site" / f"page{i}.txt", dump(i))
    write(root / "site" / "zipped.txt.gz", gzip.compress(dump(99).encode("utf-8")))
    return root


def options(**kwargs: object) -> BatchOptions:
    kwargs.setdefault("jobs", 1)
    return BatchOptions(**kwargs)  # type: ignore[arg-type]


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, ["batch", *args], catch_exceptions=False)


def no_temporary_files(*folders: Path) -> bool:
    return not [p for folder in folders for p in folder.rglob(".newsclean-*.tmp")]


# the walk ---------------------------------------------------------------------------------------------
def test_walk_is_recursive_and_sorted(tmp_path: Path) -> None:
    for name in ("b/2.txt", "a/z.txt", "a/b/c.txt", "a.txt", "c.txt"):
        write(tmp_path / "in" / name, "x")
    found = [entry.rel for entry in batch._Walk(str(tmp_path / "in"), BatchOptions())]
    assert found == ["a/b/c.txt", "a/z.txt", "a.txt", "b/2.txt", "c.txt"]


@pytest.mark.parametrize(
    ("include", "exclude", "expected"),
    [
        pytest.param((), (), ["a.html", "a.txt", "keep/b.txt", "skip/c.txt"], id="everything"),
        pytest.param(("*.txt",), (), ["a.txt", "keep/b.txt", "skip/c.txt"], id="glob-by-name"),
        pytest.param(("keep/*",), (), ["keep/b.txt"], id="glob-by-path"),
        pytest.param(("**/*.txt",), ("skip",), ["a.txt", "keep/b.txt"], id="exclude-a-folder"),
        pytest.param((), ("*.html", "keep/**"), ["a.txt", "skip/c.txt"], id="exclude-patterns"),
    ],
)
def test_glob_and_exclude(
    tmp_path: Path, include: tuple[str, ...], exclude: tuple[str, ...], expected: list[str]
) -> None:
    for name in ("a.txt", "a.html", "keep/b.txt", "skip/c.txt", ".hidden.txt", ".git/config"):
        write(tmp_path / name, "x")
    walk = batch._Walk(str(tmp_path), BatchOptions(include=include, exclude=exclude))
    assert [entry.rel for entry in walk] == expected


def test_hidden_files_on_request(tmp_path: Path) -> None:
    write(tmp_path / ".hidden.txt", "x")
    assert [e.rel for e in batch._Walk(str(tmp_path), BatchOptions(hidden=True))] == [".hidden.txt"]


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("*.txt", "a.txt", True),
        ("*.txt", "a/b.txt", False),
        ("**/*.txt", "a/b.txt", True),
        ("**/*.txt", "b.txt", True),
        ("a/**", "a/b/c", True),
        ("page?.htm[l]", "page1.html", True),
        ("[!a]*", "abc", False),
    ],
)
def test_glob_regex(pattern: str, path: str, matches: bool) -> None:
    assert bool(batch.glob_regex(pattern).match(path)) is matches


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlink_loop_is_not_followed(tmp_path: Path) -> None:
    write(tmp_path / "in" / "a" / "page.txt", dump())
    os.symlink("..", tmp_path / "in" / "a" / "loop")
    assert [e.rel for e in batch._Walk(str(tmp_path / "in"), BatchOptions())] == ["a/page.txt"]


# outputs ----------------------------------------------------------------------------------------------
def test_mirrored_tree_of_json(tmp_path: Path) -> None:
    summary = run(str(corpus(tmp_path / "in")), str(tmp_path / "out"), options=options())
    assert summary.articles == 4 and summary.exit_code == 0
    names = sorted(
        p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.txt*.json")
    )
    assert names == [
        "site/page0.txt.json",
        "site/page1.txt.json",
        "site/page2.txt.json",
        "site/zipped.txt.gz.json",
    ]


def test_tree_file_is_what_newsclean_prints_for_the_file(tmp_path: Path) -> None:
    source = corpus(tmp_path / "in") / "site" / "page1.txt"
    run(str(tmp_path / "in"), str(tmp_path / "out"), options=options(learn_chrome=False))
    single = CliRunner().invoke(main, [str(source)], catch_exceptions=False).stdout
    assert (tmp_path / "out" / "site" / "page1.txt.json").read_text(encoding="utf-8") == single


def test_gzipped_input_is_read(tmp_path: Path) -> None:
    run(str(corpus(tmp_path / "in")), str(tmp_path / "out"), options=options())
    record = json.loads((tmp_path / "out" / "site" / "zipped.txt.gz.json").read_text(encoding="utf-8"))
    assert "Meeting number 99" in record["body"]


@pytest.mark.parametrize(
    ("fmt", "suffix", "start"), [("md", ".md", "---\ntitle: "), ("text", ".txt", "Council")]
)
def test_tree_formats(tmp_path: Path, fmt: str, suffix: str, start: str) -> None:
    run(str(corpus(tmp_path / "in")), str(tmp_path / "out"), options=options(fmt=fmt))
    assert (tmp_path / "out" / "site" / f"page0.txt{suffix}").read_text(encoding="utf-8").startswith(start)


def test_json_lines_output_in_walk_order_with_source_paths(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in")
    run(str(root), str(tmp_path / "articles.jsonl"), options=options())
    records = [
        json.loads(line) for line in (tmp_path / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    paths = [r["source"]["path"] for r in records]
    assert paths == [
        str(root / "site" / name) for name in ("page0.txt", "page1.txt", "page2.txt", "zipped.txt.gz")
    ]


def test_json_lines_are_the_same_whatever_the_number_of_processes(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in", n=12)
    run(str(root), str(tmp_path / "one.jsonl"), options=options(jobs=1))
    run(str(root), str(tmp_path / "two.jsonl"), options=options(jobs=2))
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_parallel_tree_gives_the_same_files(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in", n=10)
    run(str(root), str(tmp_path / "one"), options=options(jobs=1))
    run(str(root), str(tmp_path / "two"), options=options(jobs=2))
    one = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*.txt*.json"))
    two = sorted(p.relative_to(tmp_path / "two") for p in (tmp_path / "two").rglob("*.txt*.json"))
    assert len(one) == 11 and one == two
    for rel in one:
        assert (tmp_path / "one" / rel).read_bytes() == (tmp_path / "two" / rel).read_bytes()


# errors -----------------------------------------------------------------------------------------------
def bad_folder(root: Path) -> Path:
    corpus(root, n=2)
    write(root / "photo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    write(root / "empty.txt", "")
    write(root / "menu.txt", "Home\nNews\nSport\n")
    return root


def error_records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_bad_file_gets_an_error_record_and_the_rest_go_on(tmp_path: Path) -> None:
    root = bad_folder(tmp_path / "in")
    summary = run(str(root), str(tmp_path / "out"), options=options())
    assert (summary.articles, summary.empty, summary.errors) == (3, 1, {"bad-input": 2})
    records = error_records(tmp_path / "out" / "newsclean-errors.jsonl")
    assert [(r["source"]["path"], r["error"]["kind"]) for r in records] == [  # type: ignore[index]
        (str(root / "empty.txt"), "bad-input"),
        (str(root / "menu.txt"), "no-article"),
        (str(root / "photo.png"), "bad-input"),
    ]
    assert all(r["error"]["message"] for r in records)  # type: ignore[index]


def test_errors_file_of_a_json_lines_run(tmp_path: Path) -> None:
    run(str(bad_folder(tmp_path / "in")), str(tmp_path / "a.jsonl"), options=options())
    assert len(error_records(tmp_path / "a.errors.jsonl")) == 3
    assert len((tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()) == 3


def test_errors_file_can_be_chosen(tmp_path: Path) -> None:
    run(
        str(bad_folder(tmp_path / "in")),
        str(tmp_path / "out"),
        options=options(errors=str(tmp_path / "e.jsonl")),
    )
    assert len(error_records(tmp_path / "e.jsonl")) == 3


def test_size_limit(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in", n=1)
    write(root / "big.txt", dump() * 20)
    summary = run(str(root), str(tmp_path / "out"), options=options(options=Options(max_bytes=5000)))
    assert summary.errors == {"bad-input": 1}
    assert "over the limit" in (tmp_path / "out" / "newsclean-errors.jsonl").read_text(encoding="utf-8")


def slow_when_marked(monkeypatch: pytest.MonkeyPatch, *, block_alarm: bool = False) -> None:
    """Cleaning a page that says SLOW never ends (a pathological page)."""
    original = pipeline.clean_blocks

    def clean_blocks(blocks, **kwargs):  # type: ignore[no-untyped-def]
        if any("SLOW" in text for text in blocks.texts):
            if block_alarm:
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            while True:
                time.sleep(0.01)
        return original(blocks, **kwargs)

    monkeypatch.setattr(pipeline, "clean_blocks", clean_blocks)


@pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="needs SIGALRM")
@pytest.mark.parametrize("jobs", [1, 2], ids=["in-process", "workers"])
def test_time_limit_interrupts_a_page_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    slow_when_marked(monkeypatch)
    root = corpus(tmp_path / "in", n=3)
    write(root / "site" / "page1.txt", dump(1) + "SLOW\n")
    summary = run(
        str(root), str(tmp_path / "out"), options=options(jobs=jobs, timeout=0.3, learn_chrome=False)
    )
    assert (summary.articles, summary.errors) == (3, {"timeout": 1})
    assert summary.exit_code == 4


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="needs pthread_sigmask")
def test_a_stuck_worker_is_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    slow_when_marked(monkeypatch, block_alarm=True)  # SIGALRM cannot reach it: only the watchdog can
    monkeypatch.setattr(batch, "HARD_TIMEOUT_GRACE", 0.2)
    root = corpus(tmp_path / "in", n=6)
    write(root / "site" / "page1.txt", dump(1) + "SLOW\n")
    summary = run(str(root), str(tmp_path / "out"), options=options(jobs=2, timeout=0.2, learn_chrome=False))
    assert (summary.articles, summary.errors) == (6, {"timeout": 1})


# exit codes -------------------------------------------------------------------------------------------
def test_exit_code_0_when_every_page_gives_an_article(tmp_path: Path) -> None:
    result = invoke(str(corpus(tmp_path / "in")), "-o", str(tmp_path / "out"), "-j", "1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""


def test_exit_code_is_the_highest_of_the_failed_inputs(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in")
    write(root / "photo.png", b"\x89PNG\r\n\x1a\n")
    assert invoke(str(root), "-o", str(tmp_path / "out"), "-j", "1").exit_code == 4
    write(root / "menu.txt", "Home\nNews\n")
    assert invoke(str(root), "-o", str(tmp_path / "out"), "-j", "1").exit_code == 5


def test_exit_code_3_when_the_output_folder_is_not_newsclean_s(tmp_path: Path) -> None:
    write(tmp_path / "out" / "notes.txt", "mine")
    result = invoke(str(corpus(tmp_path / "in")), "-o", str(tmp_path / "out"))
    assert result.exit_code == 3
    assert (
        result.stderr.startswith("newsclean: error: the output folder has files")
        and "--force" in result.stderr
    )
    assert (tmp_path / "out" / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_force_writes_into_a_folder_that_is_not_newsclean_s(tmp_path: Path) -> None:
    write(tmp_path / "out" / "notes.txt", "mine")
    assert (
        invoke(str(corpus(tmp_path / "in")), "-o", str(tmp_path / "out"), "--force", "-j", "1").exit_code == 0
    )


def test_exit_code_3_when_the_json_lines_file_is_not_newsclean_s(tmp_path: Path) -> None:
    write(tmp_path / "a.jsonl", '{"some": "data"}\n')
    assert invoke(str(corpus(tmp_path / "in")), "-o", str(tmp_path / "a.jsonl")).exit_code == 3
    assert (tmp_path / "a.jsonl").read_text(encoding="utf-8") == '{"some": "data"}\n'


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(("-o", "out.jsonl", "-f", "md"), id="md-into-one-file"),
        pytest.param(("-o", "out", "-f", "jsonl"), id="jsonl-into-a-folder"),
        pytest.param(("-j", "0", "-o", "out"), id="no-jobs"),
        pytest.param((), id="no-output"),
        pytest.param(("-o", "-"), id="stdout"),
        pytest.param(("-o", "articles.json"), id="one-json-file"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    assert invoke(str(corpus(tmp_path / "in")), *args).exit_code == 2


def test_missing_input_folder_is_a_usage_error(tmp_path: Path) -> None:
    assert invoke(str(tmp_path / "nowhere"), "-o", str(tmp_path / "out")).exit_code == 2


# up to date, --force ----------------------------------------------------------------------------------
def test_second_run_skips_what_is_up_to_date(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in")
    run(str(root), str(tmp_path / "out"), options=options())
    again = run(str(root), str(tmp_path / "out"), options=options())
    assert (again.articles, again.up_to_date, again.exit_code) == (0, 4, 0)


def test_a_changed_input_is_cleaned_again(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in")
    run(str(root), str(tmp_path / "out"), options=options())
    later = time.time() + 5
    os.utime(root / "site" / "page1.txt", (later, later))
    again = run(str(root), str(tmp_path / "out"), options=options())
    assert (again.articles, again.up_to_date) == (1, 3)


def test_force_cleans_everything_again(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in")
    run(str(root), str(tmp_path / "out"), options=options())
    assert run(str(root), str(tmp_path / "out"), options=options(force=True)).articles == 4


def test_json_lines_rerun_keeps_the_records_and_redoes_a_changed_input(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in")
    out = tmp_path / "a.jsonl"
    run(str(root), str(out), options=options())
    first = out.read_bytes()
    write(root / "site" / "page1.txt", dump(1).replace("Meeting number 1 ", "Meeting number 101 "))
    later = time.time() + 5
    os.utime(root / "site" / "page1.txt", (later, later))
    again = run(str(root), str(out), options=options())
    assert (again.articles, again.up_to_date) == (1, 3)
    lines = out.read_bytes().splitlines(keepends=True)
    assert len(lines) == 4 and b"Meeting number 101" in lines[1]
    assert lines[0] + b"".join(lines[2:]) == b"".join(first.splitlines(keepends=True)[i] for i in (0, 2, 3))


# interrupted runs -------------------------------------------------------------------------------------
def stop_after(n: int, how: Callable[[], None]) -> Callable[[Progress], None]:
    def progress(progress: Progress) -> None:
        if progress.phase == "clean" and progress.done == n:
            how()

    return progress


def ctrl_c() -> None:
    os.kill(os.getpid(), signal.SIGINT)


def test_ctrl_c_stops_cleanly_and_a_rerun_goes_on(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in", n=8)
    summary = run(str(root), str(tmp_path / "out"), options=options(), progress=stop_after(3, ctrl_c))
    assert summary.interrupted and summary.exit_code == 130
    assert summary.articles == 3
    assert no_temporary_files(tmp_path)
    for path in (tmp_path / "out").rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))  # whole files only
    again = run(str(root), str(tmp_path / "out"), options=options())
    assert (again.articles, again.up_to_date, again.interrupted) == (6, 3, False)


def test_ctrl_c_in_a_json_lines_run_keeps_a_whole_file(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in", n=8)
    run(str(root), str(tmp_path / "whole.jsonl"), options=options())
    summary = run(str(root), str(tmp_path / "a.jsonl"), options=options(), progress=stop_after(4, ctrl_c))
    assert summary.interrupted and no_temporary_files(tmp_path)
    whole = (tmp_path / "whole.jsonl").read_bytes()
    assert whole.startswith((tmp_path / "a.jsonl").read_bytes())
    again = run(str(root), str(tmp_path / "a.jsonl"), options=options())
    assert (again.up_to_date, again.articles) == (4, 5)
    assert (tmp_path / "a.jsonl").read_bytes() == whole


def test_ctrl_c_in_workers_leaves_no_partial_file(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in", n=30)
    summary = run(str(root), str(tmp_path / "out"), options=options(jobs=2), progress=stop_after(5, ctrl_c))
    assert summary.interrupted and no_temporary_files(tmp_path)
    written = list((tmp_path / "out").rglob("*.json"))
    assert 5 <= len(written) < 31
    for path in written:
        json.loads(path.read_text(encoding="utf-8"))


def test_a_hard_stop_keeps_the_old_json_lines_file(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in", n=6)
    run(str(root), str(tmp_path / "a.jsonl"), options=options())
    old = (tmp_path / "a.jsonl").read_bytes()

    def hard_stop() -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run(
            str(root),
            str(tmp_path / "a.jsonl"),
            options=options(force=True),
            progress=stop_after(2, hard_stop),
        )
    assert (tmp_path / "a.jsonl").read_bytes() == old and no_temporary_files(tmp_path)


@pytest.mark.parametrize("jobs", [1, 2], ids=["in-process", "workers"])
def test_ctrl_c_while_learning_writes_nothing_and_a_rerun_learns_again(tmp_path: Path, jobs: int) -> None:
    root = site_folder(tmp_path / "in", pages=12)

    def progress(progress: Progress) -> None:
        if progress.phase == "learn" and progress.done == 3:
            ctrl_c()

    summary = run(str(root), str(tmp_path / "out"), options=options(jobs=jobs), progress=progress)
    assert (summary.interrupted, summary.exit_code, summary.articles, summary.chrome) == (
        True,
        130,
        0,
        "interrupted",
    )
    assert not list((tmp_path / "out").rglob("*.txt.json")) and no_temporary_files(tmp_path)
    assert "  site chrome  not learned (stopped while learning)" in summary_lines(summary)
    again = run(str(root), str(tmp_path / "out"), options=options(jobs=jobs))
    assert (again.chrome, again.articles, again.exit_code) == ("learned", 12, 0)
    written = [json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "out").rglob("*.txt.json")]
    assert len(written) == 12 and all(PROMO not in record["body"] for record in written)


def test_interrupted_run_exit_code_130(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = batch.run

    def interrupted(*args: object, **kwargs: object) -> Summary:
        kwargs["progress"] = stop_after(2, ctrl_c)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "run", interrupted)
    result = invoke(str(corpus(tmp_path / "in", n=6)), "-o", str(tmp_path / "out"), "-j", "1")
    assert result.exit_code == 130
    assert "stopped (Ctrl-C) after 2 of 7 files" in result.stderr


# atomic writes ----------------------------------------------------------------------------------------
class _Interrupted:
    """A file opened by atomic_write whose ``write`` is interrupted: ``half`` writes half the data and
    raises KeyboardInterrupt; otherwise Ctrl-C arrives (SIGINT) and then the whole data is written."""

    def __init__(self, handle: Any, *, half: bool) -> None:
        self.handle = handle
        self.half = half

    def __enter__(self) -> _Interrupted:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.handle.close()

    def write(self, data: bytes) -> None:
        if self.half:
            self.handle.write(data[: len(data) // 2])
            self.handle.flush()
            raise KeyboardInterrupt
        os.kill(os.getpid(), signal.SIGINT)
        self.handle.write(data)


def interrupt_writes(monkeypatch: pytest.MonkeyPatch, *, half: bool) -> None:
    fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda *args, **kw: _Interrupted(fdopen(*args, **kw), half=half))


def test_a_write_interrupted_half_way_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = write(tmp_path / "a.json", '{"old": true}\n')
    interrupt_writes(monkeypatch, half=True)
    with pytest.raises(KeyboardInterrupt):
        batch.atomic_write(str(target), b'{"new": true, "body": "' + b"x" * 1000 + b'"}\n')
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == '{"old": true}\n'
    assert no_temporary_files(tmp_path)


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="needs pthread_sigmask")
def test_ctrl_c_during_a_write_stops_after_the_file_is_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.json"
    data = b'{"new": true, "body": "' + b"x" * 1000 + b'"}\n'
    interrupt_writes(monkeypatch, half=False)
    with pytest.raises(KeyboardInterrupt):
        batch.atomic_write(str(target), data)
    monkeypatch.undo()
    assert target.read_bytes() == data
    assert no_temporary_files(tmp_path)


SLOW_COMMAND = """
import sys, time
from newsclean import pipeline
clean_blocks = pipeline.clean_blocks
def slow(blocks, **kwargs):
    time.sleep(0.05)
    return clean_blocks(blocks, **kwargs)
pipeline.clean_blocks = slow
from newsclean.cli import main
main(sys.argv[1:], prog_name="newsclean")
"""


@pytest.mark.skipif(os.name != "posix", reason="sends SIGINT to a process")
def test_ctrl_c_on_the_command_line_with_workers(tmp_path: Path) -> None:
    """The real thing: ``newsclean batch -j 2`` in its own process, Ctrl-C (SIGINT) while it cleans (each
    page takes 50 ms more than it should), then the same command again."""
    root = corpus(tmp_path / "in", n=60)
    out = tmp_path / "out"
    command = [sys.executable, "-c", SLOW_COMMAND, "batch", str(root), "-o", str(out), "-j", "2"]
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while len(list(out.rglob("*.txt*.json"))) < 4 and time.monotonic() < deadline:
            time.sleep(0.01)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130, stderr
    assert stdout == "" and "newsclean batch: stopped (Ctrl-C) after " in stderr
    written = list(out.rglob("*.txt*.json"))
    assert 4 <= len(written) < 61
    for path in written:
        assert json.loads(path.read_text(encoding="utf-8"))["body"]  # whole files only
    assert no_temporary_files(tmp_path)
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert again.returncode == 0, again.stderr
    assert f"articles     {61 - len(written)} written, {len(written)} up to date" in again.stderr
    assert len(list(out.rglob("*.txt*.json"))) == 61


# exit code 1 ------------------------------------------------------------------------------------------
def test_a_bug_on_one_page_is_an_internal_error_record_and_exit_code_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = pipeline.clean_blocks

    def clean_blocks(blocks, **kwargs):  # type: ignore[no-untyped-def]
        if any("BUG" in text for text in blocks.texts):
            raise RuntimeError("a bug")
        return original(blocks, **kwargs)

    monkeypatch.setattr(pipeline, "clean_blocks", clean_blocks)
    root = corpus(tmp_path / "in", n=3)
    write(root / "site" / "page1.txt", dump(1) + "BUG\n")
    result = invoke(str(root), "-o", str(tmp_path / "out"), "-j", "1", "-q")
    assert result.exit_code == 1
    records = error_records(tmp_path / "out" / "newsclean-errors.jsonl")
    assert [(r["source"]["path"], r["error"]["kind"]) for r in records] == [  # type: ignore[index]
        (str(root / "site" / "page1.txt"), "internal")
    ]
    assert "RuntimeError: a bug" in records[0]["error"]["message"]  # type: ignore[index]
    assert len(list((tmp_path / "out").rglob("*.txt*.json"))) == 3


# memory: nothing kept per file ------------------------------------------------------------------------
def test_the_listing_is_streamed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for folder in ("a", "b", "c"):
        write(tmp_path / folder / "page.txt", "x")
    listed: list[str] = []
    listdir = os.listdir

    def counting(path: str) -> list[str]:
        listed.append(os.path.relpath(path, tmp_path))
        return listdir(path)

    monkeypatch.setattr(os, "listdir", counting)
    entries = iter(batch._Walk(str(tmp_path), BatchOptions()))
    assert next(entries).rel == "a/page.txt"
    assert listed == [".", "a"]  # b and c are not listed yet


def test_the_walk_is_never_far_ahead_of_the_oldest_unfinished_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first page takes a second; the workers go on with the others, but never more than ORDER_WINDOW
    files past it (the results wait for their turn: what is held is bounded, not the whole folder)."""
    monkeypatch.setattr(batch, "ORDER_WINDOW", 8)
    monkeypatch.setattr(batch, "CHUNK_FILES", 2)
    original = pipeline.clean_blocks

    def clean_blocks(blocks, **kwargs):  # type: ignore[no-untyped-def]
        if any("SLOW" in text for text in blocks.texts):
            time.sleep(1.0)
        return original(blocks, **kwargs)

    monkeypatch.setattr(pipeline, "clean_blocks", clean_blocks)
    root = corpus(tmp_path / "in", n=40)
    write(root / "site" / "page0.txt", dump(0) + "SLOW\n")
    phase = {"now": "scan"}
    walked: dict[str, int] = {}
    walk = batch._Walk.__iter__

    def counting(self: batch._Walk) -> Iterator[batch._Entry]:
        for entry in walk(self):
            walked[phase["now"]] = walked.get(phase["now"], 0) + 1
            yield entry

    monkeypatch.setattr(batch._Walk, "__iter__", counting)
    ahead: list[int] = []

    def progress(progress: Progress) -> None:
        phase["now"] = progress.phase
        if progress.phase == "clean" and progress.result is not None:
            ahead.append(walked.get("clean", 0) - progress.done)

    summary = run(
        str(root), str(tmp_path / "out"), options=options(jobs=2, learn_chrome=False), progress=progress
    )
    assert summary.articles == 41 and walked["clean"] == 41
    assert ahead[0] > 0 and max(ahead) <= 8


def test_workers_start_once_per_run_and_not_when_there_is_nothing_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workers are forked before the learning pass (the parent is small then) and kept for the
    cleaning pass; a run that finds everything up to date starts none."""
    started: list[int] = []
    start = batch._Pool.__init__

    def counting(self: batch._Pool, jobs: int) -> None:
        started.append(jobs)
        start(self, jobs)

    monkeypatch.setattr(batch._Pool, "__init__", counting)
    root = site_folder(tmp_path / "in")
    first = run(str(root), str(tmp_path / "out"), options=options(jobs=2))
    assert (first.chrome, first.articles, started) == ("learned", 5, [2])
    again = run(str(root), str(tmp_path / "out"), options=options(jobs=2))
    assert (again.up_to_date, started) == (5, [2])


# output safety ----------------------------------------------------------------------------------------
def test_output_folder_inside_the_input_is_not_read_back(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in")
    run(str(root), str(root / "out"), options=options())
    again = run(str(root), str(root / "out"), options=options())
    assert again.inputs == 4 and again.up_to_date == 4


def test_output_folder_may_not_hold_the_input(tmp_path: Path) -> None:
    corpus(tmp_path / "in")
    with pytest.raises(batch.BatchError):
        run(str(tmp_path / "in"), str(tmp_path), options=options(force=True))


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_in_the_output_folder_does_not_lead_writes_out(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in", n=1)
    run(str(root), str(tmp_path / "out"), options=options())
    (tmp_path / "elsewhere").mkdir()
    for path in (tmp_path / "out" / "site").iterdir():
        path.unlink()
    (tmp_path / "out" / "site").rmdir()
    os.symlink(tmp_path / "elsewhere", tmp_path / "out" / "site")
    summary = run(str(root), str(tmp_path / "out"), options=options())
    assert summary.errors == {"output": 2}
    assert not list((tmp_path / "elsewhere").iterdir())


# site chrome ------------------------------------------------------------------------------------------
def site_folder(root: Path, pages: int = 5) -> Path:
    for i in range(pages):
        write(root / "ledger.example" / f"story{i}.txt", dump(i, promo=True))
    return root


def bodies(path: Path) -> list[str]:
    return [json.loads(line)["body"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_site_chrome_is_learned_and_dropped(tmp_path: Path) -> None:
    root = site_folder(tmp_path / "in")
    summary = run(str(root), str(tmp_path / "batch.jsonl"), options=options())
    assert summary.chrome == "learned" and summary.chrome_sites == 1
    found = bodies(tmp_path / "batch.jsonl")
    assert len(found) == 5 and all(PROMO not in body for body in found)


def test_one_by_one_keeps_the_promotion(tmp_path: Path) -> None:
    root = site_folder(tmp_path / "in")
    run(str(root), str(tmp_path / "single.jsonl"), options=options(learn_chrome=False))
    found = bodies(tmp_path / "single.jsonl")
    assert len(found) == 5 and all(PROMO in body for body in found)


def test_site_chrome_of_a_flat_folder_by_signature(tmp_path: Path) -> None:
    for i in range(5):
        write(tmp_path / "in" / f"{i:02d}.txt", dump(i, promo=True))
    summary = run(str(tmp_path / "in"), str(tmp_path / "batch.jsonl"), options=options())
    assert summary.chrome_sites == 3  # one group per signature line, all five pages in each
    found = bodies(tmp_path / "batch.jsonl")
    assert len(found) == 5 and all(PROMO not in body for body in found)


def test_explain_says_a_line_is_site_chrome(tmp_path: Path) -> None:
    root = site_folder(tmp_path / "in")
    result = invoke(str(root), "-o", str(tmp_path / "out"), "--explain", "-j", "1")
    assert result.exit_code == 0
    assert (
        "drop_site_chrome: line seen on many pages of this site (on 5 of 5 pages of ledger.example)"
        in result.stderr
    )


def test_learned_chrome_is_kept_and_reused(tmp_path: Path) -> None:
    root = site_folder(tmp_path / "in")
    run(str(root), str(tmp_path / "out"), options=options())
    state = json.loads((tmp_path / "out" / batch.STATE_NAME).read_text(encoding="utf-8"))
    assert PROMO in state["chrome"]["ledger.example"]["lines"]
    os.unlink(tmp_path / "out" / "ledger.example" / "story0.txt.json")
    assert run(str(root), str(tmp_path / "out"), options=options()).chrome == "reused"


def test_no_learning_on_request(tmp_path: Path) -> None:
    summary = run(
        str(site_folder(tmp_path / "in")), str(tmp_path / "out"), options=options(learn_chrome=False)
    )
    assert (summary.chrome, summary.chrome_lines) == ("off", 0)


# progress and summary ---------------------------------------------------------------------------------
def test_progress_reports_every_file_of_every_phase(tmp_path: Path) -> None:
    seen: list[Progress] = []
    run(str(corpus(tmp_path / "in")), str(tmp_path / "out"), options=options(), progress=seen.append)
    assert [p.phase for p in seen if p.done == 0] == ["scan", "learn", "clean"]
    results = [p.result for p in seen if p.result is not None]
    assert [r.status for r in results] == ["article"] * 4
    assert results[0].output == str(tmp_path / "out" / "site" / "page0.txt.json")


def test_the_library_prints_nothing(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    run(str(bad_folder(tmp_path / "in")), str(tmp_path / "out"), options=options())
    assert capfd.readouterr() == ("", "")


def test_summary_goes_to_stderr(tmp_path: Path) -> None:
    result = invoke(str(bad_folder(tmp_path / "in")), "-o", str(tmp_path / "out"), "-j", "1")
    assert result.stdout == ""
    assert result.stderr.startswith("newsclean batch: 6 files in ")
    assert "errors       2: bad-input 2" in result.stderr and "empty        1" in result.stderr


def test_quiet_prints_nothing(tmp_path: Path) -> None:
    result = invoke(str(bad_folder(tmp_path / "in")), "-o", str(tmp_path / "out"), "-q", "-j", "1")
    assert (result.exit_code, result.stdout, result.stderr) == (5, "", "")


def test_progress_line() -> None:
    class Out:
        text = ""

        def write(self, text: str) -> None:
            self.text += text

        def flush(self) -> None:
            pass

    out = Out()
    line = ProgressLine(out, width=100, clock=lambda: 100.0)  # type: ignore[arg-type]
    line(Progress("clean", 250, 1000, 3, 10.0))
    shown = out.text.strip()
    assert shown.startswith("cleaning [##########......")
    assert shown.endswith("250/1,000  25 files/s  3 errors  0:30 left")
    line.clear()
    assert out.text.endswith("\r")


def test_summary_lines_fit_one_screen() -> None:
    summary = Summary(
        inputs=10, articles=6, up_to_date=1, empty=1, errors={"bad-input": 1, "timeout": 1}, seconds=3.0,
        clean_seconds=2.0, interrupted=False, output="out", errors_file="out/newsclean-errors.jsonl",
        chrome="learned", chrome_sites=2, chrome_lines=40,
    )  # fmt: skip
    lines = summary_lines(summary)
    assert len(lines) <= 10
    assert lines[0] == "newsclean batch: 10 files in 0:03 (3 files/s cleaned)"  # 9 cleaned, 1 up to date
    assert lines[1] == "  time         0:01 scanning and learning, 0:02 cleaning"
    assert "  errors       2: bad-input 1, timeout 1" in lines
    assert summary.exit_code == 5


def test_file_result_exit_codes() -> None:
    assert FileResult("p", "article").exit_code == 0
    assert FileResult("p", "error", kind="timeout").exit_code == 4
    assert FileResult("p", "empty", kind="no-article").exit_code == 5
