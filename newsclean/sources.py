"""Reading inputs: bytes in, one decoded Source out (text plus its kind, "html" or "text").

Decoding order: a byte-order mark; for HTML, the charset the page declares (``<meta charset>``, http-equiv)
when the bytes agree with it; strict UTF-8; then detection with bs4's EncodingDetector (the declared
encodings, then chardet/charset-normalizer on a sample when installed, then UTF-8 and windows-1252, the
first that decodes the whole input; cp1252 with replacement characters as the last resort). The sniffing
of the kind looks at the content, never the file name.

Guards (each a BadInputError with a one-line message, never a hang or a traceback): the size limit
(``Options.max_bytes``, on disk, on standard input and again after gunzip, which is bounded while it runs);
binary signatures, NUL and control bytes; charset labels no page can be in; and, before the HTML front end
sees a page, ``check_markup``: too many elements, or tags with too many attributes, both of which make
lxml's parser (C code that no time limit interrupts) run for minutes or fill the memory.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import json
import os
import re
import zlib

from .errors import BadInputError, InputUnreadableError
from .model import Kind, Options, Source

#: share of control characters (other than tab, newline, CR, form feed) above which text is binary;
#: real dumps have none, a stray one in a large file is tolerated
MAX_CONTROL_SHARE = 0.01
#: how much of the start of the input the sniffers look at
SNIFF_BYTES = 4096

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: signatures of common binary formats, checked before anything else
_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"wOFF", "a web font"),
)
_GZIP_MAGIC = b"\x1f\x8b"
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
#: the comments before the first tag are matched possessively (``*+``): with a plain ``*`` a run of
#: comments followed by something else backtracks through every way of splitting them (2**n: 30 empty
#: comments took minutes)
_HTML_START_RE = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*+<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.I | re.S,
)
_HTML_TAG_RE = re.compile(
    r"</?(?:p|div|span|a|br|li|ul|table|td|script|style|h[1-6]|img|section|article)\b", re.I
)
#: an input that does not start like HTML is still HTML when it has this many tags in its first 4 KiB
MIN_TAGS_FOR_HTML = 8
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_CHARS = tuple(map(chr, [*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F]))
#: XML that is not a page: a feed or an SVG image (after an XML declaration, comments, a doctype)
#: how a script bundle or a style sheet starts (a comment, a function, a declaration, a CSS rule)...
_CODE_START_RE = re.compile(
    r"""(?:/\*|//|!function\b|\(\s*function\b|\(\s*\(\s*\)\s*=>|function\b|(?:var|let|const)\s|import\b"""
    r"""|export\b|["']use strict["']|window\.|self\.|define\(|require\("""
    r"""|@(?:charset|import|media|font-face)\b"""
    r"""|:root\s*\{|[\w.#*:\[\]="-]+(?:\s*,\s*[\w.#*:\[\]="-]+)*\s*\{)"""
)
#: ...and has braces and semicolons at the density of code: at least this many braces, and braces and
#: semicolons at least this share of the visible characters of the first SNIFF_BYTES (minified bundles
#: have 5-15 %; prose has next to none, an article with a code sample well under 1 %)
MIN_CODE_BRACES = 4
MIN_CODE_DENSITY = 0.03
_NOT_PAGE_MARKUP_RE = re.compile(
    r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*+<(rss|feed|rdf:RDF|svg)\b", re.I | re.S
)

#: HTML with more elements than this is refused: the HTML front end keeps about 2.5 KB per element (a
#: page of 600,000 paragraphs took 48 s and 1.6 GB; 15,000,000 <br> took 64 s and 5.9 GB). The largest
#: page of the dev corpora has 19,252 "<"; this is ten times that
MAX_HTML_TAGS = 200_000
_START_TAG_RE = re.compile(r"<[A-Za-z]")
#: scripts, styles and comments; one that is not closed runs to the end (as in a browser), which also
#: keeps the search linear (a thousand unclosed "<script" must not each be searched to the end)
_NOT_MARKUP_RE = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|\Z)|<!--.*?(?:-->|\Z)", re.I | re.S)
#: lxml's HTML parser checks each attribute of a tag against all the ones before it: a tag of 100,000
#: attributes took 13 s (about 1.3 ns times the square of the count), and no signal interrupts it. Tags
#: with more than MIN_ATTRIBUTES_COUNTED spaces or "=" are counted; the squares of their attribute counts
#: may add up to this (about 0.3 s of parsing); no page of the dev corpora comes near it
MAX_ATTRIBUTE_WORK = 200_000_000
MIN_ATTRIBUTES_COUNTED = 32
#: a start tag of at least 64 characters, up to its ">", read as HTML5 (and lxml's parser) read it: a
#: quote opens a value only after "=", and inside a tag "<" is just a character
_LONG_TAG_RE = re.compile(r"""<[A-Za-z](?=[^>]{64})(?:[^>"'=]++|=\s*+"[^"]*+"|=\s*+'[^']*+'|=|["'])*+""")
#: one attribute: a name (anything up to a space, "/", ">" or "="), and a value in quotes or not
_ATTRIBUTE_RE = re.compile(r"""[^\s/>=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")


def read_bytes(path: str, *, max_bytes: int) -> bytes:
    """Read a file, un-gzipping it when it is gzip; errors become InputUnreadableError/BadInputError."""
    try:
        if os.path.isdir(path):
            raise InputUnreadableError("is a directory, not a file", path=path)
        size = os.path.getsize(path)
        if size > max_bytes:
            raise BadInputError(f"input is {size:,} bytes, over the limit of {max_bytes:,}", path=path)
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            # a file that grew since, or one whose size the file system does not know (a pipe, /dev/zero)
            raise BadInputError(f"input is over the limit of {max_bytes:,} bytes", path=path)
    except FileNotFoundError:
        raise InputUnreadableError("no such file", path=path) from None
    except PermissionError:
        raise InputUnreadableError("permission denied", path=path) from None
    except IsADirectoryError:
        raise InputUnreadableError("is a directory, not a file", path=path) from None
    except OSError as error:
        raise InputUnreadableError(f"cannot read: {error.strerror or error}", path=path) from None
    return maybe_gunzip(data, max_bytes=max_bytes, path=path)


def maybe_gunzip(data: bytes, *, max_bytes: int, path: str | None = None) -> bytes:
    """Decompress gzip data (bounded by max_bytes), return other data unchanged.

    Several gzip members one after the other (``cat a.gz b.gz``) are one stream, as for gzip(1); bytes
    after the last member that are not gzip (padding) are left out."""
    if not data.startswith(_GZIP_MAGIC):
        return data
    parts: list[bytes] = []
    size = 0
    rest = data
    while rest.startswith(_GZIP_MAGIC):
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out = decompressor.decompress(rest, max_bytes + 1 - size)
        except zlib.error as error:
            raise BadInputError(f"corrupt gzip data: {error}", path=path) from None
        size += len(out)
        if size > max_bytes:
            raise BadInputError(f"gzip input expands to over {max_bytes:,} bytes", path=path)
        if not decompressor.eof:
            raise BadInputError("truncated gzip data", path=path)
        parts.append(out)
        rest = decompressor.unused_data
    return b"".join(parts) if len(parts) > 1 else parts[0]


def _file_mtime(path: str | None) -> _dt.datetime | None:
    if not path:
        return None
    try:
        return _dt.datetime.fromtimestamp(os.stat(path).st_mtime, tz=_dt.UTC)
    except OSError:
        return None


def load(data: bytes | str, *, options: Options, path: str | None = None) -> Source:
    """Decode ``data`` and sniff its kind. Raises BadInputError for empty, binary or undecodable input."""
    if isinstance(data, bytes):
        if len(data) > options.max_bytes:
            raise BadInputError(
                f"input is {len(data):,} bytes, over the limit of {options.max_bytes:,}", path=path
            )
        data = maybe_gunzip(data, max_bytes=options.max_bytes, path=path)
        text, encoding = decode(data, path=path)
    else:
        if len(data) > options.max_bytes:  # characters: never more than the bytes of the same text
            raise BadInputError(
                f"input is {len(data):,} characters, over the limit of {options.max_bytes:,}", path=path
            )
        text, encoding = data, "str"
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text or text.isspace():  # as "not text.strip()", without copying the text
        raise BadInputError("input is empty", path=path)
    if _has_control(text):  # rare: the share in the head is only counted then
        head = text[:SNIFF_BYTES]
        if _control_share(head) > MAX_CONTROL_SHARE or "\x00" in head:
            raise BadInputError("input looks binary, not a page", path=path)
        # a stray NUL or control byte further in (a truncated download, a pasted binary) is not text
        text = _CONTROL_RE.sub("", text)
    if options.kind == "auto":
        not_a_page(text, path=path)
    kind = options.kind if options.kind != "auto" else sniff_kind(text)
    if kind == "html":
        check_markup(text, path=path)
    return Source(text=text, kind=kind, encoding=encoding, path=path, mtime=_file_mtime(path))


def not_a_page(text: str, *, path: str | None = None) -> None:
    """Refuse text formats a scraper saves under a page's name that are not pages: JSON (an API's answer),
    an RSS or Atom feed, an SVG image. Their markup or syntax would otherwise come out as the article.
    Only when the kind is sniffed: ``--kind text`` or ``--kind html`` reads them as asked."""
    head = text[:SNIFF_BYTES].lstrip()
    if head[:1] in ("{", "["):
        try:
            json.loads(text)
        except ValueError:
            return
        raise BadInputError("input is JSON data, not a page", path=path)
    match = _NOT_PAGE_MARKUP_RE.match(head)
    if match:
        what = "an SVG image" if match.group(1).lower() == "svg" else "a news feed (RSS or Atom)"
        raise BadInputError(f"input is {what}, not a page", path=path)
    if _CODE_START_RE.match(head) and _looks_like_code(head):
        raise BadInputError("input is JavaScript or CSS code, not a page", path=path)


def _looks_like_code(head: str) -> bool:
    """Braces and semicolons at the density of code: a script bundle or a style sheet saved as a page."""
    braces = head.count("{") + head.count("}")
    if braces < MIN_CODE_BRACES:
        return False
    visible = len(head) - sum(head.count(space) for space in " \n\t\r")
    return (braces + head.count(";")) >= MIN_CODE_DENSITY * max(visible, 1)


def check_markup(text: str, *, path: str | None = None) -> None:
    """Refuse HTML that would make the parser (C code, which no time limit interrupts) run for minutes
    or fill the memory: more than MAX_HTML_TAGS elements, or tags with so many attributes that checking
    them for duplicates (quadratic in lxml's parser) would take seconds. BadInputError.

    Scripts, styles and comments are left out first: their "<" make no elements."""
    markup = _NOT_MARKUP_RE.sub("", text)
    if text.count("<") > MAX_HTML_TAGS:
        tags = _START_TAG_RE.subn("", markup)[1]  # counted without making a list
        if tags > MAX_HTML_TAGS:
            raise BadInputError(f"HTML with {tags:,} tags, over the limit of {MAX_HTML_TAGS:,}", path=path)
    work = 0
    for match in _LONG_TAG_RE.finditer(markup):
        tag = match.group()
        bound = tag.count(" ") + tag.count("\n") + tag.count("\t") + tag.count("=") + tag.count("/")
        if bound <= MIN_ATTRIBUTES_COUNTED:
            continue
        attributes = _ATTRIBUTE_RE.subn("", tag[1:])[1]
        work += attributes * attributes
        if work > MAX_ATTRIBUTE_WORK:
            raise BadInputError(
                f"HTML whose tags have too many attributes to parse (one has {attributes:,})", path=path
            )


def _has_control(text: str) -> bool:
    """Is there a control character (as _CONTROL_RE) in ``text``? A substring test per character is
    several times faster than a search with the regex's character class."""
    return any(char in text for char in _CONTROL_CHARS)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL_RE.findall(text)) / len(text)


def sniff_kind(text: str) -> Kind:
    """ "html" when the content starts like HTML or is dense with tags, else "text"."""
    head = text[:SNIFF_BYTES]
    if _HTML_START_RE.match(head):
        return "html"
    if len(_HTML_TAG_RE.findall(head)) >= MIN_TAGS_FOR_HTML:
        return "html"
    return "text"


def decode(data: bytes, *, path: str | None = None) -> tuple[str, str]:
    """Bytes to text: BOM, declared charset (when the bytes agree), UTF-8, then detection."""
    if not data.strip():
        raise BadInputError("input is empty", path=path)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError:
                raise BadInputError(f"invalid {encoding} after a byte-order mark", path=path) from None
    head = data[:SNIFF_BYTES]
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise BadInputError(f"input is {what}, not a page", path=path)
    utf16 = _sniff_utf16(head) if b"\x00" in head else None  # no NUL, no UTF-16 (of ASCII text)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeError:
            pass
    if b"\x00" in head:
        raise BadInputError("input looks binary (NUL bytes), not a page", path=path)
    declared = _declared_charset(head)
    if declared and declared not in ("utf-8", "utf8") and not _multibyte_utf8(data):
        try:
            return data.decode(declared), declared
        except (UnicodeError, LookupError):
            pass  # the page lies about its charset: fall through to UTF-8 and detection
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _detect(data, declared)


def _multibyte_utf8(data: bytes) -> bool:
    """Valid UTF-8 with non-ASCII characters: a page that claims a single-byte charset but is UTF-8
    (a lie pages tell often; the other way round almost never decodes cleanly as UTF-8)."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _sniff_utf16(head: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII text has a NUL in every other byte."""
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _declared_charset(head: bytes) -> str | None:
    """The charset the page declares, as a Python codec name; None when it declares none, or one that
    cannot be a page's (a label no browser knows: ``punycode``, ``rot13``, ``undefined``)."""
    match = _META_CHARSET_RE.search(head)
    if not match:
        return None
    return page_codec(match.group(1).decode("ascii", "replace"))


def page_codec(label: str) -> str | None:
    """A charset label as a Python text codec that a web page can be in, else None.

    As in browsers, a ``<meta>`` that says UTF-16 or UTF-32 means UTF-8 (the bytes are ASCII-compatible,
    or the meta could not have been read); codecs that only Python has (``idna``, ``punycode``,
    ``unicode_escape``, ``utf-7``, ``undefined``, bytes-to-bytes codecs such as ``base64``) are refused:
    decoding with them raises or makes nonsense of the page."""
    try:
        info = codecs.lookup(label.strip().lower())
    except (LookupError, ValueError):
        return None
    name = info.name
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    if name in _NOT_PAGE_CODECS or not getattr(info, "_is_text_encoding", True):
        return None
    return name


#: Python codecs that no web page is in (see page_codec)
_NOT_PAGE_CODECS = frozenset(
    {"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape", "utf-7", "mbcs", "oem"}
)
#: detection reads at most this many bytes: the start of the input and the stretches around its first
#: non-ASCII bytes (chardet reads about 0.5 MB/s: the whole of a 64 MB page would take minutes)
DETECT_SAMPLE_BYTES = 64 * 1024
#: ... this much of it from the start
DETECT_HEAD_BYTES = 16 * 1024
#: ... and this much on either side of each run of non-ASCII bytes after that
DETECT_CONTEXT_BYTES = 64
_NON_ASCII_RE = re.compile(rb"[\x80-\xff]+")


def _detection_sample(data: bytes) -> bytes:
    """What encoding detection reads: the head, then non-ASCII bytes in their context."""
    if len(data) <= DETECT_SAMPLE_BYTES:
        return data
    parts = [data[:DETECT_HEAD_BYTES]]
    size = DETECT_HEAD_BYTES
    for match in _NON_ASCII_RE.finditer(data, DETECT_HEAD_BYTES):
        start = max(DETECT_HEAD_BYTES, match.start() - DETECT_CONTEXT_BYTES)
        end = min(match.end() + DETECT_CONTEXT_BYTES, start + DETECT_SAMPLE_BYTES - size)
        part = data[start:end]
        parts.append(part)
        size += len(part)
        if size >= DETECT_SAMPLE_BYTES:
            break
    return b"\n".join(parts)


def _detect(data: bytes, declared: str | None) -> tuple[str, str]:
    """Not UTF-8 and not what it declares: the encodings bs4's EncodingDetector proposes (the declared
    ones, then chardet's or charset-normalizer's guess from a sample, then UTF-8 and windows-1252), each
    tried on the whole input; then the first of them again with undecodable bytes replaced; cp1252 as
    the last resort. (UnicodeDammit does the same on the whole input, but runs chardet over all of it
    and logs a warning on stderr when it has to replace bytes.)"""
    from bs4.dammit import EncodingDetector  # lazy: only for the rare non-UTF-8 input

    known = [declared] if declared else []
    detector = EncodingDetector(_detection_sample(data), known_definite_encodings=known, is_html=True)
    candidates: list[str] = []
    for label in detector.encodings:
        name = page_codec(label)
        if name is not None and name not in candidates:
            candidates.append(name)
    for name in candidates:
        try:
            return data.decode(name), name
        except (UnicodeError, LookupError):
            continue
    for name in candidates:
        if name == "ascii":
            continue
        try:
            return data.decode(name, errors="replace"), name
        except (UnicodeError, LookupError):
            continue
    return data.decode("cp1252", errors="replace"), "cp1252"
