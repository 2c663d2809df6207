"""Regression guard: newsclean's body F1 on a fixed subset of the dev corpora stays at or above the floors
kept in ``bench/floors.json``.

The subset is the first 40 ids (sorted) of each corpus, on each dump flavour (``bench/corpus.py``,
``regression_subset``). Floors are only raised (``python bench/compare.py --update-floors``); lowering one
needs a reason in the commit message (bench/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import compare  # noqa: E402
import corpus  # noqa: E402

FLOORS = compare.read_floors()


def test_floors_file_has_floors() -> None:
    assert FLOORS, f"{compare.FLOORS_PATH} holds no floors: run python bench/compare.py --update-floors"
    assert all(0.0 < floor <= 1.0 for floor in FLOORS.values())


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_body_f1_not_below_floor(key: str) -> None:
    name, mode = key.split("/", 1)
    path = corpus.DEFAULT_ROOT / name
    if not (path / "truth.jsonl").is_file():
        pytest.skip(f"corpus {name!r} is absent ({path}): the dev corpora live in ../shared/corpus")
    loaded = corpus.load_corpus(path)
    if not loaded.has_mode(mode):
        pytest.skip(f"corpus {name!r} has no {mode!r} dumps")
    f1 = compare.regression_f1(loaded, mode)
    assert f1 >= FLOORS[key], (
        f"newsclean body F1 on {key} (first {corpus.REGRESSION_IDS} ids) fell to {f1:.4f}, under the floor"
        f" {FLOORS[key]:.3f}; see the worst pages with:"
        f" python bench/compare.py {path} --tool newsclean --mode {mode} --limit {corpus.REGRESSION_IDS}"
        " --per-page 10 --reps 0"
    )
