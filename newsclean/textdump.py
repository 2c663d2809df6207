"""The text front end: a plain-text dump in, a list of Blocks out.

Two layouts of dump tools are recognised:

* ``lines``: one block per line, as a browser's innerText or "Save as text" gives (paragraph margins show
  as blank lines, list items and menus as lines with no blank between them);
* ``wrapped``: paragraphs hard-wrapped at a fixed width with blank lines between them, as ``w3m -dump``,
  ``lynx -dump`` or a fixed-width scraper gives. Wrapped lines are joined back into paragraphs; the
  columns of a layout table, which w3m prints side by side, are read one after the other, and the rows
  of a table drawn with borders cell by cell.

and two that scrapers give (the text of the page's HTML, not of its rendering):

* ``fragments``: a text node per line, as BeautifulSoup's ``get_text("\\n")`` gives: a paragraph with a
  link in it takes three lines ("... said" / "the mayor" / ", who ..."); the pieces of each sentence are
  joined back (see is_fragmented);
* ``source``: the text with the line breaks and indentation of the page's source, as ``get_text()``
  gives: its blank lines are the markup's, not the page's margins, so they go (see is_source_spaced);
  when the markup was minified the whole page is one line, split where its elements met (see is_glued).

Markdown (html2text, a scraper's "markdown" output) is read as such: ``markdown`` (see is_markdown).

A dump with no blank line at all (both scrapers' text often has none) gets one around each paragraph,
where a browser would show a margin (see _paragraph_gaps).

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
#: the same gaps, found in a whole dump: written to open with its two spaces, which the regex engine
#: looks for fast (_GAP_RE's lookbehind is tried at every character), then the text before them
_GAP_SCAN_RE = re.compile(r"  (?<=\S  ) *(?=\S)")
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
#: w3m's line for an <embed> element: "embed(" and the file's address
_EMBED_RE = re.compile(r"embed\(\S*\)$")
#: a form's input field as w3m prints it ("[          ]", spaces collapsed)
_INPUT_RE = re.compile(r"\[[ _]*\]$")
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
    if not stripped or _bulleted(stripped) or (_deep_bullet(line) and not _same_text_indent(previous, line)):
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


#: lynx's bullets of the third to fifth levels of a nested list (after "*" and "+"): "o", "#" and "@",
#: which also open text ("o negro" is Spanish), so they count only as deep as lynx puts them (five columns
#: a level: the third level's bullet stands at column 13 or further in)
_DEEP_BULLETS = ("o", "#", "@")
_DEEP_BULLET_INDENT = 10


def _deep_bullet(line: str) -> bool:
    """Does the dump's ``line`` open with lynx's bullet of a deeply nested list item ("   o Item")?"""
    indent = len(line) - len(line.lstrip(" "))
    return (
        indent >= _DEEP_BULLET_INDENT
        and line[indent : indent + 1] in _DEEP_BULLETS
        and line[indent + 1 : indent + 2] == " "
        and not line[indent + 2 : indent + 3].isspace()
        and len(line) > indent + 2
    )


def _same_text_indent(previous: str, line: str) -> bool:
    """Is ``previous`` a line of text (no deep bullet) as deep as ``line``? A paragraph's wrapped lines
    stand so, and one may open with the word "o" ("o governo", Portuguese); lynx puts a deep item under
    its parent five columns in, under a sibling item, or under an item's wrapped text two columns in."""
    return _indent(previous) == _indent(line) and not _deep_bullet(previous)


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


def _clean_line(line: str, continued: bool = False) -> tuple[str, bool]:
    """Strip, collapse spaces, remove a list bullet (reported) and lynx link numbers; w3m's line for an
    embedded object ("embed(movie.swf)"), which a browser does not print, goes. ``continued``: the line
    goes on the paragraph above (see _joins), so an "o" that opens it is a word, not a lynx bullet."""
    text = line.strip()
    if not text:
        return text, False
    if text.startswith("embed(") and _EMBED_RE.match(text):
        return "", False
    # _needs_cleaning's tests, each made once: the bracket and rule tests also decide the steps below
    bracket = "[" in text
    rule = _has_rule(text)
    deep = not continued and text[0] in _DEEP_BULLETS and _deep_bullet(line)
    if not (bracket or rule or deep or text[0] in _BULLET_FIRST or text[0].isdigit() or "  " in text):
        return text, False
    if bracket:
        text = _W3M_MARKUP_RE.sub("", _LYNX_REF_RE.sub("", text)).strip()
        rule = _has_rule(text)  # (a rule may have been written around an image's name)
    if rule:
        text = _RULE_RE.sub("", text).strip()
    if "  " in text:
        text = _SPACES_RE.sub(" ", text)
    bullet = False
    if deep:
        return text[2:].lstrip(), True
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
    cleaned = _without_link_list(normalise(text))
    if is_markdown(cleaned):
        return _split_markdown(cleaned), "markdown"
    lines = cleaned.split("\n")
    if is_glued(lines) or is_source_spaced(lines, cleaned):
        pieces, numbers = _unglued(lines)
        return _split_fragments(pieces, blanks=False, line_numbers=numbers), "source"
    layout, width = detect_layout(lines)
    if layout == "lines":
        if is_fragmented(lines, cleaned):
            return _split_fragments(lines, blanks=True), "fragments"
        return _split_lines(lines), layout
    if is_source_wrapped(lines):
        return _split_fragments(lines, blanks=True), "fragments"
    texts: list[str] = []
    numbers: list[int] = []
    gaps: list[bool] = []
    bullets: list[bool] = []
    blank = True
    previous = ""
    items: list[int] = []  # blocks that start with the number of an item of an ordered list
    numbered = list(enumerate(lines, start=1))
    if "  " in text:
        # columns are found in the dump as it was printed: an ideographic space takes two columns
        printed = _without_link_list(_newlines(text))
        gaps_at = _gap_rows(printed)
        if any(len(rows) >= MIN_COLUMN_LINES for rows in gaps_at.values()):
            # (a gutter needs MIN_COLUMN_LINES gaps at one column: most dumps have none, and the lines
            # are not looked at one by one)
            raw = list(enumerate(printed.split("\n"), start=1))
            columns = _decolumnise(raw, gaps_at=gaps_at)
            if columns is not raw:
                numbered = [(number, normalise(line)) for number, line in columns]
    if "│" in text:
        numbered = _unbox_tables(numbered)
    for number, line in numbered:
        if not line or line.isspace():
            blank = True
            continue
        if texts and not blank and _joins(previous, line, width):
            piece, _ = _clean_line(line, continued=True)
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
        if not bullet and line.startswith(" ") and piece[0].isdigit() and _BULLET_RE.match(piece):
            items.append(len(texts))
        texts.append(piece)
        numbers.append(number)
        gaps.append(blank)
        bullets.append(bullet)
        # a form's button after its input field ends the form: w3m puts no blank line after a form
        blank = (
            piece[0] == "[" and piece[-1] == "]" and len(texts) > 1 and _INPUT_RE.match(texts[-2]) is not None
        )
    for k in items:
        # w3m indents the number of an item of an ordered list by one space (" 1. The first step."); an
        # item that is a sentence loses its number, which a browser's innerText does not print
        if texts[k][-1] in ".!?。！？":
            texts[k] = _BULLET_RE.sub("", texts[k], count=1)
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


def _decolumnise(
    numbered: list[tuple[int, str]], column: bool = False, gaps_at: dict[int, list[int]] | None = None
) -> list[tuple[int, str]]:
    """Numbered lines, with the columns of layout tables that w3m printed side by side (a sidebar
    beside the text, with no border) read one after the other. A gutter is a display column that no
    line's text crosses over a run of lines, with text on both sides of it (two spaces or more before
    it) in MIN_COLUMN_LINES lines or more and wrapped lines in the columns (MIN_COLUMN_JOINS); each
    such run (the one with the most lines on both sides first, then those that do not overlap it) is
    split there, its left column first, and each column is looked at again (a third column). A
    column's wrapped lines are joined at its own width. ``column``: these lines are a column already.
    Returns ``numbered`` itself when it has no gutter and is not a column. (A list of pieces still to
    look at, not recursion: a page may have many tables.) ``gaps_at``: _gap_rows of ``numbered``'s
    lines, if known."""
    out: list[tuple[int, str]] = []
    # ("look", lines, in a column): lines to look at; ("emit", ...): lines without a run, to print
    pending = [("look", numbered, column)]
    while pending:
        kind, lines, is_column = pending.pop()
        runs = _column_runs(lines, gaps_at if lines is numbered else None) if kind == "look" else []
        if not runs:
            if lines is numbered and not is_column:
                return numbered
            out.extend(_cell_paragraphs(lines) if is_column else lines)
            continue
        pieces: list[tuple[str, list[tuple[int, str]], bool]] = []
        at = 0
        for first, end, gutter in runs:
            if first > at:
                pieces.append(("emit", lines[at:first], is_column))
            cut = [(number, _cut(line, gutter)) for number, line in lines[first:end]]
            pieces.append(("look", [(number, a) for number, (a, _) in cut], True))
            pieces.append(("look", [(number, b) for number, (_, b) in cut], True))
            at = end
        if at < len(lines):
            pieces.append(("emit", lines[at:], is_column))
        pending += reversed(pieces)
    return out


def _gap_rows(text: str) -> dict[int, list[int]]:
    """Where the gaps of ``text`` (see _GAP_RE) end: display column -> the indices of the lines (of
    ``text.split("\\n")``) with text on both sides of it, in order; a row of a table drawn with rules
    is passed over. One regex over the whole text: most lines have no gap."""
    rows: dict[int, list[int]] = {}
    wide = not text.isascii()
    ruled = "│" in text
    index = 0  # the line of ``at``
    at = start = 0  # start: where that line starts
    for match in _GAP_SCAN_RE.finditer(text):
        here = match.start()
        newlines = text.count("\n", at, here)
        if newlines:
            index += newlines
            start = text.rfind("\n", at, here) + 1
        at = here
        end = match.end()
        if ruled:
            stop = text.find("\n", end)
            if "│" in text[start : stop if stop >= 0 else len(text)]:
                continue
        rows.setdefault(_width(text[start:end]) if wide else end - start, []).append(index)
    return rows


def _column_runs(
    numbered: list[tuple[int, str]], gaps_at: dict[int, list[int]] | None = None
) -> list[tuple[int, int, int]]:
    """The runs to split, as (first, end, gutter), in order and not overlapping. ``gaps_at``: _gap_rows
    of the lines, if known."""
    # gutter -> indices of the lines with text on both sides of it
    rows = _gap_rows("\n".join(line for _, line in numbered)) if gaps_at is None else gaps_at
    found = [
        (both, first, end, gutter)
        for gutter, indices in rows.items()
        if len(indices) >= MIN_COLUMN_LINES
        for both, first, end in _gutter_runs(numbered, gutter, indices)
    ]
    chosen: list[tuple[int, int, int]] = []
    for _, first, end, gutter in sorted(found, key=lambda run: (-run[0], run[1])):
        if all(end <= a or first >= b for a, b, _ in chosen):
            chosen.append((first, end, gutter))
    return sorted(chosen)


def _gutter_runs(
    numbered: list[tuple[int, str]], gutter: int, indices: list[int]
) -> list[tuple[int, int, int]]:
    """The runs of lines that no text crosses at ``gutter``, with MIN_COLUMN_LINES or more of the lines
    ``indices`` (text on both sides of it) in them and wrapped lines in their columns, each trimmed to
    the lines with text right of the gutter and the paragraphs of the left column they reach into:
    (lines with text on both sides, first, end). Each line is tested once (the runs are apart)."""
    n = len(numbered)
    crossing: dict[int, bool] = {}

    def crosses(m: int) -> bool:
        if m not in crossing:
            crossing[m] = _crosses(numbered[m][1], gutter)
        return crossing[m]

    runs = []
    j = 0
    while j < len(indices):
        k = j
        while k + 1 < len(indices) and not any(map(crosses, range(indices[k] + 1, indices[k + 1]))):
            k += 1
        both = k - j + 1
        first, end = indices[j], indices[k] + 1
        j = k + 1
        if both < MIN_COLUMN_LINES:
            continue
        while first > 0 and not crosses(first - 1):
            first -= 1
        while end < n and not crosses(end):
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
            runs.append((both, first + lo, first + hi))
    return runs


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
    a browser shows the rendered formula instead. A block that is TeX for more than half is a formula
    set apart, and what is left of it the formula's MathML as text: nothing of it is kept."""
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
    left = "".join(pieces)
    if len(left) * 2 < len(text):
        return ""  # TeX over half the block: a formula on a line of its own (what is left is its MathML)
    return _SPACES_RE.sub(" ", left).strip()


def _blocks(texts: list[str], numbers: list[int], gaps: list[bool], bullets: list[bool]) -> Blocks:
    if any("{\\" in text for text in texts):
        texts = [_without_tex(text) if "{\\" in text else text for text in texts]
        kept = [k for k, text in enumerate(texts) if text]
        texts, numbers = [texts[k] for k in kept], [numbers[k] for k in kept]
        gaps, bullets = [gaps[k] for k in kept], [bullets[k] for k in kept]
    if not any(gaps[1:]):
        gaps = _paragraph_gaps(texts)
    after = [*gaps[1:], True]
    kinds = ["li" if b else "p" for b in bullets]
    return Blocks(texts, numbers, kinds, gaps, after, bullets, [0] * len(texts))


# scrapers' text: a line per text node ---------------------------------------------------------------------
#: a line that opens with punctuation no line of text opens with (",", ".", ")", ...), or with the end of a
#: possessive ("’s"): the rest of a sentence whose previous part was a link or an emphasis (not an
#: ellipsis: "... more topics" is a link of its own)
_CONTINUATION_RE = re.compile(r"[,.;:!?)%](?![\w(\[{.])|[’'][a-z]{1,2}\b")
_CONTINUATION_FIRST = frozenset(",.;:!?)%’'")
_CONTINUATION_LINE_RE = re.compile(r"\n[ ]*(?:" + _CONTINUATION_RE.pattern + ")")  # (not the first line)
#: a dump is made of text nodes when at least this many lines open with such punctuation and as many
#: more go on, in lower case, with a sentence the line before left open
MIN_FRAGMENT_JOINS = 2
#: a line in lower case after an open line goes on its sentence when the two have this many words
#: (a menu in lower case has one or two a line)
MIN_JOINED_WORDS = 8
#: a link in capitals inside a sentence ("... said" / "Jane Doe" / ", a spokeswoman") has at most this
#: many words
MAX_INLINE_WORDS = 6
#: a line that ends so has not ended its sentence
_OPEN_END = frozenset(",(—–-&/“‘")


def _open_line(line: str) -> bool:
    """Does ``line`` leave its sentence open (no full stop, question or exclamation mark, colon or
    closing quote at its end)?"""
    return line[-1] not in _PARAGRAPH_END and line[-1] not in ";。！？"


def _goes_on(previous: str, line: str) -> bool:
    """Is ``line`` the rest of the sentence ``previous`` (the last line, not what it was joined to)
    began, in a dump that puts each text node on its own line? It opens with punctuation that only
    follows text, or ``previous`` ends open with a comma or a dash, or it opens in lower case after an
    open line and the two have the words of a sentence, not of a menu in lower case."""
    if _CONTINUATION_RE.match(line):
        return True
    if not _open_line(previous) or _bulleted(line):
        return False
    if previous[-1] in _OPEN_END:
        return True
    return line[0].islower() and len(previous.split()) + len(line.split()) >= MIN_JOINED_WORDS


def _inline_element(previous: str, line: str, following: str) -> bool:
    """Is ``line``, which opens in capitals or with a digit, a link or an emphasis inside the sentence
    around it: ``previous`` is open, ``line`` is short and the line after it goes on from it, with
    punctuation or, after a line of 3 words or more, in lower case with the words of a sentence (a name
    and "and others" under a headline are a byline)?"""
    if not _open_line(previous) or len(line.split()) > MAX_INLINE_WORDS or not following:
        return False
    if _CONTINUATION_RE.match(following):
        return True  # "The" / "Name" / ", who ...": the punctuation tells
    return (
        following[0].islower()
        and len(previous.split()) >= 3
        and len(line.split()) + len(following.split()) >= MIN_JOINED_WORDS
    )


#: a label over its value ("See also:" / "The headline", "Price:" / "12 euros") has at most this many words
MAX_LABEL_WORDS = 3


def _labelled(previous: str, line: str) -> bool:
    """Is ``previous`` a short label ending in a colon and ``line`` its value, two text nodes of one line
    in a browser ("See also: The headline")? Only in a dump made of text nodes: in one with the source's
    whitespace the two came apart in the markup, a heading over its list as often as a label."""
    return previous[-1] == ":" and len(previous.split()) <= MAX_LABEL_WORDS and not _bulleted(line)


def is_fragmented(lines: list[str], text: str | None = None) -> bool:
    """Is this the text of a page written a text node a line (BeautifulSoup's ``get_text("\\n")``,
    an XPath ``//text()`` joined by newlines)? A paragraph with a link then takes three lines, and a
    browser's or a dump tool's text never opens a line with a comma or a full stop: at least
    MIN_FRAGMENT_JOINS lines open with such punctuation after an open line, and as many open in lower
    case after an open line with the words of a sentence. ``text``: the lines joined, if at hand."""
    if len(_CONTINUATION_LINE_RE.findall("\n".join(lines) if text is None else text)) < MIN_FRAGMENT_JOINS:
        return False  # a cheap regex first: most dumps have no line that opens so
    punctuation = lower = 0
    previous = ""
    for line in lines:
        line = line.strip()
        if line and previous and _open_line(previous):
            first = line[0]
            if first in _CONTINUATION_FIRST and _CONTINUATION_RE.match(line):
                punctuation += 1
            elif first.islower() and len(previous.split()) + len(line.split()) >= MIN_JOINED_WORDS:
                lower += 1
            if punctuation >= MIN_FRAGMENT_JOINS and lower >= MIN_FRAGMENT_JOINS:
                return True
        previous = line
    return False


def is_source_wrapped(lines: list[str]) -> bool:
    """Do the wrapped lines of this dump come from the page's source, not from a dump tool: text nodes
    a line, some wrapped in the markup ("... consectetur" / "      adipisicing elit ...")? A dump tool
    leaves blank lines between paragraphs; a scraper that strips its text nodes leaves none."""
    return not any(not line or line.isspace() for line in lines)


def _join_fragments(
    lines: list[str], blanks: bool, numbers: list[int] | None = None
) -> list[tuple[int, str]]:
    """The lines of a dump made of text nodes, each sentence that links and emphases had split joined
    back into one line: (number of its first line, text). ``blanks``: a blank line is kept (it ends any
    sentence), and an indented line goes on the line before it (a scraper strips each text node, so only
    a line break inside one, from the markup, leaves an indented line); otherwise blank lines go (they are
    the markup's, see is_source_spaced), and so does indentation; an item of a list (a bullet or a
    number) starts a line of its own. ``numbers``: the line number of each of ``lines`` (by default, its
    place)."""
    stripped = [line.strip() for line in lines]
    following_at = [0] * len(stripped)  # the next line with text after each line (len: none)
    nxt = len(stripped)
    for i in range(len(stripped) - 1, -1, -1):
        following_at[i] = nxt
        if stripped[i] or blanks:
            nxt = i
    joined: list[tuple[int, str]] = []
    previous = ""
    chained = False  # the last line was joined to the one before: a sentence, whatever its length
    for i, line in enumerate(stripped):
        if not line:
            if blanks:
                joined.append((numbers[i] if numbers else i + 1, ""))
                previous = ""
            continue
        k = following_at[i]
        following = stripped[k] if k < len(stripped) else ""
        if previous and (
            (blanks and lines[i][0] == " " and not _bulleted(line))
            or _goes_on(previous, line)
            or (chained and _open_line(previous) and line[0].islower())
            or _inline_element(previous, line, following)
            or (blanks and _labelled(previous, line))
        ):
            number, text = joined[-1]
            glue = "" if _CONTINUATION_RE.match(line) or text[-1] in "(“‘" else " "
            joined[-1] = (number, text + glue + line)
            chained = True
        else:
            # (as the dump has it: _clean_line takes the number off an indented item of a list)
            joined.append((numbers[i] if numbers else i + 1, lines[i]))
            chained = False
        previous = line
    return joined


def _split_fragments(lines: list[str], blanks: bool, line_numbers: list[int] | None = None) -> Blocks:
    """One block per sentence or paragraph of a dump made of text nodes (see is_fragmented), or of one
    with the source's whitespace (``blanks`` False: its blank lines go, see is_source_spaced).
    ``line_numbers``: the line each of ``lines`` came from, if not its place (see _unglued)."""
    texts: list[str] = []
    numbers: list[int] = []
    gaps: list[bool] = []
    bullets: list[bool] = []
    blank = True
    for number, line in _join_fragments(lines, blanks, line_numbers):
        piece, bullet = _clean_line(line) if line else ("", False)
        if not piece:
            blank = blank or not bullet
            continue
        texts.append(piece)
        numbers.append(number)
        gaps.append(blank)
        bullets.append(bullet)
        blank = False
    return _blocks(texts, numbers, gaps, bullets)


#: a line of at least this many words that ends a sentence is a paragraph
MIN_PARAGRAPH_WORDS = 10


def _paragraph_gaps(texts: list[str]) -> list[bool]:
    """Blank lines where a browser would show them, for a dump that has none: around each paragraph (a
    line of MIN_PARAGRAPH_WORDS words or more that ends a sentence); menus, lists and headlines stay
    packed."""
    para = [len(t.split()) >= MIN_PARAGRAPH_WORDS and t.rstrip("\"”’')»")[-1:] in ".!?。！？" for t in texts]
    return [i == 0 or para[i] or para[i - 1] for i in range(len(texts))]


# scrapers' text: the page's source whitespace -------------------------------------------------------------
#: a dump keeps the whitespace of the page's source (BeautifulSoup's ``get_text()``, lxml's
#: ``text_content()``) when this share of its lines of text come after a run of MIN_BLANK_RUN blank lines
#: or more: a browser or a dump tool leaves one or two between blocks (a few more for a run of <br>), the
#: page's markup, indented, leaves a run wherever it had elements without text
MIN_BLANK_RUN_SHARE = 0.05
MIN_BLANK_RUN = 5
_BLANK_RUN_RE = re.compile(rf"\n(?:[ ]*\n){{{MIN_BLANK_RUN}}}")
#: ... and it has at least this many lines of text
MIN_SOURCE_LINES = 20


def is_source_spaced(lines: list[str], text: str | None = None) -> bool:
    """Are the blank lines of this dump the line breaks of the page's markup (see MIN_BLANK_RUN_SHARE)?
    They then say nothing of the page's layout: the menu items of a page so dumped may stand between
    blank lines and its paragraphs come one under the other. (A cheap regex first: most dumps have no
    such run at all.) ``text``: the lines joined, if at hand."""
    if _BLANK_RUN_RE.search("\n".join(lines) if text is None else text) is None:
        return False
    blank = runs = run = 0
    for line in lines:
        if not line or line.isspace():
            blank += 1
            run += 1
            continue
        if run >= MIN_BLANK_RUN:
            runs += 1
        run = 0
    text = len(lines) - blank
    return text >= MIN_SOURCE_LINES and runs >= MIN_BLANK_RUN_SHARE * text


# scrapers' text of minified HTML: text nodes glued ---------------------------------------------------------
#: where the text of two elements meets with nothing between, in a page whose minified markup had no
#: whitespace between its elements: a sentence end and the capital of the next sentence ("the end.The
#: next", "he said.”The next"), a word and a capitalised one ("Skip to contentAccessibility help",
#: "HomeNewsSport", "LIVE UPDATESThe headline"), a number and a word ("Dec 22, 2023By Jane Doe"). A
#: capital after a single lower-case letter ("iPhone", "eBay") is a name, not a glue point
_SENTENCE_GLUE = r"(?<=[^\W\d_]{2}[.!?])(?=[^\W\d_a-z])(?=[^\W\d_])|(?<=[.!?][\"”’)])(?=[A-Z])"
_SENTENCE_GLUE_RE = re.compile(_SENTENCE_GLUE)
_GLUE_RE = re.compile(
    _SENTENCE_GLUE + r"|(?<=[a-z]{2})(?=[A-Z][a-z])"
    r"|(?<=[A-Z]{2})(?=[A-Z][a-z]{2})"
    r"|(?<=[0-9])(?=[A-Z][a-z]{2})"
)
#: a line is glued when it is this long ...
MIN_GLUED_LENGTH = 500
#: ... with at least this many glue points, this many of them sentence ends glued to the next (a list of
#: user names in CamelCase is no glued text)
MIN_GLUES = 10
MIN_SENTENCE_GLUES = 2


def is_glued(lines: list[str]) -> bool:
    """Is this the text of a page whose minified markup had no whitespace between its elements, taken
    with BeautifulSoup's ``get_text()`` (the text nodes glued: "HomeNewsSportThe headlineBy ...")? One
    of its lines is long (MIN_GLUED_LENGTH) with MIN_GLUES glue points or more, MIN_SENTENCE_GLUES of
    them sentence ends (a browser's or a dump tool's text has none). (The long lines are picked first:
    a dump tool's lines are all shorter, and a browser has a few.)"""
    return any(map(_glued, [line for line in lines if len(line) >= MIN_GLUED_LENGTH]))


#: a full stop, question or exclamation mark (and a closing quote) right before a letter that is not in
#: lower case: what every sentence glue point has (a cheap regex to try first: most lines have none)
_SENTENCE_GLUE_HINT_RE = re.compile(r"[.!?][\"”’)]?[^\W\d_a-z]")


def _glued(line: str) -> bool:
    """Has ``line`` the glue points of text nodes glued (see is_glued)? (sentence glue points first,
    after a cheap regex for their hint: a browser's long paragraph has none)"""
    if len(_SENTENCE_GLUE_HINT_RE.findall(line)) < MIN_SENTENCE_GLUES:
        return False
    return any(
        k >= MIN_SENTENCE_GLUES for k, _ in enumerate(_SENTENCE_GLUE_RE.finditer(line), start=1)
    ) and any(k >= MIN_GLUES for k, _ in enumerate(_GLUE_RE.finditer(line), start=1))


def _unglued(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines of a scraper's text split at their glue points, each line with a sentence end glued to
    the next sentence (a CamelCase name in a sentence is split too: the price of the menus and headlines
    the glue points part), and the number of the line each piece came from."""
    pieces: list[str] = []
    numbers: list[int] = []
    for number, line in enumerate(lines, start=1):
        if _SENTENCE_GLUE_RE.search(line):
            split = _GLUE_RE.split(line)
            pieces.extend(split)
            numbers.extend([number] * len(split))
        else:
            pieces.append(line)
            numbers.append(number)
    return pieces, numbers


# scrapers' Markdown -------------------------------------------------------------------------------------
#: a Markdown link or image: "[text](/path)", "![alt](https://...)" (a link target may be wrapped over
#: lines, and may hold a title in quotes or parentheses of its own)
_MD_LINK_TARGET = r"\((?:[^()\s]|\s(?!\s)|\([^()]*\))*\)"
_MD_IMAGE_RE = re.compile(r"!\[[^\]]*\]" + _MD_LINK_TARGET)
_MD_LINK_RE = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]" + _MD_LINK_TARGET)
#: an inline link of Markdown to a page or an anchor: how a Markdown dump is told
_MD_LINK_START_RE = re.compile(r"\]\((?:https?:|/|#|mailto:)")
#: a Markdown dump has at least this many links
MIN_MD_LINKS = 3
#: Markdown's emphasis ("**bold**", "__bold__", "_em_", "*em*"), backslash escapes ("1\\. ", "\\-"),
#: heading marks and block quotes
_MD_STRONG_RE = re.compile(r"(?:\*\*|__)(?: (?=[,.;:!?]))?")
#: (html2text puts a space between a closing mark and punctuation: "_two winters_ , at": it goes too)
_MD_EM_RE = re.compile(r"(?<![\w*\\])[_*](?=[^\s_*])|(?<=[^\s_*\\])[_*](?![\w*])(?: (?=[,.;:!?]))?")
_MD_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_MD_HEADING_RE = re.compile(r"#{1,6}\s+")
#: a line that opens a block of its own in a Markdown paragraph: a list item, a heading, a table row, a
#: quote, a rule
_MD_BLOCK_START_RE = re.compile(r"\s*(?:[*+-]\s|\d{1,3}[.)]\s|#{1,6}\s|\||>|(?:[-*_]\s*){3,}$)")


def is_markdown(text: str) -> bool:
    """Is this dump Markdown (html2text, a scraper's "markdown" output)? It has MIN_MD_LINKS inline
    links or more ("[text](/path)"); a browser's or a dump tool's text has none."""
    return any(k >= MIN_MD_LINKS for k, _ in enumerate(_MD_LINK_START_RE.finditer(text), start=1))


def _md_inline(text: str) -> str:
    """``text`` (one block, its lines joined) without Markdown's inline syntax: images go, links keep
    their text, emphasis marks and escapes go."""
    if "](" in text:
        text = _MD_LINK_RE.sub(r"\1", _MD_IMAGE_RE.sub("", text))
    if "**" in text or "__" in text:
        text = _MD_STRONG_RE.sub("", text)
    if "_" in text or "*" in text:
        text = _MD_EM_RE.sub("", text)
    if "\\" in text:
        text = _MD_ESCAPE_RE.sub(r"\1", text)
    return text


def _split_markdown(text: str) -> Blocks:
    """One block per paragraph, list item, heading or table row of a Markdown dump: the lines of each
    (Markdown wraps them as it likes, link targets too) are joined, a line that opens a list item, a
    heading, a table row or a quote starts a block; blank lines stand between paragraphs as in a
    browser's text."""
    raw: list[list[str]] = []  # the lines of each block
    numbers: list[int] = []
    gaps: list[bool] = []
    blank = True
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            blank = True
            continue
        if blank or _MD_BLOCK_START_RE.match(line) or raw[-1][0].lstrip().startswith("|"):
            raw.append([line])
            numbers.append(number)
            gaps.append(blank)
            blank = False
        else:
            raw[-1].append(line.strip())
    texts: list[str] = []
    kept_numbers: list[int] = []
    kept_gaps: list[bool] = []
    bullets: list[bool] = []
    gap = False
    for block, number, blank in zip(raw, numbers, gaps, strict=True):
        gap = gap or blank
        first = block[0]
        start = _MD_BLOCK_START_RE.match(first) is not None
        stripped = first.strip()
        if stripped.startswith("#"):
            stripped = _MD_HEADING_RE.sub("", stripped, count=1)
        # a list item is indented so that _clean_line takes its number or bullet for a list mark
        line = _md_inline(" ".join([("  " if start else "") + stripped, *block[1:]]))
        piece, bullet = _clean_line(line)
        if not piece:
            gap = gap or not bullet
            continue
        texts.append(piece)
        kept_numbers.append(number)
        kept_gaps.append(gap)
        bullets.append(bullet)
        gap = False
    return _blocks(texts, kept_numbers, kept_gaps, bullets)
