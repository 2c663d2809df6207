"""The HTML metadata finders, one small HTML string per behaviour."""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from newsclean import htmlmeta

NOW = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)


def meta_of(head: str, body: str = "", lang: str = "") -> htmlmeta.PageMeta:
    html = f"<html{f' lang={lang!r}' if lang else ''}><head>{head}</head><body>{body}</body></html>"
    return htmlmeta.read(lxml.html.document_fromstring(html))


def ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


# Reading JSON-LD -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "types"),
    [
        pytest.param(ld('{"@type": "NewsArticle", "headline": "A"}'), [["NewsArticle"]], id="object"),
        pytest.param(
            ld('[{"@type": "WebPage"}, {"@type": "BlogPosting"}]'), [["WebPage"], ["BlogPosting"]], id="list"
        ),
        pytest.param(
            ld(
                '{"@context": "https://schema.org", "@graph": '
                '[{"@type": "Person"}, {"@type": ["Article", "NewsArticle"]}]}'
            ),
            [["Person"], ["Article", "NewsArticle"]],
            id="graph",
        ),
        pytest.param(
            ld('{"@type": "NewsArticle", "headline": "A",}'), [["NewsArticle"]], id="trailing-comma"
        ),
        pytest.param(ld("not json at all"), [], id="broken"),
        pytest.param(ld('<![CDATA[ {"@type": "NewsArticle"} ]]>'), [["NewsArticle"]], id="cdata"),
        pytest.param(
            ld('{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "A"}}'),
            [["WebPage"], ["NewsArticle"]],
            id="main-entity",
        ),
    ],
)
def test_jsonld_is_flattened(head: str, types: list[list[str]]) -> None:
    page = meta_of(head)
    assert [htmlmeta._types(obj) for obj in page.jsonld] == types


# Titles -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "body", "title", "finder"),
    [
        pytest.param(
            '<meta property="og:title" content="Storm Closes Schools - Daily Post">',
            "<h1>Storm Closes Schools</h1>",
            "Storm Closes Schools",
            "h1",
            id="h1-confirmed-by-og",
        ),
        pytest.param(
            "<title>Storm Closes Schools | Daily Post</title>",
            "<h1>Daily Post</h1><h1>Storm Closes Schools</h1>",
            "Storm Closes Schools",
            "h1",
            id="logo-h1-skipped",
        ),
        pytest.param(
            "<title>Storm Closes Schools | Daily Post</title>"
            '<meta property="og:site_name" content="Daily Post">',
            "",
            "Storm Closes Schools",
            "title_tag",
            id="title-tag-site-suffix",
        ),
        pytest.param(
            ld('{"@type": "NewsArticle", "headline": "Storm Closes Schools"}')
            + "<title>Weather | Daily Post</title>",
            "<h1>Menu</h1>",
            "Storm Closes Schools",
            "jsonld_headline",
            id="jsonld-headline-when-no-h1-agrees",
        ),
        pytest.param(
            '<meta property="og:title" content="Storm Closes Schools">',
            "<h1>Opinion | Storm Closes Schools</h1>",
            "Storm Closes Schools",
            "h1",
            id="h1-kicker-dropped",
        ),
        pytest.param(
            "", "<h1>Storm Closes Schools</h1>", "Storm Closes Schools", "single_h1", id="only-an-h1"
        ),
        pytest.param(
            '<meta property="og:title" content="D&amp;amp;D Night Returns">',
            "",
            "D&D Night Returns",
            "og_title",
            id="double-escaped-entity",
        ),
        pytest.param(
            '<meta property="og:title" content="Schools shut">',
            "<h1>Storm Closes Every School in the County</h1>",
            "Storm Closes Every School in the County",
            "lone_h1",
            id="lone-h1-beats-shortened-og",
        ),
        pytest.param(
            '<meta property="og:title" content="Storm Closes Schools">',
            "<h1>Daily Post</h1>",
            "Storm Closes Schools",
            "og_title",
            id="short-lone-h1-is-a-site-name",
        ),
        pytest.param(
            '<meta property="og:title" content="Storm Closes Schools Across the...">',
            "<h1>Storm Closes Schools Across the County</h1>",
            "Storm Closes Schools Across the County",
            "h1",
            id="truncated-metadata-title",
        ),
        pytest.param(
            '<meta property="og:title" content="Let the Board Finish the Job | Editorial">',
            "<h1>Opinion | Let the Board Finish the Job | Editorial</h1>",
            "Let the Board Finish the Job",
            "h1",
            id="h1-labels-at-both-ends",
        ),
        pytest.param(
            '<meta property="og:title" content="Schools shut"><meta property="og:site_name" '
            'content="The Valley Daily Post">',
            "<h1>The Valley Daily Post</h1>",
            "Schools shut",
            "og_title",
            id="lone-h1-naming-the-site",
        ),
        pytest.param(
            "<title>Storm Closes Every School in the County | Valley Daily Post</title>",
            "<h1>Valley Daily Post</h1><h1>Storm Closes Every School in the County</h1>",
            "Storm Closes Every School in the County",
            "h1",
            id="logo-h1-as-long-as-the-site-name",
        ),
        pytest.param(
            '<meta property="og:title" content="Storm Closes Schools (video)">',
            "<h1>Storm Closes Schools (video)</h1>",
            "Storm Closes Schools",
            "h1",
            id="media-label-dropped",
        ),
    ],
)
def test_title_chain(head: str, body: str, title: str, finder: str) -> None:
    found = htmlmeta.find(htmlmeta.TITLE_FINDERS, meta_of(head, body))
    assert found is not None
    assert (found.value, found.finder) == (title, finder)


@pytest.mark.parametrize(
    ("title", "head", "expected"),
    [
        pytest.param(
            "Storm Closes Schools | Daily Post",
            '<meta property="og:site_name" content="Daily Post">',
            "Storm Closes Schools",
            id="site-tail",
        ),
        pytest.param(
            "Daily Post - Storm Closes Schools",
            '<meta property="og:site_name" content="Daily Post">',
            "Storm Closes Schools",
            id="site-head",
        ),
        pytest.param("Storm Closes Schools | Weather", "", "Storm Closes Schools", id="short-section-tail"),
        pytest.param(
            "Storm - the Night the River Rose", "", "Storm - the Night the River Rose", id="dash-kept"
        ),
        pytest.param("Storm Closes Schools", "", "Storm Closes Schools", id="no-separator"),
    ],
)
def test_strip_site(title: str, head: str, expected: str) -> None:
    assert htmlmeta.strip_site(title, meta_of(head)) == expected


@pytest.mark.parametrize(
    ("h1", "title", "agree"),
    [
        ("Storm Closes Schools", "Storm Closes Schools | Daily Post", True),
        ("Storm closes schools", "STORM CLOSES SCHOOLS", True),
        ("Storm Closes Schools Across the County", "Storm Closes Schools Across County", True),
        ("Daily Post", "Storm Closes Schools | Daily Post", False),
        ("Menu", "Storm Closes Schools", False),
        ("New Zealand", "New Zealand - Wikipedia", True),
    ],
)
def test_agrees(h1: str, title: str, agree: bool) -> None:
    assert htmlmeta.agrees(h1, title) is agree


# Dates --------------------------------------------------------------------------------------------------


def date_of(head: str, body: str = "") -> tuple[str, str] | None:
    page = meta_of(head, body)
    found = htmlmeta.find(htmlmeta.DATE_FINDERS, page, NOW) or htmlmeta.find(
        htmlmeta.LATE_DATE_FINDERS, page, NOW
    )
    return (found.value, found.finder) if found else None


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        pytest.param(
            ld('{"@type": "NewsArticle", "datePublished": "2026-02-27T23:30:00-05:00"}')
            + '<meta property="article:published_time" content="2026-02-20T10:00:00Z">',
            "",
            ("2026-02-27", "jsonld_date_published"),
            id="jsonld-beats-meta-day-as-written",
        ),
        pytest.param(
            '<meta property="article:published_time" content="2026-02-20T10:00:00Z">',
            "",
            ("2026-02-20", "meta_published"),
            id="article-published-time",
        ),
        pytest.param(
            '<meta name="pubdate" content="20260221">', "", ("2026-02-21", "meta_published"), id="pubdate"
        ),
        pytest.param(
            '<meta name="dc.date.issued" content="2026-02-22">',
            "",
            ("2026-02-22", "meta_published"),
            id="dc-date-issued",
        ),
        pytest.param(
            '<meta itemprop="datePublished" content="2026-02-23">',
            "",
            ("2026-02-23", "meta_published"),
            id="itemprop",
        ),
        pytest.param(
            '<meta name="date" content="February 24, 2026">',
            "",
            ("2026-02-24", "meta_published"),
            id="written-out",
        ),
        pytest.param(
            ld('{"@type": "NewsArticle", "dateModified": "2026-03-01", "datePublished": "2026-02-25"}'),
            "",
            ("2026-02-25", "jsonld_date_published"),
            id="published-before-modified",
        ),
        pytest.param(
            ld('{"@type": "WebPage", "datePublished": "2026-02-26"}'),
            "",
            ("2026-02-26", "jsonld_page_date_published"),
            id="page-object",
        ),
        pytest.param(
            "",
            '<article><time datetime="2026-02-18T08:00">Feb 18</time></article>',
            ("2026-02-18", "time_element"),
            id="time-in-article",
        ),
        pytest.param(
            "",
            '<time datetime="2026-01-01">x</time><time pubdate datetime="2026-02-17">y</time>',
            ("2026-02-17", "time_element"),
            id="time-pubdate-first",
        ),
        pytest.param(
            '<link rel="canonical" href="https://example.com/2026/02/16/storm-closes-schools/">',
            '<article><time datetime="2026-02-18T08:00">Feb 18</time></article>',
            ("2026-02-18", "time_element"),
            id="unmarked-time-in-article-after-markup",
        ),
        pytest.param(
            '<link rel="canonical" href="https://example.com/2026/02/16/storm-closes-schools/">',
            "",
            ("2026-02-16", "url_path"),
            id="url-path",
        ),
        pytest.param(
            ld('{"@type": "NewsArticle", "datePublished": "2099-01-01"}')
            + '<meta property="article:published_time" content="2026-02-15">',
            "",
            ("2026-02-15", "meta_published"),
            id="future-rejected",
        ),
        pytest.param(
            '<meta property="article:published_time" content="1970-01-01T00:00:00Z">'
            '<meta property="article:modified_time" content="2026-02-14">',
            "",
            ("2026-02-14", "modified_date"),
            id="epoch-rejected-modified-used",
        ),
        pytest.param("", "", None, id="none"),
    ],
)
def test_date_chain(head: str, body: str, expected: tuple[str, str] | None) -> None:
    assert date_of(head, body) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-02-27T23:30:00-05:00", dt.date(2026, 2, 27)),
        ("1772150400", dt.date(2026, 2, 27)),
        ("1994-12-31", None),
        ("2026-02-30", None),
        ("", None),
    ],
)
def test_parse_stamp(value: str, expected: dt.date | None) -> None:
    assert htmlmeta.parse_stamp(value, NOW) == expected


# Author, site, description, language, URL -------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        pytest.param(
            ld(
                '{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Ana Ruiz"}, '
                '{"name": "Bo Chen"}]}'
            ),
            "",
            ("Ana Ruiz, Bo Chen", "jsonld_author"),
            id="jsonld-list",
        ),
        pytest.param(
            ld('{"@type": "NewsArticle", "author": "https://example.com/staff/ana"}')
            + '<meta name="author" content="By Ana Ruiz">',
            "",
            ("Ana Ruiz", "meta_author"),
            id="url-skipped-meta-used",
        ),
        pytest.param(
            "", '<a rel="author" href="/ana">Ana Ruiz</a>', ("Ana Ruiz", "rel_author"), id="rel-author"
        ),
        pytest.param("", "", None, id="none"),
    ],
)
def test_author_chain(head: str, body: str, expected: tuple[str, str] | None) -> None:
    found = htmlmeta.find(htmlmeta.AUTHOR_FINDERS, meta_of(head, body))
    assert ((found.value, found.finder) if found else None) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(
            '<meta property="og:site_name" content="Daily Post">',
            ("Daily Post", "meta_site_name"),
            id="og-site-name",
        ),
        pytest.param(
            ld('{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Daily Post"}}'),
            ("Daily Post", "jsonld_publisher"),
            id="publisher",
        ),
        pytest.param("", None, id="none"),
    ],
)
def test_site_chain(head: str, expected: tuple[str, str] | None) -> None:
    found = htmlmeta.find(htmlmeta.SITE_FINDERS, meta_of(head))
    assert ((found.value, found.finder) if found else None) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(
            '<meta property="og:description" content="Schools shut as the river rises.">'
            '<meta name="description" content="Other">',
            "Schools shut as the river rises.",
            id="og-first",
        ),
        pytest.param(
            '<meta name="description" content="Schools shut as the river rises.">',
            "Schools shut as the river rises.",
            id="meta-description",
        ),
    ],
)
def test_description(head: str, expected: str) -> None:
    found = htmlmeta.find(htmlmeta.DESCRIPTION_FINDERS, meta_of(head))
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    ("lang", "head", "expected"),
    [
        ("de-DE", "", "de"),
        ("", '<meta http-equiv="content-language" content="fr">', "fr"),
        ("", '<meta property="og:locale" content="es_ES">', "es"),
    ],
)
def test_language(lang: str, head: str, expected: str) -> None:
    found = htmlmeta.find(htmlmeta.LANGUAGE_FINDERS, meta_of(head, lang=lang))
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(
            '<link rel="canonical" href="https://example.com/a"><meta property="og:url" content="https://x/b">',
            ("https://example.com/a", "canonical_link"),
            id="canonical-first",
        ),
        pytest.param(
            '<meta property="og:url" content="https://example.com/b">',
            ("https://example.com/b", "og_url"),
            id="og-url",
        ),
        pytest.param('<link rel="canonical" href="/relative">', None, id="relative-ignored"),
    ],
)
def test_url(head: str, expected: tuple[str, str] | None) -> None:
    found = htmlmeta.find(htmlmeta.URL_FINDERS, meta_of(head))
    assert ((found.value, found.finder) if found else None) == expected


def test_jsonld_body_is_read() -> None:
    page = meta_of(ld('{"@type": "NewsArticle", "articleBody": "The river rose overnight."}'))
    assert htmlmeta.jsonld_body(page) == "The river rose overnight."


@pytest.mark.parametrize(
    ("title", "cut"),
    [
        ("Storm Closes Schools Across the...", True),
        ("Storm Closes Schools Across the…", True),
        ("Bridge Works Begin:", True),
        ("Storm Closes Schools", False),
        ("What Now?", False),
    ],
)
def test_truncated(title: str, cut: bool) -> None:
    assert htmlmeta.truncated(title) is cut


def test_unmarked_time_comes_after_the_markup_chain() -> None:
    # the early chain knows only a <time> marked as the publication date; an unmarked one in <article>
    # (which may be a list of other stories) waits for a date line under the headline
    page = meta_of("", '<article><time datetime="2026-02-18">Feb 18</time></article>')
    assert htmlmeta.find(htmlmeta.DATE_FINDERS, page, NOW) is None
    found = htmlmeta.find(htmlmeta.LATE_DATE_FINDERS, page, NOW)
    assert found is not None and found.value == "2026-02-18"
