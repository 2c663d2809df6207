"""The README is tested: its two set-up commands, that CI runs the second verbatim, and that every
command-line option, exit code and JSON key is documented.

The set-up commands are the lines of the first ```sh block after the ``<!-- setup-commands:`` marker.
Installing inside a test would be too slow; the commands are checked for shell syntax, for what they
install and run, and the newsclean part of the first one is run in-process.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import shlex
import shutil
import subprocess
import tomllib
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from newsclean import cli, writers
from newsclean.cli import batch_command, main
from newsclean.model import Article, Block

REPO_ROOT = Path(__file__).resolve().parent.parent
README = REPO_ROOT / "README.md"
CI_SCRIPT = REPO_ROOT / ".ci" / "run"
SETUP_MARKER = "<!-- setup-commands:"
SETUP_BLOCK_RE = re.compile(r"```sh\n(?P<body>.*?)\n```", re.S)
TEST_COMMAND_RE = re.compile(r"^TEST_COMMAND=(?P<value>.+)$", re.M)
#: the exit-code lines of cli.py's docstring: ``    3  an input could not be read ...``
DOC_EXIT_CODE_RE = re.compile(r"^ {4}(?P<code>\d)  \S", re.M)
FIXTURE_PATH_RE = re.compile(r"fixtures/[\w.-]+(?:/[\w.-]+)?")


def readme() -> str:
    return README.read_text(encoding="utf-8")


def setup_commands() -> list[str]:
    """The lines of the set-up block."""
    text = readme()
    assert SETUP_MARKER in text, f"README.md has no {SETUP_MARKER!r} marker before the set-up commands"
    match = SETUP_BLOCK_RE.search(text.split(SETUP_MARKER, 1)[1])
    assert match, "no ```sh block after the set-up marker"
    return match["body"].splitlines()


def steps(command: str) -> list[list[str]]:
    """The ``&&``-separated steps of a command, each split into words."""
    return [shlex.split(step) for step in command.split("&&")]


def ci_test_command() -> str:
    """The value of TEST_COMMAND in .ci/run."""
    match = TEST_COMMAND_RE.search(CI_SCRIPT.read_text(encoding="utf-8"))
    assert match, ".ci/run has no TEST_COMMAND= line"
    (value,) = shlex.split(match["value"])
    return value


def documented(name: str, text: str) -> bool:
    """``name`` appears in the text as a word of its own (``-f`` is not found inside ``--format``)."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


# the two set-up commands ------------------------------------------------------------------------------
def test_there_are_exactly_two_setup_commands() -> None:
    commands = setup_commands()
    assert len(commands) == 2
    assert all(command.strip() and not command.lstrip().startswith("#") for command in commands)


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize("which", [0, 1], ids=["run-example", "run-tests"])
def test_setup_command_is_valid_shell(which: int) -> None:
    command = setup_commands()[which]
    assert subprocess.run(["bash", "-n", "-c", command], capture_output=True, check=False).returncode == 0


@pytest.mark.parametrize("which", [0, 1], ids=["run-example", "run-tests"])
def test_setup_command_makes_and_uses_a_venv(which: int) -> None:
    words = steps(setup_commands()[which])
    assert words[0] == ["python3", "-m", "venv", ".venv"]
    assert words[1] == [".", ".venv/bin/activate"]


def test_first_command_installs_the_project() -> None:
    assert ["pip", "install", "."] in steps(setup_commands()[0])


def test_first_command_cleans_a_bundled_example() -> None:
    run = steps(setup_commands()[0])[-1]
    assert run[0] == "newsclean"
    inputs = [word for word in run[1:] if word.startswith("fixtures/")]
    assert inputs and all((REPO_ROOT / name).is_file() for name in inputs)


def test_first_command_example_gives_an_article() -> None:
    run = steps(setup_commands()[0])[-1]
    with contextlib.chdir(REPO_ROOT):
        result = CliRunner().invoke(main, run[1:], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("---\ntitle: ")


def test_second_command_installs_the_test_extra_and_runs_pytest() -> None:
    words = steps(setup_commands()[1])
    assert words[-2:] == [["pip", "install", ".[test]"], ["python", "-m", "pytest", "-q"]]


def test_test_extra_has_the_test_tools() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extra = " ".join(project["optional-dependencies"]["test"])
    assert all(tool in extra for tool in ("pytest", "ruff"))


# CI runs the README's test command --------------------------------------------------------------------
def test_ci_runs_the_readme_test_command() -> None:
    assert ci_test_command() == setup_commands()[1]


def test_ci_evaluates_its_test_command() -> None:
    assert re.search(r'^eval "\$TEST_COMMAND"', CI_SCRIPT.read_text(encoding="utf-8"), re.M)


@pytest.mark.parametrize(
    "line",
    ["set -euo pipefail", "python3 -m venv .venv", "pip install '.[test]'", "ruff check ."],
    ids=["strict-mode", "venv", "install-test-extra", "ruff"],
)
def test_ci_step(line: str) -> None:
    lines = [raw.split(" || ")[0].strip() for raw in CI_SCRIPT.read_text(encoding="utf-8").splitlines()]
    assert line in lines


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_ci_script_is_valid_bash() -> None:
    assert subprocess.run(["bash", "-n", str(CI_SCRIPT)], capture_output=True, check=False).returncode == 0


# what the README documents ----------------------------------------------------------------------------
def _option_names() -> list[str]:
    return sorted({name for param in main.params for name in [*param.opts, *param.secondary_opts]})


@pytest.mark.parametrize("name", [n for n in _option_names() if n.startswith("-")])
def test_every_option_is_documented(name: str) -> None:
    assert documented(name, readme()), f"README.md does not mention {name}"


def _batch_option_names() -> list[str]:
    names = {name for param in batch_command.params for name in [*param.opts, *param.secondary_opts]}
    return sorted(name for name in names if name.startswith("-"))


@pytest.mark.parametrize("name", _batch_option_names())
def test_every_batch_option_is_documented_in_the_batch_section(name: str) -> None:
    section = readme().split("## A folder of pages: `newsclean batch`", 1)[1].split("\n## ", 1)[0]
    assert documented(name, section), f"the README's batch section does not mention {name}"


def _batch_examples() -> list[str]:
    return [line for line in readme().splitlines() if line.startswith("newsclean batch ")]


def test_readme_has_batch_examples() -> None:
    assert len(_batch_examples()) >= 5


@pytest.mark.parametrize("line", _batch_examples())
def test_batch_examples_use_real_options(line: str) -> None:
    words = shlex.split(line.split("  #", 1)[0].split(" 2>", 1)[0])
    known = {*_batch_option_names(), *batch_command.get_help_option_names(click.Context(batch_command))}
    assert all(word in known for word in words if word.startswith("-")), line


def test_help_option_is_documented() -> None:
    names = main.get_help_option_names(click.Context(main))
    assert all(documented(name, readme()) for name in names)


def test_every_format_is_documented() -> None:
    assert all(documented(f"-f {fmt}", readme()) or f"`{fmt}`" in readme() for fmt in cli.FORMATS)


def _exit_codes() -> list[str]:
    return DOC_EXIT_CODE_RE.findall(cli.__doc__ or "")


def test_cli_docstring_lists_exit_codes() -> None:
    assert _exit_codes() == ["0", "1", "2", "3", "4", "5"]


@pytest.mark.parametrize("code", _exit_codes())
def test_every_exit_code_is_documented(code: str) -> None:
    assert re.search(rf"^\| {code} \| \w", readme(), re.M), f"exit code {code} is not in the README's table"


def _json_keys() -> list[str]:
    article = Article(title="T", date=dt.date(2026, 3, 2), body=(Block("Text.", 0, 1),))
    record = writers.to_dict(article, source="page.txt")
    keys = []
    for key, value in record.items():
        keys.append(key)
        if key == "source":
            keys.extend(f"{key}.{inner}" for inner in value)
    return keys


@pytest.mark.parametrize("key", _json_keys())
def test_every_json_key_is_documented(key: str) -> None:
    assert re.search(rf"^\| `{re.escape(key)}` \| \S", readme(), re.M), f"JSON key {key} is not in the schema"


def test_fixture_paths_in_the_readme_exist() -> None:
    missing = [p for p in FIXTURE_PATH_RE.findall(readme()) if not (REPO_ROOT / p).exists()]
    assert not missing
