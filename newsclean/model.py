"""Frozen dataclasses that cross module boundaries: Options, Source, Block, Candidate, Removal, Article."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, overload

Kind = Literal["auto", "html", "text"]

#: Block kinds. The text front end produces "p", "li" and "pre"; the HTML front end also "h" (a
#: subheading), "quote" and "row" (a table row).
BlockKind = Literal["p", "h", "li", "quote", "pre", "row"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """Everything that changes how a page is cleaned. Travels as one object, keyword-only."""

    kind: Kind = "auto"
    #: the moment relative dates ("2 hours ago") are resolved against; None: the input's mtime, if any
    now: _dt.datetime | None = None
    #: refuse inputs larger than this many bytes (BadInputError)
    max_bytes: int = 64 * 1024 * 1024
    #: lines seen on many pages of the same site (a batch learns them); they are dropped as chrome
    site_chrome: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """A decoded input."""

    text: str
    kind: Literal["html", "text"]
    encoding: str
    path: str | None = None
    #: modification time of the input file, used for relative dates when Options.now is None
    mtime: _dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph-like unit of the page: a line of an innerText dump, a re-joined paragraph of a
    hard-wrapped dump, or an element of the HTML content."""

    text: str
    index: int
    #: 1-based line of the input where the block starts (HTML: the element's source line)
    line: int
    kind: BlockKind = "p"
    #: a blank line separates it from the previous / next block (innerText: paragraph margins)
    blank_before: bool = True
    blank_after: bool = True
    #: the dump marked it as a list item (w3m bullets, "- ", "* ", an indented "1. ")
    bullet: bool = False
    #: heading level for kind "h" (2-6), else 0
    level: int = 0
    #: the links in the block as (anchor text, URL) pairs, in order (HTML input only)
    links: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Blocks:
    """The block list both front ends produce, stored column-wise.

    A text dump has hundreds of lines and the cleaner must handle thousands of dumps a second, so the
    front ends hand over parallel lists instead of one object per line; ``blocks[i]`` builds the Block
    for one index when it is needed (the kept body, the removals ``--explain`` prints).
    """

    texts: list[str]
    lines: list[int]
    kinds: list[str]
    blank_before: list[bool]
    blank_after: list[bool]
    bullets: list[bool]
    levels: list[int]

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i: int) -> Block:
        return Block(
            self.texts[i],
            i,
            self.lines[i],
            self.kinds[i],  # type: ignore[arg-type]
            self.blank_before[i],
            self.blank_after[i],
            self.bullets[i],
            self.levels[i],
        )

    @classmethod
    def from_blocks(cls, blocks: list[Block]) -> Blocks:
        """Column-wise copy of a list of Blocks (indices are renumbered in order)."""
        return cls(
            [b.text for b in blocks],
            [b.line for b in blocks],
            [b.kind for b in blocks],
            [b.blank_before for b in blocks],
            [b.blank_after for b in blocks],
            [b.bullet for b in blocks],
            [b.level for b in blocks],
        )


@dataclass(frozen=True, slots=True)
class Candidate:
    """A value for a metadata field and how it was found."""

    value: str
    finder: str
    evidence: str = ""
    #: index of the block it came from, or -1 when it did not come from a block
    index: int = -1


@dataclass(frozen=True, slots=True)
class Removal:
    """A block the cleaner dropped, the rule that dropped it and why."""

    index: int
    line: int
    rule: str
    reason: str
    text: str


class Removals(Sequence[Removal]):
    """The removals of one page, built when someone looks at them (``--explain``, a batch's site-chrome
    statistics): most runs never do, and a page drops hundreds of lines."""

    __slots__ = ("_blocks", "_drops")

    def __init__(self, blocks: Blocks, drops: list[tuple[int, tuple[str, str]]]) -> None:
        self._blocks = blocks
        self._drops = drops

    def __len__(self) -> int:
        return len(self._drops)

    @overload
    def __getitem__(self, index: int) -> Removal: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Removal, ...]: ...
    def __getitem__(self, index: int | slice) -> Removal | tuple[Removal, ...]:
        if isinstance(index, slice):
            return tuple(self._make(i, drop) for i, drop in self._drops[index])
        i, drop = self._drops[index]
        return self._make(i, drop)

    def _make(self, i: int, drop: tuple[str, str]) -> Removal:
        return Removal(i, self._blocks.lines[i], drop[0], drop[1], self._blocks.texts[i])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Removals({len(self)} blocks)"


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """The result of cleaning one page."""

    title: str | None
    date: _dt.date | None
    body: tuple[Block, ...]
    subtitle: str | None = None
    author: str | None = None
    site: str | None = None
    language: str | None = None
    url: str | None = None
    #: "text" or "html"
    kind: str = "text"
    #: how the input was laid out: "lines" (innerText), "wrapped" (w3m/lynx), "fragments", "source" and
    #: "markdown" (scrapers' text: see textdump), "html"
    layout: str = "lines"
    #: field name -> the finder that produced it, e.g. {"title": "repeated_line"}
    found_by: dict[str, str] = field(default_factory=dict)
    #: a note on the date when it was not printed as such on the page (relative dates)
    date_note: str | None = None
    #: every dropped block with its rule and reason (a tuple, or a lazy Removals view)
    removals: Sequence[Removal] = ()
    path: str | None = None

    @property
    def body_text(self) -> str:
        """The body as plain paragraphs separated by one blank line."""
        return "\n\n".join(block.text for block in self.body)
