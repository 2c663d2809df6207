"""The HTML front end: block conversion, readability's weak spots, the fallback, errors, charsets."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newsclean import NoArticleError, Options, clean, htmlpage
from newsclean.cli import main
from newsclean.writers import to_markdown

PARAGRAPHS = [
    "The county board voted on Tuesday to rebuild the old river bridge, ending a debate that had run for "
    "more than six years and divided the two towns on either bank.",
    "Engineers told the board that the steel frame had rusted faster than expected, and that heavy trucks "
    "would have to use the northern bypass until the work is finished next spring.",
    "Residents who spoke at the meeting were mostly in favour of the plan, although several shop owners "
    "asked for help with the loss of passing trade while the bridge is closed.",
    "The board said it would publish a timetable for the work in the coming weeks and hold a second "
    "public meeting before the first crews arrive at the site.",
]


def page(body: str, head: str = "<title>Board Votes to Rebuild the River Bridge</title>") -> bytes:
    return f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}</body></html>".encode()


def paragraphs(items: list[str] = PARAGRAPHS) -> str:
    return "".join(f"<p>{text}</p>" for text in items)


def run(html: bytes, **options: object) -> object:
    return clean(html, options=Options(kind="html", **options))  # type: ignore[arg-type]


HEADLINE = "<h1>Board Votes to Rebuild the River Bridge</h1>"


# Block conversion ---------------------------------------------------------------------------------------


def blocks_of(body: str) -> list[tuple[str, str, int]]:
    root = htmlpage.parse(page(body).decode())
    htmlpage.prune(root)
    found = htmlpage.page_blocks(root)
    return list(zip(found.kinds, found.texts, found.levels, strict=True))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("<p>One  <b>bold</b>\n word.</p>", [("p", "One bold word.", 0)], id="paragraph"),
        pytest.param(
            "<h2>Part two</h2><h4>Detail</h4>", [("h", "Part two", 2), ("h", "Detail", 4)], id="headings"
        ),
        pytest.param(
            "<ul><li>First</li><li>Second <a href='#'>link</a></li></ul>",
            [("li", "First", 0), ("li", "Second link", 0)],
            id="list-items",
        ),
        pytest.param(
            "<blockquote><p>Said one.</p><p>Said two.</p></blockquote>",
            [("quote", "Said one.", 0), ("quote", "Said two.", 0)],
            id="quote",
        ),
        pytest.param("<pre>a = 1\n  b = 2</pre>", [("pre", "a = 1\n  b = 2", 0)], id="pre-keeps-lines"),
        pytest.param(
            "<table><tr><th>Town</th><th>Votes</th></tr><tr><td>Ashby</td><td>412</td></tr></table>",
            [("row", "Town\tVotes", 0), ("row", "Ashby\t412", 0)],
            id="table-rows",
        ),
        pytest.param(
            "<div>Line one<br>line two<br><br>New paragraph</div>",
            [("p", "Line one line two", 0), ("p", "New paragraph", 0)],
            id="br",
        ),
        pytest.param(
            "<div>Before<p>Inside</p>after</div>",
            [("p", "Before", 0), ("p", "Inside", 0), ("p", "after", 0)],
            id="loose-text-around-block",
        ),
        pytest.param(
            "<p>Seen</p><p style='display:none'>Hidden</p><p hidden>Also</p><script>x()</script>",
            [("p", "Seen", 0)],
            id="hidden-and-script-pruned",
        ),
        pytest.param(
            "<table><tr><td><p>Layout cell text.</p></td><td>Side</td></tr></table>",
            [("p", "Layout cell text.", 0), ("p", "Side", 0)],
            id="layout-table-is-not-rows",
        ),
    ],
)
def test_blocks(body: str, expected: list[tuple[str, str, int]]) -> None:
    assert blocks_of(body) == expected


def test_link_share_is_measured() -> None:
    root = htmlpage.parse(
        page("<p><a href='/a'>All of this is a link</a></p><p>No links here at all</p>").decode()
    )
    htmlpage.prune(root)
    found = htmlpage.page_blocks(root)
    assert found.link_share(0) == 1.0
    assert found.link_share(1) == 0.0


# The article --------------------------------------------------------------------------------------------


def test_structure_reaches_the_body_and_markdown() -> None:
    body = (
        f"<article>{HEADLINE}{paragraphs(PARAGRAPHS[:2])}<h2>What happens next</h2>"
        f"{paragraphs(PARAGRAPHS[2:])}"
        "<ul><li>Closing date: the first of May, when the crews arrive</li>"
        "<li>Reopening: the spring of next year, if the weather allows it</li></ul>"
        "<blockquote><p>We have waited long enough for this bridge, and the town is ready for it.</p>"
        "</blockquote>"
        "<table><tr><td>Ashby</td><td>412 votes in favour of the plan</td></tr>"
        "<tr><td>Brill</td><td>388 votes in favour of the plan</td></tr></table></article>"
    )
    article = run(page(body))
    kinds = [block.kind for block in article.body]
    assert kinds.count("p") == 4 and "h" in kinds and "li" in kinds and "quote" in kinds and "row" in kinds
    heading = next(block for block in article.body if block.kind == "h")
    assert (heading.text, heading.level) == ("What happens next", 2)
    markdown = to_markdown(article)
    assert "# Board Votes to Rebuild the River Bridge" in markdown
    assert "\n## What happens next\n" in markdown
    assert "\n- Closing date" in markdown
    assert "\n> We have waited" in markdown
    assert "| Ashby | 412 votes in favour of the plan |" in markdown
    assert article.kind == "html" and article.layout == "html"
    assert "\n\n" in article.body_text and "#" not in article.body_text


def test_split_body_keeps_every_part() -> None:
    body = (
        f"<article>{HEADLINE}<div class='story-body'>{paragraphs(PARAGRAPHS[:2])}</div>"
        "<div class='ad-slot'><p>Advertisement</p></div>"
        "<div class='read-more-widget'><a href='/x'>Read more: Council approves new budget</a></div>"
        f"<div class='story-body'>{paragraphs(PARAGRAPHS[2:])}</div></article>"
    )
    article = run(page(body))
    for text in PARAGRAPHS:
        assert text in article.body_text
    assert "Advertisement" not in article.body_text
    assert "Council approves" not in article.body_text


def test_captions_and_bylines_inside_the_body_go() -> None:
    body = (
        f"<article>{HEADLINE}<div class='byline'>By Jo Lee, Staff Writer</div>"
        f"<div class='body'>{paragraphs(PARAGRAPHS[:2])}"
        "<figure><img src='b.jpg'><figcaption>The old bridge at dawn. Photo: Jo Lee</figcaption></figure>"
        f"{paragraphs(PARAGRAPHS[2:])}</div></article>"
    )
    article = run(page(body))
    assert "The old bridge at dawn" not in article.body_text
    assert "By Jo Lee" not in article.body_text
    rules = {removal.rule for removal in article.removals}
    assert "drop_non_body_container" in rules or "drop_dateline" in rules


def test_cookie_dialog_in_markup_goes() -> None:
    body = (
        "<div id='cookie-consent'><p>We use cookies to improve your experience on our site and to show you "
        "personalised advertising from our partners.</p><p>Accept all</p></div>"
        f"<article>{HEADLINE}{paragraphs()}</article>"
    )
    article = run(page(body))
    assert "cookies" not in article.body_text
    assert PARAGRAPHS[0] in article.body_text


def test_hidden_continuation_is_kept_hidden_promo_is_not() -> None:
    body = (
        f"<article>{HEADLINE}<div itemprop='articleBody'>{paragraphs(PARAGRAPHS[:2])}"
        f"<div class='article-continued' style='display:none'>{paragraphs(PARAGRAPHS[2:])}</div></div>"
        "<div class='hidden donate-box'><p>Support our newsroom today with a gift of any size, because "
        "journalism like this costs money to make and we rely on readers like you.</p></div></article>"
    )
    article = run(page(body))
    assert PARAGRAPHS[3] in article.body_text
    assert "Support our newsroom" not in article.body_text


def test_related_teasers_do_not_win() -> None:
    teasers = "".join(
        f"<li><a href='/s{k}'>Story number {k} about something else that happened in the county this week</a>"
        f"<p>A short teaser sentence for story {k}, written to make you click on the link above it.</p></li>"
        for k in range(12)
    )
    body = (
        f"<article>{HEADLINE}{paragraphs(PARAGRAPHS[:3])}</article>"
        f"<aside class='related'><ul>{teasers}</ul></aside>"
    )
    article = run(page(body))
    assert PARAGRAPHS[0] in article.body_text
    assert "teaser sentence" not in article.body_text


def test_link_dense_real_paragraph_is_kept() -> None:
    linked = (
        "<p>The plan follows <a href='/1'>a report by state inspectors</a>, "
        "<a href='/2'>two earlier votes</a> "
        "and <a href='/3'>a petition signed by residents</a>, and it was approved by a wide margin.</p>"
    )
    text = f"{paragraphs(PARAGRAPHS[:2])}{linked}{paragraphs(PARAGRAPHS[2:])}"
    body = f"<article>{HEADLINE}<div class='text'>{text}</div></article>"
    article = run(page(body))
    assert "a report by state inspectors" in article.body_text


def test_short_news_item_under_the_thresholds() -> None:
    body = (
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>{HEADLINE}"
        "<p>The bridge will close on Monday.</p><p>Drivers should use the bypass.</p></article>"
    )
    article = run(page(body))
    assert "The bridge will close on Monday." in article.body_text
    assert "Home" not in article.body_text


def test_fallback_when_readability_returns_too_little(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(htmlpage, "readability_selection", lambda root: None)
    body = f"<div class='x'>{HEADLINE}{paragraphs()}</div><div class='y'><a href='/'>Home</a></div>"
    article = run(page(body))
    assert article.found_by["body"] == "densest_prose"
    assert PARAGRAPHS[2] in article.body_text


def test_the_headline_article_on_a_page_of_several() -> None:
    other = [p.replace("bridge", "library").replace("river", "park") for p in PARAGRAPHS] * 3
    body = (
        f"<main><article>{HEADLINE}<div class='text'>{paragraphs(PARAGRAPHS[:2])}</div></article>"
        "<article><h1>Library Hours Extended Again</h1>"
        f"<div class='text'>{paragraphs(other)}</div></article></main>"
    )
    head = "<title>Board Votes to Rebuild the River Bridge | Post</title>"
    article = run(page(body, head))
    assert article.title == "Board Votes to Rebuild the River Bridge"
    assert PARAGRAPHS[0] in article.body_text
    assert "library" not in article.body_text


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(b"<html><head><title>Empty</title></head><body></body></html>", id="empty-body"),
        pytest.param(
            b"<html><body><nav><a href='/'>Home</a> <a href='/b'>Menu</a></nav></body></html>", id="menu-only"
        ),
    ],
)
def test_no_article_raises(html: bytes) -> None:
    with pytest.raises(NoArticleError) as error:
        run(html)
    assert "\n" not in str(error.value)


def test_no_article_exit_code() -> None:
    result = CliRunner().invoke(main, ["--kind", "html", "-"], input=b"<html><body></body></html>")
    assert result.exit_code == 5
    assert result.stdout == ""
    assert "newsclean: error:" in result.stderr


@pytest.mark.parametrize("declared", ["iso-8859-1", "windows-1252"])
def test_page_that_lies_about_its_charset(declared: str) -> None:
    head = f"<meta charset='{declared}'><title>Café reopens after the flood</title>"
    body = (
        "<article><h1>Café reopens after the flood</h1>"
        f"<p>The café’s owner — Zoë Brontë — {PARAGRAPHS[0]}</p></article>"
    )
    article = run(page(body, head))
    assert article.title == "Café reopens after the flood"
    assert "The café’s owner — Zoë Brontë —" in article.body_text


def test_cp1252_page_decodes() -> None:
    html = (
        "<html><head><meta charset='windows-1252'><title>Café reopens</title></head><body><article>"
        f"<h1>Café reopens</h1><p>The café’s owner said “thank you” to {PARAGRAPHS[0]}</p>"
        "</article></body></html>"
    ).encode("cp1252")
    article = run(html)
    assert "The café’s owner said “thank you”" in article.body_text


def test_repair_charset_leaves_good_text_alone() -> None:
    assert htmlpage.repair_charset("Ã is a letter", "utf-8") == "Ã is a letter"
    assert htmlpage.repair_charset("CafÃ© crÃ¨me", "iso8859-1") == "Café crème"


def test_found_by_and_removals_explain_themselves() -> None:
    head = (
        "<title>Board Votes to Rebuild the River Bridge - Post</title>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-02-27", '
        '"author": {"name": "Jo Lee"}, "headline": "Board Votes to Rebuild the River Bridge"}</script>'
        '<meta property="og:site_name" content="Post"><link rel="canonical" href="https://post.example/bridge">'
    )
    body = f"<nav><a href='/'>Home</a></nav><article>{HEADLINE}{paragraphs()}<p>Share</p></article>"
    article = run(page(body, head))
    assert article.found_by["title"] == "h1"
    assert article.found_by["date"] == "jsonld_date_published"
    assert article.found_by["author"] == "jsonld_author"
    assert article.url == "https://post.example/bridge"
    assert article.language == "en"
    assert all(removal.rule and removal.reason for removal in article.removals)
    assert any(removal.text == "Share" for removal in article.removals)


def test_kind_is_sniffed_and_can_be_overridden(tmp_path: object) -> None:
    html = page(f"<article>{HEADLINE}{paragraphs()}</article>")
    sniffed = CliRunner().invoke(main, ["-"], input=html)
    assert sniffed.exit_code == 0, sniffed.stderr
    assert '"layout": "html"' in sniffed.stdout
    forced = CliRunner().invoke(main, ["--kind", "text", "-"], input=html)
    assert '"layout": "html"' not in forced.stdout


def test_same_input_same_output() -> None:
    html = page(f"<article>{HEADLINE}{paragraphs()}</article>")
    first = CliRunner().invoke(main, ["-f", "md", "-"], input=html).stdout
    second = CliRunner().invoke(main, ["-f", "md", "-"], input=html).stdout
    assert first == second and first.endswith("\n")
