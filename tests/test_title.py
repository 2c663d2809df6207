"""The headline over its dek: metadata._headline_over_dek, the rule that prefers the line above the best
scoring title when that line reads as a headline and the best one is longer (a dek)."""

from __future__ import annotations

import pytest

from newsclean import cleaner, metadata, textdump

DEK = (
    "Small companies will get free computing time, training and weekly sessions with state university "
    "researchers at the lab near the river"
)


def _page(above: str) -> cleaner.Page:
    blocks, _ = textdump.split_blocks("\n".join([above, DEK, "By Priya Anand", "March 2, 2026"]))
    return cleaner.features(blocks, "en")


@pytest.mark.parametrize(
    "above",
    [
        "Valley bets on a shared lab to keep its young firms at home",
        "AI is Already in the Newsroom Today",
        "Roundup: Turnovers costly in home loss to the visitors",
    ],
)
def test_headline_over_dek(above: str) -> None:
    assert metadata._headline_over_dek(_page(above), 0, 1)


@pytest.mark.parametrize(
    "above",
    [
        pytest.param("Subscribe Events Video Special Issues Jobs", id="menu-in-capitals"),
        pytest.param("US & Canada news is sponsored by", id="sponsor-label"),
        pytest.param("VALLEY BETS ON A SHARED LAB FOR YOUNG FIRMS", id="upper-case-section"),
        pytest.param("The valley has a new lab for its young firms.", id="a-sentence"),
        pytest.param("Home Business", id="too-short"),
        pytest.param("│ a table cell of the page layout with words in it │", id="box-drawing"),
    ],
)
def test_not_headline_over_dek(above: str) -> None:
    assert not metadata._headline_over_dek(_page(above), 0, 1)
