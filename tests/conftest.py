"""Shared pytest configuration: the ``--update-golden`` option and the repository root."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

#: the repository root (the folder that holds ``newsclean/``, ``fixtures/`` and ``tests/``)
REPO_ROOT = Path(__file__).resolve().parent.parent

# tests run against the working tree even when the package is not installed (pip install -e .)
if importlib.util.find_spec("newsclean") is None:
    sys.path.insert(0, str(REPO_ROOT))


#: what the suite imports besides the standard library (pyproject.toml: the dependencies and the test extra)
REQUIRED_MODULES = (
    "click",
    "bs4",
    "lxml",
    "lxml_html_clean",
    "readability",
    "justext",
    "hypothesis",
    "markdown_it",
)


def pytest_configure(config: pytest.Config) -> None:
    """Stop at once, with one line saying what to do, when this Python lacks the project's dependencies
    (pytest run with an interpreter the README's set-up command did not install into), instead of an
    ImportError in whichever test module is collected first."""
    missing = [name for name in REQUIRED_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        raise pytest.UsageError(
            f"{sys.executable} lacks {', '.join(missing)}: install the project with its test extra first"
            " (pip install '.[test]', as the README's test command does)"
        )


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite fixtures/*/expected.json from the current output instead of comparing with it.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was started with ``--update-golden``."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def repo_root() -> Path:
    return REPO_ROOT
