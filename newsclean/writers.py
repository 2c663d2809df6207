"""Writers: Article -> JSON object, JSON Lines record, Markdown or plain text. Pure functions, no I/O.

Same article, same bytes: keys in a fixed order, UTF-8 (no ASCII escapes), a trailing newline.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urljoin

from .model import Article, Block

#: JSON schema version, bumped when a key changes meaning or goes away
SCHEMA_VERSION = 1


def to_dict(article: Article, *, source: str | None = None) -> dict[str, Any]:
    """The article as a plain dict, keys in the documented order."""
    return {
        "title": article.title,
        "date": article.date.isoformat() if article.date else None,
        "subtitle": article.subtitle,
        "author": article.author,
        "site": article.site,
        "language": article.language,
        "url": article.url,
        "body": article.body_text,
        "found_by": dict(sorted(article.found_by.items())),
        "date_note": article.date_note,
        "source": {
            "path": source if source is not None else article.path,
            "kind": article.kind,
            "layout": article.layout,
        },
    }


def to_json(article: Article, *, source: str | None = None) -> str:
    """Pretty JSON (one object), with a trailing newline."""
    return json.dumps(to_dict(article, source=source), ensure_ascii=False, indent=2) + "\n"


def to_json_line(article: Article, *, source: str | None = None) -> str:
    """One JSON Lines record, with a trailing newline."""
    return json.dumps(to_dict(article, source=source), ensure_ascii=False, separators=(",", ":")) + "\n"


#: how much of an existing file ``is_output`` reads
OUTPUT_SNIFF_BYTES = 16 * 1024 * 1024


def is_output(data: bytes) -> bool:
    """Is ``data`` (the start of an existing file) something these writers wrote: JSON or JSON Lines
    records of articles or errors, or Markdown with this front matter? Text output (``-f text``) has
    no mark and is not recognised."""
    text = data[:OUTPUT_SNIFF_BYTES].decode("utf-8", "replace")
    if text.startswith("---\ntitle: "):
        front = text.split("\n---\n", 1)[0]
        return "\nsource: " in front and "\nlanguage: " in front
    start = text.lstrip()
    if not start.startswith("{"):
        return False
    try:
        record, _ = json.JSONDecoder().raw_decode(start)
    except ValueError:
        return False
    return (
        isinstance(record, dict)
        and isinstance(record.get("source"), dict)
        and ("found_by" in record or "error" in record)
    )


def error_record(path: str | None, kind: str, message: str) -> str:
    """A JSON Lines error record for an input that gave no article."""
    record = {"error": {"kind": kind, "message": message}, "source": {"path": path}}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


# Markdown ---------------------------------------------------------------------------------------------
# Text is escaped where CommonMark would read it as markup, and nowhere else, so the Markdown stays easy to
# read: "AT&T", "#hashtag", "-5 degrees" and "1.5 million" are left alone.

#: a line that Markdown would read as structure when it is meant as text: a heading, a list item (an
#: ordered one up to 9 digits, as CommonMark), a quote, a rule, a code fence, a table row or HTML (``*``,
#: ``_``, backticks and ``<`` are escaped inline already). Up to three spaces of indentation still count.
_MD_BLOCK_START_RE = re.compile(
    r"^( {0,3})(?:#{1,6}(?:\s|$)|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|>|={3,}|-{3,}|~{3,}|\|)"
)
#: a line inside a paragraph that would turn the line before it into a heading (a setext underline)
_MD_SETEXT_RE = re.compile(r"^( {0,3})[-=]+[ \t]*$")
_MD_INLINE_RE = re.compile(r"([\\`*_\[\]<>])")
#: a character reference, which Markdown decodes ("&amp;" would read back as "&"): its "&" is escaped
_MD_ENTITY_RE = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
#: the end of a heading that ATX would read as its closing sequence ("Learn C #")
_MD_CLOSING_HASHES_RE = re.compile(r"(^|[ \t])(#+[ \t]*)$")


def _escape_inline(text: str) -> str:
    return _MD_ENTITY_RE.sub(r"\\&", _MD_INLINE_RE.sub(r"\\\1", text))


def _escape_line_start(line: str, *, continuation: bool) -> str:
    """Escape a line start that Markdown would read as structure (the line already inline-escaped)."""
    match = _MD_BLOCK_START_RE.match(line) or (continuation and _MD_SETEXT_RE.match(line))
    if not match:
        return line
    at = match.end(1)
    if line[at].isdigit():
        at += len(line[at:]) - len(line[at:].lstrip("0123456789"))
    return line[:at] + "\\" + line[at:]


def _escape_block_start(text: str) -> str:
    """Escape every line start of a block's text that Markdown would read as structure (text already
    inline-escaped): in a paragraph, a list item or a quote, any line can start a heading, a list or a
    quote, not only the first."""
    lines = text.split("\n")
    return "\n".join(_escape_line_start(line, continuation=i > 0) for i, line in enumerate(lines))


def _escape_heading(text: str) -> str:
    """A heading's text (inline-escaped) on one line, without a trailing run of ``#`` that ATX would drop."""
    text = " ".join(text.split())
    return _MD_CLOSING_HASHES_RE.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def _fence(text: str) -> str:
    """A backtick fence longer than any run of backticks in the code."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def _yaml_value(value: Any) -> str:
    if value is None:
        return "null"
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a valid YAML scalar


def _with_links(text: str, block: Block, base: str | None = None) -> str:
    """Markdown-escaped text with each link's anchor text (first occurrence) as [text](url); relative
    URLs are resolved against the page's own URL when it is known."""
    if not block.links:
        return _escape_inline(text)
    out: list[str] = []
    rest = text
    for anchor, url in block.links:
        at = rest.find(anchor)
        if at < 0:
            continue
        out.append(_escape_inline(rest[:at]))
        if base:
            url = urljoin(base, url)
        out.append(f"[{_escape_inline(anchor)}](<{url.replace('>', '%3E')}>)")
        rest = rest[at + len(anchor) :]
    out.append(_escape_inline(rest))
    return "".join(out)


def _markdown_blocks(blocks: tuple[Block, ...], *, links: bool = False, base: str | None = None) -> list[str]:
    out: list[str] = []
    previous_kind = None

    def inline(text: str, block: Block) -> str:
        return _with_links(text, block, base) if links else _escape_inline(text)

    for block in blocks:
        if block.kind == "li":
            # continuation lines are indented, so they stay in the item
            line = "- " + _escape_block_start(inline(block.text, block)).replace("\n", "\n  ")
            if previous_kind == "li":
                out[-1] += "\n" + line
            else:
                out.append(line)
        elif block.kind == "h":
            out.append(
                "#" * max(2, min(6, block.level or 2)) + " " + _escape_heading(inline(block.text, block))
            )
        elif block.kind == "quote":
            text = _escape_block_start(inline(block.text, block))
            out.append("\n".join("> " + line for line in text.split("\n")))
        elif block.kind == "pre":
            fence = _fence(block.text)
            out.append(f"{fence}\n{block.text}\n{fence}")
        elif block.kind == "row":
            cells = [_escape_inline(cell).replace("|", "\\|") for cell in block.text.split("\t")]
            line = "| " + " | ".join(cells) + " |"
            if previous_kind == "row":
                out[-1] += "\n" + line
            else:
                out.append(line + "\n|" + " --- |" * len(cells))
        else:
            out.append(_escape_block_start(inline(block.text, block)))
        previous_kind = block.kind
    return out


def to_markdown(article: Article, *, source: str | None = None, links: bool = False) -> str:
    """YAML front matter, then the title as ``#`` and the body with its headings, lists and quotes;
    with ``links``, the links of an HTML page as Markdown links."""
    record = to_dict(article, source=source)
    front = ["---"]
    for key in ("title", "date", "subtitle", "author", "site", "language", "url"):
        front.append(f"{key}: {_yaml_value(record[key])}")
    front.append(f"source: {_yaml_value(record['source']['path'])}")
    front.append("---")
    parts = ["\n".join(front)]
    if article.title:
        parts.append("# " + _escape_heading(_escape_inline(article.title)))
    if article.subtitle:
        parts.append("*" + _escape_inline(" ".join(article.subtitle.split())) + "*")
    parts.extend(_markdown_blocks(article.body, links=links, base=article.url))
    return "\n\n".join(parts) + "\n"


def to_text(article: Article, *, source: str | None = None) -> str:
    """The title, a blank line, the body paragraphs."""
    parts = [article.title] if article.title else []
    parts.append(article.body_text)
    return "\n\n".join(parts) + "\n"


WRITERS = {"json": to_json, "jsonl": to_json_line, "md": to_markdown, "text": to_text}
