"""The ScrapingHub 4-gram shingle metric (newsclean.scoring) on small cases computed by hand."""

from __future__ import annotations

from collections import Counter

import pytest

from newsclean.scoring import (
    CorpusScore,
    PageScore,
    exact_text,
    normalise_title,
    score_corpus,
    score_page,
    shingles,
    tokens,
)


def test_tokens_are_word_runs_with_case_kept() -> None:
    assert tokens("The Council's vote, 6-1.") == ["The", "Council", "s", "vote", "6", "1"]


def test_tokens_of_none_and_empty() -> None:
    assert tokens("") == []
    assert tokens(None) == []  # type: ignore[arg-type]


def test_shingles_of_six_tokens() -> None:
    assert shingles("a b c d e f") == Counter(
        {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1, ("c", "d", "e", "f"): 1}
    )


def test_shingles_count_repeats() -> None:
    assert shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("a b c", Counter({("a", "b", "c"): 1}), id="three-tokens"),
        pytest.param("one", Counter({("one",): 1}), id="one-token"),
        pytest.param("", Counter(), id="empty"),
        pytest.param("  ...  ", Counter(), id="no-tokens"),
    ],
)
def test_shingles_of_short_texts(text: str, expected: Counter) -> None:
    assert shingles(text) == expected


def _approx(score: PageScore, tp: float, fp: float, fn: float) -> None:
    assert (score.tp, score.fp, score.fn) == (pytest.approx(tp), pytest.approx(fp), pytest.approx(fn))


def test_identical() -> None:
    score = score_page("a b c d e f", "a b c d e f")
    _approx(score, 1, 0, 0)
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)


def test_disjoint() -> None:
    score = score_page("a b c d e", "v w x y z")
    _approx(score, 0, 0.5, 0.5)
    assert (score.precision, score.recall, score.f1) == (0.0, 0.0, 0.0)


def test_partial_overlap_one_of_two() -> None:
    # truth shingles: abcd, bcde; predicted: abcd, bcdx -> tp 1, fp 1, fn 1 (each 1/3)
    score = score_page("a b c d e", "a b c d x")
    _approx(score, 1 / 3, 1 / 3, 1 / 3)
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(0.5)
    assert score.f1 == pytest.approx(0.5)


def test_prediction_misses_the_end() -> None:
    # truth: 3 shingles; prediction: the first 2 of them -> tp 2/3, fn 1/3
    score = score_page("a b c d e f", "a b c d e")
    _approx(score, 2 / 3, 0, 1 / 3)
    assert score.precision == 1.0
    assert score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(0.8)


def test_prediction_adds_chrome() -> None:
    # truth: abcd; prediction: abcd, bcdx, cdxy -> tp 1/3, fp 2/3
    score = score_page("a b c d", "a b c d x y")
    _approx(score, 1 / 3, 2 / 3, 0)
    assert score.precision == pytest.approx(1 / 3)
    assert score.recall == 1.0
    assert score.f1 == pytest.approx(0.5)


def test_repeated_shingles_count_as_a_multiset() -> None:
    # truth has abcd twice (abcdabcd -> abcd, bcda, cdab, dabc, abcd); prediction once
    score = score_page("a b c d a b c d", "a b c d")
    _approx(score, 1 / 5, 0, 4 / 5)


def test_case_matters() -> None:
    assert score_page("A b c d", "a b c d").tp == 0.0


def test_empty_prediction() -> None:
    score = score_page("a b c d e", "")
    _approx(score, 0, 0, 1)
    assert (score.precision, score.recall) == (0.0, 0.0)


def test_empty_truth_and_prediction() -> None:
    score = score_page("", "")
    _approx(score, 0, 0, 0)
    assert (score.precision, score.recall) == (1.0, 1.0)


def test_empty_truth_with_prediction() -> None:
    score = score_page("", "a b c d")
    _approx(score, 0, 1, 0)
    assert score.precision == 0.0


@pytest.mark.parametrize(
    ("truth", "predicted", "tp"),
    [
        pytest.param("a b c", "a b c", 1.0, id="identical-short"),
        pytest.param("a b c", "a b", 0.0, id="shorter-short"),
        pytest.param("a b", "a b c d", 0.0, id="short-truth-long-prediction"),
    ],
)
def test_texts_shorter_than_four_tokens(truth: str, predicted: str, tp: float) -> None:
    assert score_page(truth, predicted).tp == pytest.approx(tp)


# corpus averaging, as the benchmark's metrics_from_tp_fp_fns does ------------------------------------------
def test_corpus_averages_pages() -> None:
    pages = [PageScore(1.0, 0.0, 0.0), PageScore(1 / 3, 1 / 3, 1 / 3)]
    result = score_corpus(pages)
    assert result.precision == pytest.approx(0.75)
    assert result.recall == pytest.approx(0.75)
    assert result.f1 == pytest.approx(0.75)
    assert result.pages == 2


def test_corpus_skips_empty_prediction_in_precision() -> None:
    # page 2 has no prediction: it counts for recall (0) but not for precision
    pages = [PageScore(1.0, 0.0, 0.0), PageScore(0.0, 0.0, 1.0)]
    result = score_corpus(pages)
    assert result.precision == pytest.approx(1.0)
    assert result.recall == pytest.approx(0.5)
    assert result.f1 == pytest.approx(2 / 3)


def test_corpus_skips_empty_truth_in_recall() -> None:
    # page 2 has no truth: it counts for precision (0) but not for recall
    pages = [PageScore(1.0, 0.0, 0.0), PageScore(0.0, 1.0, 0.0)]
    result = score_corpus(pages)
    assert result.precision == pytest.approx(0.5)
    assert result.recall == pytest.approx(1.0)


def test_corpus_skips_all_empty_page_entirely() -> None:
    pages = [PageScore(0.5, 0.5, 0.0), PageScore(0.0, 0.0, 0.0)]
    result = score_corpus(pages)
    assert result.precision == pytest.approx(0.5)
    assert result.recall == pytest.approx(1.0)
    assert result.pages == 2


def test_corpus_f1_is_harmonic_mean_of_averages_not_average_of_f1() -> None:
    pages = [score_page("a b c d e f", "a b c d e f"), score_page("a b c d e", "v w x y z")]
    result = score_corpus(pages)
    assert result.precision == pytest.approx(0.5)
    assert result.recall == pytest.approx(0.5)
    assert result.f1 == pytest.approx(0.5)


def test_corpus_of_nothing() -> None:
    assert score_corpus([]) == CorpusScore(0.0, 0.0, 0.0, 0)


# titles and exact text --------------------------------------------------------------------------------------
def test_normalise_title() -> None:
    assert normalise_title("  Council  votes\n6-1 ") == "Council votes 6-1"
    assert normalise_title(None) == ""


@pytest.mark.parametrize(
    ("truth", "predicted", "same"),
    [
        pytest.param("One two.\n\nThree", "One two. Three", True, id="whitespace-and-layout"),
        pytest.param("One two", "One, two!", True, id="punctuation"),
        pytest.param("One two", "One two three", False, id="extra-word"),
    ],
)
def test_exact_text(truth: str, predicted: str, same: bool) -> None:
    assert exact_text(truth, predicted) is same
