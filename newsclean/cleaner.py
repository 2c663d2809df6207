"""The cleaner: finds the article in a block list and drops the chrome around and inside it.

Steps, each a named rule so that ``--explain`` can say which one dropped a block:

1. ``features``: per block, the number of words, whether it ends like a sentence, its share of
   stop words and of capitalised words. Only cheap string operations; stop words only for lines long
   enough to matter.
2. ``select_main_text`` (Kadane's maximum-sum run): prose blocks score their length in words, everything
   else a penalty; the run with the highest total is the core of the article. Menus, headline lists and
   footers are long runs of short lines, so they cost more than a stray short sentence brings.
3. The title is looked for before that core (:mod:`newsclean.metadata`); the body starts after it.
4. ``extend_to_paragraphs``: the core grows over neighbouring paragraph-like blocks (a short lead, a
   closing one-liner).
5. Line rules (:mod:`newsclean.rules`) drop chrome inside; ``cut_at_trailer`` ends the article at a
   marker such as "Related Articles" unless real prose follows; ``drop_headline_list`` drops runs of
   other stories' headlines inside it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from . import dates, rules
from .lang import NO_SPACE_LANGUAGES, plain_marks, stop_words
from .model import Blocks

#: a prose block has at least this many words (jusText's "length_low" is 70 characters, about 10 words;
#: 10 to 12 is a plateau on the dev corpora, 12 slightly ahead)
MIN_PROSE_WORDS = 12
#: ...and ends like a sentence, or has this share of stop words (jusText's stopwords_low is 0.30)
MIN_PROSE_STOP_SHARE = 0.30
#: a block this long is prose whatever its punctuation
LONG_PROSE_WORDS = 30
#: Title-Case lines (this share of capitalised words) up to LONG_PROSE_WORDS are headlines, not prose
HEADLINE_CAPS_SHARE = 0.7
#: a prose block counts its words up to this cap in the maximum-sum run, so one very long block of
#: (say) a comment cannot drag the run across a long menu
MAX_BLOCK_SCORE = 120
#: penalties of non-prose blocks in the maximum-sum run, in words (PENALTY_SHORT: 4 to 5 is a plateau on
#: the dev corpora; 3 lets menus join the text, 6 cuts articles at their subheadings)
PENALTY_SHORT = 5
PENALTY_LIST_ITEM = 1
#: a line that a line rule knows by heart (a player button, "Share", "Advertisement") costs less: the
#: text often goes on after it
PENALTY_KNOWN_CHROME = 1
#: ...looked up for lines of at most this many words
MAX_PHRASE_WORDS = 6
#: a short block that ends like a sentence scores this much (a one-line paragraph)
SHORT_SENTENCE_SCORE = 1
#: characters that end a sentence
SENTENCE_END = frozenset('.!?。！？"”’»)]」』')
#: words of a block beyond which the line rules are not even tried (the longest rule limit)
MAX_RULE_WORDS = max(rule.max_words for rule in rules.LINE_RULES)
#: after a trailer marker, this much prose (words, in blocks with a blank line before them) means the
#: article goes on: only the list under the marker is dropped (60 to 100 measured the same on the dev
#: corpora, 40 cuts articles short; 60 keeps a text that goes on for two short paragraphs after a
#: newsletter box)
MIN_WORDS_AFTER_TRAILER = 60
#: a hard trailer (comments, post navigation) ends the article only after this much prose: a comment
#: counter or "Previous article" link above the text is not its end
MIN_WORDS_BEFORE_TRAILER = 80
#: ... or when the prose after it is less than this share of the prose before it (captions of the
#: stories it lists are prose too)
TRAILER_TEXT_SHARE = 0.25
#: a copyright or disclaimer line with more than this many times the prose before it still to come is
#: a notice at the head of a document (standards, papers, licences), not its footer: it goes, the text
#: goes on
NOTICE_TEXT_MULTIPLE = 3
#: inside the article, lines this short without a sentence end are labels, not text
MAX_FRAGMENT_WORDS = 3
#: an item of a numbered list: "1. Finland", "2) Norway"
_NUMBERED_RE = re.compile(r"(\d{1,3})[.)] ")
#: a block with this many HTML tags in it (a start tag with an attribute, or an end tag) is markup
MIN_MARKUP_TAGS = 3
_TAG_RE = re.compile(r"<[a-zA-Z][a-zA-Z0-9]*\s+[a-zA-Z-]+=|</[a-zA-Z][a-zA-Z0-9]*>")
#: ...one of them an end tag right after the text it closes (see drop_markup)
_CLOSED_TAG_RE = re.compile(r"[^\s<>]</[a-zA-Z]")
#: ...unless they are in a code listing: at least this many lines packed together, at least this share
#: of them looking like program code
MIN_CODE_LINES = 3
MIN_CODE_SHARE = 0.5
#: when at least this share of a page's prose blocks has a blank line before or after it...
MIN_SPACED_PROSE_SHARE = 0.6
#: ...a prose block packed between others with no blank line counts this much of its length
TIGHT_PROSE_FACTOR = 0.3
#: a line ending in ':' over a list is text when it has this many words ("Auch auf heise online:" is a
#: label over other stories; "Here is what you need to bring:" introduces the article's own list)
MIN_LIST_INTRO_WORDS = 6
#: other stories' summaries under their headlines are at most this long, and come in at least this
#: many pairs
MAX_TEASER_WORDS = 30
MIN_TEASER_PAIRS = 3
#: captions and alt texts printed twice are at most this long
MAX_DUPLICATE_WORDS = 40
#: a line standing alone that is no sentence, of at least this many words, printed so this many times
#: on a page is a template's (see drop_duplicates)
MIN_REPEATED_WORDS = 5
MIN_REPEATS = 3
#: an image's description (w3m prints the alt text) is taken for one when this share of its word
#: trigrams is in a block just after it, and this share of that block's trigrams in it (0.6 dropped
#: sentences over a shorter caption of the same photo, 0.8 missed alt texts reworded in the caption)
NEAR_DUPLICATE_SHARE = 0.7
#: ... two blocks whose word counts differ more than that share allows, give or take this many words (a
#: word may hold two of the trigrams' tokens, "don't", "1,000"), are not compared
NEAR_DUPLICATE_WORD_SLACK = 5
#: ... and it has at least this many words (shorter ones have too few trigrams to compare)
MIN_NEAR_DUPLICATE_WORDS = 5
#: an author's bio ends the article unless a paragraph of this many words follows within BIO_LOOKAHEAD
#: blocks (then it is a bio box under the headline)
MIN_WORDS_AFTER_BIO = 40
BIO_LOOKAHEAD = 3
#: a comments link this close to a share button is part of the share bar
SHARE_BAR_REACH = 2
#: an author's bio is at most this long
MAX_BIO_WORDS = 120
#: a bio box above the text may be longer (a whole career)
MAX_HEADER_BIO_WORDS = 200
#: a video player's settings dialog spans at most this many blocks
MAX_DIALOG_BLOCKS = 120
_DIALOG_START = "Beginning of dialog window"
_DIALOG_END = "End of dialog window"
#: a photo credit line has at most this many words, the caption over it at most MAX_CAPTION_WORDS
MAX_CREDIT_WORDS = 10
MAX_CAPTION_WORDS = 45
#: a label over a list ("Best of the Beacon", "Read more") has at most this many words
MAX_LABEL_WORDS = 6
#: a page with no prose run still has an article when one block has this many words
MIN_LONE_BLOCK_WORDS = 5
#: a headline in a list of other stories has at least this many words
MIN_HEADLINE_WORDS = 5
#: a run of at least this many list-like lines inside the article is a headline list
MIN_HEADLINE_RUN = 3

#: a Chinese or Japanese prose line has at least this many characters (jusText's length_low is 70
#: characters of Latin text, about 10 words; a CJK character carries about as much as a short word)
MIN_CJK_PROSE_CHARS = 15
#: a line of mathematics (see _formula)
MIN_FORMULA_TOKENS = 6
FORMULA_SHARE = 0.7
_MATH_OPERATORS = frozenset("=+−-×⋅·/<>≤≥≠≈∑∏∫∂∇±")
#: a line of program code: ends with ; { or }, opens with a comment, a tag or a keyword, or assigns
_CODE_RE = re.compile(
    r"[;{}]\s*$|^\s*(?://|/\*|\*/|#include|#!|<[a-zA-Z/!?]|[}\])]|def |function\b|return\b|import |var |let "
    r"|const |if ?\(|for ?\(|while ?\(|\$ )|\s(?:[=!<>+*/-]=|=>|===?|&&|\|\|)\s"
)
#: a bio opens with two to four capitalised words (a name, not "The Fed" or "This Week")...
_BIO_NAME_RE = re.compile(
    r"(?!(?:The|A|An|This|That|These|Those|It|In|On|At|For|Our|Its|Their|His|Her|Last|Next|Other)\b)"
    r"(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+,? "
)
#: ...then says what the person does for a living
_BIO_RE = re.compile(
    r"(?:(?:is|was|has been|serves as|works as) (?:a |an |the )?(?:[\w'’.,&/-]+ ){0,6}"
    r"(?i:writer|reporter|editor|correspondent|journalist|contributor|columnist|analyst|producer|author|"
    r"critic|freelancer|host|blogger|photographer|intern|fellow|scout|anchor|commentator|researcher)s?\b"
    r"|(?:writes|reports) (?:about|on|for)\b"
    r"|covers\b|has (?:written|reported|covered)\b)"
)
#: the verbs a bio that calls the writer by the first name goes on with ("Jane is curious about ...")
_BIO_VERB_RE = re.compile(
    r"(?:is|was|has|had|lives|writes|covers|loves|joined|holds|earned|spent|began|grew|enjoys|studied"
    r"|currently|previously|also|started|worked|works|specializes|specialises|focuses|graduated|reports"
    r"|contributes)\b"
)
#: ... the name in a bio's first this many characters ("Macworld editor since 2008, Jane has ...")
BOX_BIO_REACH = 60
#: lines that look like list content, not headlines: "Record: 21-0", "^ Smith (2009)", "72. Name", "(2) Step"
_NOT_HEADLINE_RE = re.compile(r"(?:\S+ ){0,2}\S+:\s|[\^(\[]|\d{1,3}[.)] ")
_CJK_PUNCT_RE = re.compile(r"[，、。；：！？]")
#: words that prose-like chrome contains (a cheap test before the line rules: substring tests on the
#: lower-cased text, much faster than a case-insensitive alternation)
_CHROME_PROSE_WORDS = (
    "cookie", "consent", "subscri", "newsletter", "inbox", "affiliate", "commission", "©", "copyright",
    "rights reserved", "privacy", "reproduc", "nachdruck", "journalism", "newsroom", "news free",
)  # fmt: skip
_HAS_LETTER = re.compile(r"[^\W\d_]").search
#: a gallery slide's counter: "3/50 The title", "3 of 50"
_SLIDE_RE = re.compile(r"(\d{1,3}) ?/ ?(\d{1,3})\s+\S|(\d{1,3}) of (\d{1,3})$")
#: a block of MIN_DOUBLED_CHARS characters to MAX_DOUBLED_WORDS words that is one string written twice is
#: an image's alt text (drop_doubled_alt_text): the doubled blocks of the corpus dumps, up to 180 words,
#: are all images' descriptions
MIN_DOUBLED_CHARS = 20
MAX_DOUBLED_WORDS = 200
#: ...and at most this many characters (200 words of 20 characters: _doubled tries each place where the
#: text's opening comes again, so a line of one word written a million times costs its length squared)
MAX_DOUBLED_CHARS = MAX_DOUBLED_WORDS * 20
#: a headline after the time it came in: "13:54 Council delays the vote", "9h05 Le conseil reporte le vote"
_TIMED_RE = re.compile(r"[0-2]?\d[:h.][0-5]\d (?!(?:AM|PM|am|pm|a\.m\.|p\.m\.|Uhr)\b)\w")
#: this many of them, each within this many blocks of the next, are a news feed
MIN_TIMED_HEADLINES = 4
TIMED_HEADLINE_GAP = 6
#: this many cards of other stories in a row (headline, summary) make a list of them
MIN_TEASER_CARDS = 4
_SENTENCE_BREAK_RE = re.compile(r"[.!?][\"'”’)]?\s+[A-Z\"“‘]")
#: this many slides counted one after the other make a gallery
MIN_GALLERY_SLIDES = 3
_OPENERS = "\"'“‘(«¿¡[„"
_WIDE_RE = re.compile(r"[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]")
_WORD_RE = re.compile(r"\w+")
#: ...in lower-cased ASCII text (see lang.plain_marks)
_ASCII_WORD_RE = re.compile(r"[a-z0-9_]+")
#: the ASCII characters that are no part of a word (``\W``), each made a space
_ASCII_NOT_WORD = str.maketrans({c: " " for c in map(chr, range(128)) if not (c.isalnum() or c == "_")})
#: punctuation outside ASCII that most texts hold (quotes, dashes, an ellipsis): no part of a word either
_COMMON_PUNCTUATION = "’‘“”—–…«»·"


@dataclass(slots=True)
class Page:
    """Working state of one page while it is cleaned (internal; the result is an Article)."""

    blocks: Blocks
    language: str | None
    words: list[int]
    sentence: list[bool]
    prose: list[bool]
    caps: LazyColumn
    stop: LazyColumn
    #: rule name and reason for each dropped block (None: kept so far)
    dropped: list[tuple[str, str] | None]
    #: the article's extent: blocks[start:end]
    start: int = 0
    end: int = 0
    #: index of the block that holds the title, the subtitle, ... (see metadata)
    roles: dict[int, str] = field(default_factory=dict)
    #: on this page paragraphs stand apart (blank lines around them), so prose lines packed together
    #: with no blank line between them are a list (of teasers, comments, products)
    tight_lists: bool = False
    #: one block per line (innerText) and paragraphs stand apart: a short line with blank lines around it
    #: is a paragraph element of its own (a list of the text written as paragraphs, a label of the text),
    #: where menus and headline lists are packed lines; it weighs less against the run than they do
    spaced_lines: bool = False
    #: per-block answers of metadata's "could this be a title" test
    title_ok: dict[int, bool] = field(default_factory=dict)
    #: per-block answers of metadata.is_metadata_line (it is asked about the same blocks many times)
    meta_lines: dict[int, bool] = field(default_factory=dict)
    #: blocks.texts, held here too: the rules read it hundreds of times per page (a property cost more)
    texts: list[str] = field(init=False)
    #: the texts joined by newlines, and where each starts in that string (see holding)
    joined: tuple[str, list[int]] | None = None

    def __post_init__(self) -> None:
        self.texts = self.blocks.texts

    def _joined(self) -> tuple[str, list[int]]:
        if self.joined is None:
            texts = self.texts
            self.joined = (
                "\n".join(texts),
                list(itertools.accumulate(map((1).__add__, map(len, texts)), initial=0)),
            )
        return self.joined

    def holding(self, needles: Iterable[str]) -> set[int]:
        """The blocks whose text holds one of ``needles`` (strings without a newline), found with one
        search of the page's texts joined by newlines for each needle: a search of each block, or a
        Python loop over them, costs several times more when few blocks hold one."""
        joined, starts = self._joined()
        found: set[int] = set()
        for needle in needles:
            at = joined.find(needle)
            while at >= 0:
                i = bisect.bisect_right(starts, at) - 1
                found.add(i)
                at = joined.find(needle, starts[i + 1])
        return found

    def matching(self, pattern: re.Pattern[str]) -> set[int]:
        """The blocks in whose text ``pattern`` matches, found by one search of the page's texts joined by
        newlines (see holding); ``pattern`` matches no newline and has no ``^`` or ``$``, which would read
        the joined string as one text."""
        joined, starts = self._joined()
        found: set[int] = set()
        match = pattern.search(joined)
        while match is not None:
            i = bisect.bisect_right(starts, match.start()) - 1
            found.add(i)
            match = pattern.search(joined, starts[i + 1])
        return found

    def drop(self, index: int, rule: str, reason: str) -> None:
        if self.dropped[index] is None:
            self.dropped[index] = (rule, reason)


def words_of(text: str) -> list[str]:
    """The words of ``text`` as ``_WORD_RE.findall`` finds them (runs of ``\\w``): when the text is ASCII
    once its common punctuation is made spaces, ``str.split`` after a ``str.translate`` of the rest of
    it, which costs a third of the regex's match objects."""
    if not text.isascii():
        for char in _COMMON_PUNCTUATION:
            if char in text:
                text = text.replace(char, " ")
        if not text.isascii():
            return _WORD_RE.findall(text)
    return text.translate(_ASCII_NOT_WORD).split()


def count_words(text: str) -> int:
    """Words in a block; in Chinese and Japanese text (no spaces) each character counts as a word, as
    jusText counts characters rather than words. (A text with no wide character finds none: a
    findall costs less than asking max(text) first, which compares the characters one by one.)"""
    words = text.count(" ") + 1
    if not text.isascii():
        wide = len(_WIDE_RE.findall(text))
        if wide:
            words = max(words, wide + words // 2)
    return words


def ends_sentence(text: str) -> bool:
    """Ends like a sentence: . ! ? (or a closing quote/bracket after one); not an ellipsis, which on a
    news page marks a truncated teaser."""
    last = text[-1]
    if last == "…" or text.endswith("..."):
        return False
    if last in SENTENCE_END:
        if last in '"”’»)]」』' and len(text) > 1:
            return text[-2] in ".!?。！？…" or (len(text) > 2 and text[-3] in ".!?")
        return True
    return False


def caps_share(text: str) -> float:
    """Share of words that start with a capital letter (among words that start with a letter; an opening
    quote or bracket is skipped)."""
    firsts = [word.lstrip(_OPENERS)[:1] for word in text.split()]
    letters = sum(map(str.isalpha, firsts))
    return sum(map(str.isupper, firsts)) / letters if letters else 0.0


def stop_share(text: str, stops: frozenset[str]) -> float:
    low = plain_marks(text.lower())
    tokens = (_ASCII_WORD_RE if low.isascii() else _WORD_RE).findall(low)
    if not tokens:
        return 0.0
    return sum(map(stops.__contains__, tokens)) / len(tokens)


class LazyColumn:
    """A per-block feature computed the first time a rule asks for it (most blocks are never asked)."""

    __slots__ = ("_compute", "_values")

    def __init__(self, compute: Callable[[int], float], size: int) -> None:
        self._compute = compute
        self._values: list[float | None] = [None] * size

    def __getitem__(self, i: int) -> float:
        value = self._values[i]
        if value is None:
            value = self._values[i] = self._compute(i)
        return value

    def __len__(self) -> int:
        return len(self._values)


def features(blocks: Blocks, language: str | None) -> Page:
    """Compute the per-block features the rules use (the costlier ones lazily)."""
    stops = stop_words(language)
    cjk = language in NO_SPACE_LANGUAGES
    texts = blocks.texts
    words = [count_words(text) for text in texts]
    # (a line whose last character is not in SENTENCE_END ends no sentence: most lines, asked without a call)
    sentence = [text[-1] in SENTENCE_END and ends_sentence(text) for text in texts]

    def caps_of(i: int) -> float:
        return caps_share(texts[i]) if 3 <= words[i] <= LONG_PROSE_WORDS and not cjk else 0.0

    def stop_of(i: int) -> float:
        return stop_share(texts[i], stops) if words[i] >= 4 and not cjk else 0.0

    stop = LazyColumn(stop_of, len(texts))
    if cjk:
        # no stop words to count: a line of characters with a sentence end or clauses inside
        prose = []
        for i, text in enumerate(texts):
            clauses = len(_CJK_PUNCT_RE.findall(text)) if words[i] >= MIN_CJK_PROSE_CHARS else 0
            prose.append(
                words[i] >= MIN_CJK_PROSE_CHARS
                and (sentence[i] or clauses >= 2 or (clauses > 0 and words[i] >= 2 * MIN_CJK_PROSE_CHARS))
            )
    else:
        prose = [
            (nw >= MIN_PROSE_WORDS and end) or (nw >= LONG_PROSE_WORDS and stop[i] >= MIN_PROSE_STOP_SHARE)
            for i, (nw, end) in enumerate(zip(words, sentence, strict=True))
        ]
    page = Page(
        blocks, language, words, sentence, prose, LazyColumn(caps_of, len(texts)), stop, [None] * len(texts)
    )
    # (asked of the prose blocks that end like a sentence, the paragraphs: a long list of other stories'
    # headlines, long enough to read as prose but packed and with no full stop, must not outvote them)
    spaced = [
        blocks.blank_before[i] or blocks.blank_after[i] for i in range(len(prose)) if prose[i] and sentence[i]
    ] or [blocks.blank_before[i] or blocks.blank_after[i] for i in range(len(prose)) if prose[i]]
    page.tight_lists = bool(spaced) and sum(spaced) >= MIN_SPACED_PROSE_SHARE * len(spaced)
    return page


def chrome_rule(page: Page, i: int) -> rules.LineRule | None:
    """The line rule that matches block i, if any (cheap when the block is long)."""
    if page.words[i] > MAX_RULE_WORDS:
        return None
    return rules.line_rule_for(page.texts[i], page.words[i])


def block_score(page: Page, i: int) -> float:
    """Score of block i in the maximum-sum run (see _block_scores)."""
    return _block_scores(page, i, i + 1)[0]


def _block_scores(page: Page, lo: int, hi: int | None = None) -> list[float]:
    """block_score of each block in blocks[lo:hi] (to the end by default), in one loop: select_main_text
    asks it of every block, and a call of a function for each block cost more than its tests."""
    texts, words, dropped, prose, sentence = page.texts, page.words, page.dropped, page.prose, page.sentence
    blocks = page.blocks
    blank_before, blank_after, bullets = blocks.blank_before, blocks.blank_after, blocks.bullets
    tight, spaced, caps = page.tight_lists, page.spaced_lines, page.caps
    phrases = page.language not in NO_SPACE_LANGUAGES
    n = len(texts)
    scores: list[float] = []
    for i in range(lo, n if hi is None else hi):
        if dropped[i] is not None:
            # known chrome (a player dialog, a line this site repeats on every page): no evidence
            scores.append(0.0)
            continue
        nw = words[i]
        if prose[i]:
            score = min(nw, MAX_BLOCK_SCORE)
            scores.append(
                score * TIGHT_PROSE_FACTOR if tight and not (blank_before[i] or blank_after[i]) else score
            )
        elif texts[i].endswith(":") and nw >= MIN_LIST_INTRO_WORDS and i + 1 < n and bullets[i + 1]:
            scores.append(nw)  # "You will need:" introducing a list is part of the text
        elif bullets[i]:
            scores.append(-PENALTY_LIST_ITEM)
        elif sentence[i] and nw >= 3:
            scores.append(SHORT_SENTENCE_SCORE)
        elif blank_before[i] and blank_after[i] and i + 1 < n and prose[i + 1]:
            scores.append(-PENALTY_SHORT / 2)  # a subheading: a line standing alone above a paragraph
        elif (
            spaced
            and blank_before[i]
            and blank_after[i]
            and (nw < MIN_HEADLINE_WORDS or caps[i] < HEADLINE_CAPS_SHARE)
        ):
            # a short paragraph of its own: an item of a list written as paragraphs (not a headline in
            # Title Case)
            scores.append(-PENALTY_LIST_ITEM)
        else:
            scores.append(_short_line_score(texts[i], nw, phrases))
    return scores


@functools.lru_cache(maxsize=65536)
def _short_line_score(text: str, words: int, phrases: bool) -> float:
    """Score of a short line that is not a sentence, a list item or a subheading, by its text alone
    (``phrases``: look it up in the line rules' phrase tables). Cached: menus repeat within a page and
    across the pages of a site, and block_score asks about every line."""
    if looks_like_code(text):
        return 0.0  # a line of code between paragraphs belongs to the text around it
    if not _HAS_LETTER(text):
        return 0.0  # a figure of a chart or a table ("$915", "’17"): neither text nor chrome
    if _formula(text):
        return 0.0  # an equation ("x ˙ = σ ( y − x )"): neither text nor chrome
    if words <= MAX_PHRASE_WORDS and phrases and rules.phrase_rule_for(text):
        return (
            -PENALTY_KNOWN_CHROME
        )  # a player button or a share link interrupts the text, it does not end it
    return -PENALTY_SHORT


def _formula(text: str) -> bool:
    """A line of mathematics as a browser prints it: at least MIN_FORMULA_TOKENS tokens, most of them
    (FORMULA_SHARE) a single letter or symbol, and some of them operators."""
    tokens = text.split()
    if len(tokens) < MIN_FORMULA_TOKENS:
        return False
    single = sum(1 for token in tokens if len(token) == 1)
    operators = sum(1 for token in tokens if token in _MATH_OPERATORS)
    return single >= FORMULA_SHARE * len(tokens) and operators >= 2


def drop_doubled_alt_text(page: Page) -> None:
    """w3m prints an image's alt text twice in one line, glued to itself ("A photo of the pier.A photo of
    the pier.", a responsive image) or run into its caption ("A dog on a sofa A dog on a sofa"), and a
    card of another story may print its title three times, the last one cut short: such a
    block of up to MAX_DOUBLED_WORDS words is an image's description, not text, and goes before the main
    run is looked for. Unless every paragraph of the page is so written: then that is the text."""
    doubled = [
        i
        for i, text in enumerate(page.texts)
        if len(text) >= MIN_DOUBLED_CHARS and page.words[i] <= MAX_DOUBLED_WORDS and _doubled(text)
    ]
    if not doubled:
        return
    marked = set(doubled)
    if not any(prose and i not in marked for i, prose in enumerate(page.prose)):
        return
    for i in doubled:
        page.drop(i, "drop_duplicate", f"an image's text printed twice in one line: {_quote(page.texts[i])}")


#: a caption's last sentence run into its credit: "... for drivers.Jane Roe", "... shorts.AGENCY NAME"; its
#: last word has three characters or more ("in St.Louis", "Mt.Hood", "Dr.Lee": an abbreviation, no space)
_GLUED_CREDIT_RE = re.compile(r"(?:[a-z0-9](?<=\w\w\w)|[)’”\"])\.[A-Z][\w'’&-]*\w(?: [A-Z][\w'’&.-]*){0,3}$")
#: what _GLUED_CREDIT_RE needs: a full stop glued to a capital
_GLUED_STOP_RE = re.compile(r"\.[A-Z]")
#: ... with at least this many words before the credit ("It was posted.Jane Roe" is too short to tell)
MIN_GLUED_CAPTION_WORDS = 4


def drop_glued_credits(page: Page) -> None:
    """A figure's caption with its credit in the same line and no space between them ("Trucks wait at
    the border.Jane Roe"): innerText and w3m run the caption's text into the credit's element. Up to
    MAX_CAPTION_WORDS words, at least MIN_GLUED_CAPTION_WORDS of them before the credit; a paragraph
    does not end in a capitalised name glued to its full stop."""
    texts = page.texts
    words = page.words
    # (a full stop glued to a capital, as the credit's pattern has it: the few blocks with one)
    for i in sorted(page.matching(_GLUED_STOP_RE)):
        nw = words[i]
        if nw > MAX_CAPTION_WORDS or nw <= MIN_GLUED_CAPTION_WORDS or not texts[i][-1:].isalnum():
            continue
        text = texts[i]
        at = len(text)
        for _ in range(5):  # the credit's (up to 4) words and the word it is glued to: the last five
            at = max(text.rfind(" ", 0, at), 0)
        m = _GLUED_CREDIT_RE.search(text, at)
        if m is not None and count_words(text[: m.start() + 1]) >= MIN_GLUED_CAPTION_WORDS:
            page.drop(i, "drop_photo_credit", f"caption run into its credit: {_quote(texts[i])}")


#: where a caption places the people in its photo: "Jane Roe, left, and ...", "Soleil Roe, 12, left, ...",
#: "(second from right)"; the place after a name, an age or a bracket ("moved right, left, and back" is prose)
_CAPTION_PLACE_RE = re.compile(
    r"(?:\b(?-i:[A-Z0-9])[\w'’.-]*|\)),\s"
    r"(?:(?:top|bottom|far|front|back|second from|third from|fourth from)\s)?(?:left|right|center|centre"
    r"|middle)(?:\sto\sright)?,|\((?:(?:top|bottom|far|front|back|second from|third from|fourth from)\s)?"
    r"(?:left|right|center|centre|middle)\)",
    re.IGNORECASE,
)
#: an agency photo's caption opens with the place and day in capitals: "PORTLAND, MAINE - MAY 2: ..."
_AGENCY_CAPTION_RE = re.compile(
    r"[A-Z][A-Z .,'’-]{2,60} [–—-] (?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER"
    r"|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.? \d{1,2}(?:, \d{4})?:\s"
)
MAX_PLACED_CAPTION_WORDS = 80
#: ... and at least this many (a caption names the people and says what they do; a shorter line is a label)
MIN_PLACED_CAPTION_WORDS = 4


#: what _CAPTION_PLACE_RE needs in the text, as it is mostly written (a cheap test first)
_CAPTION_PLACES = ("left", "right", "center", "centre", "middle")
_CAPTION_PLACE_WORDS = tuple(f"{place}{end}" for place in _CAPTION_PLACES for end in ",)")
#: ... and what _AGENCY_CAPTION_RE needs: the dash between the place and the day
_AGENCY_CAPTION_DASHES = (" - ", " – ", " — ")


def drop_photo_captions(page: Page) -> None:
    """Photo captions that say so themselves: one that places the people in the photo ("Jane Roe, left,
    and Sam Cole ...", "(second from right)"), or an agency's caption that opens with the place and day
    in capitals ("PORTLAND, MAINE - MAY 2: ..."); MIN_PLACED_CAPTION_WORDS to MAX_PLACED_CAPTION_WORDS
    words."""
    texts = page.texts
    # (the few blocks with a place word or the agency caption's dash are looked at, one by one)
    placed = page.holding(_CAPTION_PLACES)
    for i in sorted(placed | page.holding(_AGENCY_CAPTION_DASHES)):
        nw = page.words[i]
        if nw > MAX_PLACED_CAPTION_WORDS or nw < MIN_PLACED_CAPTION_WORDS:
            continue
        text = texts[i]
        if (text[1:3].isupper() and _AGENCY_CAPTION_RE.match(text) is not None) or (
            i in placed
            and any(map(text.__contains__, _CAPTION_PLACE_WORDS))
            and _CAPTION_PLACE_RE.search(text) is not None
        ):
            page.drop(i, "drop_caption", f"a photo's caption: {_quote(text)}")


def drop_timed_headlines(page: Page) -> None:
    """A news feed printed as text: headlines each after the time they came in ("13:54 Council delays
    the vote on the bridge"). MIN_TIMED_HEADLINES or more such lines, each within TIMED_HEADLINE_GAP
    blocks of the next, go (a live blog's own entries, a time alone on its line over a paragraph, stay)."""
    timed = [
        i
        for i, text in enumerate(page.texts)
        if text[:1].isdigit()
        and page.words[i] >= 4
        and not page.sentence[i]
        and _TIMED_RE.match(text) is not None
    ]
    run: list[int] = []
    for i in [*timed, -1]:
        if run and (i < 0 or i - run[-1] > TIMED_HEADLINE_GAP):
            if len(run) >= MIN_TIMED_HEADLINES:
                for k in run:
                    page.drop(k, "drop_headline_list", f"one of {len(run)} headlines of a news feed")
            run = []
        run.append(i)


def drop_teaser_cards(page: Page) -> None:
    """Cards of other stories anywhere on the page: MIN_TEASER_CARDS or more in a row of a headline (Title
    Case, no sentence end) and a summary of one or two sentences under it (at most MAX_TEASER_WORDS words),
    each with at most one label of up to four words before its headline (a number) and one after it (a
    kicker such as "CASUALTIES OF WAR", the writer's name, the headline printed again). They go before the
    main run is looked for: their summaries read as prose. A text's sections have longer paragraphs under
    their subheadings; a list that a paragraph or a line ending in ':' introduces is the text's own (a
    listicle)."""
    texts = page.texts
    n = len(texts)

    def label(i: int) -> bool:
        return i < n and page.words[i] <= MAX_FRAGMENT_WORDS + 1 and not page.sentence[i]

    def headline(i: int) -> bool:
        return (
            i < n
            and MIN_HEADLINE_WORDS - 1 <= page.words[i] <= LONG_PROSE_WORDS
            and not page.sentence[i]
            and page.caps[i] >= HEADLINE_CAPS_SHARE
            and page.dropped[i] is None
        )

    # a summary is a sentence of 5 to MAX_TEASER_WORDS words; a card ends with one, one to three blocks
    # after its start: only a block with such a sentence under it can start one (a cheap test that
    # spares the Title Case share of most lines)
    shaped = [page.sentence[i] and 5 <= page.words[i] <= MAX_TEASER_WORDS for i in range(n)]
    shaped += [False] * 4  # (card is asked about block n too, at the end of a chain)
    may_start = [shaped[i + 1] or shaped[i + 2] or shaped[i + 3] for i in range(n + 1)]

    def summary(i: int) -> bool:
        return shaped[i] and len(_SENTENCE_BREAK_RE.findall(texts[i][:-1])) <= 1  # one or two sentences

    def card(i: int) -> int:
        """The end of the card that starts at block i, or i when there is none."""
        if not may_start[i]:
            return i
        k = i + 1 if label(i) and headline(i + 1) else i
        if not headline(k):
            return i
        k += 1
        if (label(k) or (k < n and texts[k] == texts[k - 1])) and summary(k + 1):
            k += 1  # a kicker, or the headline printed twice (a video's title and its link)
        return k + 1 if summary(k) else i

    i = 0
    while i < n:
        if not may_start[i]:
            i += 1  # no card starts here, so no run of cards either
            continue
        cards = [i]
        k = card(i)
        while k > cards[-1]:
            cards.append(k)
            k = card(k)
        if len(cards) - 1 < MIN_TEASER_CARDS:
            i += 1
            continue
        if not _introduced(page, cards[0]):
            for j in range(cards[0], cards[-1]):
                page.drop(j, "drop_teaser_cards", f"one of {len(cards) - 1} headlines with a summary")
        i = cards[-1]  # a run introduced as the text's own list is passed over whole


def _introduced(page: Page, i: int) -> bool:
    """Does a paragraph of text, or a line ending in ':', stand right before block i (skipping chrome
    already dropped)? Then what starts at i is the text's own list (a listicle, a gift guide, an FAQ)."""
    k = i - 1
    while k >= 0 and page.dropped[k] is not None:
        k -= 1
    return k >= 0 and (page.prose[k] or page.texts[k].endswith(":"))


def drop_player_dialogs(page: Page) -> None:
    """Video.js prints its hidden caption-settings dialog as text: everything from "Beginning of dialog
    window" to "End of dialog window." is player chrome."""
    texts = page.texts
    i = 0
    n = len(texts)
    while i < n:
        if texts[i].startswith(_DIALOG_START):
            k = i
            while k < min(n, i + MAX_DIALOG_BLOCKS) and not texts[k].startswith(_DIALOG_END):
                k += 1
            if k < n and texts[k].startswith(_DIALOG_END):
                for j in range(i, k + 1):
                    page.drop(j, "drop_player_controls", "inside a video player's settings dialog")
                i = k
        i += 1


def drop_gallery_slides(page: Page) -> None:
    """A photo gallery printed as text: "1/50 Title" (or "1 of 50" alone on its line), its caption,
    "2/50 Title", ... A run of at least MIN_GALLERY_SLIDES counters numbered one after the other out of
    the same total goes, each with the blocks up to the next counter (the last with as many blocks as the
    others take, at least the one after it). Recipes ("1/4 cup") and "24/7" do not count up."""
    texts = page.texts
    slides: list[tuple[int, int, int]] = []  # (block, number, total) of the current run
    runs: list[list[tuple[int, int, int]]] = []
    for i, text in enumerate(texts):
        if not (text[0].isdigit() and ("/" in text[:8] or " of " in text[:8])):
            continue
        match = _SLIDE_RE.match(text)
        if match is None:
            continue
        number, total = (int(g) for g in (match.groups()[:2] if match.group(1) else match.groups()[2:]))
        if slides and number == slides[-1][1] + 1 and total == slides[-1][2]:
            slides.append((i, number, total))
        else:
            if len(slides) >= MIN_GALLERY_SLIDES:
                runs.append(slides)
            slides = [(i, number, total)] if number == 1 else []
    if len(slides) >= MIN_GALLERY_SLIDES:
        runs.append(slides)
    for run in runs:
        last = run[-1][0]
        stride = (last - run[0][0]) // (len(run) - 1)  # blocks a slide takes: the last takes as many
        end = min(len(texts), last + max(2, stride))
        for k in range(run[0][0], end):
            page.drop(k, "drop_gallery", f"a photo gallery of {run[0][2]} slides")


def looks_like_code(text: str) -> bool:
    """A line of program code (cheap test first: code has ; { } = < or a comment opener)."""
    if text[-1] not in ";{}" and "=" not in text and "<" not in text and "(" not in text and "//" not in text:
        return False
    return _CODE_RE.search(text) is not None


def drop_chrome_prose(page: Page) -> None:
    """Prose-like chrome (cookie declarations, subscription and affiliate notices, footers) is dropped
    before the main-text run, so a long cookie policy cannot outweigh the article. Only prose blocks
    that mention one of a few keywords are run through the line rules."""
    for i, is_prose in enumerate(page.prose):
        if is_prose and page.dropped[i] is None and page.words[i] <= MAX_RULE_WORDS:
            text = page.texts[i]
            low = text.lower()
            if any(map(low.__contains__, _CHROME_PROSE_WORDS)):
                rule = rules.line_rule_for(text, page.words[i])
                if rule is not None:
                    page.drop(i, rule.name, f"{rule.what}: {_quote(text)}")


def select_main_text(page: Page, lo: int = 0) -> tuple[int, int]:
    """The run blocks[start:end] (start >= lo) with the highest total score (Kadane's algorithm)."""
    best = 0.0
    best_range = (lo, lo)
    total = 0.0
    run_start = lo
    for i, score in enumerate(_block_scores(page, lo), lo):
        if total <= 0:
            total = score
            run_start = i
        else:
            total += score
        if total > best:
            best = total
            best_range = (run_start, i + 1)
    return best_range


def grow_over_list(page: Page, start: int, end: int) -> tuple[int, int]:
    """A core of one item of a list (a bullet): the article is the list (release notes, a changelog,
    a list of tips), so the core grows over the items around it."""
    bullets = page.blocks.bullets
    if end - start != 1 or not bullets[start]:
        return start, end
    n = len(bullets)
    while start > 0 and bullets[start - 1] and page.dropped[start - 1] is None:
        start -= 1
    while end < n and bullets[end] and page.dropped[end] is None:
        end += 1
    return start, end


def longest_block(page: Page) -> tuple[int, int]:
    """For pages with no prose run at all (a single line of text): the longest block that is not
    chrome, if it has MIN_LONE_BLOCK_WORDS words."""
    best = -1
    for i, nw in enumerate(page.words):
        if (
            nw >= MIN_LONE_BLOCK_WORDS
            and (best < 0 or nw > page.words[best])
            and chrome_rule(page, i) is None
        ):
            best = i
    return (best, best + 1) if best >= 0 else (0, 0)


def paragraph_like(page: Page, i: int) -> bool:
    """A block that could be a paragraph of the article: prose, or a short sentence."""
    if page.prose[i]:
        return True
    return page.sentence[i] and page.words[i] >= 3 and chrome_rule(page, i) is None


def extend_to_paragraphs(page: Page, start: int, end: int, floor: int) -> tuple[int, int]:
    """Grow blocks[start:end] over neighbouring paragraph-like blocks (not below ``floor``)."""
    while start - 1 >= floor and paragraph_like(page, start - 1) and page.dropped[start - 1] is None:
        start -= 1
    n = len(page.words)
    while end < n and paragraph_like(page, end) and page.dropped[end] is None:
        end += 1
    return start, end


def apply_line_rules(page: Page, start: int, end: int) -> None:
    """Drop the blocks in blocks[start:end] that a line rule matches."""
    for i in range(start, end):
        if page.dropped[i] is None and page.words[i] <= MAX_RULE_WORDS:
            rule = rules.line_rule_for(page.texts[i], page.words[i])
            if rule is not None:
                page.drop(i, rule.name, f"{rule.what}: {_quote(page.texts[i])}")


def _prose_words_after(page: Page, i: int, end: int) -> int:
    """Words of prose blocks in blocks[i:end] that stand as paragraphs (a blank line before them)."""
    total = 0
    for k in range(i, end):
        if page.prose[k] and page.dropped[k] is None and (page.blocks.blank_before[k] or page.words[k] >= 40):
            total += page.words[k]
    return total


def _subheading(page: Page, i: int, end: int) -> bool:
    """A line standing alone (blank lines around it) over a paragraph that stands alone too: "What's
    next" over the article's last paragraph is a subheading, not a trailer marker."""
    blocks = page.blocks
    k = i + 1
    return (
        k < end
        and blocks.blank_before[i]
        and blocks.blank_after[i]
        and page.prose[k]
        and blocks.blank_after[k]
        and not blocks.bullets[k]
    )


def _opens_like_bio(text: str, author: str) -> bool:
    """Opens with a person's name (the byline's ``author``, the byline's first or last name alone, or any
    name of two to four words) and what they do: "Jane Roe is a staff writer covering ...", "Roe writes
    about ...". A single capitalised word that is not the byline's is not a name ("Texas is the largest
    oil producer"). No length limit (see is_author_bio)."""
    if author:
        names = author.split()
        for name in (author, names[0], names[-1]) if len(names) > 1 else (author,):
            if len(name) > 2 and text.startswith(name + " ") and _BIO_RE.match(text[len(name) :].lstrip()):
                return True
    match = _BIO_NAME_RE.match(text)
    return match is not None and _BIO_RE.match(text[match.end() :]) is not None


def _list_run_end(page: Page, i: int, end: int) -> int:
    """End of the run of list-like blocks that starts at i: lines that are not prose paragraphs,
    or prose lines with no blank line between them (a list of teasers)."""
    blocks = page.blocks
    k = i
    while k < end:
        if (
            page.prose[k]
            and (blocks.blank_before[k] or page.words[k] >= 40)
            and (k > i or blocks.blank_after[k])
        ):
            break  # a paragraph: the text resumes
        if (
            k > i
            and blocks.blank_before[k]
            and not blocks.bullets[k]
            and k + 1 < end
            and page.prose[k + 1]
            and blocks.blank_before[k + 1]
        ):
            break  # a subheading over a paragraph
        k += 1
    return k


def _hard_trailer(
    page: Page, i: int, end: int, author: str | None, little_after: bool = False, hard: bool | None = None
) -> bool:
    """Comments heading, post navigation, footer, disclaimer, or the author's bio in the last part of
    the text (a bio box under the headline is not the end; ``little_after``: the prose still to come
    is a small share of the text above, so a bio that goes on for paragraphs ends it too). ``hard``:
    rules.is_hard_trailer of the block, when the caller knows it already."""
    text = page.texts[i]
    if rules.is_hard_trailer(text, page.words[i]) if hard is None else hard:
        return True
    drop = page.dropped[i]
    if drop is not None:
        rule = rules.RULES_BY_NAME.get(drop[0])
        if rule is not None and rule.trailer:
            return True
    if not is_author_bio(page, i, author):
        return False
    # a bio box under the headline is followed by the text; a bio at the end is not
    return (
        little_after or _prose_words_after(page, i + 1, min(end, i + 1 + BIO_LOOKAHEAD)) < MIN_WORDS_AFTER_BIO
    )


def _notice_at_head(page: Page, i: int, before: int, after: int) -> bool:
    """A copyright or disclaimer line (dropped already) with several times the prose before it still to
    come: the notice under a document's title, not the page's footer."""
    drop = page.dropped[i]
    return (
        drop is not None
        and drop[0] in ("drop_copyright", "drop_disclaimer")
        and after > NOTICE_TEXT_MULTIPLE * before
    )


def is_author_bio(page: Page, i: int, author: str | None) -> bool:
    """ "Jane Roe is a staff writer covering ..." / "Jane Roe writes about ...": a block that opens with a
    person's name and what they do, or that is just the byline's name, after the text."""
    text = page.texts[i]
    if page.words[i] > MAX_BIO_WORDS:
        return False
    if author and page.words[i] <= 4 and (text == author or text.startswith(author + " ")):
        return True  # the byline's name alone (with a title or a handle)
    if author and _opens_with_first_name(text, author):
        return True  # "Jane is curious about ...": bios call the writer by the first name
    return text != author and _opens_like_bio(text, author or "")


def _writer_bio(page: Page, i: int, author: str | None) -> bool:
    """Block i is the bio of the byline's writer, named in it ("Jane Roe is a staff writer ...", "Jane
    covers ..."); a bio of someone else ("Sam Cole is a photographer who ...") may be a related story's
    headline."""
    if not author:
        return False
    text = page.texts[i]
    first = author.split(" ", 1)[0]
    return (text.startswith(author) or text.startswith(first + " ")) and is_author_bio(page, i, author)


def _opens_with_first_name(text: str, author: str) -> bool:
    """ "Jane is curious about ...", "Jane lives in ..." under a text by Jane Roe: the byline's first name,
    then one of the verbs bios use (not "Jane said the plan ...", "Mark my words")."""
    first, _, rest = author.partition(" ")
    if not rest or len(first) < 3 or not text.startswith(first + " "):
        return False
    return _BIO_VERB_RE.match(text, len(first) + 1) is not None


#: an author box's name line is at most this long ("Author: Jane Roe, Senior Editor", "Jane Roe Staff Writer")
MAX_BOX_NAME_WORDS = 8


def _author_box(page: Page, i: int, start: int) -> int | None:
    """Block i (prose) is the bio in an author box: a short line above it (one of the two blocks before
    it) names a person ("Jane Roe", "Author: Jane Roe, Editor", "Jane Roe Staff Writer") and block i
    tells what that person does, by the first name ("Jane is ...", "... since 2008, Jane has ..."). The
    index of the name line, or None."""
    head = page.texts[i][:BOX_BIO_REACH]
    for k in range(i - 1, max(start, i - 2) - 1, -1):
        if page.words[k] > MAX_BOX_NAME_WORDS or page.prose[k]:
            continue
        text = page.texts[k]
        tokens = (text.split(":", 1)[1] if ":" in text else text).split(",", 1)[0].split()
        if not 2 <= len(tokens) <= 5 or not all(t[0].isupper() and not t.isupper() for t in tokens):
            continue  # a name (and a role) in Title Case: "Jane Roe", "Jane Roe Senior Writer"
        first = tokens[:1]
        if len(first[0]) < 3 or not first[0].isalpha():
            continue
        at = head.find(first[0] + " ")
        while at >= 0:
            # the first name alone, first in the bio or after its opening clause (a thing is named in full,
            # "Acme Cloud is ..."; a story about a person names her anywhere, "In 2002 Jane was ...")
            if (at == 0 or head[at - 2 : at] == ", ") and _BIO_VERB_RE.match(head, at + len(first[0]) + 1):
                return k
            at = head.find(first[0] + " ", at + 1)
    return None


def _in_share_bar(page: Page, i: int) -> bool:
    """Is block i next to (within SHARE_BAR_REACH blocks of) a share button or counter? (A comments
    link there, with the text right after, is one of the buttons.)"""
    lo, hi = max(0, i - SHARE_BAR_REACH), min(len(page.texts), i + SHARE_BAR_REACH + 1)
    dropped = page.dropped
    for k in range(lo, hi):
        drop = dropped[k]
        if drop is not None and k != i and drop[0] == "drop_share_bar":
            return True
    return False


def _cut_from(page: Page, i: int, end: int) -> int:
    """blocks[i:end] go: the article ended above the trailer at i. Returns i, the new end."""
    reason = f"after {_quote(page.texts[i])} (line {page.blocks.lines[i]})"
    for k in range(i, end):
        page.drop(k, "cut_at_trailer", reason)
    return i


#: cut_at_trailer looks at the text above a cut again at most this many times (the corpus dumps take up to 12)
MAX_TRAILER_PASSES = 20


def cut_at_trailer(page: Page, start: int, end: int, author: str | None = None) -> int:
    """The article ends at its first trailer (see _cut_once); after a cut the text above is looked at
    again, as the prose below the cut no longer counts as text still to come (a newsletter box above the
    writer's bio, with the bio's paragraphs under it, closes the text once the bio is gone). At most
    MAX_TRAILER_PASSES passes: each pass reads the whole extent, and a page of prompts and short lines
    taking turns would be cut one prompt a pass."""
    for _ in range(MAX_TRAILER_PASSES):
        cut = _cut_once(page, start, end, author)
        if cut >= end:
            return end
        end = cut
    return end


def _cut_once(page: Page, start: int, end: int, author: str | None) -> int:
    """At a trailer marker ("Related Articles", "Most Read", "Newsletter", ...) the article ends, unless
    enough prose follows, in which case the marker and the list under it go (prose past the headlines of
    a news feed, see drop_timed_headlines, is the feed's and does not count). Returns the new end.
    Hard trailers (comments, footer, disclaimers, the author's bio) end it whatever follows.

    One pass: the prose before block i is summed as the pass goes (blocks behind it never change), the
    prose after it is a suffix sum made first (the pass only drops blocks it has not reached yet), so a
    page of thousands of markers costs no more than its length."""
    blocks = page.blocks
    tight = page.tight_lists
    after = [0] * (end - start + 1)  # after[k - start]: standing prose words in blocks[k:end]
    dropped = page.dropped
    for k in range(end - 1, start - 1, -1):
        drop = dropped[k]
        if drop is None:
            standing = page.prose[k] and (blocks.blank_before[k] or page.words[k] >= 40)
            after[k - start] = after[k - start + 1] + (page.words[k] if standing else 0)
        elif drop[0] == "drop_headline_list":
            after[k - start] = 0  # prose past a news feed's headlines is the feed's, not the article going on
        else:
            after[k - start] = after[k - start + 1]
    # words of prose paragraphs in blocks[start:i] (on a page whose paragraphs stand apart, prose lines
    # packed together are a list of teasers and do not count); and the same without bios: the boxes of a
    # writer and a fact-checker under the headline are not the text that a bio at the end would close
    before = 0
    before_text = 0
    bio_name = author or ""
    i = start
    while i < end:
        if page.dropped[i] is None or page.dropped[i][0] != "cut_at_trailer":
            text = page.texts[i]
            # (asked once a block: the share-bar test below looks around the few hard trailers only)
            hard = rules.is_hard_trailer(text, page.words[i])
            if (
                hard
                and page.words[i] >= 2  # "View comments", "12 comments"; a lone "Comments" is a heading
                and _in_share_bar(page, i)
                and _prose_words_after(page, i + 1, min(end, i + 1 + BIO_LOOKAHEAD)) >= MIN_WORDS_AFTER_BIO
            ):
                # "View comments" among the share buttons under the headline: a link, not the end
                page.drop(i, "drop_share_bar", f"a comments link among share buttons: {_quote(text)}")
                i += 1
                continue
            if (
                before_text >= MIN_WORDS_BEFORE_TRAILER
                and page.prose[i]
                and after[i + 1 - start] < TRAILER_TEXT_SHARE * before_text
            ):
                box = _author_box(page, i, start)
                if box is not None and all(
                    _author_box(page, k, start) in (None, box) for k in range(start, end) if page.prose[k]
                ):
                    # (another name over what its person does is a list of people: the text itself)
                    return _cut_from(page, box, end)
            if (
                before_text >= MIN_WORDS_BEFORE_TRAILER
                and _hard_trailer(
                    page, i, end, author, after[i + 1 - start] < TRAILER_TEXT_SHARE * before_text, hard
                )
                and not _notice_at_head(page, i, before_text, after[i + 1 - start])
            ):
                return _cut_from(page, i, end)
            if (
                before_text >= MIN_WORDS_BEFORE_TRAILER
                and page.dropped[i] is not None
                and page.dropped[i][0] == "drop_subscribe_prompt"
                and after[i + 1 - start] < min(MIN_WORDS_AFTER_TRAILER, TRAILER_TEXT_SHARE * before)
            ):
                # a newsletter box under the text: its blurb and form go with it
                return _cut_from(page, i, end)
            if (
                rules.is_trailer(text, page.words[i])
                and not page.sentence[i]
                and not _subheading(page, i, end)
            ):
                words_after = after[i + 1 - start]
                if words_after < MIN_WORDS_AFTER_TRAILER or words_after < TRAILER_TEXT_SHARE * before:
                    return _cut_from(page, i, end)
                run_end = _list_run_end(page, i + 1, end)
                if any(_writer_bio(page, k, author) for k in range(i + 1, run_end)):
                    # the writer's bio among the links under the marker: the article ended above them (what
                    # follows is the next article of an endless page)
                    return _cut_from(page, i, end)
                page.drop(i, "cut_at_trailer", f"marker {_quote(text)} inside the article")
                for k in range(i + 1, run_end):
                    page.drop(k, "cut_at_trailer", f"list under {_quote(text)} (line {page.blocks.lines[i]})")
                i = run_end
                continue
        if (
            page.prose[i]
            and page.dropped[i] is None
            and (not tight or blocks.blank_before[i] or blocks.blank_after[i])
        ):
            before += page.words[i]
            if not _opens_like_bio(page.texts[i], bio_name):
                before_text += page.words[i]
        i += 1
    return end


def drop_header_bios(page: Page, start: int, end: int, author: str | None) -> None:
    """Bios above the text (health and finance sites put the writer's and the fact-checker's under the
    headline): a block that opens with a name and what the person does, before the first paragraph
    of the text, goes."""
    for k in range(start, end):
        if page.dropped[k] is not None:
            continue
        if page.words[k] <= MAX_HEADER_BIO_WORDS and _opens_like_bio(page.texts[k], author or ""):
            page.drop(k, "drop_author_bio", f"a bio above the text: {_quote(page.texts[k])}")
        elif page.prose[k]:
            return


def _headline_like(page: Page, i: int) -> bool:
    """One line of a list of other stories: a headline of MIN_HEADLINE_WORDS words or more with no
    sentence end, or in Title Case. Not a "Label: value" line, a numbered or referenced item, code, or a
    line of figures (specifications, ingredients, tables are the article's own lists)."""
    nw = page.words[i]
    if nw < MIN_HEADLINE_WORDS or nw > LONG_PROSE_WORDS:
        return False
    # the tests in order of cost (a sentence in lower case, most of an article, fails the first)
    if page.sentence[i] and page.caps[i] < HEADLINE_CAPS_SHARE:
        return False
    text = page.texts[i]
    if _NOT_HEADLINE_RE.match(text) or looks_like_code(text):
        return False
    digits = sum(1 for token in text.split() if token[:1].isdigit())
    return digits * 4 <= nw


def drop_headline_list(page: Page, start: int, end: int) -> None:
    """Runs of at least MIN_HEADLINE_RUN headline-like lines with no blank line between them (other
    stories' headlines) inside the article go, unless a line ending in ':' introduces them, they are
    items of a list with short items and sentences among them (the text's own list, see _list_items), or
    one of them goes on the sentence of the line above it (a paragraph broken into lines, see _wrapped)."""
    items = _list_items(page, start, end, mixed=True)
    i = start
    while i < end:
        if not _headline_like(page, i) or page.dropped[i] is not None:
            i += 1
            continue
        k = i + 1
        while k < end and not page.blocks.blank_before[k] and _headline_like(page, k):
            k += 1
        introduced = i > 0 and page.texts[i - 1].endswith(":")
        if any(_wrapped(page, j) for j in range(i + 1, k)):
            i = k  # a paragraph broken into lines (a source or a mail printed as it is), not headlines
            continue
        if k - i >= MIN_HEADLINE_RUN and not introduced and not all(j in items for j in range(i, k)):
            for j in range(i, k):
                page.drop(
                    j, "drop_headline_list", f"one of {k - i} headline-like lines without a blank between"
                )
            label = i - 1
            if (
                label >= start
                and page.dropped[label] is None
                and page.words[label] <= MAX_LABEL_WORDS
                and not page.sentence[label]
                and not page.prose[label]
            ):
                page.drop(
                    label,
                    "drop_headline_list",
                    f"label over a list of headlines {_quote(page.texts[label])}",
                )
        i = k


def _wrapped(page: Page, i: int) -> bool:
    """Block i goes on the sentence of the block before it: that one does not end like a sentence and
    this one opens with a word in small letters ("... but have" / "certain filters in place ...")."""
    first = page.texts[i].split(" ", 1)[0]
    return not page.sentence[i - 1] and first.isalpha() and first.islower()


def drop_duplicates(page: Page, start: int, end: int) -> None:
    """A block that repeats one of the two blocks before it (an image's alt text printed again as its
    caption, a pull quote) is dropped the second time. A line standing alone (blank lines around it) that
    is no sentence, of at least MIN_REPEATED_WORDS words, printed so MIN_REPEATS times or more on the page
    is a template's (the same alt text under every image, a thank-you note in every box): every copy of it
    goes. (Lines packed together repeat in listings and tables: a shell session, a recipe's yields.)"""
    texts = page.texts
    counts = Counter(texts)  # (a cheap first count: copies packed with other lines are left out below)
    blocks = page.blocks

    def standing(i: int) -> bool:
        return (
            MIN_REPEATED_WORDS <= page.words[i] <= MAX_DUPLICATE_WORDS
            and not page.sentence[i]
            and blocks.blank_before[i]
            and blocks.blank_after[i]
        )

    repeated = {texts[i] for i in range(start, end) if counts[texts[i]] >= MIN_REPEATS and standing(i)}
    if repeated:
        seen = Counter(text for i, text in enumerate(texts) if text in repeated and standing(i))
        for i in range(start, end):
            if page.dropped[i] is None and seen.get(texts[i], 0) >= MIN_REPEATS:
                page.drop(i, "drop_duplicate", f"a line printed {seen[texts[i]]} times on the page")
    for i in range(max(start, 1), end):
        if page.words[i] > MAX_DUPLICATE_WORDS or page.dropped[i] is not None:
            continue  # long paragraphs repeat only in test pages and templates, never as captions
        if texts[i] == texts[i - 1] or (i >= 2 and texts[i] == texts[i - 2]):
            page.drop(i, "drop_duplicate", "the block just before it, again")


def drop_alt_text_before_caption(page: Page, start: int, end: int) -> None:
    """w3m prints an image's alt text as a paragraph, and its caption under it in other words ("A man
    walks past a tank in Harare, 16 November" over "A man walks past a tank parked in Harare on 16
    November. Photo: ..."): a block of up to MAX_DUPLICATE_WORDS words that shares most of its word
    trigrams with one of the two blocks after it, and they with it, is the alt text and goes (the
    caption stays, as a browser shows it). A block just like it is left to drop_duplicates. So does an
    alt text right over the name it begins with (see _alt_over_name)."""
    texts = page.texts
    trigrams: dict[int, set[tuple[str, ...]]] = {}

    def of(k: int) -> set[tuple[str, ...]]:
        if k not in trigrams:
            words = words_of(texts[k].lower())
            trigrams[k] = set(zip(words, words[1:], words[2:], strict=False))
        return trigrams[k]

    for i in range(start, end - 1):
        if page.dropped[i] is not None or not (
            MIN_NEAR_DUPLICATE_WORDS <= page.words[i] <= MAX_DUPLICATE_WORDS
        ):
            continue
        if _alt_over_name(page, i):
            page.drop(i, "drop_duplicate", f"an image's alt text over its name {_quote(texts[i + 1])}")
            continue
        for k in range(i + 1, min(end, i + 3)):
            drop = page.dropped[k]
            if (drop is not None and drop[0] != "drop_photo_credit") or texts[k] == texts[i]:
                continue  # (a caption with its credit has gone as the credit)
            short, long = sorted((page.words[i], page.words[k]))
            if long * NEAR_DUPLICATE_SHARE > short + NEAR_DUPLICATE_WORD_SLACK:
                continue  # one far longer: most of its trigrams cannot be the other's (a cheap test first)
            mine, theirs = of(i), of(k)
            common = len(mine & theirs)
            if mine and common >= NEAR_DUPLICATE_SHARE * max(len(mine), len(theirs)):
                page.drop(i, "drop_duplicate", f"an image's alt text over its caption {_quote(texts[k])}")
                break


def _alt_over_name(page: Page, i: int) -> bool:
    """Block i is an image's alt text right over (no blank line between) the name of what it shows,
    which it begins with: "Blue kettle with a wooden handle on a white background" over "Blue kettle",
    a product card. Not a sentence (a paragraph over a pull quote of its first words) nor a list item
    (a list of terms over the heading of the first)."""
    name = page.texts[i + 1]
    return (
        not page.sentence[i]
        and not page.blocks.bullets[i]
        and not page.blocks.blank_after[i]
        and page.dropped[i + 1] is None
        and page.words[i + 1] >= 2
        and page.texts[i].startswith(name + " ")
    )


def _doubled(text: str) -> bool:
    """One string written over and over, glued or with a space between: the whole text repeats itself
    after its first part, of at least MIN_DOUBLED_CHARS // 2 characters, which it holds at least twice
    (the last copy may be cut short: "A dog on a sofa A dog on a sofa A dog o"). At least MIN_DOUBLED_CHARS
    characters, at most MAX_DOUBLED_CHARS."""
    n = len(text)
    if n < MIN_DOUBLED_CHARS or n > MAX_DOUBLED_CHARS:
        return False
    unit = MIN_DOUBLED_CHARS // 2
    head = text[:unit]
    last = n // 2 + 1  # (a period past the middle leaves less than a second copy)
    period = text.find(head, unit, last + unit)
    while period > 0:
        if text[period:] == text[: n - period] and n - period >= period - 1:
            return True
        period = text.find(head, period + 1, last + unit)
    return False


def _capitalised(text: str) -> bool:
    """Every word starts with a capital letter and nothing ends a sentence: a name."""
    return not ends_sentence(text) and all(word[:1].isupper() for word in text.split())


#: a story's date over its headline in a list of teasers is at most this long ("December 22, 2023")
MAX_TEASER_DATE_WORDS = 6


def _is_date_line(text: str) -> bool:
    return any(c.isdigit() for c in text) and dates.is_dateline(text)


def drop_teaser_pairs(page: Page, start: int, end: int) -> int:
    """At the end of the article: MIN_TEASER_PAIRS or more pairs of a headline (no sentence end) and a
    short sentence under it are other stories with their summaries. Returns the new end. Blocks already
    dropped between them, names of two or three capitalised words (each story's author) and date lines
    (each story's date) do not break the pairs."""
    kept = [
        i
        for i in range(start, end)
        if page.dropped[i] is None
        and not (2 <= page.words[i] <= MAX_FRAGMENT_WORDS and _capitalised(page.texts[i]))
        and not (page.words[i] <= MAX_TEASER_DATE_WORDS and _is_date_line(page.texts[i]))
    ]
    pairs = 0
    k = len(kept)
    while k - 2 >= 0:
        head, summary = kept[k - 2], kept[k - 1]
        if (
            not page.sentence[head]
            and MIN_HEADLINE_WORDS - 2 <= page.words[head] <= LONG_PROSE_WORDS
            and page.sentence[summary]
            and page.words[summary] <= MAX_TEASER_WORDS
        ):
            pairs += 1
            k -= 2
        else:
            break
    if pairs < MIN_TEASER_PAIRS:
        return end
    k = kept[k] if k < len(kept) else end
    while k - 1 >= start and page.words[k - 1] <= MAX_TEASER_DATE_WORDS and _is_date_line(page.texts[k - 1]):
        k -= 1  # the first story's date
    for j in range(k, end):
        page.drop(j, "drop_teaser_pairs", f"one of {pairs} headlines with a summary after the text")
    return k


def drop_read_more_targets(page: Page, start: int, end: int) -> None:
    """A bare "Read more" / "Related" label links to the headline right under it: that goes too."""
    blocks = page.blocks
    for i in range(start, end - 1):
        drop = page.dropped[i]
        if drop is None or drop[0] not in ("drop_read_more", "cut_at_trailer"):
            continue
        if page.words[i] > MAX_LABEL_WORDS or ":" in page.texts[i]:
            continue
        k = i + 1
        if page.dropped[k] is None and not blocks.blank_before[k] and not page.sentence[k]:
            page.drop(k, "drop_read_more", f"the story linked by {_quote(page.texts[i])}")


def trim_trailing_teasers(page: Page, start: int, end: int) -> int:
    """On a page whose paragraphs stand apart, a run of MIN_HEADLINE_RUN or more prose lines with no
    blank line between them at the end of the article is a list of teasers. Returns the new end."""
    if not page.tight_lists:
        return end
    if end < len(page.texts) and rules.is_wire_credit(page.texts[end], page.words[end]):
        return end  # the agency's credit line closes the text: what is packed above it is the text
    blocks = page.blocks
    k = end
    while k - 1 >= start and (page.dropped[k - 1] is not None or not blocks.blank_before[k - 1]):
        k -= 1
    # blocks[k:end] have no blank line before them; blocks[k - 1], which has one, is given the benefit
    # of the doubt (the last paragraph, with a list of teasers packed under it)
    run = [j for j in range(max(start, k), end) if page.dropped[j] is None]
    if len(run) < MIN_HEADLINE_RUN or (run[0] > 0 and page.texts[run[0] - 1].endswith(":")):
        return end
    if all(blocks.bullets[j] and page.sentence[j] for j in run):
        return end  # a bulleted list of sentences: the text's own list (teasers are headlines)
    for j in run:
        page.drop(j, "trim_trailing_teasers", f"one of {len(run)} packed lines after the text")
    return run[0]


#: a credit that is a whole caption: "Photo by ...", "Photo illustration: ...", "Courtesy of ..."
_OWN_CAPTION_CREDIT_RE = re.compile(
    rf"\s*(?:{rules.BY_CREDIT}|photo[- ]illustration\s*:|courtesy\b)",
    re.IGNORECASE,
)


def drop_captions(page: Page, start: int, end: int) -> None:
    """The line above a photo credit ("Lena Ortiz/Bay Area Beacon", "Getty Images") is the photo's
    caption, when it is short. Not above a credit that is a caption of its own ("Photo by Lena Ortiz",
    "Courtesy of the museum"), nor above one that comes with its caption ("Trucks wait at the border.Jane
    Roe", see drop_glued_credits) from which a blank line parts it: the line above that one is text (right
    over it, it is the image's alt text, which w3m prints)."""
    for i in range(max(start, 1), end):
        drop = page.dropped[i]
        if drop is None or drop[0] != "drop_photo_credit" or page.words[i] > MAX_CREDIT_WORDS:
            continue
        text = page.texts[i]
        if _OWN_CAPTION_CREDIT_RE.match(text) or (
            page.blocks.blank_before[i] and _GLUED_CREDIT_RE.search(text) is not None
        ):
            continue
        k = i - 1
        while k >= start and page.dropped[k] is not None and page.dropped[k][0] == "drop_duplicate":
            k -= 1
        if k >= start and page.dropped[k] is None and page.words[k] <= MAX_CAPTION_WORDS:
            page.drop(k, "drop_caption", f"caption over the credit {_quote(page.texts[i])}")


def drop_fragments(page: Page, start: int, end: int) -> None:
    """Inside the article, a block of at most MAX_FRAGMENT_WORDS words that does not end like a sentence
    is a label, a caption credit or a button ("Risers", "Jane Roe", "Full Bio"), not text. Not a line of
    a code listing (see _code_lines) nor an item of the text's own list (see _list_items and
    _numbered_items): their short lines are the text's own."""
    code = _code_lines(page, start, end)
    items = _list_items(page, start, end) | _numbered_items(page, start, end)
    for i in range(start, end):
        if (
            page.dropped[i] is None
            and page.words[i] <= MAX_FRAGMENT_WORDS
            and not page.sentence[i]
            and i not in code
            and i not in items
        ):
            heading = (
                i + 1 < end
                and (page.prose[i + 1] or (page.spaced_lines and _standing_item(page, i + 1)))
                and page.blocks.blank_before[i]
                and page.blocks.blank_after[i]
            )
            if page.language not in NO_SPACE_LANGUAGES and not heading:
                page.drop(i, "drop_fragment", f"{page.words[i]}-word fragment {_quote(page.texts[i])}")


def drop_markup(page: Page, start: int, end: int) -> None:
    """Inside the article, a block of at least MIN_PROSE_WORDS words with MIN_MARKUP_TAGS or more HTML tags
    in it is a widget's markup printed as text (a noscript notice, a counter with its script), not a
    paragraph. Not in a code listing (see _code_lines), where markup is the text's own, nor a block whose
    end tags all stand apart from the text (a tutorial's sentence names tags: "wrap it in <b> and </b>";
    markup closes its elements right after their text: "#Harbour</a>", "turned off</em>"). Unless such
    blocks hold half the words of the article's paragraphs or more: then the text itself was printed with
    its markup (escaped twice by the site), and it stays."""
    if "<" not in "".join(page.texts[start:end]):
        return
    code: set[int] | None = None
    markup = []
    for i in range(start, end):
        if (
            page.dropped[i] is not None
            or page.words[i] < MIN_PROSE_WORDS
            or "<" not in page.texts[i]
            or not _CLOSED_TAG_RE.search(page.texts[i])
        ):
            continue
        if len(_TAG_RE.findall(page.texts[i])) >= MIN_MARKUP_TAGS:
            if code is None:
                code = _code_lines(page, start, end)
            if i not in code:
                markup.append(i)
    if not markup:
        return
    text = sum(page.words[i] for i in range(start, end) if page.prose[i] and page.dropped[i] is None)
    if 2 * sum(page.words[i] for i in markup) >= text:
        return
    for i in markup:
        page.drop(i, "drop_markup", f"HTML markup printed as text {_quote(page.texts[i])}")


def _list_items(page: Page, start: int, end: int, *, mixed: bool = False) -> set[int]:
    """The items of the text's own lists in blocks[start:end]: runs of at least MIN_HEADLINE_RUN list
    items (bullets) of which one has more than MAX_FRAGMENT_WORDS words (a menu's items are all short).
    ``mixed``: only lists that also have an item of at most MAX_FRAGMENT_WORDS words and one that ends
    like a sentence (a list of other stories' headlines has neither)."""
    items: set[int] = set()
    bullets = page.blocks.bullets
    if not any(bullets[start:end]):
        return items
    i = start
    while i < end:
        if not bullets[i]:
            i += 1
            continue
        k = i + 1
        while k < end and bullets[k]:
            k += 1
        words = page.words[i:k]
        if (
            k - i >= MIN_HEADLINE_RUN
            and max(words) > MAX_FRAGMENT_WORDS
            and (not mixed or (min(words) <= MAX_FRAGMENT_WORDS and any(page.sentence[i:k])))
        ):
            items.update(range(i, k))
        i = k
    return items


def _numbered_items(page: Page, start: int, end: int) -> set[int]:
    """The items of the text's own numbered lists in blocks[start:end]: at least MIN_HEADLINE_RUN blocks in
    a row that open with the numbers 1, 2, 3, ... ("1. Finland", "2) Norway"); a menu is not numbered."""
    items: set[int] = set()
    texts = page.texts
    run: list[int] = []
    for i in range(start, end + 1):
        match = _NUMBERED_RE.match(texts[i]) if i < end and texts[i][:1].isdigit() else None
        if match is not None and int(match.group(1)) == len(run) + 1:
            run.append(i)
            continue
        if len(run) >= MIN_HEADLINE_RUN:
            items.update(run)
        run = [i] if match is not None and match.group(1) == "1" else []
    return items


def _code_lines(page: Page, start: int, end: int) -> set[int]:
    """The blocks of blocks[start:end] in code listings: lines packed together (no blank line between)
    of which at least half look like program code (MIN_CODE_SHARE), MIN_CODE_LINES or more; and a line
    of code standing alone next to such a listing."""
    code: set[int] = set()
    texts = page.texts
    # the groups of packed lines start where a blank line is (itertools, not a loop over every block)
    starts = [
        start,
        *itertools.compress(range(start + 1, end), page.blocks.blank_before[start + 1 : end]),
        end,
    ]
    for i, k in itertools.pairwise(starts):
        if k - i >= MIN_CODE_LINES:
            like = sum(1 for j in range(i, k) if looks_like_code(texts[j]))
            if like >= MIN_CODE_SHARE * (k - i):
                code.update(range(i, k))
    if code:
        for i in range(start, end):
            if i not in code and (i - 1 in code or i + 1 in code) and looks_like_code(texts[i]):
                code.add(i)
    return code


def _standing_item(page: Page, i: int) -> bool:
    """Block i is an item of a list written as paragraphs (see Page.spaced_lines): a line of more than
    MAX_FRAGMENT_WORDS words with blank lines around it."""
    blocks = page.blocks
    return page.words[i] > MAX_FRAGMENT_WORDS and blocks.blank_before[i] and blocks.blank_after[i]


#: an endless page's next article starts after at least this much of the text (words of paragraphs)
MIN_WORDS_BEFORE_NEXT_ARTICLE = 150
#: ...and has at least this many words of paragraphs before the next date line (a timeline's dated
#: entries, each a headline and a short paragraph, are the article's own)
MIN_WORDS_OF_NEXT_ARTICLE = 80


def cut_at_next_article(page: Page, start: int, end: int) -> int:
    """A date line (dropped as one inside the text), a headline right under it (a line standing alone,
    no sentence end) and a paragraph under that, after a long text: the next article of an endless page
    or a live blog's next entry begins. The article ends at the last paragraph above the date line (the
    section label and teaser lines between them go too). Returns the new end."""
    before = 0
    blocks = page.blocks
    for i in range(start, end - 2):
        drop = page.dropped[i]
        if drop is None:
            if page.prose[i]:
                before += page.words[i]
            continue
        if (
            drop[0] != "drop_dateline"
            or before < MIN_WORDS_BEFORE_NEXT_ARTICLE
            or page.sentence[i]
            or not any(c.isdigit() for c in page.texts[i])
            or not dates.is_dateline(page.texts[i])
        ):
            continue
        k = i + 1
        if (
            page.dropped[k] is not None
            or page.sentence[k]
            or page.prose[k]
            or not (MIN_HEADLINE_WORDS <= page.words[k] <= LONG_PROSE_WORDS)
            or not blocks.blank_after[k]
            or not any(page.prose[j] and page.dropped[j] is None for j in range(k + 1, min(end, k + 4)))
            or _words_to_next_date(page, k + 1, end) < MIN_WORDS_OF_NEXT_ARTICLE
        ):
            continue
        cut = i
        while cut - 1 > start and (page.dropped[cut - 1] is not None or not paragraph_like(page, cut - 1)):
            cut -= 1
        for j in range(cut, end):
            page.drop(j, "cut_at_next_article", f"a dated headline at line {blocks.lines[i]} starts another")
        return cut
    return end


def _words_to_next_date(page: Page, start: int, end: int) -> int:
    """Words of the paragraphs from block ``start`` to the next date line (dropped as one) or ``end``."""
    words = 0
    for j in range(start, end):
        drop = page.dropped[j]
        if drop is not None and drop[0] == "drop_dateline":
            break
        if drop is None and page.prose[j]:
            words += page.words[j]
    return words


def drop_outside(page: Page, start: int, end: int) -> None:
    """Everything before blocks[start] and after blocks[end-1] is not the article."""
    # (page.drop inlined, one tuple for all: the most blocks of a page go here)
    dropped = page.dropped
    first = page.blocks.lines[start] if start < len(page.words) else 0
    before = ("outside_article", f"before the article (line {first})")
    for i in range(start):
        if dropped[i] is None:
            dropped[i] = before
    last = page.blocks.lines[end - 1] if end > 0 else 0
    after = ("outside_article", f"after the article (line {last})")
    for i in range(end, len(page.words)):
        if dropped[i] is None:
            dropped[i] = after


def _quote(text: str, limit: int = 60) -> str:
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return repr(text)
