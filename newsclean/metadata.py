"""Metadata finders for a block list: title, subtitle, author, site and date.

Each finder is a small function that returns a Candidate (value, finder name, evidence) or None. They
work on the block list, so they serve text dumps directly; the HTML front end tries its own finders
(JSON-LD, meta tags) first and falls back to these.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter

from . import dates, rules
from .cleaner import MAX_RULE_WORDS, Page
from .lang import MONTH_FIRST
from .model import Candidate

#: the title is looked for this many blocks before the start of the article text
TITLE_WINDOW = 25
#: a title has this many words at most (the longest headlines in the dev corpora have about 25)
MAX_TITLE_WORDS = 32
#: a byline is a short line
MAX_BYLINE_WORDS = 20
#: a subtitle (dek) is one or two sentences, at most this many words
MAX_SUBTITLE_WORDS = 50
#: dates are looked for in lines up to this many words (date bars, bylines, "Published ..." lines)
MAX_DATELINE_WORDS = 30
#: the site name is a short line
MAX_SITE_WORDS = 6

_BYLINE_RE = re.compile(
    r"(?:(?:written |reported |posted |words |text |story )?by|von|par|por|di|door|av|af|przez|от|автор:?"
    r"|author:?|autor(?:in)?:?|auteur:?|autore:?|text:|texte:|reporter:|redacción:?|redaktion:?)\s+"
    r"(?P<name>(?:[^\W\d_][\w'’.-]*\.?)(?:\s+(?:(?:and|und|et|y|e|en|och|og|i|&|,)\s+)?[^\W\d_][\w'’.-]*\.?){0,12})"
    r"(?P<rest>.*)",
    re.IGNORECASE,
)
#: what may follow the author name on a byline: a separator, then a role, date or place
_BYLINE_REST_RE = re.compile(r"\s*(?:$|[,|•·–—-]|\bon\b|\bam\b|\ble\b|\bel\b|\bil\b|\bupdated\b|\bpublished\b|\d)", re.I)
#: words that make a "name" not a name (a "By the numbers" heading, "by clicking ..." prompts)
_NOT_NAME = frozenset(
    "the a an this that these our your my clicking signing using continuing submitting subscribing "
    "registering entering the numbers way default".split()
)
_TITLE_SEPARATORS_RE = re.compile(r"\s+[|–—-]\s+|\s+::\s+|\s+»\s+")
_COPYRIGHT_SITE_RE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?P<name>[^.|,©]{2,60}?)"
    r"(?:,?\s*(?:inc|llc|ltd|gmbh|s\.a|plc|corp|limited)\.?)?\s*(?:[.|,]|all rights|$)",
    re.I,
)


def find_byline(text: str, words: int) -> str | None:
    """The author named by a byline such as "By Jane Doe, Staff Writer", or None."""
    if words > MAX_BYLINE_WORDS:
        return None
    match = _BYLINE_RE.match(text)
    if not match:
        return None
    name = match.group("name").strip(" ,.")
    rest = match.group("rest")
    if rest and not _BYLINE_REST_RE.match(rest):
        return None
    tokens = name.split()
    if not tokens or tokens[0].lower() in _NOT_NAME:
        return None
    # names are capitalised (in scripts that have capitals)
    capitalised = [t for t in tokens if t[0].isalpha() and t.lower() not in {"and", "und", "et", "y", "e", "en"}]
    if capitalised and not all(t[0].isupper() or not t[0].isascii() for t in capitalised):
        return None
    # "By Jane Doe and John Roe on December 21" -> cut at the date word
    name = re.split(r"\s+(?:on|am|le|el|il|updated|published)\s*$", name, flags=re.I)[0]
    return name.strip(" ,.") or None


def is_metadata_line(page: Page, i: int) -> bool:
    """A byline or a date line (they sit between the title and the text)."""
    text = page.texts[i]
    return page.words[i] <= MAX_DATELINE_WORDS and (
        dates.is_dateline(text) or find_byline(text, page.words[i]) is not None
    )


def _title_ok(page: Page, i: int) -> bool:
    nw = page.words[i]
    if nw < 2 or nw > MAX_TITLE_WORDS:
        return False
    if page.dropped[i] is not None and page.dropped[i][0] not in ("outside_article",):
        return False
    text = page.texts[i]
    if nw <= MAX_RULE_WORDS and rules.line_rule_for(text, nw) is not None:
        return False
    if rules.is_trailer(text, nw):
        return False
    return not is_metadata_line(page, i)


def _name_like(page: Page, i: int) -> bool:
    """Two to four capitalised words and no stop word: a person's name (an author line), not a title."""
    nw = page.words[i]
    return 2 <= nw <= 4 and page.caps[i] == 1.0 and page.stop[i] == 0.0


def title_score(page: Page, i: int, core_start: int, positions: dict[str, list[int]]) -> tuple[float, str]:
    """How much block i looks like the headline of the text that starts at core_start."""
    text = page.texts[i]
    nw = page.words[i]
    score = 0.0
    why: list[str] = []
    others = [k for k in positions.get(text, ()) if k != i]
    if others and nw >= 3:
        score += 2.5
        why.append("repeated")
        if any(abs(k - i) <= 6 for k in others):
            score += 1
    if any(is_metadata_line(page, k) for k in range(i + 1, min(i + 5, len(page.texts)))):
        score += 2
        why.append("byline or date after it")
    if 4 <= nw <= 25:
        score += 1
    elif nw <= 2:
        score -= 2
    if page.sentence[i] and text[-1] == ".":
        score -= 3
    if page.prose[i] and page.sentence[i]:
        score -= 1
    if text.isupper():
        score -= 1
    if _name_like(page, i):
        score -= 2
    if i >= core_start:
        score -= 2
    # distance to the text, not counting bylines and date lines between
    between = sum(1 for k in range(i + 1, core_start) if not is_metadata_line(page, k))
    score -= 0.2 * max(0, between - 3)
    return score, ", ".join(why) or "short line before the text"


def find_title(page: Page, core_start: int) -> Candidate | None:
    """The headline: a short line shortly before the article text, ideally repeated (dumps often show
    it twice) or followed by a byline or date line."""
    positions: dict[str, list[int]] = {}
    for k, text in enumerate(page.texts):
        positions.setdefault(text, []).append(k)
    lo = max(0, core_start - TITLE_WINDOW)
    hi = min(len(page.texts), core_start + 2)
    best: tuple[float, int, str] | None = None
    for i in range(lo, hi):
        if not _title_ok(page, i):
            continue
        score, evidence = title_score(page, i, core_start, positions)
        if best is None or score > best[0]:
            best = (score, i, evidence)
    if best is None or best[0] < 0:
        return None
    return Candidate(page.texts[best[1]], "headline_before_text", best[2], best[1])


def strip_site_suffix(title: str, site: str | None) -> str:
    """"Headline | Site" -> "Headline" when the tail is the site's name."""
    parts = _TITLE_SEPARATORS_RE.split(title)
    if len(parts) < 2 or not site:
        return title
    if parts[-1].strip().lower() == site.lower():
        return title[: title.rfind(parts[-1])].rstrip(" |–—-:»")
    if parts[0].strip().lower() == site.lower():
        return title[len(parts[0]) :].lstrip(" |–—-:»")
    return title


def find_site(page: Page) -> Candidate | None:
    """The site's name: the first line when it comes back later in the page (a logo text repeated in
    the footer), or the holder named by the copyright line."""
    texts = page.texts
    for i in range(min(3, len(texts))):
        text = texts[i]
        if 1 <= page.words[i] <= MAX_SITE_WORDS and not page.sentence[i] and texts.count(text) >= 2:
            if rules.line_rule_for(text, page.words[i]) is None and not dates.is_dateline(text):
                return Candidate(text, "repeated_first_line", "first line, repeated later", i)
    for i in range(len(texts) - 1, max(-1, len(texts) - 60), -1):
        text = texts[i]
        if page.words[i] <= 15 and ("©" in text or "opyright" in text):
            match = _COPYRIGHT_SITE_RE.search(text)
            if match:
                name = match.group("name").strip(" ,.-")
                if name and not any(ch.isdigit() for ch in name) and len(name.split()) <= MAX_SITE_WORDS:
                    if name.lower() not in {"all rights reserved", "the", "copyright"}:
                        return Candidate(name, "copyright_line", _shorten(text), i)
    return None


def find_author(page: Page, lo: int, hi: int) -> Candidate | None:
    """A byline ("By Jane Doe") between the title and the start of the text."""
    for i in range(max(0, lo), min(hi, len(page.texts))):
        name = find_byline(page.texts[i], page.words[i])
        if name:
            return Candidate(name, "byline", _shorten(page.texts[i]), i)
    return None


def find_date(
    page: Page, title_index: int, start: int, end: int, now: _dt.datetime | None
) -> tuple[Candidate, dates.DateMatch] | None:
    """The publication date: a date line near the title first (published before updated), then a date
    bar before it, then a date at the start of the text, then a date line after the text."""
    day_first = None if page.language is None else page.language not in MONTH_FIRST
    texts = page.texts

    def scan(indices: range, finder: str, short_only: bool = True) -> tuple[Candidate, dates.DateMatch] | None:
        found: list[tuple[int, dates.DateMatch]] = []
        for i in indices:
            if short_only and page.words[i] > MAX_DATELINE_WORDS:
                continue
            text = texts[i] if short_only else texts[i][:120]
            if not any(ch.isdigit() for ch in text) and not _may_be_relative(text):
                continue
            for match in dates.find_dates(text, now=now, day_first=day_first):
                found.append((i, match))
        if not found:
            return None
        published = [f for f in found if f[1].label == "published"]
        plain = [f for f in found if f[1].label is None]
        i, match = (published or plain or found)[0]
        return Candidate(match.value.isoformat(), finder, _shorten(texts[i]), i), match

    n = len(texts)
    header = range(max(0, title_index - 2), min(n, max(start, title_index + 1) + 2)) if title_index >= 0 else range(0)
    for indices, finder, short in (
        (header, "dateline_near_title", True),
        (range(0, max(0, title_index if title_index >= 0 else start)), "date_before_title", True),
        (range(start, min(end, start + 2)), "date_in_first_paragraph", False),
        (range(end, min(n, end + 15)), "dateline_after_text", True),
    ):
        result = scan(indices, finder, short)
        if result:
            return result
    return None


_RELATIVE_HINT_RE = re.compile(r"ago|yesterday|today|gestern|heute|hier|aujourd|ayer|hoy|ieri|oggi|ontem|hoje|前|vor ", re.I)


def _may_be_relative(text: str) -> bool:
    return _RELATIVE_HINT_RE.search(text) is not None


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
