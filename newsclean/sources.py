"""Reading inputs: bytes in, one decoded Source out (text plus its kind, "html" or "text").

Decoding order: a byte-order mark; for HTML, the charset the page declares (``<meta charset>``, http-equiv)
when the bytes agree with it; strict UTF-8; then detection by bs4's UnicodeDammit (which tries the declared
encodings, then chardet/charset-normalizer when installed, then cp1252). The sniffing of the kind looks at
the content, never the file name.
"""

from __future__ import annotations

import codecs
import datetime as _dt
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
_HTML_START_RE = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.I | re.S,
)
_HTML_TAG_RE = re.compile(
    r"</?(?:p|div|span|a|br|li|ul|table|td|script|style|h[1-6]|img|section|article)\b", re.I
)
#: an input that does not start like HTML is still HTML when it has this many tags in its first 4 KiB
MIN_TAGS_FOR_HTML = 8
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


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
    """Decompress gzip data (bounded by max_bytes), return other data unchanged."""
    if not data.startswith(_GZIP_MAGIC):
        return data
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decompressor.decompress(data, max_bytes + 1)
    except zlib.error as error:
        raise BadInputError(f"corrupt gzip data: {error}", path=path) from None
    if len(out) > max_bytes:
        raise BadInputError(f"gzip input expands to over {max_bytes:,} bytes", path=path)
    if not decompressor.eof:
        raise BadInputError("truncated gzip data", path=path)
    return out


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
        text, encoding = data, "str"
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise BadInputError("input is empty", path=path)
    head = text[:SNIFF_BYTES]
    if _control_share(head) > MAX_CONTROL_SHARE or "\x00" in head:
        raise BadInputError("input looks binary, not a page", path=path)
    if _CONTROL_RE.search(text):
        # a stray NUL or control byte further in (a truncated download, a pasted binary) is not text
        text = _CONTROL_RE.sub("", text)
    kind = options.kind if options.kind != "auto" else sniff_kind(text)
    return Source(text=text, kind=kind, encoding=encoding, path=path, mtime=_file_mtime(path))


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
    utf16 = _sniff_utf16(head)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in head:
        raise BadInputError("input looks binary (NUL bytes), not a page", path=path)
    declared = _declared_charset(head)
    if declared and declared not in ("utf-8", "utf8") and not _multibyte_utf8(data):
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
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
    match = _META_CHARSET_RE.search(head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _detect(data: bytes, declared: str | None) -> tuple[str, str]:
    """Not UTF-8 and not what it declares: let UnicodeDammit (bs4) guess, cp1252 as the last resort."""
    from bs4.dammit import UnicodeDammit  # lazy: only for the rare non-UTF-8 input

    known = [declared] if declared else []
    dammit = UnicodeDammit(data, known_definite_encodings=known, is_html=True)
    if dammit.unicode_markup is not None and dammit.original_encoding:
        return dammit.unicode_markup, dammit.original_encoding
    return data.decode("cp1252", errors="replace"), "cp1252"
