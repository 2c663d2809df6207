"""The text front end: a plain-text dump in, a list of Blocks out.

Two layouts are recognised:

* ``lines``: one block per line, as a browser's innerText or "Save as text" gives (paragraph margins show
  as blank lines, list items and menus as lines with no blank between them);
* ``wrapped``: paragraphs hard-wrapped at a fixed width with blank lines between them, as ``w3m -dump``,
  ``lynx -dump`` or a fixed-width scraper gives. Wrapped lines are joined back into paragraphs; the
  columns of a layout table, which w3m prints side by side, are read one after the other, and the rows
  of a table drawn with borders cell by cell.

Normalisation (NFC, no-break and zero-width spaces, tabs, runs of spaces, list bullets, lynx link
numbers) happens here, once; the cleaning rules only keep or drop the blocks this module makes.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable

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
#: a dump wrapped: one is enough, since a dump with a line too long to have been wrapped is taken for
#: innerText before wraps are counted (a short text in a w3m dump may have a single paragraph of two lines)
MIN_WRAPS = 1
#: a line over MAX_WRAP_WIDTH with this many words is prose no tool wrapped (one is enough for "lines")
MIN_PROSE_LINE_WORDS = 12
#: in a script without case a wrapped line is at most this many columns short of the width
CASELESS_WRAP_SLACK = 2
#: a line that ends so is more likely a whole paragraph than one wrapped mid-sentence
_PARAGRAPH_END = frozenset('.!?。！？:"”')
#: a gutter between two columns of a layout table w3m printed side by side: text on both sides of it
#: in at least this many lines
MIN_COLUMN_LINES = 3
#: ... and at least this many wrapped lines joined within one of the two columns (a table of figures,
#: one line per row, is read row by row)
MIN_COLUMN_JOINS = 2
#: ... of lines this wide at least (no text is wrapped in a narrower column; a column of short cells of
#: the same width looks wrapped)
MIN_COLUMN_WIDTH = 30
#: two spaces or more between two pieces of text: a gutter may run there
_GAP_RE = re.compile(r"(?<=\S) {2,}(?=\S)")
#: a row of a bordered table whose cells hold this many lines is read cell by cell (see _unbox_tables)
MIN_CELL_LINES = 2
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
#: lynx -dump numbers every link: "[12]Home"; a link with no text (an image) leaves its number alone
_LYNX_REF_RE = re.compile(r"\[\d{1,4}\](?=\S)|^\[\d{1,4}\]$")
#: lynx -dump ends with the targets of the links it numbered: "References", then "   1. https://..." (a
#: URL: an article's own "References" heading over a numbered list is indented so too, by lynx and w3m)
_LYNX_LINK_LIST_RE = re.compile(r"References\n\n(?: +(?:Visible|Hidden) links:\n)? +1\. [a-z][a-z0-9+.-]*:\S")
#: w3m's renderings of markup that is not text: <del> ("[DEL:old price:DEL]", dropped with its text),
#: <ins> markers (the text stays), images without alt text shown by file name ("[ap23354075]",
#: "[gn-arrow]"), empty brackets
_W3M_MARKUP_RE = re.compile(
    r"\[DEL:.*?:DEL\]|\[INS:|:INS\]|\[\]|\[[A-Za-z0-9]*(?:[0-9][A-Za-z]|[A-Za-z][0-9]|[-_])[\w-]*\]"
    r"|^\[[a-z0-9_.-]{2,40}\] ?(?=\S)"
)
#: a formula's TeX source, as MediaWiki writes it in the alt text of the formula's image (w3m may have
#: wrapped it after the backslash)
_TEX_RE = re.compile(r"\{\\ ?(?:display|text)style\b")
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


def _newlines(text: str) -> str:
    """Unix newlines; a form feed is one too."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text:
        text = text.replace("\f", "\n")
    return text


def normalise(text: str) -> str:
    """NFC, the odd spaces to plain ones, zero-width characters out, Unix newlines."""
    text = _newlines(text)
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
    width = 0
    for k, candidate in enumerate(short):
        if (
            k + MIN_FULL_LINES - 1 < len(short)
            and short[k + MIN_FULL_LINES - 1] >= candidate - FULL_WIDTH_BAND
        ):
            width = candidate
            break
    # (when there is no wrap at that width, the widest line may be one: a short text whose one wrapped
    # paragraph is its widest line, the lines near one another a menu's; its wrap is in a paragraph that
    # ends like one, where a headline over "updated 2 hours ago" in a short innerText dump is not)
    for candidate in (width, short[0]) if short[0] > width else (width,):
        if candidate >= MIN_WRAP_WIDTH and (
            _wraps(lines, line_widths, candidate, lone=candidate == short[0] and candidate != width)
            >= MIN_WRAPS
        ):
            return "wrapped", candidate
    return "lines", 0  # no wraps, or a menu of short lines


def _wraps(lines: list[str], line_widths: list[int], width: int, *, lone: bool = False) -> int:
    """Wraps at ``width``, counted up to MIN_WRAPS: a full line followed by a line whose first word would
    not have fitted on it (lines that are not full are passed over first, before anything is stripped or
    split). ``lone``: the width is a lone widest line's, and a wrap counts only in a paragraph that ends
    like one (see _paragraph_ends)."""
    wraps = 0
    full_lo = width - FULL_LINE_SLACK
    ends: list[bool] | None = None
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
            if lone:
                if ends is None:
                    ends = _paragraph_ends(lines)
                if not ends[i]:
                    continue
            wraps += 1
            if wraps >= MIN_WRAPS:
                break
    return wraps


def _paragraph_ends(lines: list[str]) -> list[bool]:
    """Per line: does the paragraph it is in (the lines up to a blank one) end like a paragraph (see
    _PARAGRAPH_END)?"""
    ends = [False] * len(lines)
    current = False
    for k in range(len(lines) - 1, -1, -1):
        text = lines[k].rstrip()
        if not text.strip():
            current = False
            continue
        if k + 1 == len(lines) or not lines[k + 1].strip():
            current = text[-1] in _PARAGRAPH_END
        ends[k] = current
    return ends


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


def _without_link_list(text: str) -> str:
    """``text`` without lynx's list of link targets at its end: not text, and its long lines would make
    a wrapped dump look unwrapped."""
    at = text.rfind("\nReferences\n")
    if at >= 0 and _LYNX_LINK_LIST_RE.match(text, at + 1):
        return text[: at + 1]
    return text


def split_blocks(text: str) -> tuple[Blocks, str]:
    """Normalise a dump and split it into blocks. Returns the blocks and the layout name."""
    lines = _without_link_list(normalise(text)).split("\n")
    layout, width = detect_layout(lines)
    if layout == "lines":
        return _split_lines(lines), layout
    texts: list[str] = []
    numbers: list[int] = []
    gaps: list[bool] = []
    bullets: list[bool] = []
    blank = True
    previous = ""
    numbered = list(enumerate(lines, start=1))
    if _GAP_RE.search(text):
        # columns are found in the dump as it was printed: an ideographic space takes two columns
        raw = list(enumerate(_without_link_list(_newlines(text)).split("\n"), start=1))
        columns = _decolumnise(raw)
        if columns is not raw:
            numbered = [(number, normalise(line)) for number, line in columns]
    if "│" in text:
        numbered = _unbox_tables(numbered)
    for number, line in numbered:
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


def _table_cells(line: str) -> list[str] | None:
    """The cells of a row of a table w3m drew with box-drawing borders ("│ a │ b │"), or None."""
    row = line.strip()
    if len(row) < 2 or row[0] != "│" or row[-1] != "│":
        return None
    return row[1:-1].split("│")


def _unbox_tables(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Numbered lines, with the rows of bordered tables read column by column. w3m draws a table with
    borders (a layout table of border=1) cell beside cell, each cell's text wrapped within its column:
    read line by line, the columns' lines interleave. A row (the lines between two horizontal rules)
    whose cells hold MIN_CELL_LINES lines or more is printed as each cell's text in turn, with its
    wrapped lines joined at the cell's width and a blank line after each paragraph; a row of one line
    per cell (a table of figures) stays as it is."""
    out: list[tuple[int, str]] = []
    i = 0
    n = len(numbered)
    while i < n:
        cells = _table_cells(numbered[i][1])
        if cells is None or len(cells) < 2:
            out.append(numbered[i])
            i += 1
            continue
        rows = [cells]
        k = i + 1
        while k < n:
            more = _table_cells(numbered[k][1])
            if more is None or len(more) != len(cells):
                break
            rows.append(more)
            k += 1
        columns = [[(numbered[i + r][0], row[c]) for r, row in enumerate(rows)] for c in range(len(cells))]
        if max(sum(1 for _, cell in column if cell.strip()) for column in columns) < MIN_CELL_LINES:
            out.extend(numbered[i:k])
        else:
            for column in columns:
                out.extend(_cell_paragraphs(column))
        i = k
    return out


def _cell_paragraphs(column: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The numbered lines of one table cell or column, wrapped within it, as paragraphs (numbered with
    their first line), each followed by a blank line. In a column narrower than MIN_COLUMN_WIDTH a line
    is joined only when it goes on in lower case (short items, a menu, all look wrapped there)."""
    width = max((_width(cell.rstrip()) for _, cell in column), default=0)
    if width < MIN_COLUMN_WIDTH:
        width = MAX_WRAP_WIDTH
    out: list[tuple[int, str]] = []
    paragraph = ""
    previous = ""
    start = 0
    for number, raw in column:
        cell = raw.rstrip()
        if not cell.strip():
            if paragraph:
                out += [(start, paragraph), (start, "")]
            paragraph = previous = ""
            continue
        if paragraph and _joins(previous, cell, width):
            piece = cell.strip()
            sep = "" if (_is_wide(piece[:1]) or _is_wide(paragraph[-1:])) else " "
            paragraph += sep + piece
        else:
            if paragraph:
                out += [(start, paragraph), (start, "")]
            paragraph, start = cell, number
        previous = cell
    if paragraph:
        out += [(start, paragraph), (start, "")]
    return out


def _cut(line: str, column: int) -> tuple[str, str]:
    """``line`` cut at a display column (wide characters take two)."""
    if line.isascii() or not _WIDE_RE.search(line):
        return line[:column], line[column:]
    width = 0
    for k, char in enumerate(line):
        if width >= column:
            return line[:k], line[k:]
        width += 2 if _is_wide(char) else 1
    return line, ""


def _decolumnise(numbered: list[tuple[int, str]], column: bool = False) -> list[tuple[int, str]]:
    """Numbered lines, with the columns of a layout table that w3m printed side by side (a sidebar
    beside the text, with no border) read one after the other. A gutter is a display column that no
    line's text crosses over a run of lines, with text on both sides of it (two spaces or more before
    it) in MIN_COLUMN_LINES lines or more and wrapped lines in the columns (MIN_COLUMN_JOINS); the run
    is split there, the left column first, and each side is looked at again (a third column).
    ``column``: these lines are a column already (their wrapped lines are joined at its width).
    Returns ``numbered`` itself when it has no gutter and is not a column."""
    rows: dict[int, list[int]] = {}  # gutter -> indices of the lines with text on both sides of it
    for index, (_, line) in enumerate(numbered):
        if "  " in line.strip() and "│" not in line:
            for match in _GAP_RE.finditer(line):
                rows.setdefault(_width(line[: match.end()]), []).append(index)
    best: tuple[int, int, int, int] | None = None  # (lines with text on both sides, gutter, first, end)
    for gutter, indices in rows.items():
        if len(indices) >= MIN_COLUMN_LINES:
            run = _column_run(numbered, gutter, indices)
            if run is not None and (best is None or run[0] > best[0]):
                best = (run[0], gutter, run[1], run[2])
    if best is None:
        return _cell_paragraphs(numbered) if column else numbered
    _, gutter, first, end = best
    left, right = [], []
    for number, line in numbered[first:end]:
        a, b = _cut(line, gutter)
        left.append((number, a))
        right.append((number, b))
    head = _decolumnise(numbered[:first], column)
    tail = _decolumnise(numbered[end:], column)
    return [*head, *_decolumnise(left, True), *_decolumnise(right, True), *tail]


def _column_run(
    numbered: list[tuple[int, str]], gutter: int, indices: list[int]
) -> tuple[int, int, int] | None:
    """The best run of lines that no text crosses at ``gutter``, with MIN_COLUMN_LINES or more of the
    lines ``indices`` (text on both sides of it) in it and wrapped lines in its columns, trimmed to the
    lines with text right of the gutter and the paragraphs of the left column they reach into: (lines
    with text on both sides, first, end), or None."""
    n = len(numbered)
    best = None
    j = 0
    while j < len(indices):
        k = j
        while k + 1 < len(indices) and not any(
            _crosses(numbered[m][1], gutter) for m in range(indices[k] + 1, indices[k + 1])
        ):
            k += 1
        both = k - j + 1
        first, end = indices[j], indices[k] + 1
        j = k + 1
        if both < MIN_COLUMN_LINES or (best is not None and both <= best[0]):
            continue
        while first > 0 and not _crosses(numbered[first - 1][1], gutter):
            first -= 1
        while end < n and not _crosses(numbered[end][1], gutter):
            end += 1
        parts = [_cut(line, gutter) for _, line in numbered[first:end]]
        right = [r for r, (_, b) in enumerate(parts) if b.strip()]
        lo, hi = right[0], right[-1] + 1
        # the run ends with the paragraph (no blank line) that the last line of the right column ends
        # in, and starts with the one its first line starts in
        while hi < len(parts) and parts[hi][0].strip():
            hi += 1
        while lo > 0 and parts[lo - 1][0].strip():
            lo -= 1
        if _joined(a for a, _ in parts[lo:hi]) + _joined(b for _, b in parts[lo:hi]) >= MIN_COLUMN_JOINS:
            best = (both, first + lo, first + hi)
    return best


def _crosses(line: str, gutter: int) -> bool:
    """Does text run up to the display column ``gutter``, with less than two spaces before it, in a
    line that goes on past it? (A row of a table drawn with rules always does.)"""
    if "│" in line:
        return True  # a table drawn with rules, read row by row (or cell by cell: _unbox_tables)
    a, b = _cut(line, gutter)
    return bool(b.strip()) and bool(a.strip()) and not a.endswith("  ")


def _joined(lines: Iterable[str]) -> int:
    """How many of these lines, one column of a table, continue a wrapped line of MIN_COLUMN_WIDTH
    columns or more above them, neither with a gap of two spaces inside (a row of figures in cells of
    the same width looks wrapped too)."""
    cells = [line.rstrip() for line in lines]
    width = max(map(_width, cells), default=0)
    return sum(
        1
        for above, line in itertools.pairwise(cells)
        if _width(above.strip()) >= MIN_COLUMN_WIDTH
        and line.strip()
        and not _GAP_RE.search(above)
        and not _GAP_RE.search(line)
        and _joins(above, line, width)
    )


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


def _without_tex(text: str) -> str:
    """``text`` without the TeX source of formulas that MediaWiki gives as an image's alt text and w3m
    prints ("the matrix A {\\displaystyle A^{\\mathsf {H}}} is"), each group up to its closing brace;
    a browser shows the rendered formula instead."""
    pieces = []
    k = 0
    for match in _TEX_RE.finditer(text):
        if match.start() < k:
            continue  # inside a group already cut
        depth = 0
        end = match.start()
        while end < len(text):
            if text[end] == "{":
                depth += 1
            elif text[end] == "}":
                depth -= 1
                if depth == 0:
                    break
            end += 1
        if end == len(text):
            break  # not closed: not a formula of the dump's own making, left as it is
        pieces.append(text[k : match.start()])
        k = end + 1
    pieces.append(text[k:])
    return _SPACES_RE.sub(" ", "".join(pieces)).strip()


def _blocks(texts: list[str], numbers: list[int], gaps: list[bool], bullets: list[bool]) -> Blocks:
    if any("{\\" in text for text in texts):
        texts = [_without_tex(text) if "{\\" in text else text for text in texts]
        kept = [k for k, text in enumerate(texts) if text]
        texts, numbers = [texts[k] for k in kept], [numbers[k] for k in kept]
        gaps, bullets = [gaps[k] for k in kept], [bullets[k] for k in kept]
    after = [*gaps[1:], True]
    kinds = ["li" if b else "p" for b in bullets]
    return Blocks(texts, numbers, kinds, gaps, after, bullets, [0] * len(texts))
