"""Property-based tests (hypothesis) over generated text dumps and HTML pages.

Properties, for every generated input:

* **never raises**: ``clean`` returns an Article or raises a NewscleanError subclass (one-line message,
  exit code 3, 4 or 5); any other exception is a bug.
* **nothing invented**: every body paragraph is text of the input, after the documented normalisation.
  Precisely: let ``strip(s)`` be ``s`` in NFC with every whitespace character and every invisible one
  (zero-width space, word joiner, BOM, soft hyphen, direction marks) removed. For a text dump, the input is
  ``textdump.normalise``-d, each of its lines goes through the front end's line clean-up
  (``textdump._clean_line``: list bullets, lynx link numbers, w3m markup, rules), and the lines are
  concatenated; for an HTML page, the input is the text of the generated document, its text nodes
  concatenated in document order (entities decoded). Every paragraph ``p`` of the body must satisfy
  ``strip(p) in strip(input)``. Removing whitespace makes re-joined hard-wrapped lines, collapsed spaces
  and ``<br>`` line breaks transparent; it cannot make up words that are not in the input.
* **deterministic**: the same input gives the same JSON, also after other inputs were cleaned in between
  (no state leaks from one page to the next); tests/test_hostile.py checks this across processes with
  different hash seeds.
* **JSON follows the schema** documented in the README (keys, their order, their types, ISO dates), and
  JSON Lines is one line that parses to the same object.
* **Markdown is CommonMark that reads back**: markdown-it-py (CommonMark preset) parses the output of
  ``to_markdown`` into a front matter of JSON-quoted values, the title as the one ``h1``, then one block
  per body block, of the right kind (paragraph, heading, list item, quote, fenced code), whose text is the
  block's text.

The number of examples is ``NEWSCLEAN_EXAMPLES`` (default 100 per test; the test runs are derandomised, so
CI sees the same inputs every time). A long random run is a fuzzing run::

    HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_properties.py -q -p no:cacheprovider
    NEWSCLEAN_EXAMPLES=20000 NEWSCLEAN_RANDOM=1 python -m pytest tests/test_properties.py -q   # any budget
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
import textwrap
import unicodedata
from dataclasses import dataclass, field

import markdown_it
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclean import pipeline, textdump, writers
from newsclean.errors import NewscleanError
from newsclean.model import Article, Block, Options

#: HYPOTHESIS_PROFILE=fuzz: the large budget (5,000 examples per test, new random inputs on every run)
FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
EXAMPLES = int(os.environ.get("NEWSCLEAN_EXAMPLES", "5000" if FUZZ else "100"))
PROPERTY_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,  # the first HTML example imports lxml and readability
    derandomize=not (FUZZ or os.environ.get("NEWSCLEAN_RANDOM")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
NOW = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)
KEYS = [
    "title",
    "date",
    "subtitle",
    "author",
    "site",
    "language",
    "url",
    "body",
    "found_by",
    "date_note",
    "source",
]
FOUND_BY_FIELDS = {"title", "date", "subtitle", "author", "site", "language", "url", "body"}
ISO_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad\u200e\u200f"))

# generated text ---------------------------------------------------------------------------------------
WORDS = (
    *[
        "the",
        "a",
        "of",
        "to",
        "and",
        "in",
        "that",
        "is",
        "was",
        "for",
        "on",
        "with",
        "as",
        "by",
        "at",
        "from",
        "it",
        "be",
        "has",
        "said",
        "will",
        "after",
        "have",
        "more",
    ],
    *[
        "council",
        "city",
        "police",
        "vote",
        "budget",
        "school",
        "river",
        "bridge",
        "court",
        "mayor",
        "year",
        "week",
        "report",
        "plan",
        "road",
    ],
    *[
        "residents",
        "officials",
        "minister",
        "company",
        "market",
        "water",
        "power",
        "election",
        "weather",
        "hospital",
    ],
    *[
        "die",
        "der",
        "und",
        "nicht",
        "mit",
        "für",
        "über",
        "Stadt",
        "Regierung",
        "Bürger",
        "école",
        "été",
        "après",
        "déjà",
    ],
    *("café", "naïve", "Zürich", "São", "e\u0301tude", "東京", "新闻", "記者", "ニュース", "Москва", "город"),
    *("AT&T", "&amp;", "&copy;", "&#65;", "<b>", "*bold*", "_x_", "[link](u)", "`code`", "#1", "50%", "$5"),
    *("C#", "1.", "2)", "-", "+", ">", "|", "\\", "!", "~~~", "```", "---", "===", "<!--", "-->", "\u00a0"),
    *("co\u00adop", "zero\u200bwidth", "«quoted»", "“curly”", "it’s", "—", "…", "2024", "3:45"),
)
CHROME = (
    "Home",
    "News",
    "Sport",
    "Menu",
    "Search",
    "Subscribe",
    "Share this article",
    "Share on Facebook",
    "Tweet",
    "Related Articles",
    "More stories",
    "Advertisement",
    "Read more",
    "Sign up for our newsletter to get the latest news in your inbox.",
    "We use cookies to improve your experience. Accept all cookies",
    "By Jane Roe",
    "Published March 1, 2024",
    "Updated 2 hours ago",
    "© 2024 Daily News. All rights reserved.",
    "Comments (12)",
    "0:00",
    "Play Video",
    "Skip to content",
)
#: characters of the free-form lines: letters, CJK, digits, punctuation that Markdown and HTML treat
#: specially, odd spaces and invisible characters
ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "N", "P", "S", "Zs"),
    exclude_characters="\u2028\u2029\x85",
) | st.sampled_from("\t &<>*_`#[]()!|\\-+.=~\"'\u00a0\u200b\u00ad\u3000")

words = st.sampled_from(WORDS)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    chosen = draw(st.lists(words, min_size=3, max_size=22))
    text = " ".join(chosen)
    return text[:1].upper() + text[1:] + draw(st.sampled_from(".!?。") | st.just(""))


paragraphs = st.lists(sentences(), min_size=1, max_size=4).map(" ".join)
#: line starts that Markdown reads as structure
MARKUP_STARTS = (
    "1. ",
    "2) ",
    "# ",
    "## ",
    "> ",
    "- ",
    "+ ",
    "* ",
    "```",
    "~~~ ",
    "---",
    "===",
    "<div>",
    "| ",
)
free_lines = st.text(alphabet=ALPHABET, max_size=100) | st.builds(
    lambda start, text: start + text, st.sampled_from(MARKUP_STARTS), sentences()
)
headlines = st.lists(words, min_size=3, max_size=10).map(lambda ws: " ".join(w.capitalize() for w in ws))


@st.composite
def dumps(draw: st.DrawFn) -> str:
    """A text dump: an optional headline, then paragraphs, chrome lines, list items and free-form lines,
    as innerText (one paragraph per line) or hard-wrapped at a width (w3m, lynx)."""
    lines: list[str] = []
    if draw(st.booleans()):
        lines.append(draw(headlines))
    wrap = draw(st.none() | st.integers(min_value=40, max_value=120))
    for _ in range(draw(st.integers(min_value=0, max_value=14))):
        kind = draw(st.sampled_from(("paragraph", "paragraph", "chrome", "item", "free", "blank")))
        if kind == "paragraph":
            text = draw(paragraphs)
            lines.extend(textwrap.wrap(text, wrap, break_long_words=False) if wrap else [text])
            if wrap or draw(st.booleans()):
                lines.append("")
        elif kind == "chrome":
            lines.append(draw(st.sampled_from(CHROME)))
        elif kind == "item":
            lines.append(draw(st.sampled_from(("* ", "• ", "- ", "  1. ", "+ "))) + draw(sentences()))
        elif kind == "free":
            lines.append(draw(free_lines))
        else:
            lines.append("")
    text = "\n".join(lines)
    ending = draw(st.sampled_from(("\n", "\r\n", "\r")))
    return text.replace("\n", ending) if ending != "\n" else text


# generated HTML ---------------------------------------------------------------------------------------
INLINE_TAGS = ("span", "a", "b", "em", "strong", "i", "code", "small")
BLOCK_TAGS = ("div", "section", "article", "header", "footer", "nav", "aside", "main", "figure")
#: classes of containers: some are chrome to the cleaner, some hide or are dialogs
BLOCK_CLASSES = (
    "",
    "content",
    "article-body",
    "story",
    "related",
    "share-bar",
    "newsletter",
    "cookie-banner",
    "caption",
    "byline",
    "comments",
    "sidebar",
    "hidden",
)
INLINE_CLASSES = ("", "highlight", "name", "x-1")


@dataclass
class Page:
    """Generated HTML and the text its text nodes hold, in document order."""

    parts: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    def add_text(self, value: str) -> None:
        self.parts.append(html.escape(value, quote=False))
        self.text.append(value)


def _attrs(draw: st.DrawFn, classes: tuple[str, ...], tag: str) -> str:
    out = ""
    name = draw(st.sampled_from(classes))
    if name:
        out += f' class="{name}"'
    if tag == "a":
        out += f' href="{draw(st.sampled_from(("/story/1", "https://example.com/a?b=1&amp;c=2", "#top")))}"'
    return out


def _inline(draw: st.DrawFn, page: Page, depth: int) -> None:
    """Text with inline elements in it (never hidden and never removed: they hold paragraph text)."""
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        choice = draw(st.integers(min_value=0, max_value=9))
        if choice <= 5 or depth > 3:
            page.add_text(draw(st.one_of(sentences(), free_lines)))
        elif choice <= 7:
            tag = draw(st.sampled_from(INLINE_TAGS))
            page.parts.append(f"<{tag}{_attrs(draw, INLINE_CLASSES, tag)}>")
            _inline(draw, page, depth + 1)
            page.parts.append(f"</{tag}>")
        elif choice == 8:
            page.parts.append("<br>")
        else:
            page.add_text(" ")


def _block(draw: st.DrawFn, page: Page, depth: int) -> None:
    choice = draw(st.integers(min_value=0, max_value=11))
    if choice <= 3 or depth > 5:
        page.parts.append("<p>")
        _inline(draw, page, 0)
        page.parts.append("</p>")
    elif choice == 4:
        level = draw(st.integers(min_value=1, max_value=4))
        page.parts.append(f"<h{level}>")
        page.add_text(draw(headlines))
        page.parts.append(f"</h{level}>")
    elif choice == 5:
        page.parts.append(draw(st.sampled_from(("<ul>", "<ol>"))))
        for _ in range(draw(st.integers(min_value=1, max_value=4))):
            page.parts.append("<li>")
            _inline(draw, page, 0)
            page.parts.append("</li>")
        page.parts.append("</ul>")
    elif choice == 6:
        page.parts.append("<blockquote><p>")
        page.add_text(draw(paragraphs))
        page.parts.append("</p></blockquote>")
    elif choice == 7:
        page.parts.append("<pre>")
        page.add_text(draw(st.lists(free_lines, min_size=1, max_size=4).map("\n".join)))
        page.parts.append("</pre>")
    elif choice == 8:
        page.parts.append("<table>")
        for _ in range(draw(st.integers(min_value=1, max_value=3))):
            page.parts.append("<tr>")
            for _ in range(draw(st.integers(min_value=1, max_value=3))):
                page.parts.append("<td>")
                page.add_text(draw(st.one_of(words, sentences())))
                page.parts.append("</td>")
            page.parts.append("</tr>")
        page.parts.append("</table>")
    elif choice == 9:
        tag = draw(st.sampled_from(("script", "style")))
        page.parts.append(f"<{tag}>var x = 1 < 2 && 'a' > 'b';</{tag}>")
    else:
        tag = draw(st.sampled_from(BLOCK_TAGS))
        hidden = draw(st.sampled_from(("", "", "", " hidden", ' style="display:none"')))
        page.parts.append(f"<{tag}{_attrs(draw, BLOCK_CLASSES, tag)}{hidden}>")
        for _ in range(draw(st.integers(min_value=1, max_value=4))):
            _block(draw, page, depth + 1)
        page.parts.append(f"</{tag}>")


@st.composite
def pages(draw: st.DrawFn) -> Page:
    """An HTML page: an optional head (title, charset, description, JSON-LD), then generated blocks."""
    page = Page()
    if draw(st.booleans()):
        page.parts.append("<!DOCTYPE html>")
    page.parts.append("<html><head>")
    if draw(st.booleans()):
        page.parts.append('<meta charset="utf-8">')
    if draw(st.booleans()):
        page.parts.append(f"<title>{html.escape(draw(headlines))} | Daily News</title>")
    if draw(st.booleans()):
        record = {"@type": "NewsArticle", "headline": draw(headlines), "datePublished": "2024-03-01"}
        page.parts.append(f'<script type="application/ld+json">{json.dumps(record)}</script>')
    page.parts.append("</head>")
    if draw(st.booleans()):
        page.parts.append("<body>")
    for _ in range(draw(st.integers(min_value=1, max_value=10))):
        _block(draw, page, 0)
    page.parts.append("</body></html>")
    return page


# checks -----------------------------------------------------------------------------------------------
def strip(text: str) -> str:
    """NFC, whitespace and invisible characters removed (see the module docstring)."""
    return "".join(unicodedata.normalize("NFC", text).translate(INVISIBLE).split())


def clean_or_error(data: bytes | str, options: Options) -> Article | None:
    """The article, or None for a documented error (which must be one line with a documented code)."""
    try:
        return pipeline.clean(data, options=options)
    except NewscleanError as error:
        assert error.message and "\n" not in error.message
        assert error.exit_code in (3, 4, 5)
        return None


def dump_text(dump: str) -> str:
    """The input of a text dump after the documented line normalisation, whitespace-free."""
    lines = textdump.normalise(dump).split("\n")
    return strip("".join(textdump._clean_line(line)[0] for line in lines))


def check_schema(article: Article) -> None:
    record = json.loads(writers.to_json(article))
    assert list(record) == KEYS
    for key in ("title", "subtitle", "author", "site", "url", "date_note"):
        assert record[key] is None or (isinstance(record[key], str) and record[key])
    assert record["date"] is None or (
        ISO_DAY_RE.fullmatch(record["date"]) and dt.date.fromisoformat(record["date"])
    )
    assert record["language"] is None or re.fullmatch(r"[a-z]{2}", record["language"])
    assert isinstance(record["body"], str) and record["body"].strip()
    assert record["body"] == "\n\n".join(block.text for block in article.body)
    found_by = record["found_by"]
    assert list(found_by) == sorted(found_by) and set(found_by) <= FOUND_BY_FIELDS
    assert all(isinstance(value, str) and value for value in found_by.values())
    assert list(record["source"]) == ["path", "kind", "layout"]
    assert record["source"]["kind"] in ("text", "html")
    assert record["source"]["layout"] in ("lines", "wrapped", "fragments", "source", "markdown", "html")
    line = writers.to_json_line(article)
    assert line.endswith("\n") and "\n" not in line[:-1]
    assert json.loads(line) == record


# Markdown read back -----------------------------------------------------------------------------------
_MD = markdown_it.MarkdownIt("commonmark")


def _inline_text(token: object) -> str:
    out = []
    for child in token.children or []:  # type: ignore[attr-defined]
        if child.type in ("text", "code_inline", "html_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
    return "".join(out)


def read_markdown(markdown: str) -> tuple[dict[str, object], list[tuple[str, str]]]:
    """The front matter, and the document's top-level blocks as (kind, text)."""
    assert markdown.startswith("---\n") and markdown.endswith("\n")
    _, front, body = markdown.split("---\n", 2)
    matter: dict[str, object] = {}
    for line in front.splitlines():
        key, _, value = line.partition(": ")
        matter[key] = json.loads(value)
    blocks: list[tuple[str, str]] = []
    tokens = _MD.parse(body)
    depth = 0
    stack: list[str] = []
    for token in tokens:
        if token.nesting == 1:
            stack.append(token.type)
            depth += 1
        elif token.nesting == -1:
            stack.pop()
            depth -= 1
        elif token.type == "inline":
            outer = stack[0] if stack else ""
            if outer == "heading_open":
                kind = "h1" if tokens[tokens.index(token) - 1].tag == "h1" else "h"
            elif outer == "bullet_list_open":
                kind = "li"
            elif outer == "blockquote_open":
                kind = "quote"
            else:
                kind = "p"
            blocks.append((kind, _inline_text(token)))
        elif token.type in ("fence", "code_block"):
            # the content of a code block ends with the newline before the closing fence
            content = token.content[:-1] if token.content.endswith("\n") else token.content
            blocks.append(("pre" if token.type == "fence" else "code_block", content))
        elif token.type == "hr":
            blocks.append(("hr", ""))
    return matter, blocks


def expected_markdown_blocks(article: Article) -> list[tuple[str, str]]:
    expected: list[tuple[str, str]] = []
    if article.title:
        expected.append(("h1", article.title))
    if article.subtitle:
        expected.append(("p", article.subtitle))
    for block in article.body:
        kind = {"p": "p", "h": "h", "li": "li", "quote": "quote", "pre": "pre", "row": "row"}[block.kind]
        expected.append((kind, block.text))
    return expected


def _is_table(kind: str, text: str) -> bool:
    """A table as CommonMark reads it: one paragraph, the rows and the "| --- |" line under the first.
    (A paragraph that only starts with "|" is text: the writer escapes that "|".)"""
    return kind == "p" and text.startswith("| ") and "| --- |" in text


def check_markdown(article: Article) -> None:
    markdown = writers.to_markdown(article)
    matter, blocks = read_markdown(markdown)
    record = writers.to_dict(article)
    assert list(matter) == ["title", "date", "subtitle", "author", "site", "language", "url", "source"]
    for key in ("title", "date", "subtitle", "author", "site", "language", "url"):
        assert matter[key] == record[key]
    expected = expected_markdown_blocks(article)
    rows = [text for kind, text in expected if kind == "row"]
    expected = [item for item in expected if item[0] != "row"]
    if rows:
        # CommonMark has no tables: the rows read back as a paragraph of cells between pipes
        table_text = " ".join(text for kind, text in blocks if _is_table(kind, text))
        for row in rows:
            for cell in row.split("\t"):
                assert " ".join(cell.split()) in " ".join(table_text.split())
        blocks = [item for item in blocks if not _is_table(*item)]
    assert [kind for kind, _ in blocks] == [kind for kind, _ in expected]
    for (_, got), (kind, want) in zip(blocks, expected, strict=True):
        if kind == "pre":
            assert got == want
        else:
            assert " ".join(got.split()) == " ".join(want.split())


# the properties ---------------------------------------------------------------------------------------
@PROPERTY_SETTINGS
@given(dump=dumps())
def test_dump_properties(dump: str) -> None:
    """A text dump: never raises, nothing invented, deterministic, JSON schema, Markdown read back."""
    options = Options(kind="text", now=NOW)
    article = clean_or_error(dump, options)
    if article is None:
        return
    source = dump_text(dump)
    for block in article.body:
        assert strip(block.text) in source, block.text
    again = pipeline.clean(dump, options=options)
    assert writers.to_json(again) == writers.to_json(article)
    check_schema(article)
    check_markdown(article)


@PROPERTY_SETTINGS
@given(page=pages())
def test_page_properties(page: Page) -> None:
    """An HTML page: never raises, nothing invented, deterministic, JSON schema, Markdown read back."""
    markup = "".join(page.parts)
    options = Options(kind="html", now=NOW)
    article = clean_or_error(markup.encode("utf-8"), options)
    if article is None:
        return
    source = strip("".join(page.text))
    for block in article.body:
        assert strip(block.text) in source, block.text
    again = pipeline.clean(markup.encode("utf-8"), options=options)
    assert writers.to_json(again) == writers.to_json(article)
    check_schema(article)
    check_markdown(article)


@PROPERTY_SETTINGS
@given(first=dumps(), second=pages())
def test_no_state_leaks_between_pages(first: str, second: Page) -> None:
    """Cleaning a page, then another, then the first again gives the first page's output again."""
    options = Options(now=NOW)

    def output(data: bytes | str) -> str:
        try:
            return writers.to_json(pipeline.clean(data, options=options))
        except NewscleanError as error:
            return f"{type(error).__name__}: {error}"

    before = output(first)
    output("".join(second.parts).encode("utf-8"))
    assert output(first) == before


@PROPERTY_SETTINGS
@given(data=st.binary(max_size=2048) | dumps().map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_bytes_never_raise(data: bytes) -> None:
    """Any bytes at all, sniffed as the command line does: an article or a documented error."""
    article = clean_or_error(data, Options(now=NOW))
    if article is not None:
        check_schema(article)


block_texts = st.one_of(free_lines, sentences(), st.sampled_from(WORDS))


@PROPERTY_SETTINGS
@given(
    texts=st.lists(st.lists(block_texts, min_size=1, max_size=3).map("\n".join), min_size=1, max_size=6),
    kinds=st.lists(st.sampled_from(("p", "h", "li", "quote", "pre")), min_size=6, max_size=6),
    title=st.none() | free_lines,
    subtitle=st.none() | free_lines,
)
def test_markdown_reads_back(
    texts: list[str], kinds: list[str], title: str | None, subtitle: str | None
) -> None:
    """The writer alone, on arbitrary block texts as the front ends make them: each line stripped, spaces
    collapsed, no blank line inside a block (a ``<br>`` in HTML gives a line break; code blocks keep their
    lines as they are)."""
    body = []
    for i, text in enumerate(texts):
        kind = kinds[i]
        if kind == "pre":
            value = text
        else:
            value = "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())
        if not value.strip():
            continue
        body.append(Block(value, i, i + 1, kind, level=2 if kind == "h" else 0))  # type: ignore[arg-type]
    title = " ".join(title.split()) if title else None
    subtitle = " ".join(subtitle.split()) if subtitle else None
    article = Article(title=title or None, subtitle=subtitle or None, date=None, body=tuple(body))
    check_markdown(article)


# Markdown escaping, one example each ------------------------------------------------------------------
@pytest.mark.parametrize("text", ["AT&amp;T", "&copy; 2024 Daily News", "Type &#65; or &#x42;"])
def test_character_references_read_back(text: str) -> None:
    """A character reference in the text is text: Markdown must not decode it."""
    check_markdown(Article(title=None, date=None, body=(Block(text, 0, 1),)))


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        pytest.param("li", "1. First step", id="list-item-like-ordered-list"),
        pytest.param("li", "# Not a heading", id="list-item-like-heading"),
        pytest.param("quote", "- Not a list", id="quote-like-list"),
        pytest.param("h", "Learn C #", id="heading-closing-hashes"),
        pytest.param(
            "p", "The steps:\n1. First\n# Not a heading\n> not a quote", id="lines-inside-paragraph"
        ),
        pytest.param("p", "A line\n---", id="setext-underline-dash"),
        pytest.param("p", "A line\n=", id="setext-underline-equals"),
        pytest.param("li", "An item\n- not a second item", id="list-item-continuation"),
        pytest.param("quote", "Quoted\n~~~ not a fence", id="quote-continuation-fence"),
        pytest.param("pre", "````\ncode\n```", id="code-with-fences"),
    ],
)
def test_block_starts_read_back(kind: str, text: str) -> None:
    check_markdown(Article(title=None, date=None, body=(Block(text, 0, 1, kind, level=2),)))  # type: ignore[arg-type]


def test_title_and_subtitle_read_back() -> None:
    check_markdown(
        Article(
            title="Learn C # &amp; more", subtitle="*Not* 1. a list", date=None, body=(Block("Text.", 0, 1),)
        )
    )
