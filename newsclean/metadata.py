"""Metadata finders for a block list: title, subtitle, author, site and date.

Each finder is a small function that returns a Candidate (value, finder name, evidence) or None. They
work on the block list, so they serve text dumps directly; the HTML front end tries its own finders
(JSON-LD, meta tags) first and falls back to these.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from . import dates, rules
from .cleaner import MAX_RULE_WORDS, Page, count_words, looks_like_code
from .lang import MONTH_FIRST, function_words, plain_marks
from .model import Candidate

#: the title is looked for this many blocks before the start of the article text
TITLE_WINDOW = 25
#: ...and up to this many blocks before it when there is evidence (a byline or date line under the line):
#: menus, tickers, product boxes or a video player may stand between the headline and the text
TITLE_FAR_WINDOW = 100
#: ...where the lines with a byline or date line under them lie within this many blocks (a headline and
#: its dek); more of them, further apart, are a list of other stories with their dates
MAX_FAR_HEADER_SPAN = 3
#: ...and this many blocks into it (the text may swallow the header when a dek or caption reads as prose)
TITLE_WINDOW_IN_TEXT = 12
#: ...or down to the first byline or date line within this many blocks of the text's start: the text found
#: may begin with a list of other stories' headlines or a long menu that reads as prose, with the header
#: (headline, dek, byline) under it
TITLE_HEADER_IN_TEXT = 40
#: the first block of the text found is its headline when a byline or date line lies this close under it
HEADER_IN_TEXT_REACH = 6
#: a line that ends with a full stop is a headline only with a byline or date line this close under it
TITLE_EVIDENCE_REACH = 6
#: the words of about this many first words of the text are compared with a title candidate's
VOCABULARY_WORDS = 400
#: a title candidate is looked for inside the blocks this far around it
PART_WINDOW = 40
#: ...but not in a caption that starts with it this close under it (an image's alt text, then its caption)
CAPTION_REACH = 3
#: below this score no line is taken as the title
TITLE_MIN_SCORE = -3.0
#: the line above the best-scoring title is the headline (and the best one its dek) when it reads as a
#: headline, is shorter, and scores at most this much less
DEK_MARGIN = 2.0
MIN_DEK_HEADLINE_WORDS = 6
#: of two headline-like lines in a row, the upper is the title when it scores at most this much less
SECOND_HEADLINE_MARGIN = 1.0
#: ...also over at most this many byline or date lines between them
MAX_META_BETWEEN_HEADLINES = 2
#: ...and a dek that is one sentence has at least this many words
MIN_DEK_WORDS = 8
#: ...looked for over at most this many chrome lines between the two
MAX_CHROME_OVER_DEK = 2
#: a kicker over the headline (a section or series name) has this many words at most
MAX_KICKER_WORDS = 4
#: a title has this many words at most (the longest headlines in the dev corpora have about 25)
MAX_TITLE_WORDS = 32
#: a byline is a short line
MAX_BYLINE_WORDS = 20
#: a subtitle (dek) is one or two sentences, at most this many words...
MAX_SUBTITLE_WORDS = 50
MIN_SUBTITLE_WORDS = 5
#: a dek without a sentence end still has this share of stop words
MIN_SUBTITLE_STOP_SHARE = 0.2
#: ...and a dek with no byline after it is one sentence of at most this many words
MAX_SINGLE_SENTENCE_DEK_WORDS = 35
#: the header under a headline is looked at for this many blocks...
MAX_HEADER_BLOCKS = 10
#: ...holding at most this many content blocks (a dek, a caption) among its bylines and dates
MAX_HEADER_CONTENT = 2
#: short lines without a sentence end in the header are labels ("Senior Contributor", "Opinion")
MAX_HEADER_LABEL_WORDS = 4
#: ...and a headline far above the text has a byline or date line under it past at most this many of them
MAX_LABELS_OVER_META = 2
#: the last resort looks for a date line (a line that is mostly a date or a byline with one) this many
#: blocks around the article
DATE_FALLBACK_WINDOW = 60
#: dates are looked for in lines up to this many words (date bars, bylines, "Published ..." lines)
MAX_DATELINE_WORDS = 30
#: the site name is a short line
MAX_SITE_WORDS = 6
#: the site's name is one of the first SITE_LINES lines that are not chrome, within the first SITE_WINDOW
SITE_LINES = 3
SITE_WINDOW = 12

_BYLINE_RE = re.compile(
    r"(?:(?:(?:written |reported |posted |words |text |story )?by:?|von|par|por|di|door|av|af|przez|от"
    r"|автор:?"
    r"|author:?|autor(?:in)?:?|auteur:?|autore:?|text:|texte:|reporter:|redacción:?|redaktion:?)\s+"
    # "ByJane Doe": the word and the name's link run together (inline elements' texts with no space)
    r"|(?-i:By|Von|Par|Por)(?=(?-i:[A-Z])))"
    r"(?P<name>(?:[^\W\d_][\w'’.-]*\.?)(?:\s+(?:(?:and|und|et|y|e|en|och|og|i|&|,)\s+)?[^\W\d_][\w'’.-]*\.?){0,12})"
    r"(?P<rest>.*)",
    re.IGNORECASE,
)
#: what may follow the author name on a byline: a separator, then a role, date or place
_BYLINE_REST_RE = re.compile(
    r"\s*(?:$|[,|•·–—-]|\bon\b|\bam\b|\ble\b|\bel\b|\bil\b|\bupdated\b|\bpublished\b|\d)", re.I
)
#: words that make a "name" not a name (a "By the numbers" heading, "by clicking ..." prompts)
_NOT_NAME = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "our",
        "your",
        "my",
        "clicking",
        "signing",
        "using",
        "continuing",
        "submitting",
        "subscribing",
        "registering",
        "entering",
        "numbers",
        "way",
        "default",
    ]
)
_DIGIT_RE = re.compile(r"\d")
_TITLE_SYMBOL_RE = re.compile(r"[@|#/©»›]")
#: "(video)", "[Watch]", "(6:37)" at the end of a headline
_MEDIA_LABEL_RE = re.compile(
    r"\s*[\[(](?:video|videos|watch|photos?|gallery|pictures|listen|audio|podcast|live|opinion|analysis|"
    r"\d{1,2}:\d{2})[\])]\s*$",
    re.IGNORECASE,
)
_READING_PREFIX_RE = re.compile(
    r"^(?:now reading|you are reading|currently reading|now playing)\s*:\s*", re.I
)
#: " | Editorial": a short tail after a vertical bar
_PIPE_TAIL_RE = re.compile(r"\s+\|\s+[^|]{1,30}$")
#: ...removed only when the headline left has this many words
MIN_TITLE_WORDS_LEFT = 4
_BREADCRUMB_RE = re.compile(r"\s+[>›»/]\s+")
_CJK_BYLINE_RE = re.compile(
    r"(?:作者|记者|記者|撰文|文|编辑|責任編輯|기자)\s*[：:/／]\s*(?P<name>[^\s，,|｜：:]{2,12})"
)
_NAME_END_RE = re.compile(
    r"\s+(?:on|am|le|el|il|updated|published|posted|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|"
    r"june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|today|yesterday)\b.*$",
    re.IGNORECASE,
)
_TITLE_SEPARATORS_RE = re.compile(r"\s+[|–—-]\s+|\s+::\s+|\s+»\s+")
_COPYRIGHT_SITE_RE = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?P<name>[^.|,©]{2,60}?)"
    r"(?:,?\s*(?:inc|llc|ltd|gmbh|s\.a|plc|corp|limited)\.?)?\s*(?:[.|,]|all rights|$)",
    re.I,
)


def find_byline(text: str, words: int) -> str | None:
    """The author named by a byline such as "By Jane Doe, Staff Writer" or "作者：王小明", or None."""
    if words > MAX_BYLINE_WORDS:
        return None
    if not text.isascii():
        cjk = _CJK_BYLINE_RE.search(text)
        if cjk:
            return cjk.group("name")
    match = _BYLINE_RE.match(text)
    if not match:
        return None
    rest = match.group("rest")
    if rest and not _BYLINE_REST_RE.match(rest):
        return None
    # "By Jane Doe and John Roe on December 21" -> cut at the date word or a month name
    name = _NAME_END_RE.split(match.group("name").strip(" ,."), maxsplit=1)[0]
    tokens = name.split()
    if not tokens or tokens[0].lower() in _NOT_NAME:
        return None
    # names are capitalised (in scripts that have capitals)
    capitalised = [
        t for t in tokens if t[0].isalpha() and t.lower() not in {"and", "und", "et", "y", "e", "en"}
    ]
    if capitalised and not all(t[0].isupper() or not t[0].isascii() for t in capitalised):
        return None
    return name.strip(" ,.") or None


#: a line this short that holds a date is a date or byline line ("Jane Roe, Reporter · Dec 22, 2023")
MAX_DATED_LINE_WORDS = 15


def is_metadata_line(page: Page, i: int) -> bool:
    """A byline or a date line (they sit between the title and the text). Cached per page."""
    known = page.meta_lines.get(i)
    if known is not None:
        return known
    text = page.texts[i]
    nw = page.words[i]
    if text[0] in "—–" or "(@" in text:
        page.meta_lines[i] = False  # "— Jane Roe (@janeroe) March 2, 2026": a quoted post's signature
        return False
    answer = nw <= MAX_DATELINE_WORDS and (
        find_byline(text, nw) is not None
        or (
            _DIGIT_RE.search(text) is not None
            and dates.is_dateline_or_dated(text, nw <= MAX_DATED_LINE_WORDS)
        )
    )
    page.meta_lines[i] = answer
    return answer


def _title_ok(page: Page, i: int) -> bool:
    """Could block i be a title at all (length, not chrome, not a byline)? Cached per page."""
    known = page.title_ok.get(i)
    if known is None:
        known = page.title_ok[i] = _could_be_title(page, i)
    return known


def _could_be_title(page: Page, i: int) -> bool:
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
    parts = _BREADCRUMB_RE.split(text)
    if len(parts) >= 3 and count_words(parts[-1]) < 3:
        return False  # "Home > Region > Transport": a breadcrumb, not the headline
    if looks_like_code(text):
        return False
    return not is_metadata_line(page, i)


def _name_like(page: Page, i: int) -> bool:
    """Two to four capitalised words and no stop word: a person's name (an author line), not a title."""
    nw = page.words[i]
    return 2 <= nw <= 4 and page.caps[i] == 1.0 and page.stop[i] == 0.0


_CONTENT_WORD_RE = re.compile(r"[^\W\d_]{4,}")
#: ...in lower-cased ASCII text (see lang.plain_marks)
_ASCII_CONTENT_WORD_RE = re.compile(r"[a-z]{4,}")


def content_words(low: str) -> list[str]:
    """The words of four letters or more of lower-cased text, in order."""
    low = plain_marks(low)
    return (_ASCII_CONTENT_WORD_RE if low.isascii() else _CONTENT_WORD_RE).findall(low)


def text_vocabulary(page: Page, core_start: int, core_end: int) -> frozenset[str]:
    """Lower-cased words of four letters or more in the first paragraphs of the text."""
    words: set[str] = set()
    size = 0
    for k in range(core_start, core_end):
        if page.prose[k]:
            found = content_words(page.texts[k].lower())
            words.update(found)
            size += len(found)
            if size >= VOCABULARY_WORDS:
                break
    return frozenset(words)


def _overlap(text: str, vocabulary: frozenset[str]) -> float:
    words = content_words(text.lower())
    if not words:
        return 0.0
    return sum(1 for w in words if w in vocabulary) / len(words)


@dataclass(frozen=True, slots=True)
class TitleContext:
    """What the title features of one page share: where the text starts, where each line occurs, the
    words of the text, the joined window for substring searches."""

    core_start: int
    positions: dict[str, list[int]]
    vocabulary: frozenset[str]
    joined: str
    joined_lo: int
    joined_hi: int
    #: for each block from the window start to the text: the number of headline-length, non-byline
    #: blocks after it before the text
    between: dict[int, int]


def title_context(page: Page, core_start: int, core_end: int, lo: int, hi: int) -> TitleContext:
    positions: dict[str, list[int]] = {}
    for k, text in enumerate(page.texts):
        positions.setdefault(text, []).append(k)
    joined_lo = max(0, max(lo, core_start - TITLE_WINDOW) - PART_WINDOW)
    joined_hi = min(len(page.texts), hi + PART_WINDOW)
    between: dict[int, int] = {}
    count = 0
    for k in range(min(core_start, len(page.texts)) - 1, lo - 1, -1):
        between[k] = count
        if page.words[k] >= 3 and not is_metadata_line(page, k):
            count += 1
    return TitleContext(
        core_start,
        positions,
        text_vocabulary(page, core_start, core_end),
        "\n".join(page.texts[joined_lo:joined_hi]),
        joined_lo,
        joined_hi,
        between,
    )


def title_features(page: Page, i: int, ctx: TitleContext) -> dict[str, float]:
    """The evidence that block i is the headline of the text that starts at ctx.core_start, as named
    features (1.0 / 0.0 or small counts). TITLE_WEIGHTS turns them into a score."""
    core_start, positions, vocabulary = ctx.core_start, ctx.positions, ctx.vocabulary
    texts, words, prose = page.texts, page.words, page.prose
    text = texts[i]
    nw = words[i]
    n = len(texts)
    f: dict[str, float] = {}
    others = [k for k in positions.get(text, ()) if k != i]
    f["repeated"] = float(bool(others) and nw >= 3)
    f["repeated_near"] = float(any(abs(k - i) <= 6 for k in others) and nw >= 3)
    meta_after = 0.0
    meta_after_other = 0.0
    headlines_between = 0
    for k in range(i + 1, min(i + 6, n)):
        if is_metadata_line(page, k):
            if headlines_between == 0:
                meta_after = 1.0 if k == i + 1 else 0.7
            else:
                meta_after_other = 1.0
            break
        if words[k] >= 3 and _title_ok(page, k):
            headlines_between += 1  # another headline-like line (a dek?) is closer to the byline
            if headlines_between > 1:
                break
    f["meta_after"] = meta_after
    f["meta_after_dek"] = meta_after_other
    # a headline, then a longer dek, then the byline
    f["dek_then_meta"] = float(
        i + 2 < n
        and words[i + 1] > nw
        and not is_metadata_line(page, i + 1)
        and is_metadata_line(page, i + 2)
    )
    f["meta_before"] = float(any(is_metadata_line(page, k) for k in range(max(0, i - 2), i)))
    f["words_1_2"] = float(nw <= 2)
    f["words_3"] = float(nw == 3)
    f["words_4_6"] = float(4 <= nw <= 6)
    f["words_13_20"] = float(13 <= nw <= 20)
    f["words_21_up"] = float(nw >= 21)
    f["period_end"] = float(text[-1] == "." and not text.endswith("..."))
    f["question_end"] = float(text[-1] in "?!")
    f["caps"] = page.caps[i]
    f["stop"] = page.stop[i]
    f["upper"] = float(text.isupper())
    f["lower_start"] = float(text[0].islower())
    f["name_like"] = float(_name_like(page, i))
    # the text found may start with the headline when it reads as prose: a byline or date line under it
    # makes it the header's first line
    f["in_text"] = float(
        i > core_start or (i == core_start and not _meta_within(page, i, HEADER_IN_TEXT_REACH))
    )
    f["prose"] = float(prose[i])
    f["digits"] = float(_DIGIT_RE.search(text) is not None)
    f["symbols"] = float(_TITLE_SYMBOL_RE.search(text) is not None)
    f["colon"] = float(":" in text)
    f["lines_to_text"] = min(ctx.between.get(i, 0), 10) / 10
    f["next_is_prose"] = float(i + 1 < n and prose[i + 1])
    f["blank_around"] = float(page.blocks.blank_before[i] and page.blocks.blank_after[i])
    f["after_menu"] = float(i >= 3 and max(words[i - 3 : i]) <= 3)
    f["text_overlap"] = _overlap(text, vocabulary)
    f["after_headline"] = float(
        i > 0
        and words[i - 1] >= 4
        and not prose[i - 1]
        and not page.sentence[i - 1]
        and _title_ok(page, i - 1)
    )
    f["before_headline"] = float(
        i + 1 < n and words[i + 1] >= 4 and not prose[i + 1] and _title_ok(page, i + 1)
    )
    f["part_of_other"] = float(nw >= 3 and _part_of_other(page, i, ctx))
    # a headline over its dek: the dek is a sentence, the headline is not
    sentence_here = text[-1] == "."
    below = [k for k in (i + 1, i + 2) if k < n and words[k] >= 4 and _title_ok(page, k)]
    above = [k for k in (i - 1, i - 2) if k >= 0 and words[k] >= 3 and _title_ok(page, k)]
    f["sentence_below"] = float(bool(below) and not sentence_here and texts[below[0]][-1] == ".")
    f["headline_above"] = float(bool(above) and sentence_here and texts[above[0]][-1] != ".")
    return f


#: weights of title_features, fitted by bench/fit_title.py (a softmax over each page's candidates) on
#: the naeb and readability dumps; 2-fold estimate of picking the truth line about 0.81; rounded
TITLE_WEIGHTS: dict[str, float] = {
    "text_overlap": 2.53,
    "words_1_2": -2.10,
    "in_text": -2.01,
    "meta_after": 2.00,
    "words_3": -1.73,
    "meta_after_dek": 1.51,
    "words_4_6": -1.49,
    "name_like": -1.22,
    "prose": -1.01,
    "part_of_other": 0.98,
    "words_21_up": -0.92,
    "period_end": -0.83,
    "symbols": -0.82,
    "stop": 0.82,
    "sentence_below": 0.81,
    "caps": 0.69,
    "after_menu": 0.68,
    "blank_around": 0.55,
    "after_headline": -0.52,
    "colon": 0.49,
    "before_headline": 0.48,
    "digits": 0.47,
    "dek_then_meta": 0.44,
    "lower_start": -0.42,
    "upper": -0.39,
    "next_is_prose": 0.36,
    "headline_above": -0.25,
    "repeated_near": 0.23,
    "question_end": 0.21,
    "repeated": 0.19,
    "lines_to_text": -0.16,
    "words_13_20": 0.12,
    "meta_before": 0.04,
}
TITLE_BIAS = 0.0


def _part_of_other(page: Page, i: int, ctx: TitleContext) -> bool:
    """Does the text of block i also appear inside a longer block nearby ("News / World / <headline>")?"""
    text = page.texts[i]
    same = sum(1 for k in ctx.positions.get(text, ()) if ctx.joined_lo <= k < ctx.joined_hi)
    # an image's alt text over its caption, which starts with it ("A dog on a sofa. Photo: ..."): w3m
    # prints both; that is no evidence
    same += sum(
        1 for k in range(i + 1, min(i + 1 + CAPTION_REACH, len(page.texts))) if page.texts[k].startswith(text)
    )
    return ctx.joined.count(text) > same


def title_score(page: Page, i: int, ctx: TitleContext) -> tuple[float, str]:
    """How much block i looks like the headline of the text that starts at ctx.core_start."""
    features = title_features(page, i, ctx)
    score = TITLE_BIAS
    for name, value in features.items():
        if value:
            score += TITLE_WEIGHTS.get(name, 0.0) * value
    why = [name for name in ("repeated", "meta_after", "repeated_near") if features.get(name)]
    return score, ", ".join(why) or "headline-like line before the text"


def _has_title_evidence(page: Page, i: int, positions: dict[str, list[int]]) -> bool:
    """Repeated elsewhere on the page, or followed by a byline or date line within TITLE_EVIDENCE_REACH
    blocks (past a dek, a photo's caption and its credit)."""
    if len(positions.get(page.texts[i], ())) > 1:
        return True
    return any(
        is_metadata_line(page, k) for k in range(i + 1, min(i + 1 + TITLE_EVIDENCE_REACH, len(page.texts)))
    )


def _headline_over_dek(page: Page, i: int, dek: int) -> bool:
    """Block i reads as a headline (a phrase of MIN_DEK_HEADLINE_WORDS or more words, function words
    among them and some in lower case, no full stop) and the block under it, which scored as the title,
    is longer: a dek."""
    text = page.texts[i]
    return (
        MIN_DEK_HEADLINE_WORDS <= page.words[i] < page.words[dek]
        and text[-1] != "."
        and (text[0].isalnum() or text[0] in "\"'“‘")
        and text.rsplit(None, 1)[-1].lower() not in function_words(page.language)  # "... sponsored by"
        and page.caps[i] < 1.0  # some words in lower case: not a menu or a section name in capitals
        and page.stop[i] > 0
        and _title_ok(page, i)
    )


def _headline_over_headline(page: Page, i: int, below: int) -> bool:
    """Block i reads as a headline (a phrase of MIN_DEK_HEADLINE_WORDS or more words with function words
    among them or some words in lower case, starting with a letter, a digit or a quote, not a label that
    ends with a colon or a function word) and is not the block under it with words glued around it (a
    kicker, a breadcrumb, "Now reading:"): of two such lines in a row, the upper is the headline and the
    lower a second headline, a dek or an image's alt text."""
    text, other = page.texts[i], page.texts[below]
    return (
        page.words[i] >= MIN_DEK_HEADLINE_WORDS
        and (page.stop[i] > 0 or page.caps[i] < 1.0)  # not a menu of capitalised names
        and text[-1] != ":"
        and (text[0].isalnum() or text[0] in "\"'“‘")
        and text.rsplit(None, 1)[-1].lower() not in function_words(page.language)
        and other not in text
        and text not in other
        and "&#" not in text  # an entity left escaped: an attribute's text, not the page's
    )


def title_window(page: Page, core_start: int, core_end: int) -> tuple[int, int]:
    """The blocks [lo, hi) where the headline of the text at core_start is looked for."""
    lo = max(0, core_start - TITLE_FAR_WINDOW)
    hi = min(len(page.texts), core_start + TITLE_WINDOW_IN_TEXT, max(core_start, core_end - 1))
    if not any(is_metadata_line(page, k) for k in range(core_start, hi)):
        for k in range(hi, min(core_start + TITLE_HEADER_IN_TEXT, core_end - 1)):
            if is_metadata_line(page, k):
                hi = k
                break
    return lo, hi


def title_candidates(page: Page, ctx: TitleContext, lo: int, hi: int, site: str | None = None) -> list[int]:
    """The blocks of the window that may be the headline: headline-length lines that are not chrome, a
    byline or the site's name; a paragraph of the text only with evidence (repeated, or a byline under
    it)."""
    near = max(lo, ctx.core_start - TITLE_WINDOW)
    found = []
    for i in range(lo, hi):
        if not 2 <= page.words[i] <= MAX_TITLE_WORDS or page.texts[i] == site:
            continue
        if i < near and not _meta_under(page, i):
            continue  # far above the text: a headline only with its byline or date line under it
        if not _title_ok(page, i):
            continue
        deep = i >= ctx.core_start + 2 or (i >= ctx.core_start and page.texts[i][-1] in ".:")
        if (deep or (page.prose[i] and page.texts[i][-1] == ".")) and not _has_title_evidence(
            page, i, ctx.positions
        ):
            continue
        found.append(i)
    far = [i for i in found if i < near]
    if far and far[-1] - far[0] > MAX_FAR_HEADER_SPAN:
        # several lines with a date under them far apart: a list of other stories, not a header
        found = [i for i in found if i >= near]
    return found


def _is_rule_chrome(page: Page, i: int) -> bool:
    """A short line that a line rule names as chrome (a share bar, an age notice)."""
    return page.words[i] <= MAX_RULE_WORDS and rules.line_rule_for(page.texts[i], page.words[i]) is not None


def _meta_within(page: Page, i: int, reach: int) -> bool:
    """A byline or date line within ``reach`` blocks under block i."""
    return any(is_metadata_line(page, k) for k in range(i + 1, min(i + 1 + reach, len(page.texts))))


def _meta_under(page: Page, i: int) -> bool:
    """A byline or date line right under block i, or under the one line (a dek) after it, past at most
    MAX_LABELS_OVER_META short labels ("Reviews", "Opinion")."""
    labels = content = 0
    for k in range(i + 1, min(i + 3 + MAX_LABELS_OVER_META, len(page.texts))):
        if is_metadata_line(page, k):
            return True
        if page.words[k] <= MAX_HEADER_LABEL_WORDS and not page.sentence[k] and labels < MAX_LABELS_OVER_META:
            labels += 1
        else:
            content += 1
            if content > 1:
                return False
    return False


def _glued_kicker(page: Page, i: int, k: int) -> bool:
    """Block i is block k, a headline of MIN_DEK_HEADLINE_WORDS - 1 words or more, with a few words glued
    before it (a section name run into the headline: "World NewsThe headline")."""
    text, other = page.texts[i], page.texts[k]
    return (
        len(text) > len(other)
        and text.endswith(other)
        and page.words[k] >= MIN_DEK_HEADLINE_WORDS - 1
        and 1 <= count_words(text[: -len(other)]) <= MAX_KICKER_WORDS
        and _title_ok(page, k)
    )


def _kicker_over_headline(page: Page, i: int, below: int) -> bool:
    """Block i is a kicker (a section or series name: two to MAX_KICKER_WORDS capitalised words, no
    sentence end) over a longer headline phrase (some words in lower case, no full stop) with a byline
    or date line right under it."""
    text = page.texts[i]
    return (
        2 <= page.words[i] <= MAX_KICKER_WORDS
        and all(word[0].isupper() for word in text.split() if word[0].isalpha())
        and text[-1] not in ".?!:"
        and page.words[below] >= MIN_DEK_HEADLINE_WORDS - 1
        and page.words[below] > page.words[i]
        and page.caps[below] < 1.0
        and page.texts[below][-1] != "."  # a sentence under a short line: a dek under its headline
        and _title_ok(page, below)
        and below + 1 < len(page.texts)
        and is_metadata_line(page, below + 1)
    )


def find_title(page: Page, core_start: int, core_end: int, site: str | None = None) -> Candidate | None:
    """The headline: a short line shortly before the article text, ideally repeated (dumps often show
    it twice) or followed by a byline or date line."""
    lo, hi = title_window(page, core_start, core_end)
    ctx = title_context(page, core_start, core_end, lo, hi)
    best: tuple[float, int, str] | None = None
    candidates = title_candidates(page, ctx, lo, hi, site)
    for i in candidates:
        score, evidence = title_score(page, i, ctx)
        if best is None or score > best[0]:
            best = (score, i, evidence)
    if best is None or best[0] < TITLE_MIN_SCORE:
        return None
    above = best[1] - 1
    while above > best[1] - 1 - MAX_CHROME_OVER_DEK and above >= lo and _is_rule_chrome(page, above):
        above -= 1  # "Share", "This article is more than a year old" between the headline and its dek
    if above >= lo and _headline_over_dek(page, above, best[1]):
        score, evidence = title_score(page, above, ctx)
        if best[0] - score < DEK_MARGIN:
            best = (score, above, "the headline over a longer dek")
    dek, top = best[1] - 1, best[1] - 2
    if (
        top >= lo
        and page.sentence[dek]
        and page.words[dek] >= MIN_DEK_WORDS
        and page.texts[best[1]][-1] != "."
        and _headline_over_dek(page, top, dek)
    ):
        # headline, dek, then a second headline-like line (a caption, a live blog's latest entry) over
        # the byline: the header starts with the headline
        score, evidence = title_score(page, top, ctx)
        if best[0] - score < DEK_MARGIN:
            best = (score, top, "the headline over its dek, above a line next to the byline")
    for k in (best[1] + 1, best[1] - 1):
        if lo <= k < hi and _glued_kicker(page, best[1], k):
            best = (title_score(page, k, ctx)[0], k, "the headline without the kicker glued to it")
            break
    below = best[1] + 1
    if below < hi and _kicker_over_headline(page, best[1], below):
        best = (title_score(page, below, ctx)[0], below, "the headline under a kicker, a byline under it")
    above = best[1] - 1
    while above > best[1] - 1 - MAX_META_BETWEEN_HEADLINES and above >= lo and is_metadata_line(page, above):
        above -= 1  # the headline, its byline, then a second headline-like line (a dek, a caption)
    if above >= lo and above in candidates and _headline_over_headline(page, above, best[1]):
        upper = title_score(page, above, ctx)[0]
        if best[0] - upper < SECOND_HEADLINE_MARGIN:
            best = (upper, above, "the upper of two headlines")
    text = page.texts[best[1]]
    parts = _BREADCRUMB_RE.split(text)
    if len(parts) >= 3 and count_words(parts[-1]) >= 3:
        # "Home > News > 2015 > The headline": a breadcrumb that ends with the headline
        return Candidate(parts[-1].strip(), "breadcrumb_end", "last part of a breadcrumb", best[1])
    return Candidate(text, "headline_before_text", best[2], best[1])


def tidy_title(title: str, site: str | None) -> str:
    """Remove what a page glues to its headline: the site's name ("Headline | Site"), a section tail
    ("Headline | Editorial"), a media label ("Headline (video)", "Headline [Watch]") and a reading
    marker ("Now reading: Headline")."""
    title = _MEDIA_LABEL_RE.sub("", title)
    title = _READING_PREFIX_RE.sub("", title)
    parts = _TITLE_SEPARATORS_RE.split(title)
    if len(parts) >= 2:
        if site and parts[-1].strip().lower() == site.lower():
            return title[: title.rfind(parts[-1])].rstrip(" |–—-:»")
        if site and parts[0].strip().lower() == site.lower():
            return title[len(parts[0]) :].lstrip(" |–—-:»")
        tail = _PIPE_TAIL_RE.search(title)
        if tail and len(title[: tail.start()].split()) >= MIN_TITLE_WORDS_LEFT:
            return title[: tail.start()]
    return title


@dataclass(frozen=True, slots=True)
class Header:
    """What sits under the headline before the text: bylines and date lines (indices), and the content
    blocks among them (a dek, a caption)."""

    meta: tuple[int, ...]
    content: tuple[int, ...]

    @property
    def last_meta(self) -> int:
        return self.meta[-1] if self.meta else -1


def scan_header(page: Page, floor: int, end: int) -> Header:
    """Look at the blocks under the headline (from ``floor``) for bylines and date lines, stepping over
    chrome (share bars, labels) and at most MAX_HEADER_CONTENT content blocks (a dek, a caption). The
    bylines and date lines found are dropped from the text."""
    meta: list[int] = []
    content: list[int] = []
    n = len(page.texts)
    i = floor
    while i < min(n, floor + MAX_HEADER_BLOCKS):
        if page.dropped[i] is not None:
            i += 1
            continue
        if is_metadata_line(page, i):
            meta.append(i)
            byline = find_byline(page.texts[i], page.words[i]) is not None
            page.drop(i, "drop_byline" if byline else "drop_dateline", "byline" if byline else "date line")
        elif (
            page.words[i] <= MAX_RULE_WORDS and rules.line_rule_for(page.texts[i], page.words[i]) is not None
        ):
            pass  # chrome between the header lines; the line rules drop it later
        elif page.words[i] <= MAX_HEADER_LABEL_WORDS and not page.sentence[i]:
            pass  # a label such as a section name or an author's title
        else:
            if len(content) >= MAX_HEADER_CONTENT:
                break
            content.append(i)
        i += 1
    last = meta[-1] if meta else -1
    return Header(tuple(meta), tuple(k for k in content if k < last))


def find_subtitle(
    page: Page, title: Candidate | None, header: Header | None, start: int, end: int
) -> Candidate | None:
    """The dek: the first paragraph under the headline when bylines or date lines follow it, or a
    single sentence right under a headline the page prints twice."""
    if title is None or header is None:
        return None
    i = title.index + 1
    chrome = 0  # "This article is more than a year old", a share bar: chrome between headline and dek
    while i < end and (
        page.dropped[i] is not None or (chrome < MAX_CHROME_OVER_DEK and _is_rule_chrome(page, i))
    ):
        chrome += page.dropped[i] is None
        i += 1
    if i >= end or page.words[i] < MIN_SUBTITLE_WORDS or page.words[i] > MAX_SUBTITLE_WORDS:
        return None
    text = page.texts[i]
    if not page.sentence[i] and page.stop[i] < MIN_SUBTITLE_STOP_SHARE:
        return None  # a dek reads as a sentence; "« Previous | Next »" does not
    if header.content and header.content[0] == i:
        return Candidate(text, "paragraph_before_byline", "between the headline and the byline/date", i)
    if header.meta:
        return None
    twice = any(
        k != title.index and abs(k - title.index) <= 2 and page.texts[k] == title.value
        for k in range(max(0, title.index - 2), i)
    )
    one_sentence = (
        page.sentence[i] and page.words[i] <= MAX_SINGLE_SENTENCE_DEK_WORDS and ". " not in text[:-1]
    )
    nxt = i + 1
    while nxt < end and page.dropped[nxt] is not None:
        nxt += 1
    if twice and one_sentence and nxt < end and page.prose[nxt]:
        return Candidate(text, "sentence_under_headline", "one sentence under a headline shown twice", i)
    return None


def find_site(page: Page) -> Candidate | None:
    """The site's name: the first line when it comes back later in the page (a logo text repeated in
    the footer), or the holder named by the copyright line."""
    texts = page.texts
    seen = 0
    for i in range(min(SITE_WINDOW, len(texts))):
        text = texts[i]
        if page.words[i] <= MAX_RULE_WORDS and rules.line_rule_for(text, page.words[i]) is not None:
            continue  # a cookie banner or "Skip to content" above the logo
        seen += 1
        if seen > SITE_LINES:
            break
        if (
            1 <= page.words[i] <= MAX_SITE_WORDS
            and not page.sentence[i]
            and texts.count(text) >= 2
            and not dates.is_dateline(text)
        ):
            return Candidate(text, "repeated_first_line", "first line, repeated later", i)
    for i in range(len(texts) - 1, max(-1, len(texts) - 60), -1):
        text = texts[i]
        if page.words[i] <= 15 and ("©" in text or "opyright" in text):
            match = _COPYRIGHT_SITE_RE.search(text)
            if match:
                name = match.group("name").strip(" ,.-")
                if (
                    name
                    and not any(ch.isdigit() for ch in name)
                    and len(name.split()) <= MAX_SITE_WORDS
                    and name.lower() not in {"all rights reserved", "the", "copyright"}
                ):
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

    def scan(
        indices: range | list[int], finder: str, short_only: bool = True, lines_only: bool = False
    ) -> tuple[Candidate, dates.DateMatch] | None:
        found: list[tuple[int, dates.DateMatch]] = []
        for i in indices:
            if short_only and page.words[i] > MAX_DATELINE_WORDS:
                continue
            text = texts[i] if short_only else texts[i][:120]
            if _DIGIT_RE.search(text) is None and (now is None or not _may_be_relative(text)):
                continue
            if lines_only and not is_metadata_line(page, i):
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
    header = (
        range(max(0, title_index - 2), min(n, max(start, title_index + 1) + 2))
        if title_index >= 0
        else range(0)
    )
    anchor = title_index if title_index >= 0 else start
    # nearest first: a date bar just above the headline, not a sidebar's date at the top of the page
    before = range(max(0, anchor) - 1, -1, -1)
    for indices, finder, short, lines_only in (
        (header, "dateline_near_title", True, False),
        (before, "date_before_title", True, False),
        (range(start, min(end, start + 2)), "date_in_first_paragraph", False, False),
        (range(start, end), "dateline_in_text", True, True),
        (range(end, min(n, end + 15)), "dateline_after_text", True, False),
    ):
        result = scan(indices, finder, short, lines_only)
        if result:
            return result
    # the last resort, sorted only when it is needed
    near = sorted(
        range(max(0, anchor - DATE_FALLBACK_WINDOW), min(n, end + DATE_FALLBACK_WINDOW)),
        key=lambda k: abs(k - anchor),
    )
    return scan(near, "dateline_nearest_text", True, True)


#: words of relative dates in several languages (substring tests on the lower-cased line are much
#: faster than one case-insensitive alternation)
_RELATIVE_HINTS = (
    "ago", "yesterday", "today", "gestern", "heute", "hier", "aujourd", "ayer", "hoy", "ieri", "oggi",
    "ontem", "hoje", "前", "vor ",
)  # fmt: skip


def _may_be_relative(text: str) -> bool:
    low = text.lower()
    return any(hint in low for hint in _RELATIVE_HINTS)


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
