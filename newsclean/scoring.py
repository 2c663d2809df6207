"""Body-text scoring: the 4-gram shingle metric of the ScrapingHub article-extraction benchmark.

Text is split into tokens (``\\w+``, case kept), tokens into overlapping 4-token shingles counted as a
multiset. Per page, true positives, false positives and false negatives are the shingle counts in both,
only in the prediction and only in the truth, normalised to sum to 1 (so long pages weigh no more than
short ones). Over a corpus, precision is averaged over pages where the prediction has shingles or the
truth has none to miss, recall over pages where the truth has shingles, and F1 is the harmonic mean of
the two averages, exactly as the benchmark's ``evaluate.py`` does.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

SHINGLE_SIZE = 4
_TOKEN_RE = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class PageScore:
    """Normalised shingle counts of one page."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp == self.fp == 0:
            return 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp == self.fn == 0:
            return 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class CorpusScore:
    precision: float
    recall: float
    f1: float
    pages: int


def tokens(text: str) -> list[str]:
    return _TOKEN_RE.findall(text or "")


def shingles(text: str, n: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles; a text shorter than n tokens is one short shingle."""
    toks = tokens(text)
    return Counter(tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i : i + n])


def score_page(truth: str, predicted: str) -> PageScore:
    true, pred = shingles(truth), shingles(predicted)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if total == 0:
        return PageScore(0.0, 0.0, 0.0)
    return PageScore(tp / total, fp / total, fn / total)


def score_corpus(pages: list[PageScore]) -> CorpusScore:
    precisions = [p.precision for p in pages if p.tp + p.fp > 0]
    recalls = [p.recall for p in pages if p.tp + p.fn > 0]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return CorpusScore(precision, recall, f1, len(pages))


def normalise_title(title: str | None) -> str:
    """Whitespace-normalised title for exact-match scoring."""
    return " ".join((title or "").split())


def exact_text(truth: str, predicted: str) -> bool:
    """Same text once whitespace is normalised (the benchmark's 'accuracy')."""
    return " ".join(tokens(truth)) == " ".join(tokens(predicted))
