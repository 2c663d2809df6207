"""Golden tests over the synthetic HTML pages ``fixtures/h*/input.html``.

Each case is one behaviour of the HTML front end (a JSON-LD date against a meta date, a split body, a
teaser trap, a comments block, a consent dialog in the markup, a title with a site suffix, a wrong
charset, ...). ``expected.json`` is exactly what ``newsclean --format json`` prints (``pytest
--update-golden`` rewrites it); ``case.json`` holds hand-written expectations that are never regenerated:
``must_contain`` / ``must_not_contain`` snippets of the JSON body and exact ``title``, ``date``,
``subtitle``, ``author``, ``site`` values. Markdown output is checked for the structure it must keep.
"""

from __future__ import annotations

import contextlib
import functools
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsclean.cli import main

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = REPO_ROOT / "fixtures"
EXACT_FIELDS = ("title", "date", "subtitle", "author", "site")
#: Markdown lines (or line starts) that a case's ``-f md`` output must contain
MARKDOWN = {
    "h11-structure-kept": [
        "# How the Bridge Closure Will Change Your Commute",
        "## Which roads are affected",
        "### Expected delays",
        "- The northern bypass",
        "> We know this will be a hard year",
        "| Ashby to Brill | 12 |",
        "```\nBridge closure: 1 May 2026",
    ],
    "h01-jsonld-date-vs-meta": ["# Ashby Board Votes to Replace the Old River Bridge"],
}


def _cases() -> list[str]:
    if not FIXTURES.is_dir():
        return []
    return sorted(p.name for p in FIXTURES.glob("h*-*") if (p / "input.html").is_file())


CASES = _cases()


def _spec(case: str) -> dict:
    path = FIXTURES / case / "case.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


@functools.cache
def _run(case: str, fmt: str = "json") -> tuple[int, str, str]:
    with contextlib.chdir(REPO_ROOT):
        result = CliRunner().invoke(
            main, ["--format", fmt, f"fixtures/{case}/input.html"], catch_exceptions=False
        )
    return result.exit_code, result.stdout, result.stderr


def _json(case: str) -> dict:
    code, stdout, stderr = _run(case)
    assert code == 0, stderr
    return json.loads(stdout)


def _update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden", default=False))


def test_at_least_fifteen_html_cases() -> None:
    assert len(CASES) >= 15


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, request: pytest.FixtureRequest) -> None:
    code, stdout, stderr = _run(case)
    assert code == 0, stderr
    golden = FIXTURES / case / "expected.json"
    if _update_golden(request):
        golden.write_bytes(stdout.encode("utf-8"))
        return
    assert golden.is_file(), f"{golden} is missing: run pytest --update-golden and review git diff fixtures/"
    assert stdout == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES)
def test_read_as_html(case: str) -> None:
    record = _json(case)
    assert record["source"]["kind"] == "html"
    assert record["source"]["layout"] == "html"
    assert record["found_by"].get("body")


@pytest.mark.parametrize("case", CASES)
def test_case_expectations(case: str) -> None:
    spec = _spec(case)
    assert spec.get("description"), f"fixtures/{case}/case.json needs a description"
    record = _json(case)
    for key in EXACT_FIELDS:
        if key in spec:
            assert record[key] == spec[key], key
    body = record["body"]
    missing = [s for s in spec.get("must_contain", []) if s not in body]
    assert not missing, f"missing from the body: {missing}"
    present = [s for s in spec.get("must_not_contain", []) if s in body]
    assert not present, f"should not be in the body: {present}"


@pytest.mark.parametrize(("case", "lines"), sorted(MARKDOWN.items()))
def test_markdown_keeps_structure(case: str, lines: list[str]) -> None:
    code, stdout, stderr = _run(case, "md")
    assert code == 0, stderr
    missing = [line for line in lines if line not in stdout]
    assert not missing, f"missing from the Markdown: {missing}"
