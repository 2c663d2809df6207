"""The one place that wires the stages: source -> blocks -> cleaner and metadata -> Article."""

from __future__ import annotations

import datetime as _dt
import re

from . import cleaner, metadata, sources, textdump
from .errors import NoArticleError
from .lang import GUESS_CHARS, guess_language, plain_marks
from .model import Article, Blocks, Candidate, Options, Removals, Source

#: blocks that are not in the body but are not removed either: they became metadata
_NOT_REMOVALS = frozenset({"title", "subtitle"})

#: a date or byline line inside the text has at most this many words (longer lines are sentences that
#: mention a date)
MAX_INLINE_DATELINE_WORDS = 16
#: the language guess reads this many characters of the longest blocks (it reads no more: lang.GUESS_CHARS)
LANGUAGE_SAMPLE_CHARS = GUESS_CHARS
#: ... of blocks in which at least this share of the characters are in words of letters only (not a
#: tracking URL, markup or a run of figures)
MIN_SAMPLE_LETTER_SHARE = 0.5
MAX_SAMPLE_WORD_CHARS = 15
#: ... judged on this many characters of each
LETTER_TEST_CHARS = 200
#: (spaced text with a space every PROSE_WORD_CHARS characters or more often, and no "=" or "%", is
#: taken as words without counting them)
PROSE_WORD_CHARS = 8
_WORDS_RE = re.compile(r"\b[^\W\d_]+\b")
#: ...in ASCII text (see lang.plain_marks)
_ASCII_WORDS_RE = re.compile(r"\b[A-Za-z]+\b")


def clean(data: bytes | str, *, options: Options | None = None, path: str | None = None) -> Article:
    """Clean one page (bytes, or already decoded text) into an Article.

    Raises BadInputError for input that is not a page (empty, binary, undecodable, too large) and
    NoArticleError when no article text is found.
    """
    options = options or Options()
    source = sources.load(data, options=options, path=path)
    return clean_source(source, options=options)


def clean_file(path: str, *, options: Options | None = None) -> Article:
    """Read and clean one file ("-" is not special here; the CLI handles stdin)."""
    options = options or Options()
    data = sources.read_bytes(path, max_bytes=options.max_bytes)
    return clean(data, options=options, path=path)


def clean_source(source: Source, *, options: Options) -> Article:
    if source.kind == "html":
        from . import htmlpage  # lazy: lxml and readability only for HTML

        return htmlpage.clean_html(source, options=options)
    blocks, layout = textdump.split_blocks(source.text)
    return clean_blocks(blocks, source=source, options=options, layout=layout, hints=None)


def _language_sample(blocks: Blocks) -> str:
    longest = sorted(blocks.texts, key=len, reverse=True)
    sample: list[str] = []
    size = 0
    for text in longest:
        if text.isascii() and text.count(" ") * MAX_SAMPLE_WORD_CHARS < len(text):
            continue  # words of more than MAX_SAMPLE_WORD_CHARS characters on average: a link, a token
        head = text[:LETTER_TEST_CHARS]
        if (head.count(" ") * PROSE_WORD_CHARS < len(head) or "=" in head or "%" in head) and _letters(
            head
        ) < MIN_SAMPLE_LETTER_SHARE * len(head):
            continue  # a long link, a tracking URL, a run of figures: no language in it
        sample.append(text)
        size += len(text)
        if size >= LANGUAGE_SAMPLE_CHARS:
            break
    return "\n".join(sample)


def _letters(text: str) -> int:
    """Characters of ``text`` in words of letters only."""
    plain = plain_marks(text)
    return sum(map(len, (_ASCII_WORDS_RE if plain.isascii() else _WORDS_RE).findall(plain)))


def clean_blocks(
    blocks: Blocks,
    *,
    source: Source,
    options: Options,
    layout: str,
    hints: object | None = None,
) -> Article:
    """Find the article in a block list: the shared back end of both front ends (``hints`` is unused;
    kept for callers that pass it)."""
    if not blocks.texts:
        raise NoArticleError("no text found in the input", path=source.path)
    language = guess_language(_language_sample(blocks))
    page = _prepare(blocks, language, options)
    try:
        return _article(page, source, options, layout)
    except NoArticleError:
        if not page.tight_lists:
            raise
        # A page whose paragraphs stand apart reads the prose lines packed together as lists (they count a
        # third of their length). When that leaves no article (a scraper's text with few blank lines, where
        # a footer's notices stand apart and the article's paragraphs do not), the page is read again
        # with all its lines counted alike.
        page = _prepare(blocks, language, options)
        page.tight_lists = False
        return _article(page, source, options, layout)


def _article(page: cleaner.Page, source: Source, options: Options, layout: str) -> Article:
    """The article of a prepared page: its core, headline, extent, cleaning and fields."""
    blocks = page.blocks
    language = page.language
    page.spaced_lines = layout == "lines" and page.tight_lists
    core_start, core_end = _find_core(page, source.path)
    site = metadata.find_site(page)
    site_name = site.value if site else None
    title, floor, (core_start, core_end) = _find_headline(page, core_start, core_end, site_name, source.path)
    header = metadata.scan_header(page, floor, core_end) if title is not None else None
    start, end = _body_extent(page, header, floor, core_start, core_end, source.path)
    subtitle = metadata.find_subtitle(page, title, header, start, end)
    if subtitle is not None:
        page.drop(subtitle.index, "subtitle", "the dek under the headline")
        start = max(start, subtitle.index + 1)
    cleaner.apply_line_rules(page, start, end)
    author_hi = max(start, header.last_meta + 1) if header is not None else start
    author = metadata.find_author(page, floor - 1 if title else 0, author_hi + 1)
    end = _clean_extent(page, start, end, author.value if author else None)
    body = tuple(blocks[i] for i in range(start, end) if page.dropped[i] is None)
    if not body:
        raise NoArticleError("no article text found in the input", path=source.path)

    found_by: dict[str, str] = {}
    for field, candidate in (("title", title), ("site", site), ("author", author), ("subtitle", subtitle)):
        if candidate is not None:
            found_by[field] = candidate.finder
    date_value, date_finder, date_note = _find_date(page, title, start, end, options, source)
    if date_finder:
        found_by["date"] = date_finder
    return Article(
        title=metadata.tidy_title(title.value, site_name) if title else None,
        date=date_value,
        body=body,
        subtitle=subtitle.value if subtitle else None,
        author=author.value if author else None,
        site=site_name,
        language=language,
        kind=source.kind,
        layout=layout,
        found_by=found_by,
        date_note=date_note,
        removals=Removals(
            blocks,
            [(i, d) for i, d in enumerate(page.dropped) if d is not None and d[0] not in _NOT_REMOVALS],
        ),
        path=source.path,
    )


def _prepare(blocks: Blocks, language: str | None, options: Options) -> cleaner.Page:
    """Per-block features, and the chrome known before any run is looked for: lines this site repeats
    (learned by a batch), a video player's dialog, prose-like notices."""
    page = cleaner.features(blocks, language)
    if options.site_chrome:
        for i, text in enumerate(page.texts):
            if text in options.site_chrome:
                page.drop(i, "drop_site_chrome", "line seen on many pages of this site")
    cleaner.drop_player_dialogs(page)
    cleaner.drop_doubled_alt_text(page)
    cleaner.drop_glued_credits(page)
    cleaner.drop_photo_captions(page)
    cleaner.drop_gallery_slides(page)
    cleaner.drop_teaser_cards(page)
    cleaner.drop_timed_headlines(page)
    cleaner.drop_chrome_prose(page)
    return page


def _find_core(page: cleaner.Page, path: str | None) -> tuple[int, int]:
    """The densest run of prose; for a page with none, its longest block."""
    core_start, core_end = cleaner.select_main_text(page)
    if core_end <= core_start:
        core_start, core_end = cleaner.longest_block(page)
        if core_end <= core_start:
            raise NoArticleError("no article text found in the input", path=path)
    return cleaner.grow_over_list(page, core_start, core_end)


def _find_headline(
    page: cleaner.Page, core_start: int, core_end: int, site: str | None, path: str | None
) -> tuple[Candidate | None, int, tuple[int, int]]:
    """The headline, the first block after it (the floor of the body) and the core, looked for again
    after the headline when it started above it."""
    title = metadata.find_title(page, core_start, core_end, site)
    if title is not None and title.index >= core_start and not _text_after(page, title.index, core_end):
        title = metadata.find_title(page, core_start, core_start, site)
    if title is None:
        return None, 0, (core_start, core_end)
    floor = title.index + 1
    for i, text in enumerate(page.texts):
        if text == title.value and i != title.index:
            page.drop(i, "drop_repeated_title", "the headline again")
    page.drop(title.index, "title", "the headline")
    if core_start < floor:
        core_start, core_end = cleaner.select_main_text(page, lo=floor)
        if core_end <= core_start:
            raise NoArticleError("no article text found after the headline", path=path)
    return title, floor, (core_start, core_end)


def _body_extent(
    page: cleaner.Page,
    header: metadata.Header | None,
    floor: int,
    core_start: int,
    core_end: int,
    path: str | None,
) -> tuple[int, int]:
    """Where the body starts and ends: after the header's bylines and date lines (which may sit inside
    the core when the dek reads as prose), grown over neighbouring paragraphs."""
    body_floor = floor
    if header is not None and header.last_meta >= 0:
        body_floor = header.last_meta + 1
        if core_start < body_floor:
            if core_end > body_floor and _text_after(page, body_floor - 1, core_end):
                core_start = body_floor
            else:
                core_start, core_end = cleaner.select_main_text(page, lo=body_floor)
                if core_end <= core_start:
                    raise NoArticleError("no article text found after the byline", path=path)
    return extend(page, core_start, core_end, body_floor)


def _clean_extent(page: cleaner.Page, start: int, end: int, author: str | None) -> int:
    """The sequence rules inside the article's extent; returns its (possibly earlier) end."""
    end = cleaner.cut_at_trailer(page, start, end, author)
    cleaner.drop_header_bios(page, start, end, author)
    cleaner.drop_headline_list(page, start, end)
    cleaner.drop_read_more_targets(page, start, end)
    cleaner.drop_duplicates(page, start, end)
    cleaner.drop_alt_text_before_caption(page, start, end)
    cleaner.drop_captions(page, start, end)
    end = cleaner.trim_trailing_teasers(page, start, end)
    end = cleaner.drop_teaser_pairs(page, start, end)
    cleaner.drop_fragments(page, start, end)
    cleaner.drop_markup(page, start, end)
    for i in range(start, end):
        if (
            page.words[i] <= MAX_INLINE_DATELINE_WORDS
            and page.dropped[i] is None
            and metadata.is_metadata_line(page, i)
        ):
            page.drop(i, "drop_dateline", "date or byline inside the text")
    end = cleaner.cut_at_next_article(page, start, end)
    cleaner.drop_outside(page, start, end)
    return end


def _find_date(
    page: cleaner.Page, title: Candidate | None, start: int, end: int, options: Options, source: Source
) -> tuple[_dt.date | None, str | None, str | None]:
    """The publication date, the finder that found it, and a note when it was relative (resolved
    against --now or the file's modification time, or not resolved for want of either)."""
    now = options.now or source.mtime
    title_index = title.index if title else -1
    found = metadata.find_date(page, title_index, start, end, now)
    if found is None:
        if now is None:
            # the page may only say "2 hours ago": say why there is no date rather than nothing
            probe = metadata.find_date(page, title_index, start, end, _dt.datetime.now(_dt.UTC))
            if probe is not None and probe[1].relative:
                return (
                    None,
                    None,
                    (
                        f"relative date {probe[1].text!r} not resolved: give --now "
                        "(standard input has no modification time to resolve it against)"
                    ),
                )
        return None, None, None
    candidate, match = found
    note = None
    if match.relative:
        anchor = "--now" if options.now else "the file's modification time"
        note = f"relative date {match.text!r} resolved against {anchor} ({now.isoformat() if now else '?'})"
    return match.value, candidate.finder, note


def _text_after(page: cleaner.Page, index: int, end: int) -> bool:
    """Is there paragraph-like text in blocks[index + 1:end]?"""
    return any(cleaner.paragraph_like(page, k) for k in range(index + 1, end))


def extend(page: cleaner.Page, start: int, end: int, floor: int) -> tuple[int, int]:
    """Grow the core over paragraph-like neighbours, stepping over bylines and date lines."""
    while start - 1 >= floor:
        i = start - 1
        if page.dropped[i] is not None and page.dropped[i][0] in ("drop_byline", "drop_dateline"):
            start -= 1
            continue
        if page.dropped[i] is None and cleaner.paragraph_like(page, i):
            start -= 1
            continue
        break
    # leading dropped metadata lines are not part of the text
    while start < end and page.dropped[start] is not None:
        start += 1
    n = len(page.words)
    while end < n and page.dropped[end] is None:
        if cleaner.paragraph_like(page, end):
            end += 1
        elif page.blocks.bullets[end] and page.texts[end - 1].endswith(":"):
            # "You will need:" and the list under it
            while end < n and page.blocks.bullets[end] and page.dropped[end] is None:
                end += 1
        else:
            break
    return start, end


def removal_lines(article: Article) -> list[str]:
    """``--explain`` lines: ``L41 cut_at_trailer: after 'Related Articles' (line 41)``."""
    return [f"L{r.line} {r.rule}: {r.reason}" for r in article.removals]


__all__ = ["clean", "clean_blocks", "clean_file", "clean_source", "removal_lines"]
