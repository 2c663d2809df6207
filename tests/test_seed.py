"""The seed page ../shared/seeds/000_b0b95ddb558416e9.txt (an innerText dump), checked end to end.

The expected paragraphs are read from the seed itself at test time, between two anchors: the first
sentence of the article and its last sentence. Skipped when the shared folder is not there (someone who
only installed the package).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsclean import Article, clean_file

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED = REPO_ROOT.parent / "shared" / "seeds" / "000_b0b95ddb558416e9.txt"

TITLE = "Amazon Is Suspending Police Use Of Facial Recognition For One Year"
SUBTITLE_START = "The company is joining IBM"
FIRST = "Amazon said in a blog post on Wednesday"
LAST = "It made no indication of what would happen after the suspension expired."

pytestmark = pytest.mark.skipif(
    not SEED.is_file(), reason=f"seed page not found: {SEED} (../shared is absent)"
)


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return [line.strip() for line in SEED.read_text(encoding="utf-8").split("\n")]


@pytest.fixture(scope="module")
def article() -> Article:
    return clean_file(str(SEED))


def _index(lines: list[str], predicate) -> int:
    return next(i for i, line in enumerate(lines) if predicate(line))


@pytest.fixture(scope="module")
def paragraphs(lines: list[str]) -> list[str]:
    """The article's paragraphs as the seed prints them: non-empty lines from FIRST to LAST."""
    start = _index(lines, lambda line: line.startswith(FIRST))
    end = _index(lines, lambda line: line == LAST)
    return [line for line in lines[start : end + 1] if line]


@pytest.fixture(scope="module")
def after(lines: list[str]) -> list[str]:
    """The non-empty lines after the article's last sentence."""
    end = _index(lines, lambda line: line == LAST)
    return [line for line in lines[end + 1 :] if line]


def test_title(article: Article) -> None:
    assert article.title == TITLE


def test_date(article: Article) -> None:
    assert article.date == dt.date(2026, 3, 2)


def test_site(article: Article) -> None:
    assert article.site == "Beautiful Virgin Islands"


def test_subtitle(article: Article, lines: list[str]) -> None:
    expected = lines[_index(lines, lambda line: line.startswith(SUBTITLE_START))]
    assert article.subtitle == expected


def test_body_starts_with_first_paragraph(article: Article) -> None:
    assert article.body_text.startswith(FIRST)


def test_body_ends_with_last_sentence(article: Article) -> None:
    assert article.body_text.endswith(LAST)


def test_body_is_every_paragraph_in_between(article: Article, paragraphs: list[str]) -> None:
    assert len(paragraphs) >= 10
    assert [block.text for block in article.body] == paragraphs


def test_body_has_none_of_the_lines_after_it(article: Article, after: list[str]) -> None:
    assert len(after) >= 20
    body = article.body_text
    leaked = [line for line in after if len(line) > 3 and line in body]
    assert not leaked, f"lines after the article found in the body: {leaked[:5]}"


def test_body_has_no_subtitle_or_title(article: Article) -> None:
    assert SUBTITLE_START not in article.body_text
    assert TITLE not in article.body_text
