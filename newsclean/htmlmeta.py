"""Metadata finders for an HTML page: title, date, author, site, description, language, canonical URL.

The page is read once into a :class:`PageMeta` (JSON-LD objects, meta tags, ``<title>``, visible headings,
``<time>`` elements, links); each finder is a small function ``PageMeta -> Candidate | None`` and each
field has one declared precedence tuple (Readability.js's habit: JSON-LD, then og:, then twitter:, then
the page). :func:`find` returns the first candidate of a chain.

Titles: the visible ``<h1>`` wins when the metadata confirms it (JSON-LD headline, og:title, twitter:title
or ``<title>`` contain it or agree with it once a " | Site" tail is removed), without a section label at
either end and without a media label ("[Watch]"); a metadata title cut short ("...") never replaces it. A
page's only h1 of four words or more wins even unconfirmed (the metadata then holds a shortened or social
version). Else the metadata titles in order, without their site tails.

Dates: the *publication* date, from JSON-LD ``datePublished`` of the article object, the common meta names
(``article:published_time``, ``og:published_time``, itemprop ``datePublished``, ``date``, ``pubdate``,
``publishdate``, ``dc.date.issued`` ...), the ``<time datetime>`` marked as published; then (after a date
line under the headline, which :mod:`newsclean.htmlpage` looks for) the first unmarked ``<time>`` in the
article, the URL path; modified dates only when nothing says "published". A date in
the future or before :data:`newsclean.dates.MIN_YEAR` is rejected (by :func:`newsclean.dates.parse_date`).
The day is the one written in the stamp (no time-zone conversion), as the page shows it.
"""

from __future__ import annotations

import datetime as _dt
import html
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import dates
from .model import Candidate

#: JSON-LD types that describe the article itself (schema.org Article and its subtypes, and postings)
ARTICLE_TYPE_RE = re.compile(r"(?:Article|BlogPosting|Posting|Report|NewsArticle)$", re.I)
#: JSON-LD types of the page around the article: their dates count only when no article object has one
PAGE_TYPES = frozenset(
    {
        "WebPage",
        "ItemPage",
        "AboutPage",
        "CollectionPage",
        "WebSite",
        "VideoObject",
        "MediaObject",
        "ProfilePage",
        "QAPage",
        "FAQPage",
        "Recipe",
        "Review",
        "Event",
    }
)
#: meta names (name=, property=, itemprop=, lower case) that carry the publication date, best first
PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "published-date",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "date",
    "citation_publication_date",
    "citation_date",
    "article:post_date",
    "originalpublicationdate",
    "cxenseparse:recs:publishtime",
    "pdate",
    "created",
)
#: meta names for the last change: used only when no publication date is found
MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
)
#: a headline has at most this many characters (longer "titles" are descriptions)
MAX_TITLE_CHARS = 300
#: an h1 is "confirmed" by a metadata title when the two share this share of their words
TITLE_AGREEMENT = 0.8
#: an h1 may carry this many words of section label ("Opinion", "College Sports |") around the headline
MAX_KICKER_WORDS = 3
#: a lone h1 this long (in words) is the headline even when no metadata title confirms it (shorter ones are
#: site or section names: "Tech Notes", "Health Center Home")
MIN_LONE_H1_WORDS = 4
#: a metadata title ending like this was cut short
TRUNCATION_MARKS = ("...", "…", ":")
#: "(video)", "[Watch]", "(PHOTOS)" after a headline
MEDIA_LABEL_RE = re.compile(
    r"\s*[\[(](?:video|videos|watch|photos?|gallery|pictures|listen|audio|podcast)[\])]\s*$", re.I
)
#: separators between a headline and a site name in ``<title>`` and og:title
TITLE_SEPARATORS_RE = re.compile(r"\s+(?:[|–—-]|::|»|·|•|/|\\)\s+|\s*\|\s*")
#: a site tail is short: at most this many words
MAX_SITE_WORDS = 6
#: dates in URL paths: /2023/12/22/, /2023-12-22/, /20231222/
URL_DATE_RE = re.compile(r"/((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)")
_WS_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"\w+")
_JSON_TRAILING_COMMA_RE = re.compile(r",\s*([\]}])")
_URL_LIKE_RE = re.compile(r"^(?:https?:)?//|^www\.", re.I)
_BYLINE_PREFIX_RE = re.compile(r"^(?:by|von|par|por|di|door)\s+", re.I)


def squash(text: str | None) -> str:
    """Whitespace collapsed to single spaces, ends trimmed; entities a CMS escaped twice ("&amp;amp;",
    "D&amp;D" in a meta content) decoded."""
    text = text or ""
    if "&" in text:
        text = html.unescape(text)
    return _WS_RE.sub(" ", text).strip()


@dataclass(slots=True)
class PageMeta:
    """What the metadata finders read, collected in one pass over the tree."""

    #: JSON-LD objects, flattened (lists and @graph unpacked), in page order
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    #: lower-cased meta name/property/itemprop -> contents, in page order
    meta: dict[str, list[str]] = field(default_factory=dict)
    title_tag: str = ""
    #: visible h1 texts, in page order
    h1: list[str] = field(default_factory=list)
    #: (datetime attribute or text, marked as published by itemprop/class/pubdate, inside <article>)
    times: list[tuple[str, bool, bool]] = field(default_factory=list)
    html_lang: str = ""
    canonical: str = ""
    #: texts of rel=author links and byline-classed elements
    author_links: list[str] = field(default_factory=list)
    #: the URL the page was saved from, when known (canonical, og:url)
    url: str = ""

    def first_meta(self, *names: str) -> str | None:
        for name in names:
            for value in self.meta.get(name, ()):
                value = squash(value)
                if value:
                    return value
        return None


# Reading ------------------------------------------------------------------------------------------------


def read(root: Any) -> PageMeta:
    """Collect the metadata of an lxml HTML tree (not modified)."""
    page = PageMeta()
    page.html_lang = squash(root.get("lang") or root.get("xml:lang") or "")
    for element in root.iter("meta", "script", "title", "h1", "time", "link", "a"):
        tag = element.tag
        if tag == "meta":
            content = element.get("content")
            if content is None:
                continue
            for attribute in ("property", "name", "itemprop", "http-equiv"):
                name = element.get(attribute)
                if name:
                    page.meta.setdefault(name.strip().lower(), []).append(content)
        elif tag == "script":
            kind = (element.get("type") or "").lower()
            if "ld+json" in kind and element.text:
                page.jsonld.extend(_flatten(_load_json(element.text)))
        elif tag == "title":
            if not page.title_tag and not _in_svg(element):
                page.title_tag = squash(element.text_content())
        elif tag == "h1":
            text = squash(element.text_content())
            if text and not _hidden(element):
                page.h1.append(text)
        elif tag == "time":
            stamp = element.get("datetime") or element.text_content()
            if stamp:
                marks = " ".join(
                    (
                        element.get("itemprop") or "",
                        element.get("class") or "",
                        "pubdate" if element.get("pubdate") is not None else "",
                    )
                ).lower()
                published = "datepublished" in marks or "pubdate" in marks or "publish" in marks
                in_article = any(a.tag == "article" for a in element.iterancestors())
                page.times.append((stamp, published, in_article))
        elif tag == "link":
            rel = (element.get("rel") or "").lower().split()
            if "canonical" in rel and not page.canonical:
                page.canonical = squash(element.get("href"))
            elif "author" in rel:
                _add_author_text(page, element)
        elif tag == "a":
            rel = (element.get("rel") or "").lower().split()
            if "author" in rel:
                _add_author_text(page, element)
    page.url = page.canonical if _URL_LIKE_RE.match(page.canonical) else (page.first_meta("og:url") or "")
    return page


def _add_author_text(page: PageMeta, element: Any) -> None:
    text = squash(element.text_content())
    if text and len(text) <= 80:
        page.author_links.append(text)


def _in_svg(element: Any) -> bool:
    return any(a.tag == "svg" for a in element.iterancestors())


def _hidden(element: Any) -> bool:
    for node in (element, *element.iterancestors()):
        if node.get("hidden") is not None or node.get("aria-hidden") == "true":
            return True
        style = (node.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
    return False


def _load_json(text: str) -> Any:
    text = text.strip()
    if text.startswith("<!--"):
        text = text.strip("<!->\n ")
    if text.startswith("<![CDATA["):  # XHTML habit: the JSON wrapped in a CDATA section
        text = text[len("<![CDATA[") :].rsplit("]]>", 1)[0].strip()
    elif text.startswith("//<![CDATA["):
        text = text[len("//<![CDATA[") :].rsplit("//]]>", 1)[0].strip()
    try:
        return json.loads(text, strict=False)
    except ValueError:
        pass
    try:
        return json.loads(_JSON_TRAILING_COMMA_RE.sub(r"\1", text), strict=False)
    except ValueError:
        return None


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    """JSON-LD objects: lists and @graph unpacked; a mainEntity of a WebPage follows its page."""
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        graph = data.get("@graph")
        if isinstance(graph, list):
            yield from _flatten(graph)
            rest = {k: v for k, v in data.items() if k != "@graph"}
            if "@type" in rest:
                yield rest
            return
        yield data
        main = data.get("mainEntity")
        if isinstance(main, dict) and "@type" in main:
            yield from _flatten(main)


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return [kind.rsplit("/", 1)[-1]]
    if isinstance(kind, list):
        return [k.rsplit("/", 1)[-1] for k in kind if isinstance(k, str)]
    return []


def is_article(obj: dict[str, Any]) -> bool:
    return any(ARTICLE_TYPE_RE.search(t) for t in _types(obj))


def articles(page: PageMeta) -> list[dict[str, Any]]:
    """The JSON-LD objects that describe an article, in page order."""
    return [obj for obj in page.jsonld if is_article(obj)]


def _text(value: Any) -> str | None:
    """A JSON-LD value as one string: a string, the first of a list, or an object's name."""
    if isinstance(value, list):
        for item in value:
            text = _text(item)
            if text:
                return text
        return None
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value"))
    if isinstance(value, str | int | float):
        return squash(str(value)) or None
    return None


def _names(value: Any) -> list[str]:
    """Every name in a JSON-LD author value (a string, an object, or a list of either)."""
    if isinstance(value, list):
        out: list[str] = []
        for item in value:
            out.extend(_names(item))
        return out
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, str):
        text = squash(value)
        return [text] if text and not _URL_LIKE_RE.match(text) else []
    return []


# Title --------------------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text.lower())


def agrees(h1: str, title: str) -> bool:
    """Does a metadata title confirm a headline? Same words, or the headline inside the title (which
    may carry a site name or a section label), or most of the headline's words in it."""
    a, b = _words(h1), _words(title)
    if not a or not b:
        return False
    if a == b:
        return True
    parts = TITLE_SEPARATORS_RE.split(title)
    if len(parts) > 1 and _words(parts[0]) == a:
        return True  # "New Zealand" and "New Zealand - Wikipedia" (a logo h1 matches the last part)
    joined_a, joined_b = " ".join(a), " ".join(b)
    if len(a) >= 3 and joined_a in joined_b:
        return True
    if len(b) >= 3 and joined_b in joined_a and len(b) >= 0.6 * len(a):
        return True
    set_b = set(b)
    shared = sum(1 for w in a if w in set_b)
    return len(a) >= 4 and shared >= TITLE_AGREEMENT * max(len(a), len(set_b))


def metadata_titles(page: PageMeta) -> list[tuple[str, str]]:
    """(finder, title) of every metadata title, in precedence order."""
    out: list[tuple[str, str]] = []
    for obj in articles(page):
        headline = _text(obj.get("headline")) or _text(obj.get("name"))
        if headline:
            out.append(("jsonld_headline", headline))
            break
    for finder, names in (
        ("og_title", ("og:title",)),
        ("twitter_title", ("twitter:title",)),
        ("meta_title", ("title", "headline", "sailthru.title", "parsely-title", "dc.title")),
    ):
        value = page.first_meta(*names)
        if value:
            out.append((finder, value))
    if page.title_tag:
        out.append(("title_tag", page.title_tag))
    return [(f, t) for f, t in out if len(t) <= MAX_TITLE_CHARS]


def title_from_h1(page: PageMeta) -> Candidate | None:
    """The first visible h1 that a metadata title confirms."""
    titles = metadata_titles(page)
    for h1 in page.h1:
        if len(h1) > MAX_TITLE_CHARS or len(_words(h1)) < 1 or names_the_site(h1, page, titles):
            continue
        for finder, title in titles:
            if agrees(h1, title):
                value = h1 if truncated(title) else _without_kicker(h1, strip_site(title, page))
                return Candidate(_without_media_label(value), "h1", f"confirmed by {finder}")
    return None


def names_the_site(h1: str, page: PageMeta, titles: list[tuple[str, str]]) -> bool:
    """Is an h1 the site's name (a logo heading): one of the names the site goes by, or the short end of a
    metadata title whose other part is the headline ("Storm Closes Schools | Valley Daily Post")?"""
    key = " ".join(_words(h1))
    if not key:
        return False
    for name in site_names(page):
        other = " ".join(_words(name))
        if key == other or key.replace(" ", "") == other.replace(" ", ""):
            return True
    for _finder, title in titles:
        parts = [" ".join(_words(p)) for p in TITLE_SEPARATORS_RE.split(title) if p.strip()]
        if len(parts) >= 2 and key in (parts[0], parts[-1]):
            rest = parts[1:] if key == parts[0] else parts[:-1]
            if max(len(p.split()) for p in rest) > len(key.split()):
                return True
    return False


def truncated(title: str) -> bool:
    """A metadata title cut short by the CMS ("Board votes to close the old river...", "Bridge Works
    Begin:"): the visible headline is the whole one."""
    return title.rstrip().endswith(TRUNCATION_MARKS)


def _without_kicker(h1: str, title: str) -> str:
    """An h1 whose text starts or ends with a section label the metadata title lacks ("Opinion",
    "Politics |", "[Watch]"), or has one at both ends ("Opinion | Headline | Editorial"): the metadata
    title's words are the headline."""
    a, b = _words(h1), _words(title)
    if len(b) < 3 or len(a) <= len(b) or len(a) - len(b) > MAX_KICKER_WORDS:
        return h1
    joined_a, joined_b = " ".join(a), " ".join(b)
    if joined_a.startswith(joined_b) or joined_a.endswith(joined_b):
        return title
    for part in TITLE_SEPARATORS_RE.split(h1):
        if " ".join(_words(part)) == joined_b:
            return part.strip()
    return h1


def _without_media_label(title: str) -> str:
    """ "Headline [Watch]", "Headline (video)" -> "Headline": the label says what the page shows."""
    return MEDIA_LABEL_RE.sub("", title) or title


def title_from_lone_h1(page: PageMeta) -> Candidate | None:
    """The page's only visible h1, when it is a headline (MIN_LONE_H1_WORDS words or more) that no metadata
    title confirms: the metadata titles are then shortened or social-media versions of it, or the site's
    name, while the h1 is what the reader sees over the text."""
    if len(page.h1) != 1:
        return None
    h1 = page.h1[0]
    if len(h1) > MAX_TITLE_CHARS or len(h1.split()) < MIN_LONE_H1_WORDS:
        return None
    if names_the_site(h1, page, metadata_titles(page)):
        return None
    return Candidate(_without_media_label(h1), "lone_h1", "the page's only h1")


def _title_finder(name: str) -> Callable[[PageMeta], Candidate | None]:
    def finder(page: PageMeta) -> Candidate | None:
        for found, title in metadata_titles(page):
            if found == name:
                return Candidate(strip_site(title, page), name, title)
        return None

    finder.__name__ = f"title_from_{name}"
    finder.__doc__ = f"The {name.replace('_', ' ')}, without a site-name tail."
    return finder


title_from_jsonld = _title_finder("jsonld_headline")
title_from_og = _title_finder("og_title")
title_from_twitter = _title_finder("twitter_title")
title_from_meta = _title_finder("meta_title")
title_from_title_tag = _title_finder("title_tag")


def title_from_single_h1(page: PageMeta) -> Candidate | None:
    """The only h1 of a page that has no metadata title at all."""
    if len(page.h1) == 1 and not metadata_titles(page) and len(page.h1[0]) <= MAX_TITLE_CHARS:
        return Candidate(page.h1[0], "single_h1", "the page's only h1")
    return None


TITLE_FINDERS: tuple[Callable[[PageMeta], Candidate | None], ...] = (
    title_from_h1,
    title_from_lone_h1,
    title_from_jsonld,
    title_from_og,
    title_from_twitter,
    title_from_meta,
    title_from_title_tag,
    title_from_single_h1,
)


def site_names(page: PageMeta) -> list[str]:
    """Names the site goes by (og:site_name, JSON-LD publisher, application-name), for tail removal."""
    names = []
    for value in (
        page.first_meta("og:site_name"),
        page.first_meta("application-name"),
        page.first_meta("apple-mobile-web-app-title"),
        page.first_meta("twitter:site"),
    ):
        if value:
            names.append(value.lstrip("@"))
    for obj in page.jsonld:
        publisher = obj.get("publisher")
        name = _text(publisher) if publisher else None
        if name:
            names.append(name)
        if (
            "WebSite" in _types(obj)
            or "Organization" in _types(obj)
            or "NewsMediaOrganization" in _types(obj)
        ):
            name = _text(obj.get("name"))
            if name:
                names.append(name)
    return names


def _same_site(part: str, names: list[str]) -> bool:
    low = " ".join(_words(part))
    if not low:
        return False
    for name in names:
        n = " ".join(_words(name))
        if n and (low == n or low.replace(" ", "") == n.replace(" ", "") or low in n or n in low):
            return True
    return False


def strip_site(title: str, page: PageMeta | None = None) -> str:
    """ "Headline | Site" and "Site - Headline" -> "Headline".

    A tail (or head) goes when it names the site (og:site_name, publisher, the host of the URL), or when
    the page's h1 is the other part. Without such evidence a short last part after " | " goes too (a
    section or site label), never a part after a plain dash.
    """
    parts = [p for p in TITLE_SEPARATORS_RE.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    names = site_names(page) if page else []
    if page is not None and page.url:
        host = re.sub(r"^(?:https?:)?//(?:www\.)?", "", page.url).split("/", 1)[0]
        names.append(host.rsplit(".", 1)[0])
    changed = True
    while changed and len(parts) >= 2:
        changed = False
        if _same_site(parts[-1], names) and len(_words(parts[-1])) <= MAX_SITE_WORDS:
            parts = parts[:-1]
            changed = True
        elif _same_site(parts[0], names) and len(_words(parts[0])) <= MAX_SITE_WORDS:
            parts = parts[1:]
            changed = True
    if len(parts) >= 2 and page is not None:
        for h1 in page.h1:
            for part in parts:
                if " ".join(_words(part)) == " ".join(_words(h1)):
                    return part.strip()
    if len(parts) >= 2 and " | " in title:
        last = parts[-1]
        if len(_words(last)) <= 3 and len(_words(" ".join(parts[:-1]))) >= 3:
            parts = parts[:-1]
    # re-join what is left with the original separators
    if len(parts) == 1:
        return parts[0].strip()
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if start >= 0 and end > start else title


# Date ---------------------------------------------------------------------------------------------------


def parse_stamp(value: str, now: _dt.datetime | None = None) -> _dt.date | None:
    """A meta/JSON-LD date value as the calendar day written in it (ISO stamps read directly)."""
    value = squash(value)
    if not value:
        return None
    match = re.match(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", value)
    if match:
        try:
            day = _dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
        return day if _plausible(day, now) else None
    if value.isdigit() and len(value) in (10, 13):  # a Unix time stamp, seconds or milliseconds
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        day = _dt.datetime.fromtimestamp(seconds, tz=_dt.UTC).date()
        return day if _plausible(day, now) else None
    return dates.parse_date(value[:80], now=now)


def _plausible(day: _dt.date, now: _dt.datetime | None) -> bool:
    ceiling = (now.date() if now else _dt.date.today()) + _dt.timedelta(days=1)
    return day.year >= dates.MIN_YEAR and day <= ceiling


def _jsonld_date(
    page: PageMeta, key: str, now: _dt.datetime | None, *, article_only: bool
) -> Candidate | None:
    objects = articles(page)
    if not article_only:
        objects = [obj for obj in page.jsonld if not is_article(obj)]
    for obj in objects:
        raw = _text(obj.get(key))
        day = parse_stamp(raw, now) if raw else None
        if day:
            return Candidate(day.isoformat(), "", f"{key}: {raw}")
    return None


def date_from_jsonld(page: PageMeta, now: _dt.datetime | None = None) -> Candidate | None:
    """JSON-LD datePublished of the article object (NewsArticle, BlogPosting, ...)."""
    found = _jsonld_date(page, "datePublished", now, article_only=True)
    return Candidate(found.value, "jsonld_date_published", found.evidence) if found else None


def date_from_meta(page: PageMeta, now: _dt.datetime | None = None) -> Candidate | None:
    """The common publication-date meta names (article:published_time, pubdate, dc.date.issued, ...)."""
    for name in PUBLISHED_META:
        for raw in page.meta.get(name, ()):
            day = parse_stamp(raw, now)
            if day:
                return Candidate(day.isoformat(), "meta_published", f"{name}: {squash(raw)}")
    return None


def date_from_jsonld_page(page: PageMeta, now: _dt.datetime | None = None) -> Candidate | None:
    """JSON-LD datePublished of another object (the WebPage, a VideoObject) when no article has one."""
    found = _jsonld_date(page, "datePublished", now, article_only=False)
    return Candidate(found.value, "jsonld_page_date_published", found.evidence) if found else None


def date_from_time(page: PageMeta, now: _dt.datetime | None = None) -> Candidate | None:
    """A ``<time>`` marked as the publication date (itemprop, class or pubdate)."""
    return _first_time([t for t in page.times if t[1]], now)


def date_from_article_time(page: PageMeta, now: _dt.datetime | None = None) -> Candidate | None:
    """The first unmarked ``<time>`` inside ``<article>`` (it may belong to a list of other stories that a
    page wraps in ``<article>`` too, so a date line under the headline comes first)."""
    return _first_time([t for t in page.times if t[2] and not t[1]], now)


def _first_time(times: list[tuple[str, bool, bool]], now: _dt.datetime | None) -> Candidate | None:
    for raw, _published, _in_article in times:
        day = parse_stamp(raw, now)
        if day:
            return Candidate(day.isoformat(), "time_element", f"<time>: {squash(raw)[:60]}")
    return None


def date_from_url(page: PageMeta, now: _dt.datetime | None = None) -> Candidate | None:
    """A /2023/12/22/ path in the canonical URL."""
    match = URL_DATE_RE.search(page.url or "")
    if not match:
        return None
    try:
        day = _dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    if not _plausible(day, now):
        return None
    return Candidate(day.isoformat(), "url_path", page.url)


def date_from_modified(page: PageMeta, now: _dt.datetime | None = None) -> Candidate | None:
    """The last change (JSON-LD dateModified, article:modified_time ...): better than no date."""
    found = _jsonld_date(page, "dateModified", now, article_only=True)
    if found:
        return Candidate(found.value, "modified_date", found.evidence)
    for name in MODIFIED_META:
        for raw in page.meta.get(name, ()):
            day = parse_stamp(raw, now)
            if day:
                return Candidate(day.isoformat(), "modified_date", f"{name}: {squash(raw)}")
    return None


def date_from_any_time(page: PageMeta, now: _dt.datetime | None = None) -> Candidate | None:
    """The first ``<time>`` of the page, wherever it is."""
    for raw, _published, _in_article in page.times:
        day = parse_stamp(raw, now)
        if day:
            return Candidate(day.isoformat(), "time_element", f"<time>: {squash(raw)[:60]}")
    return None


#: the date chain before the text of the page is looked at (a date line near the headline comes next,
#: then :data:`LATE_DATE_FINDERS`)
DATE_FINDERS: tuple[Callable[[PageMeta, _dt.datetime | None], Candidate | None], ...] = (
    date_from_jsonld,
    date_from_meta,
    date_from_jsonld_page,
    date_from_time,
)
LATE_DATE_FINDERS: tuple[Callable[[PageMeta, _dt.datetime | None], Candidate | None], ...] = (
    date_from_article_time,
    date_from_url,
    date_from_any_time,
    date_from_modified,
)


# Author, site, description, language, URL ------------------------------------------------------------


def author_from_jsonld(page: PageMeta) -> Candidate | None:
    """The article object's author(s), names joined with ", "."""
    for obj in articles(page):
        names = list(dict.fromkeys(_names(obj.get("author"))))
        if names:
            return Candidate(", ".join(names), "jsonld_author", "author")
    return None


def author_from_meta(page: PageMeta) -> Candidate | None:
    """meta name=author (and the article:author / parsely / sailthru variants that hold a name)."""
    for name in (
        "author",
        "article:author",
        "parsely-author",
        "sailthru.author",
        "dc.creator",
        "byl",
        "twitter:creator",
    ):
        value = page.first_meta(name)
        if value and not _URL_LIKE_RE.match(value) and len(value) <= 100:
            value = _BYLINE_PREFIX_RE.sub("", value).lstrip("@")
            return Candidate(value, "meta_author", name)
    return None


def author_from_link(page: PageMeta) -> Candidate | None:
    """The text of a rel=author link."""
    for text in page.author_links:
        text = _BYLINE_PREFIX_RE.sub("", text)
        if 1 <= len(text.split()) <= 6:
            return Candidate(text, "rel_author", "rel=author")
    return None


AUTHOR_FINDERS: tuple[Callable[[PageMeta], Candidate | None], ...] = (
    author_from_jsonld,
    author_from_meta,
    author_from_link,
)


def site_from_meta(page: PageMeta) -> Candidate | None:
    """og:site_name, then application-name."""
    for name in ("og:site_name", "application-name"):
        value = page.first_meta(name)
        if value and len(value) <= 100:
            return Candidate(value, "meta_site_name", name)
    return None


def site_from_jsonld(page: PageMeta) -> Candidate | None:
    """The article's publisher, or a WebSite/Organization object's name."""
    for obj in articles(page):
        name = _text(obj.get("publisher")) if obj.get("publisher") else None
        if name:
            return Candidate(name, "jsonld_publisher", "publisher")
    for obj in page.jsonld:
        if {"WebSite", "NewsMediaOrganization", "Organization"} & set(_types(obj)):
            name = _text(obj.get("name"))
            if name:
                return Candidate(name, "jsonld_publisher", "/".join(_types(obj)))
    return None


SITE_FINDERS: tuple[Callable[[PageMeta], Candidate | None], ...] = (site_from_meta, site_from_jsonld)


def description_from_meta(page: PageMeta) -> Candidate | None:
    """og:description, the JSON-LD description, meta description, twitter:description."""
    for obj in articles(page):
        value = _text(obj.get("description"))
        if value:
            og = page.first_meta("og:description")
            return Candidate(og or value, "og_description" if og else "jsonld_description", "description")
    for name, finder in (
        ("og:description", "og_description"),
        ("description", "meta_description"),
        ("twitter:description", "twitter_description"),
    ):
        value = page.first_meta(name)
        if value:
            return Candidate(value, finder, name)
    return None


DESCRIPTION_FINDERS: tuple[Callable[[PageMeta], Candidate | None], ...] = (description_from_meta,)


def language_from_markup(page: PageMeta) -> Candidate | None:
    """``<html lang>``, content-language, og:locale, JSON-LD inLanguage: the ISO 639-1 part."""
    for value, finder in (
        (page.html_lang, "html_lang"),
        (page.first_meta("content-language", "language", "dc.language"), "meta_language"),
        (page.first_meta("og:locale"), "og_locale"),
        (
            next((_text(o.get("inLanguage")) for o in articles(page) if o.get("inLanguage")), None),
            "jsonld_language",
        ),
    ):
        if value:
            code = re.split(r"[-_,;\s]", value.strip().lower(), maxsplit=1)[0]
            if 2 <= len(code) <= 3 and code.isalpha():
                return Candidate(code, finder, value)
    return None


LANGUAGE_FINDERS: tuple[Callable[[PageMeta], Candidate | None], ...] = (language_from_markup,)


def url_from_markup(page: PageMeta) -> Candidate | None:
    """``<link rel=canonical>``, og:url, the JSON-LD article's url / mainEntityOfPage."""
    if _URL_LIKE_RE.match(page.canonical):
        return Candidate(page.canonical, "canonical_link", "link rel=canonical")
    value = page.first_meta("og:url")
    if value and _URL_LIKE_RE.match(value):
        return Candidate(value, "og_url", "og:url")
    for obj in articles(page):
        for key in ("url", "mainEntityOfPage"):
            raw = obj.get(key)
            value = _text(raw.get("@id") if isinstance(raw, dict) else raw)
            if value and _URL_LIKE_RE.match(value):
                return Candidate(value, "jsonld_url", key)
    return None


URL_FINDERS: tuple[Callable[[PageMeta], Candidate | None], ...] = (url_from_markup,)


def find(
    finders: tuple[Callable[..., Candidate | None], ...], page: PageMeta, *args: Any
) -> Candidate | None:
    """The first candidate of a precedence chain."""
    for finder in finders:
        found = finder(page, *args)
        if found is not None:
            return found
    return None


def jsonld_body(page: PageMeta) -> str:
    """The article's ``articleBody`` from JSON-LD (often truncated; a guide, not the body)."""
    for obj in articles(page):
        body = obj.get("articleBody")
        if isinstance(body, str) and body.strip():
            return body
    return ""
