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
        pytest.param(
            "<div>Cited in <div style='display: inline-block'><div>icon</div></div> the report.</div>",
            [("p", "Cited in icon the report.", 0)],
            id="inline-styled-block-does-not-split",
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


# Notes, containers, lists and growth ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Jo Marsh contributed to this report.", "a credit line", id="credit"),
        pytest.param("Reporting by Ann Hale; Editing by Tom Bell", "a credit line", id="wire-credit"),
        pytest.param(
            "Contact reporter Sam Lee at slee@example.com.", "how to reach the author", id="contact"
        ),
        pytest.param(
            "Sam Lee may be reached at slee@example.com.", "how to reach the author", id="reached-at"
        ),
        pytest.param(
            "Editor's note: This story was updated on Friday.", "an editor's note", id="editors-note"
        ),
        pytest.param(
            "This interview has been edited for length and clarity.", "an editor's note", id="edited"
        ),
        pytest.param("This post originally appeared on The Ledger.", "an editor's note", id="first-appeared"),
        pytest.param(
            "More information: A. Reed et al, Frost and pipes, Water Works (2026). DOI: 10.1000/x",
            "a reference",
            id="more-information",
        ),
        pytest.param(
            "Want more local news? Sign up for our free daily newsletter.",
            "a newsletter or subscription appeal",
            id="newsletter",
        ),
        pytest.param(
            "If you buy something through a link on this page, we may earn a commission.",
            "an affiliate or legal notice",
            id="affiliate",
        ),
        pytest.param("Next: Storm closes every school in the county", "a link to another story", id="next"),
        pytest.param("Researcher Ann Hale in Ashby contributed.", "a credit line", id="contributed"),
        pytest.param("It looks like something went wrong.", "a notice of the page", id="widget-error"),
        pytest.param(
            "Jo Roe is a senior reporter at the Ledger covering the county board.",
            "the author's bio",
            id="bio",
        ),
        pytest.param(
            "The crew digs a trench on the square in January. AP",
            "a photo caption with its credit",
            id="credited-caption",
        ),
    ],
)
def test_note_kinds(text: str, kind: str) -> None:
    assert htmlpage.note_kind(text, len(text.split())) == kind


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(PARAGRAPHS[0], id="news-paragraph"),
        pytest.param("Also, the board said it would publish a timetable next week.", id="also-sentence"),
        pytest.param("The Ledger first reported the plan last spring.", id="first-reported"),
        pytest.param(
            "^ Smith, J. (2001). Rivers. Retrieved 1 May 2015. Originally published in 1966.",
            id="wiki-reference",
        ),
        pytest.param("How many people do / do not cross the bridge each day?", id="slash-in-text"),
    ],
)
def test_text_is_not_a_note(text: str) -> None:
    assert htmlpage.note_kind(text, len(text.split())) is None


def test_notes_around_the_body_go() -> None:
    notes = [
        "Editor's note: This story was updated on Friday with the cost of the work.",
        "Jo Marsh contributed to this report.",
        "Contact reporter Sam Lee at slee@example.com.",
    ]
    text = f"<p>{notes[0]}</p>{paragraphs()}{paragraphs(notes[1:])}"
    body = f"<article>{HEADLINE}<div class='text'>{text}</div></article>"
    article = run(page(body))
    assert all(text in article.body_text for text in PARAGRAPHS)
    assert not any(note in article.body_text for note in notes)
    assert sum(1 for removal in article.removals if removal.rule == "drop_note") == 3


@pytest.mark.parametrize(
    ("names", "head"),
    [
        ("imageCaption", "caption"),
        ("Figure--mediaCaption--x7k2", "caption"),
        ("RelatedContent Module", "related"),
        ("page__creditWrapper--a1b2", "credit"),
        ("productEmbed", "embed"),
        ("withSidebar", None),
        ("hasCaption", None),
        ("articleBody", None),
        ("paragraphAd", None),
    ],
)
def test_camel_case_class_heads(names: str, head: str | None) -> None:
    assert htmlpage._camel_head(names) == head


def test_camel_case_caption_class_goes() -> None:
    caption = "The old bridge at dawn, seen from the northern bank before the works began last year."
    body = (
        f"<article>{HEADLINE}<div class='text'>{paragraphs(PARAGRAPHS[:2])}"
        f"<div><p class='imageCaption'>{caption}</p></div>{paragraphs(PARAGRAPHS[2:])}</div></article>"
    )
    article = run(page(body))
    assert caption not in article.body_text
    assert PARAGRAPHS[3] in article.body_text


def test_embedded_post_goes() -> None:
    post = "Hands off our bridge, the whole county is watching what the board does next, and so am I today!"
    body = (
        f"<article>{HEADLINE}<div class='text'>{paragraphs(PARAGRAPHS[:3])}"
        f"<blockquote class='twitter-tweet'><p>{post}</p></blockquote>"
        f"{paragraphs(PARAGRAPHS[3:])}</div></article>"
    )
    article = run(page(body))
    assert post not in article.body_text
    assert PARAGRAPHS[3] in article.body_text


def test_a_list_is_kept_whole() -> None:
    items = [
        "The northern bypass will stay open all year",
        "Buses will run every twenty minutes during the works",
        "<a href='/map'>A map of the diversions around the town centre</a>",
    ]
    body = (
        f"<article>{HEADLINE}<div class='text'>{paragraphs(PARAGRAPHS[:2])}<ul>"
        + "".join(f"<li>{item}</li>" for item in items)
        + f"</ul>{paragraphs(PARAGRAPHS[2:])}</div></article>"
    )
    article = run(page(body))
    assert "A map of the diversions around the town centre" in article.body_text


def test_a_list_of_links_between_parts_is_not_the_text() -> None:
    items = "".join(
        f"<li><a href='/s{k}'>Other story number {k} about the county council budget</a></li>"
        for k in range(4)
    )
    body = (
        f"<article>{HEADLINE}<div class='text'>{paragraphs(PARAGRAPHS[:2])}<ul>{items}</ul>"
        f"{paragraphs(PARAGRAPHS[2:])}</div></article>"
    )
    article = run(page(body))
    assert "Other story number" not in article.body_text
    assert PARAGRAPHS[3] in article.body_text


def test_several_h1_sections_are_subheadings() -> None:
    body = (
        f"<article>{HEADLINE}<h1>Why the bridge failed</h1>{paragraphs(PARAGRAPHS[:2])}"
        f"<h1>What happens next</h1>{paragraphs(PARAGRAPHS[2:])}</article>"
    )
    article = run(page(body))
    headings = [block.text for block in article.body if block.kind == "h"]
    assert headings == ["Why the bridge failed", "What happens next"]
    assert "Board Votes to Rebuild" not in article.body_text


def test_one_other_h1_in_the_text_goes() -> None:
    body = (
        f"<article>{HEADLINE}{paragraphs(PARAGRAPHS[:2])}<h1>Bridge Vote</h1>"
        f"{paragraphs(PARAGRAPHS[2:])}</article>"
    )
    article = run(page(body))
    assert "Bridge Vote" not in [block.text for block in article.body]


def test_selection_grows_over_the_intro_but_not_the_byline() -> None:
    more = [
        text.replace("board", "council").replace("bridge", "tunnel") + " It said so again on Friday."
        for text in PARAGRAPHS
    ]
    body = (
        f"<div class='story'>{HEADLINE}<p>By Jo Lee</p><div class='intro'><p>{PARAGRAPHS[0]}</p></div>"
        f"<p>{PARAGRAPHS[1]}</p><p><a href='#more'>Read more</a></p>"
        f"<div id='more'><div id='more-content'>{paragraphs(PARAGRAPHS[2:] + more)}</div></div></div>"
    )
    article = run(page(body))
    assert PARAGRAPHS[0] in article.body_text and PARAGRAPHS[1] in article.body_text
    assert "By Jo Lee" not in article.body_text


def test_small_product_box_between_parts_is_kept_a_gallery_is_not() -> None:
    product = "The insulated pipe the board chose keeps its shape at minus thirty degrees and is easy to fit."
    box = f"<div class='deal-widget'><p>{product}</p><p><a href='/buy'>View deal</a></p></div>"
    body = (
        f"<article>{HEADLINE}<div class='text'>{paragraphs(PARAGRAPHS[:2])}{box}"
        f"{paragraphs(PARAGRAPHS[2:])}</div></article>"
    )
    assert product in run(page(body)).body_text
    gallery = "".join(f"<p>Picture {k}: {PARAGRAPHS[k % 4]}</p>" for k in range(8))
    body = (
        f"<article>{HEADLINE}<div class='text'>{paragraphs(PARAGRAPHS[:2])}"
        f"<div class='gallery-widget'>{gallery}</div>"
        f"{paragraphs(PARAGRAPHS[2:])}</div></article>"
    )
    assert "Picture 5" not in run(page(body)).body_text


def test_readability_divs_pass_matches_its_regex() -> None:
    # the descendant walk stands in for readability's divToPElementsRe over the serialised children
    import re

    import lxml.html

    pattern = re.compile(r"<(blockquote|dl|div|img|ol|p|pre|table|ul)", re.I)
    for markup in [
        "<div><span>a</span><b>b</b></div>",
        "<div><span><img src='x'></span></div>",
        "<div><a href='#'>x</a> and <abbr>y</abbr></div>",
        "<div><span><pre>code</pre></span></div>",
        "<div>text &lt;p&gt; escaped</div>",
    ]:
        element = lxml.html.fragment_fromstring(markup)
        serialised = str(b"".join(lxml.html.tostring(child, encoding="utf-8") for child in element))
        assert htmlpage._holds_block(element) is bool(pattern.search(serialised)), markup


def test_a_label_over_nothing_at_the_end_goes() -> None:
    body = f"<article>{HEADLINE}<div class='text'>{paragraphs()}<p>Related content:</p></div></article>"
    article = run(page(body))
    assert "Related content" not in article.body_text
    assert any(removal.rule == "drop_end_label" for removal in article.removals)
    intro = "Here is what the board decided on Tuesday night:"
    body = f"<article>{HEADLINE}<div class='text'><p>{intro}</p>{paragraphs()}</div></article>"
    assert intro in run(page(body)).body_text
