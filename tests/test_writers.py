"""Writers: JSON, JSON Lines, Markdown and plain text from an Article (pure functions, no I/O)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from newsclean import writers
from newsclean.model import Article, Block

FRONT_MATTER_KEYS = ["title", "date", "subtitle", "author", "site", "language", "url", "source"]
KEYS = [*FRONT_MATTER_KEYS[:-1], "body", "found_by", "date_note", "source"]


def _article(*texts: str, **fields: object) -> Article:
    blocks = tuple(Block(text, i, i + 1) for i, text in enumerate(texts or ("A paragraph.",)))
    defaults: dict[str, object] = {
        "title": "Council Votes 6-1 on Ferry Repairs",
        "date": dt.date(2026, 3, 2),
        "body": blocks,
        "subtitle": "The pier will be patched, not rebuilt.",
        "author": "Jane Roe",
        "site": "Harbor Times",
        "language": "en",
        "found_by": {"title": "headline_before_text", "date": "dateline_near_title", "author": "byline"},
        "path": "saved/page.txt",
    }
    defaults.update(fields)
    return Article(**defaults)  # type: ignore[arg-type]


ARTICLE = _article("First paragraph.", "Second paragraph.")


# JSON ----------------------------------------------------------------------------------------------------
def test_json_key_order() -> None:
    assert list(json.loads(writers.to_json(ARTICLE))) == KEYS


def test_json_source_key_order() -> None:
    assert list(json.loads(writers.to_json(ARTICLE))["source"]) == ["path", "kind", "layout"]


def test_json_values() -> None:
    record = json.loads(writers.to_json(ARTICLE))
    assert record["date"] == "2026-03-02"
    assert record["body"] == "First paragraph.\n\nSecond paragraph."
    assert record["source"] == {"path": "saved/page.txt", "kind": "text", "layout": "lines"}


def test_json_found_by_is_sorted() -> None:
    assert list(json.loads(writers.to_json(ARTICLE))["found_by"]) == ["author", "date", "title"]


def test_json_is_stable() -> None:
    again = _article("First paragraph.", "Second paragraph.")
    assert writers.to_json(ARTICLE) == writers.to_json(again)


def test_json_found_by_insertion_order_does_not_matter() -> None:
    other = _article(
        "First paragraph.",
        "Second paragraph.",
        found_by={"author": "byline", "date": "dateline_near_title", "title": "headline_before_text"},
    )
    assert writers.to_json(ARTICLE) == writers.to_json(other)


def test_json_ends_with_one_newline() -> None:
    text = writers.to_json(ARTICLE)
    assert text.endswith("}\n")
    assert not text.endswith("\n\n")


def test_json_keeps_unicode_unescaped() -> None:
    text = writers.to_json(_article("Der Fähranleger in Köln – „neu“.", title="海港城"))
    assert "Fähranleger" in text
    assert "海港城" in text
    assert "\\u" not in text


def test_json_missing_values_are_null() -> None:
    record = json.loads(
        writers.to_json(_article(title=None, date=None, subtitle=None, author=None, site=None))
    )
    assert [record[k] for k in ("title", "date", "subtitle", "author", "site", "url")] == [None] * 6


def test_json_source_overrides_path() -> None:
    assert json.loads(writers.to_json(ARTICLE, source="other.txt"))["source"]["path"] == "other.txt"


# JSON Lines ----------------------------------------------------------------------------------------------
def test_json_line_is_one_line() -> None:
    line = writers.to_json_line(_article("Para one.", "Para two.\nwith a newline"))
    assert line.endswith("\n")
    assert line.count("\n") == 1


def test_json_line_same_record_as_json() -> None:
    assert json.loads(writers.to_json_line(ARTICLE)) == json.loads(writers.to_json(ARTICLE))


def test_json_line_key_order() -> None:
    assert list(json.loads(writers.to_json_line(ARTICLE))) == KEYS


def test_json_line_is_compact() -> None:
    assert '", "' not in writers.to_json_line(ARTICLE)


def test_error_record() -> None:
    record = json.loads(writers.error_record("a.txt", "no_article", "no article text found"))
    assert record == {
        "error": {"kind": "no_article", "message": "no article text found"},
        "source": {"path": "a.txt"},
    }


# Markdown ------------------------------------------------------------------------------------------------
def _front_matter(markdown: str) -> dict[str, object]:
    """Parse the front matter as YAML-ish ``key: value`` lines whose values are JSON scalars."""
    lines = markdown.split("\n")
    assert lines[0] == "---"
    end = lines.index("---", 1)
    result: dict[str, object] = {}
    for line in lines[1:end]:
        match = re.fullmatch(r"([a-z_]+): (.*)", line)
        assert match, f"not a key: value line: {line!r}"
        result[match.group(1)] = json.loads(match.group(2))
    return result


def _body_lines(markdown: str) -> list[str]:
    lines = markdown.split("\n")
    end = lines.index("---", 1)
    return [line for line in lines[end + 1 :] if line]


def test_markdown_front_matter_keys() -> None:
    assert list(_front_matter(writers.to_markdown(ARTICLE))) == FRONT_MATTER_KEYS


def test_markdown_front_matter_values() -> None:
    front = _front_matter(writers.to_markdown(ARTICLE))
    assert front["title"] == "Council Votes 6-1 on Ferry Repairs"
    assert front["date"] == "2026-03-02"
    assert front["author"] == "Jane Roe"
    assert front["url"] is None
    assert front["source"] == "saved/page.txt"


def test_markdown_front_matter_quotes_and_colons() -> None:
    title = 'Mayor: "We were leaving the job half done" # not a comment'
    assert _front_matter(writers.to_markdown(_article(title=title)))["title"] == title


def test_markdown_title_subtitle_and_body() -> None:
    assert _body_lines(writers.to_markdown(ARTICLE)) == [
        "# Council Votes 6-1 on Ferry Repairs",
        "*The pier will be patched, not rebuilt.*",
        "First paragraph.",
        "Second paragraph.",
    ]


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        pytest.param("# Not a heading", "\\# Not a heading", id="hash"),
        pytest.param("## Two hashes", "\\## Two hashes", id="double-hash"),
        pytest.param("- not a list item", "\\- not a list item", id="dash"),
        pytest.param("+ not a list item", "\\+ not a list item", id="plus"),
        pytest.param("1. not a numbered item", "1\\. not a numbered item", id="number-dot"),
        pytest.param(
            "2026. A year that starts a sentence.", "2026\\. A year that starts a sentence.", id="year"
        ),
        pytest.param("3) not a numbered item", "3\\) not a numbered item", id="number-paren"),
        pytest.param("> not a quote", "\\> not a quote", id="quote"),
        pytest.param("--- not a rule", "\\--- not a rule", id="rule"),
    ],
)
def test_markdown_escapes_block_starts(text: str, escaped: str) -> None:
    assert _body_lines(writers.to_markdown(_article(text, title=None, subtitle=None))) == [escaped]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("#hashtag at the start", id="hashtag"),
        pytest.param("-5 degrees overnight", id="negative-number"),
        pytest.param("1.5 million riders", id="decimal"),
    ],
)
def test_markdown_leaves_harmless_starts_alone(text: str) -> None:
    assert _body_lines(writers.to_markdown(_article(text, title=None, subtitle=None))) == [text]


def test_markdown_escapes_inline_markup() -> None:
    line = _body_lines(writers.to_markdown(_article("a *b* _c_ [d] `e`", title=None, subtitle=None)))[0]
    assert line == "a \\*b\\* \\_c\\_ \\[d\\] \\`e\\`"


def test_markdown_list_items_stay_together() -> None:
    body = (Block("The plan:", 0, 1), Block("one", 1, 2, "li"), Block("two", 2, 3, "li"), Block("End.", 3, 4))
    markdown = writers.to_markdown(_article(body=body, title=None, subtitle=None))
    assert markdown.split("---\n", 2)[2] == "\nThe plan:\n\n- one\n- two\n\nEnd.\n"


def test_markdown_without_title_has_no_heading() -> None:
    assert not any(line.startswith("# ") for line in _body_lines(writers.to_markdown(_article(title=None))))


def test_markdown_ends_with_one_newline() -> None:
    text = writers.to_markdown(ARTICLE)
    assert text.endswith(".\n")
    assert not text.endswith("\n\n")


# plain text ----------------------------------------------------------------------------------------------
def test_text_is_title_then_paragraphs() -> None:
    assert (
        writers.to_text(ARTICLE)
        == "Council Votes 6-1 on Ferry Repairs\n\nFirst paragraph.\n\nSecond paragraph.\n"
    )


def test_text_without_title() -> None:
    assert writers.to_text(_article("Only.", title=None)) == "Only.\n"


def test_writers_table() -> None:
    assert set(writers.WRITERS) == {"json", "jsonl", "md", "text"}


def test_is_output_recognises_the_writers() -> None:
    article = Article(
        title="Harbor bridge reopens",
        date=None,
        body=(Block("The bridge reopened on Monday after four months of repairs.", 0, 1),),
        kind="text",
    )
    for render in (writers.to_json, writers.to_json_line, writers.to_markdown):
        assert writers.is_output(render(article, source="page.txt").encode())
    assert writers.is_output(writers.error_record("x.png", "bad-input", "not a page").encode())
    assert not writers.is_output(writers.to_text(article).encode())  # text output carries no mark


@pytest.mark.parametrize(
    "data",
    [
        b"my own notes\n",
        b'{"title": "x"}',
        b"---\ntitle: My post\n---\n\nHello",
        b"<html></html>",
        b"\xff\xfe",
    ],
)
def test_is_output_rejects_other_files(data: bytes) -> None:
    assert not writers.is_output(data)
