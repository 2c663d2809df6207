"""Regression guard: newsclean's body F1 on a fixed subset of the dev corpora stays at or above the floors
kept in ``bench/floors.json``, and newsclean raises nothing but its own errors there.

The subset is the first 40 ids (sorted) of each corpus, on each dump flavour (``bench/corpus.py``,
``regression_subset``). Floors are only raised (``python bench/compare.py --update-floors``); lowering one
needs a reason in the commit message (bench/README.md).
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import compare  # noqa: E402
import corpus  # noqa: E402

FLOORS = compare.read_floors()


@functools.cache
def check(key: str) -> compare.Regression:
    """newsclean on the subset named by ``corpus/flavour``, once per test session; skips when absent."""
    name, mode = key.split("/", 1)
    path = corpus.DEFAULT_ROOT / name
    if not (path / "truth.jsonl").is_file():
        pytest.skip(f"corpus {name!r} is absent ({path}): the dev corpora live in ../shared/corpus")
    loaded = corpus.load_corpus(path)
    if not loaded.has_mode(mode):
        pytest.skip(f"corpus {name!r} has no {mode!r} dumps")
    return compare.regression_check(loaded, mode)


def test_floors_file_has_floors() -> None:
    assert FLOORS, f"{compare.FLOORS_PATH} holds no floors: run python bench/compare.py --update-floors"
    assert all(0.0 < floor <= 1.0 for floor in FLOORS.values())


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_body_f1_not_below_floor(key: str) -> None:
    result = check(key)
    name, mode = key.split("/", 1)
    assert result.f1 >= FLOORS[key], (
        f"newsclean body F1 on {key} (first {corpus.REGRESSION_IDS} ids) fell to {result.f1:.4f}, under the"
        f" floor {FLOORS[key]:.3f}; see the worst pages with: python bench/compare.py ../shared/corpus/{name}"
        f" --tool newsclean --mode {mode} --limit {corpus.REGRESSION_IDS} --per-page 10 --reps 0"
    )


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_no_crash_on_the_subset(key: str) -> None:
    crashes = check(key).crashes
    assert not crashes, f"newsclean raised errors that are not NewscleanError on {key}: {crashes[:5]}"
