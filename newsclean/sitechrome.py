"""Site chrome learned from a folder of pages.

Saved pages of one site share their menus, footers, newsletter boxes and promotions; their article text
does not repeat. A batch first counts, per site, on how many pages each line (block text, exactly as the
text front end makes it) occurs; a line seen on many pages and on a large share of its site's pages is
the site's chrome, and the cleaner drops it (``drop_site_chrome`` in ``--explain``) and does not count it
as evidence for the article's extent.

* **Which site a page belongs to**: the first folder of its path that looks like a domain name
  (``www.example.com/2024/story.html``, the layout ``wget --mirror`` and most scrapers use, or the input
  folder itself when it is named so). Otherwise the page's signatures stand for its site: of the short
  lines at its top and bottom (menus, logo text, footer links), the three with the smallest hashes (a
  min-hash). Pages of one site share most of those lines, so they share signatures with high
  probability; the page is counted in the group of each of its signatures, and its chrome is what those
  groups learned. A signature that is the page's own line (a byline) gives a group of one page, which
  learns nothing; one that many sites share mixes them, and a mixed group only learns the lines common to
  half its pages. Grouping errors cost recall, not precision: article text does not repeat across pages.
* **Duplicates**: a folder that holds the same article several times (URL variants, print versions) would
  make its lines look like chrome. A page is counted once per site: pages with the same prose lines (the
  same article) count as one (``page_fingerprint``, remembered in a fixed-size Bloom filter). Near
  duplicates (the same article with other teasers) escape that, so ``ChromeTable.for_page`` also does not
  apply learned lines that would remove most of a page's prose; on such a page only the short learned lines
  (menus, footers) apply.
* **Memory**: the counts are kept per group, over at most ``MAX_COUNTED_LINES`` distinct lines in all;
  beyond that what was seen on the fewest pages is forgotten (first the groups of one page and the lines
  seen once: signature lines of a page's own, article text), so a folder of any size is counted in
  bounded memory. A line forgotten early can come back with a count a little too low, never too high:
  forgetting costs recall only (on the synthetic flat folder of 600 pages, a budget 50 times too small
  still found 92 % of the chrome lines, F1 0.9755 instead of 0.9763).

The thresholds come from the dev corpora (naeb and readability dumps, grouped by their URLs' host): of the
lines shared by pages of one site, those on at least 3 pages and on half of the site's pages were menu,
footer and promotion lines (the few that also occur in the hand-cleaned bodies were one-word section
names and a duplicated article, see ``for_page``); lines on 2 of 5 pages were still 94 % chrome, but
two pages are too few to tell chrome from a duplicate.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import rules
from .cleaner import count_words

#: a site with fewer pages than this learns nothing (two pages cannot tell chrome from a duplicate)
MIN_SITE_PAGES = 3
#: a line is chrome when it is on at least this many pages of its site...
MIN_LINE_PAGES = 3
#: ...and on at least this share of them (on the dev corpora: lines on >= 50 % of a site's pages were
#: menus, footers and promotions; see the module docstring)
LINE_SHARE = 0.5
#: lines longer than this (words) are not counted: article paragraphs, never chrome worth learning
MAX_LINE_WORDS = 80
#: the site signature looks at this many blocks at the top and at the bottom of a page
SIGNATURE_LINES = 10
#: ...at lines of this many words (with letters); "Sign in" and a logo qualify, a headline rarely does.
#: On naeb (2 pages per site for 198 sites) these settings put both pages of 181 sites in the same group,
#: with at most 9 to 12 sites in one group (generic lines such as "Sign in")
SIGNATURE_MIN_WORDS = 2
SIGNATURE_MAX_WORDS = 8
#: signatures per page (min-hash): each is a group the page is counted in, and the page's chrome is what
#: its groups learned. One signature alone is often a line of the page's own (a byline, a teaser) or a
#: line many sites share; three put most pages of a site in a common group (synthetic flat folder of 30
#: sites: with one signature, 2 groups learned chrome and 6 of 600 pages changed, F1 0.795 -> 0.798;
#: with three, 54 groups and 580 pages, F1 0.976)
SIGNATURE_KEYS = 3
#: what a group costs in the budget below, in lines (its name, its page count, its dict)
GROUP_COST = 4
#: distinct (group, line) pairs counted at most; about 130 bytes each
MAX_COUNTED_LINES = 400_000
#: the Bloom filter of pages seen (group and fingerprint): 2**25 bits (4 MiB), 4 hashes; about 1 % false
#: positives at a million pages of three groups each (a false positive only leaves a page uncounted)
SEEN_BITS = 1 << 25
SEEN_HASHES = 4
#: a learned line this long (words) is prose-like: newsletter boxes, notices, or a duplicated paragraph
GUARD_MIN_WORDS = 12
#: learned lines may remove at most this share of a page's words in prose-like lines; on a page where
#: they would remove more, the page repeats another page's article and only short learned lines apply
GUARD_SHARE = 0.5

_DOMAIN_RE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$", re.I)
_DIGIT_RE = re.compile(r"\d")
_LETTER_RE = re.compile(r"[^\W\d_]")
#: file suffixes that make a name look like a domain ("index.html") but are not top-level domains
_FILE_SUFFIXES = frozenset({"html", "htm", "txt", "gz", "json", "jsonl", "md", "xml", "php", "asp", "aspx"})


def folder_site(parts: Sequence[str]) -> str | None:
    """The first folder name that looks like a domain (``www.example.com``), lower-cased; None if none."""
    for part in parts:
        if _DOMAIN_RE.match(part) and part.rsplit(".", 1)[1].lower() not in _FILE_SUFFIXES:
            return part.lower()
    return None


def _stable_hash(text: str) -> int:
    """A hash that is the same in every process (Python's str hash is salted per process)."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def page_signatures(texts: Sequence[str], count: int = SIGNATURE_KEYS) -> tuple[str, ...]:
    """The page's site signatures: of the short lines at its top and bottom (digits read as 0, lines the
    rules know such as "Log in" left out), the ``count`` with the smallest (stable) hashes. Pages of one
    site share most of these lines, so they share signatures with high probability (min-hashing)."""
    n = len(texts)
    if n > 2 * SIGNATURE_LINES:
        candidates: Iterable[str] = (*texts[:SIGNATURE_LINES], *texts[n - SIGNATURE_LINES :])
    else:
        candidates = texts
    keyed: dict[str, int] = {}
    for text in candidates:
        words = text.split()
        if not SIGNATURE_MIN_WORDS <= len(words) <= SIGNATURE_MAX_WORDS:
            continue
        if sum(1 for word in words if _LETTER_RE.search(word)) < SIGNATURE_MIN_WORDS:
            continue  # "[ ]", "0:00 / 1:30": no words to tell sites apart
        line = _DIGIT_RE.sub("0", text)
        if line not in keyed and not known_to_rules(text):
            keyed[line] = _stable_hash(line)
    return tuple(sorted(keyed, key=lambda line: (keyed[line], line))[:count])


def site_keys(parts: Sequence[str], texts: Sequence[str]) -> tuple[str, ...]:
    """The groups a page is counted in: its site from the folder (``"example.com"``), else one group per
    signature (``"~ <line>"``); none when the page has neither."""
    site = folder_site(parts)
    if site is not None:
        return (site,)
    return tuple("~ " + line for line in page_signatures(texts))


def page_lines(texts: Iterable[str]) -> list[str]:
    """The distinct lines of a page that are counted, in order of first appearance."""
    seen: dict[str, None] = {}
    for text in texts:
        if text not in seen and text.count(" ") < MAX_LINE_WORDS:
            seen[text] = None
    return list(seen)


def known_to_rules(text: str) -> bool:
    """A line the cleaner's rules already know ("Share", "Advertisement", "Related Articles"): it is left
    to them, since some of them also mark where the article ends or that a player sits in the text, which
    a line dropped as site chrome would no longer do (a video player's "Share" button learned as chrome let
    the article's run reach over the player, and the trailer rule then cut the text at it)."""
    words = count_words(text)
    return (
        rules.line_rule_for(text, words) is not None
        or rules.is_trailer(text, words)
        or rules.is_hard_trailer(text, words)
    )


@functools.lru_cache(maxsize=65536)
def _known_to_rules(text: str) -> bool:
    """known_to_rules, cached: a site's chrome lines come back on every page."""
    return known_to_rules(text)


def page_fingerprint(texts: Sequence[str]) -> bytes:
    """What makes two pages the same article: their prose-like lines (all lines when there are none),
    as a set; 16 bytes."""
    prose = sorted({text for text in texts if count_words(text) >= GUARD_MIN_WORDS})
    lines = prose or sorted(set(texts))
    digest = hashlib.blake2b(digest_size=16)
    for line in lines:
        digest.update(line.encode("utf-8", "surrogatepass") + b"\n")
    return digest.digest()


class _Seen:
    """A Bloom filter of byte strings: ``add`` says whether the item was (probably) there already."""

    def __init__(self, bits: int = SEEN_BITS, hashes: int = SEEN_HASHES) -> None:
        self.bits = bits
        self.hashes = hashes
        self.array = bytearray(bits // 8)

    def add(self, item: bytes) -> bool:
        digest = hashlib.blake2b(item, digest_size=4 * self.hashes).digest()
        seen = True
        for k in range(self.hashes):
            bit = int.from_bytes(digest[4 * k : 4 * k + 4], "big") % self.bits
            byte, mask = bit >> 3, 1 << (bit & 7)
            if not self.array[byte] & mask:
                seen = False
                self.array[byte] |= mask
        return seen


@dataclass(frozen=True, slots=True)
class SiteChrome:
    """What was learned for one site: its number of pages and its chrome lines, each with the number of
    pages it was seen on."""

    pages: int
    lines: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class ChromeTable:
    """The learned chrome of every site (only sites that have some)."""

    sites: Mapping[str, SiteChrome] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.sites)

    @property
    def line_count(self) -> int:
        return sum(len(site.lines) for site in self.sites.values())

    def for_page(self, keys: Sequence[str], texts: Sequence[str]) -> frozenset[str]:
        """The lines learned by the page's groups (``site_keys``) that the page has, less the prose-like
        ones when they would remove most of its prose (it repeats another page's article: GUARD_SHARE)."""
        known = [self.sites[key].lines for key in keys if key in self.sites]
        if not known:
            return frozenset()
        found = {
            text for text in texts if any(text in lines for lines in known) and not _known_to_rules(text)
        }
        if not found:
            return frozenset()
        prose = chrome = 0
        for text in texts:
            words = count_words(text)
            if words >= GUARD_MIN_WORDS:
                prose += words
                if text in found:
                    chrome += words
        if prose and chrome > GUARD_SHARE * prose:
            found = {text for text in found if count_words(text) < GUARD_MIN_WORDS}
        return frozenset(found)

    def evidence(self, keys: Sequence[str], text: str) -> tuple[str, int, int] | None:
        """Why ``text`` is chrome for a page of these groups: (group, pages with the line, pages)."""
        best = None
        for key in keys:
            site = self.sites.get(key)
            seen = site.lines.get(text) if site is not None else None
            if (
                site is not None
                and seen is not None
                and (best is None or seen / site.pages > best[1] / best[2])
            ):
                best = (key, seen, site.pages)
        return best

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: sites sorted, each with its pages and lines (most frequent first)."""
        out: dict[str, Any] = {}
        for name in sorted(self.sites):
            site = self.sites[name]
            lines = sorted(site.lines.items(), key=lambda item: (-item[1], item[0]))
            out[name] = {"pages": site.pages, "lines": dict(lines)}
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ChromeTable:
        sites = {
            str(name): SiteChrome(int(value["pages"]), {str(k): int(v) for k, v in value["lines"].items()})
            for name, value in data.items()
        }
        return cls(sites)


class ChromeCounter:
    """Counts, per site, on how many pages each line occurs; bounded memory (MAX_COUNTED_LINES)."""

    def __init__(self, *, max_lines: int = MAX_COUNTED_LINES) -> None:
        self.max_lines = max_lines
        self.pages: dict[str, int] = {}
        self.counts: dict[str, Counter[str]] = {}
        self.size = 0
        self.seen = _Seen()
        #: pages not counted because their site already had a page with the same prose
        self.duplicates = 0
        #: lines seen on at most this many pages were forgotten at some point (0: the counts are exact)
        self.forgotten_below = 0

    def add(self, keys: Sequence[str], lines: Sequence[str], fingerprint: bytes = b"") -> None:
        """Count one page's distinct lines in each of its groups (``site_keys``). A group does not count a
        page with the same fingerprint as one it counted before (the same article again)."""
        for site in keys:
            if fingerprint and self.seen.add(site.encode("utf-8", "surrogatepass") + b"\0" + fingerprint):
                self.duplicates += 1
                continue
            self.pages[site] = self.pages.get(site, 0) + 1
            counts = self.counts.get(site)
            if counts is None:
                counts = self.counts[site] = Counter()
                self.size += GROUP_COST
            before = len(counts)
            counts.update(lines)  # counted in C
            self.size += len(counts) - before
        if self.size > self.max_lines:
            self._forget()

    def _forget(self) -> None:
        """Forget what was seen on the fewest pages until at most half the budget is used: groups of that
        many pages (most are a signature line of one page's own: a byline, a headline) and, in the other
        groups, lines seen on that many pages (article text)."""
        limit = 0
        while self.size > self.max_lines // 2:
            limit += 1
            for site in [site for site, pages in self.pages.items() if pages <= limit]:
                del self.pages[site]
                del self.counts[site]
            for site, counts in self.counts.items():
                if any(count <= limit for count in counts.values()):
                    self.counts[site] = Counter({line: n for line, n in counts.items() if n > limit})
            self.size = sum(len(counts) + GROUP_COST for counts in self.counts.values())
        self.forgotten_below = max(self.forgotten_below, limit)

    def table(self) -> ChromeTable:
        """The chrome of every site with at least MIN_SITE_PAGES pages: lines on at least MIN_LINE_PAGES
        pages and on at least LINE_SHARE of the site's pages. (Lines the cleaner's rules know are left out
        by ``for_page``, in the workers, where the answer is cached for the lines of a site.)"""
        sites: dict[str, SiteChrome] = {}
        for site, pages in self.pages.items():
            if pages < MIN_SITE_PAGES:
                continue
            floor = max(MIN_LINE_PAGES, LINE_SHARE * pages)
            lines = {line: n for line, n in self.counts.get(site, {}).items() if n >= floor}
            if lines:
                sites[site] = SiteChrome(pages, lines)
        return ChromeTable(sites)


__all__ = [
    "ChromeCounter",
    "ChromeTable",
    "SiteChrome",
    "folder_site",
    "known_to_rules",
    "page_fingerprint",
    "page_lines",
    "page_signatures",
    "site_keys",
]
