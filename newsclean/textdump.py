"""The text front end: a plain-text dump in, a list of Blocks out.

Two layouts are recognised:

* ``lines``: one block per line, as a browser's innerText or "Save as text" gives (paragraph margins show
  as blank lines, list items and menus as lines with no blank between them);
* ``wrapped``: paragraphs hard-wrapped at a fixed width with blank lines between them, as ``w3m -dump``,
  ``lynx -dump`` or a fixed-width scraper gives. Wrapped lines are joined back into paragraphs.

Normalisation (NFC, no-break and zero-width spaces, tabs, runs of spaces, list bullets, lynx link
numbers) happens here, once; the cleaning rules only keep or drop the blocks this module makes.
"""

from __future__ import annotations

import re
import unicodedata

from .model import Blocks

#: a line longer than this is never the product of hard wrapping (w3m wraps at 80-120 columns by
#: default; innerText paragraphs are usually several hundred characters)
MAX_WRAP_WIDTH = 160
#: innerText dumps have paragraphs longer than MAX_WRAP_WIDTH; more than this share of them means "lines"
MAX_LONG_LINE_SHARE = 0.02
#: no dump tool wraps narrower than this (lynx: 79 columns, w3m: 80 by default, 120 in the corpora)
MIN_WRAP_WIDTH = 40
#: a line within this many columns of the wrap width counts as "full" (wrapped before the next word)
FULL_LINE_SLACK = 20
#: at least this many wraps (a full line, then a line whose first word would not have fitted on it) make
#: a dump wrapped; a short article in a w3m dump may have only two
MIN_WRAPS = 2
#: a line over MAX_WRAP_WIDTH with this many words is prose no tool wrapped (one is enough for "lines")
MIN_PROSE_LINE_WORDS = 12
#: in a script without case a wrapped line is at most this many columns short of the width
CASELESS_WRAP_SLACK = 2
#: a line that ends so is more likely a whole paragraph than one wrapped mid-sentence
_PARAGRAPH_END = frozenset('.!?。！？:"”')
#: the wrap width is the widest line with at least this many lines within FULL_WIDTH_BAND columns of it
MIN_FULL_LINES = 3
FULL_WIDTH_BAND = 5

#: no-break, thin, ideographic spaces and tabs become plain spaces; zero-width characters, soft hyphens
#: and direction marks go
_ODD_SPACES = "\u00a0\u2007\u202f\u2009\u200a\u3000\t\v"
_INVISIBLE = "\u200b\u2060\ufeff\u00ad\u200e\u200f"
_SPACES_RE = re.compile(r" {2,}")
#: a line of innerText with two inline elements in it is split in two up to this many words
MAX_ELEMENT_LINE_WORDS = 16
#: list bullets that dumps put before list items (w3m: "•", "◦", "□"; lynx: "*", "+", "o")
_BULLET_RE = re.compile(r"^(?:[•◦▪▫■□●○‣⁃∙·▸►▶»*+–-]|\d{1,3}[.)])\s+(?=\S)")
_BARE_BULLET_RE = re.compile(r"^[•◦▪▫■□●○‣⁃∙·*+–-]$")
#: lynx -dump numbers every link: "[12]Home"
_LYNX_REF_RE = re.compile(r"\[\d{1,4}\](?=\S)")
#: w3m's renderings of markup that is not text: <del> ("[DEL:old price:DEL]", dropped with its text),
#: <ins> markers (the text stays), images without alt text shown by file name ("[ap23354075]",
#: "[gn-arrow]"), empty brackets
_W3M_MARKUP_RE = re.compile(
    r"\[DEL:.*?:DEL\]|\[INS:|:INS\]|\[\]|\[[A-Za-z0-9]*(?:[0-9][A-Za-z]|[A-Za-z][0-9]|[-_])[\w-]*\]"
    r"|^\[[a-z0-9_.-]{2,40}\] ?(?=\S)"
)
#: first characters of a bulleted line (see _BULLET_RE)
_BULLET_FIRST = frozenset("•◦▪▫■□●○‣⁃∙·▸►▶»*+–-")


def _has_rule(text: str) -> bool:
    """A run of box-drawing characters or underscores (w3m's <hr>)? (An ASCII line, which
    str.isascii tells at once, can only hold the last two.)"""
    if text.isascii():
        return "____" in text or "====" in text
    # (one character first: a non-ASCII text is searched for a string of ASCII characters by widening
    # the string, a copy each time)
    return (
        "━" in text
        or "═" in text
        or ("─" in text and "──" in text)
        or ("_" in text and "____" in text)
        or ("=" in text and "====" in text)
    )


#: runs of box-drawing characters (w3m's <hr>)
_RULE_RE = re.compile(r"[━─═—_=~*]{4,}")
_WIDE_RE = re.compile(
    r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)


def normalise(text: str) -> str:
    """NFC, the odd spaces to plain ones, zero-width characters out, Unix newlines."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text:
        text = text.replace("\f", "\n")
    if text.isascii():
        return _replace_chars(text, "\t\v", " ")
    text = _replace_chars(unicodedata.normalize("NFC", text), _INVISIBLE, "")
    return _replace_chars(text, _ODD_SPACES, " ")


def _replace_chars(text: str, chars: str, new: str) -> str:
    """Each of ``chars`` in ``text`` replaced by ``new``: a substring test per character, and a replace
    for the few that occur, is several times faster than a regex character class on a whole dump."""
    for char in chars:
        if char in text:
            text = text.replace(char, new)
    return text


def _width(line: str) -> int:
    """Display width: East Asian wide characters take two columns."""
    if line.isascii():
        return len(line)
    return len(line) + len(_WIDE_RE.findall(line))


def _is_wide(char: str) -> bool:
    """Is ``char`` (one character, or none) East Asian wide? (cheap test first: the wide ones are all
    from U+1100 up)"""
    return char >= "\u1100" and _WIDE_RE.match(char) is not None


def _unwrapped_prose(line: str) -> bool:
    """A line too long for any wrap width that is a sentence, not a table row or a long link: a dump
    tool that wraps would have wrapped it."""
    return len(line.split()) >= MIN_PROSE_LINE_WORDS and "   " not in line.strip()


def _continues(nxt: str, line: str, width: int) -> bool:
    """Does ``nxt`` read as the rest of a sentence wrapped at ``width`` after ``line``? In a cased script
    it starts in lower case (a list of headlines has capitals on every line); in a script without case
    the wrapped line filled the width to within a character or two (headlines and menus do not)."""
    first = nxt[0]
    if first.islower():
        return True
    if first.isupper():
        return False
    return _width(line) >= width - CASELESS_WRAP_SLACK


def detect_layout(lines: list[str]) -> tuple[str, int]:
    """("wrapped", width) for hard-wrapped dumps, ("lines", 0) otherwise."""
    lengths = [n for n in map(len, lines) if n]
    if not lengths:
        return "lines", 0
    # a wide character takes two columns, so a line of more than MAX_WRAP_WIDTH characters is too wide
    # anyway: innerText dumps are recognised here without measuring widths
    # (a long link or token cannot be wrapped: it is no evidence either way)
    if max(lengths) > MAX_WRAP_WIDTH:
        long_lines = [line for line in lines if len(line) > MAX_WRAP_WIDTH and " " in line.strip()]
        if len(long_lines) > MAX_LONG_LINE_SHARE * len(lengths) or any(map(_unwrapped_prose, long_lines)):
            return "lines", 0
    line_widths = list(map(_width, lines))  # measured once: each test below reads them
    widths = [w for line, w in zip(lines, line_widths, strict=True) if w and not line.isspace()]
    if not widths:
        return "lines", 0
    if max(widths) > MAX_WRAP_WIDTH:  # rare: the lines too wide for wrapping are only counted then
        pairs = zip(lines, line_widths, strict=True)
        long = sum(1 for line, w in pairs if w > MAX_WRAP_WIDTH and " " in line.strip())
        if long > MAX_LONG_LINE_SHARE * len(widths):
            return "lines", 0
    short = sorted([w for w in widths if w <= MAX_WRAP_WIDTH], reverse=True)
    if not short:
        return "lines", 0  # every line too wide to be wrapped, and none with a space to wrap at
    # the wrap width: the widest line with at least MIN_FULL_LINES lines close to it (within
    # FULL_WIDTH_BAND columns), so that one wider line (a table row, a long link) does not set it
    width = short[0]
    for k, candidate in enumerate(short):
        if (
            k + MIN_FULL_LINES - 1 < len(short)
            and short[k + MIN_FULL_LINES - 1] >= candidate - FULL_WIDTH_BAND
        ):
            width = candidate
            break
    if width < MIN_WRAP_WIDTH:
        return "lines", 0  # a menu of short lines, not wrapped text
    # a full line followed by a line whose first word would not have fitted on it: a wrap (lines that
    # are not full are passed over first, before anything is stripped or split); counted up to MIN_WRAPS
    wraps = 0
    full_lo = width - FULL_LINE_SLACK
    for i in range(len(lines) - 1):
        if not full_lo <= line_widths[i] <= width:
            continue
        nxt = lines[i + 1].strip()
        if not nxt:
            continue
        line = lines[i].rstrip()
        if (
            _wider_than(line, nxt.split(" ", 1)[0], width)
            and line[-1] not in _PARAGRAPH_END
            and _continues(nxt, line, width)
        ):
            wraps += 1
            if wraps >= MIN_WRAPS:
                return "wrapped", width
    return "lines", 0


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _joins(previous: str, line: str, width: int) -> bool:
    """Does ``line`` continue the hard-wrapped ``previous`` line?"""
    stripped = line.lstrip(" ")
    if not stripped or _bulleted(stripped):
        return False
    prev = previous.rstrip()
    if _wider_than(prev, stripped.partition(" ")[0], width):
        return True  # the next word would not have fit on the previous line
    return (
        bool(prev)
        and prev[-1] not in ".!?:;。！？"
        and stripped[0].islower()
        and _indent(line) >= _indent(previous)
    )


def _wider_than(line: str, word: str, width: int) -> bool:
    """Would ``line``, a space and ``word`` take more than ``width`` columns? A character takes one or two,
    so the lengths decide without measuring unless wide characters could tip it."""
    size = len(line) + 1 + len(word)
    if size > width:
        return True
    if size + len(line) + len(word) <= width:
        return False  # not even if every character were wide
    return _width(line) + 1 + _width(word) > width


def _bulleted(text: str) -> bool:
    """Does ``text`` open with a list bullet, or is it a bare bullet? (cheap test first: the first
    character)"""
    first = text[0]
    if first not in _BULLET_FIRST and not first.isdigit():
        return False
    return _BULLET_RE.match(text) is not None or _BARE_BULLET_RE.match(text) is not None


def _needs_cleaning(text: str) -> bool:
    """Could _clean_line change this stripped, non-empty line? Most lines have no bracket, no double
    space, no bullet or number in front and no rule."""
    return "  " in text or _needs_markup_cleaning(text)


def _clean_line(line: str) -> tuple[str, bool]:
    """Strip, collapse spaces, remove a list bullet (reported) and lynx link numbers."""
    text = line.strip()
    if not text:
        return text, False
    # _needs_cleaning's tests, each made once: the bracket and rule tests also decide the steps below
    bracket = "[" in text
    rule = _has_rule(text)
    if not (bracket or rule or text[0] in _BULLET_FIRST or text[0].isdigit() or "  " in text):
        return text, False
    if bracket:
        text = _W3M_MARKUP_RE.sub("", _LYNX_REF_RE.sub("", text)).strip()
        rule = _has_rule(text)  # (a rule may have been written around an image's name)
    if rule:
        text = _RULE_RE.sub("", text).strip()
    if "  " in text:
        text = _SPACES_RE.sub(" ", text)
    bullet = False
    match = _BULLET_RE.match(text)
    if match and (not text[0].isdigit() or line.startswith("  ")):
        # a numbered item counts as a list item when the dump indents it (w3m, lynx render <ol> so);
        # an unindented "1. Heading" is text
        bullet = True
        text = text[match.end() :]
    elif _BARE_BULLET_RE.match(text):
        return "", True
    return text, bullet


def split_blocks(text: str) -> tuple[Blocks, str]:
    """Normalise a dump and split it into blocks. Returns the blocks and the layout name."""
    lines = normalise(text).split("\n")
    layout, width = detect_layout(lines)
    if layout == "lines":
        return _split_lines(lines), layout
    texts: list[str] = []
    numbers: list[int] = []
    gaps: list[bool] = []
    bullets: list[bool] = []
    blank = True
    previous = ""
    for number, line in enumerate(lines, start=1):
        if not line or line.isspace():
            blank = True
            continue
        if texts and not blank and _joins(previous, line, width):
            piece, _ = _clean_line(line)
            if piece:
                # CJK lines join without a space; a word hyphenated at a line end is left as it is,
                # since "well-\nknown" cannot be told from "pre-\nfix"
                last = texts[-1]
                sep = "" if (_is_wide(piece[:1]) or _is_wide(last[-1:])) else " "
                texts[-1] = last + sep + piece if last else piece
            previous = line
            continue
        previous = line
        piece, bullet = _clean_line(line)
        if not piece:
            blank = blank or not bullet
            continue
        texts.append(piece)
        numbers.append(number)
        gaps.append(blank)
        bullets.append(bullet)
        blank = False
    return _blocks(texts, numbers, gaps, bullets), layout


def _split_lines(lines: list[str]) -> Blocks:
    """One block per non-blank line (innerText layout). The common case, so the per-line work is kept
    to what a line needs: most lines have no bracket, no double space and no bullet."""
    texts: list[str] = []
    numbers: list[int] = []
    gaps: list[bool] = []
    bullets: list[bool] = []
    blank = True
    for number, line in enumerate(lines, start=1):
        piece = line.strip()
        if not piece:
            blank = True
            continue
        parts = _element_parts(piece) if "  " in piece and not _needs_markup_cleaning(piece) else None
        if parts:
            for part in parts:
                texts.append(part)
                numbers.append(number)
                gaps.append(blank)
                bullets.append(False)
                blank = False
            continue
        if _needs_cleaning(piece):
            piece, bullet = _clean_line(line)
            if not piece:
                blank = blank or not bullet
                continue
        else:
            bullet = False
        texts.append(piece)
        numbers.append(number)
        gaps.append(blank)
        bullets.append(bullet)
        blank = False
    return _blocks(texts, numbers, gaps, bullets)


def _needs_markup_cleaning(text: str) -> bool:
    """A bullet, a number, a bracket or a rule in the line: _clean_line's work, not a split's."""
    return "[" in text or text[0] in _BULLET_FIRST or text[0].isdigit() or _has_rule(text)


def _element_parts(piece: str) -> list[str]:
    """innerText puts two spaces between inline elements ("Opinion  The headline"): a short line so made
    is split into its two parts, unless the first ends a sentence (a typist's two spaces after a full
    stop), the second starts in lower case (a sentence that goes on) or the line has more parts (a table
    row)."""
    parts = [part.strip() for part in piece.split("  ") if part.strip()]
    if len(parts) != 2 or len(piece.split()) > MAX_ELEMENT_LINE_WORDS:
        return []
    if parts[0][-1] in ".!?:;,(" or not parts[1][0].isupper():
        return []  # a sentence goes on ("for any pair of vectors  where  denotes", a formula left out)
    return parts


def _blocks(texts: list[str], numbers: list[int], gaps: list[bool], bullets: list[bool]) -> Blocks:
    after = [*gaps[1:], True]
    kinds = ["li" if b else "p" for b in bullets]
    return Blocks(texts, numbers, kinds, gaps, after, bullets, [0] * len(texts))
