"""Golden tests over ``fixtures/<case>/``, in the style of Readability.js's test pages.

Each case folder holds

* ``input.txt`` (or ``input.html``): the page;
* ``expected.json``: exactly what ``newsclean --format json fixtures/<case>/input.txt`` prints. It is
  generated, never edited by hand: ``pytest --update-golden`` rewrites it, ``git diff fixtures/`` reviews it;
* ``case.json``: hand-written expectations that are never regenerated: ``must_contain`` and
  ``must_not_contain`` (snippets checked against the JSON ``body``), optional exact ``title``, ``date``,
  ``subtitle``, ``author``, ``site`` (``null`` means "no value"), optional ``now`` (passed as ``--now``).

The CLI runs from the repository root with a relative input path, so ``source.path`` in the output is the
same wherever pytest is started from.
"""

from __future__ import annotations

import contextlib
import functools
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsclean.cli import main

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = REPO_ROOT / "fixtures"
INPUT_NAMES = ("input.txt", "input.html")
#: case.json keys compared exactly with the JSON output
EXACT_FIELDS = ("title", "date", "subtitle", "author", "site")
#: every key a case.json may have (a typo in a key must not silently disable an expectation)
CASE_KEYS = frozenset({"description", "must_contain", "must_not_contain", "now", *EXACT_FIELDS})


def _case_names() -> list[str]:
    if not FIXTURES.is_dir():
        return []
    return sorted(
        entry.name
        for entry in FIXTURES.iterdir()
        if entry.is_dir() and any((entry / name).is_file() for name in INPUT_NAMES)
    )


CASES = _case_names()


def _input_name(case: str) -> str:
    return next(name for name in INPUT_NAMES if (FIXTURES / case / name).is_file())


def _case_spec(case: str) -> dict:
    path = FIXTURES / case / "case.json"
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Run:
    args: tuple[str, ...]
    exit_code: int
    stdout: str
    stderr: str


@functools.cache
def run_case(case: str) -> Run:
    """Run the CLI on one case from the repository root (cached: the output does not change in a run)."""
    args = ["--format", "json"]
    now = _case_spec(case).get("now")
    if now:
        args += ["--now", now]
    args.append(f"fixtures/{case}/{_input_name(case)}")
    with contextlib.chdir(REPO_ROOT):
        result = CliRunner().invoke(main, args, catch_exceptions=False)
    return Run(tuple(args), result.exit_code, result.stdout, result.stderr)


def _output(case: str) -> dict:
    run = run_case(case)
    assert run.exit_code == 0, f"newsclean {' '.join(run.args)} exited {run.exit_code}: {run.stderr}"
    return json.loads(run.stdout)


def test_there_are_fixtures() -> None:
    assert len(CASES) >= 27, f"only {len(CASES)} fixture folders under {FIXTURES}"


@pytest.mark.parametrize("case", CASES)
def test_case_json_is_well_formed(case: str) -> None:
    spec = _case_spec(case)
    assert spec, f"fixtures/{case}/case.json is missing or empty"
    unknown = set(spec) - CASE_KEYS
    assert not unknown, f"unknown keys in case.json: {sorted(unknown)}"
    for key in ("must_contain", "must_not_contain"):
        assert all(isinstance(s, str) and s for s in spec.get(key, [])), f"{key} must be non-empty strings"


@pytest.mark.parametrize("case", CASES)
def test_golden(case: str, update_golden: bool) -> None:
    """The CLI output is byte for byte expected.json (``--update-golden`` rewrites it)."""
    run = run_case(case)
    assert run.exit_code == 0, f"newsclean {' '.join(run.args)} exited {run.exit_code}: {run.stderr}"
    golden = FIXTURES / case / "expected.json"
    if update_golden:
        golden.write_bytes(run.stdout.encode("utf-8"))
        return
    assert golden.is_file(), f"{golden} is missing: run pytest --update-golden and review git diff fixtures/"
    assert run.stdout == golden.read_bytes().decode("utf-8")


@pytest.mark.parametrize("case", CASES)
def test_golden_is_valid_json(case: str) -> None:
    golden = FIXTURES / case / "expected.json"
    if not golden.is_file():
        pytest.skip("no expected.json yet")
    record = json.loads(golden.read_text(encoding="utf-8"))
    assert record["source"]["path"] == f"fixtures/{case}/{_input_name(case)}"


def _field_cases() -> list[pytest.param]:
    params = []
    for case in CASES:
        spec = _case_spec(case)
        for key in EXACT_FIELDS:
            if key in spec:
                params.append(pytest.param(case, key, spec[key], id=f"{case}:{key}"))
    return params


@pytest.mark.parametrize(("case", "key", "expected"), _field_cases())
def test_case_field(case: str, key: str, expected: str | None) -> None:
    """An exact expectation from case.json: title, date, subtitle, author or site."""
    assert _output(case)[key] == expected


def _snippet_cases(key: str) -> list[pytest.param]:
    return [
        pytest.param(case, _case_spec(case).get(key, []), id=case)
        for case in CASES
        if _case_spec(case).get(key)
    ]


@pytest.mark.parametrize(("case", "snippets"), _snippet_cases("must_contain"))
def test_case_must_contain(case: str, snippets: list[str]) -> None:
    body = _output(case)["body"]
    missing = [snippet for snippet in snippets if snippet not in body]
    assert not missing, f"missing from the body: {missing}"


@pytest.mark.parametrize(("case", "snippets"), _snippet_cases("must_not_contain"))
def test_case_must_not_contain(case: str, snippets: list[str]) -> None:
    body = _output(case)["body"]
    present = [snippet for snippet in snippets if snippet in body]
    assert not present, f"should not be in the body: {present}"
