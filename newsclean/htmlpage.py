"""The HTML front end: one parse, metadata from the markup, readability-lxml for the main content, blocks.

Steps (each drop is recorded as a Removal with the rule's name, so ``--explain`` can say why):

1. ``repair_charset`` undoes a page that lied about its charset (UTF-8 bytes declared ISO-8859-1);
   ``parse``: lxml parses the text once. ``prune`` removes what is never text (scripts, styles, form
   controls, hidden elements unless they hold the rest of the body, consent dialogs), numbers every
   element (``data-nc``) so that readability's copy maps back to the page, and runs readability's
   "unlikely candidate" class/id test once (``data-nc-u``).
2. :mod:`newsclean.htmlmeta` reads title, date, author, site, description, language and URL from the
   tree before anything changes it.
3. ``page_blocks``: the whole page becomes one block list (paragraphs, h2-h6, list items, quotes,
   preformatted text, table rows), each block remembering its element and how much of it is link text;
   an element that its style lays out inline (a badge inside a sentence) does not start a block.
4. ``readability_selection``: readability-lxml on a copy of the pruned tree (no second parse, no
   lxml_html_clean pass, no serialisation, its two costliest passes done without serialising markup)
   picks the main content; blocks whose elements survive in its output are the first selection.
5. Its weak spots on news pages: ``fill_split_body`` adds what it left out of the article's container
   (parts split by ad slots or "read more" widgets, link-dense real paragraphs, the dek, subheadings and
   lists between parts, short sentences next to kept text, small product boxes between parts, list
   entries that are partly links), keeps a list whole when most of it is kept, and grows the selection
   over paragraphs of prose just outside its container (the intro before a "read more" break);
   ``_select`` compares it with ``own_selection`` (the text back end's densest prose run over the page's
   blocks) and takes the own method when readability returns nothing, the whole page, too little, or a
   region the JSON-LD ``articleBody`` contradicts (teasers that won the length contest);
   ``_anchor_to_title`` keeps the article under the page's headline on a page of several;
   ``_follow_guide`` adds blocks the JSON-LD ``articleBody`` contains word for word.
6. Inside the selection: non-body containers (captions, bylines, share bars, related boxes, bios,
   disclaimers, embedded posts, by element, class or id, camelCase class names included) go unless they
   wrap most of the text; the headline again (other h1s stay when there are several: section headings);
   notes around the text (``note_kind``: credit lines, how to reach the author, editor's notes and
   corrections, references, newsletter appeals, affiliate notices, links to other stories, the author's
   bio, captions with their credit); bylines and date lines before the text; widgets between two parts of
   the text; short notes after the body's own container; then the shared rules of the text path (line
   rules, trailer cut, headline lists). The Article is assembled with ``found_by`` naming the finder of
   every field.
"""

from __future__ import annotations

import copy
import datetime as _dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

from . import cleaner, dates, htmlmeta, metadata, rules
from .errors import NoArticleError
from .lang import MONTH_FIRST, guess_language
from .model import Article, Block, Blocks, Candidate, Options, Removal, Source

# Thresholds ---------------------------------------------------------------------------------------------

#: readability's selection is "too little" below this many words: the own method is tried as well
MIN_SELECTION_WORDS = 60
#: ... and the own method replaces it when it finds this many times more prose words
OWN_METHOD_FACTOR = 2.0
#: a selection whose words are mostly link text (teaser lists, menus) is not an article
MAX_SELECTION_LINK_SHARE = 0.5
#: a block that is mostly link text is not a paragraph when filling gaps
MAX_FILL_LINK_SHARE = 0.35
#: readability "keeping everything" is a failure (it returns the whole body when it finds no
#: candidate), except on a page this small, where everything may be the article
SMALL_PAGE_BLOCKS = 20
#: readability and the own method agree when they share this share of the smaller selection's words
AGREEMENT = 0.5
#: the JSON-LD articleBody adds blocks it contains word for word when it has this many characters, and
#: the blocks have this many words (short lines such as "Advertisement" occur in any text)
MIN_GUIDE_CHARS = 200
MIN_GUIDE_BLOCK_WORDS = 6
#: the JSON-LD articleBody settles a disagreement when it has this many distinct words...
MIN_GUIDE_TOKENS = 30
#: ... and one selection covers this much more of them than the other
GUIDE_MARGIN = 0.15
#: a non-body container (related box, caption, byline) inside the article is dropped only when it
#: holds less than this share of the selection's words (otherwise it is a wrapper with an odd name)
MAX_NEGATIVE_SHARE = 0.4
#: the dek is looked for in this many blocks under the headline
DEK_WINDOW = 3
#: a block of prose this long is never dropped by a line rule (in HTML the markup sets chrome apart)
LONG_PROSE_WORDS = 40
#: the body's container holds at least this share of the selection's prose words for the tail rule
TAIL_BODY_SHARE = 0.6
#: a tail of more blocks, or more of the selection's words, is another part of the body
MAX_TAIL_BLOCKS = 5
MAX_TAIL_SHARE = 0.2
#: ... and the blocks it drops after that container have at most this many words
MAX_TAIL_WORDS = 50
#: a short sentence next to a kept block joins it when it has this many words
MIN_NEIGHBOUR_WORDS = 4
#: ... and holds at least this many blocks (one long caption is a caption, not a wrapper)
MIN_WRAPPER_BLOCKS = 3
#: the selection grows over prose next to it stepping over at most this many other blocks
MAX_GROW_GAP = 2
#: ... and stops at a paragraph whose first this many words are already in it (a second copy of the text)
DUPLICATE_WORDS = 10
#: non-body class words too vague to drop prose between two kept parts of the text
WEAK_NEGATIVE = frozenset({"class/id 'widget'"})
#: ... when their box holds at most this many words (a product box; a gallery of other stories is longer)
MAX_BOX_WORDS = 150
#: ... and a paragraph of prose among its blocks (looked for this many blocks around)
MAX_BOX_BLOCKS = 8
#: a list item between kept parts may link this share of its text...
MAX_ITEM_LINK_SHARE = 0.9
#: ... when about this many of its words are its own (characters per word, for the estimate)
MIN_ITEM_OWN_WORDS = 3
AVERAGE_WORD_CHARS = 6
#: ... and another item of its list is kept within this many blocks of it
MAX_ITEM_DISTANCE = 30
#: line rules that a subheading never answers to, whatever its words: "Roads / Bridges" is not a
#: photo credit, "Play-by-Play" not a player button
NOT_FOR_HEADINGS = frozenset({"drop_photo_credit", "drop_player_controls"})
#: h1s in the text other than the headline: this many are section headings, fewer a second headline
MIN_H1_SECTIONS = 2
#: a label ending in ':' as the last block of the text has at most this many words
MAX_END_LABEL_WORDS = 8
#: a list whose items are kept at least this share is kept whole
MIN_LIST_SHARE = 0.5
#: a prose block has this many words (gap filling; the cleaner's own threshold is for dump lines)
MIN_FILL_WORDS = 8
#: the language guess reads this many characters
LANGUAGE_SAMPLE_CHARS = 6000
#: a short line (this many words) near the headline that holds a date is a date bar
MAX_DATELINE_WORDS = 12
#: ... looked for at most this many blocks after the headline
MAX_DATELINE_SPAN = 25
#: a date line is looked for in this many blocks around the headline
DATELINE_WINDOW = 6

#: elements whose content is never article text
PRUNE_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "object",
    "embed",
    "video",
    "audio",
    "select",
    "option",
    "button",
    "input",
    "textarea",
    "map",
    "head",
    "dialog",
)
#: elements that start a new block
BLOCK_TAGS = frozenset(
    {
        *("p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "body", "html"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre"),
        *("table", "thead", "tbody", "tfoot", "tr", "figure", "figcaption", "caption", "form", "fieldset"),
        *("address", "hr", "center", "details", "summary", "legend"),
    }
)
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: class/id words of dialogs that are removed before anything else (cookie and consent banners)
_DIALOG_RE = re.compile(
    r"(?:^|[\s_-])(?:cookie\w*|consent\w*|gdpr\w*|onetrust\w*|didomi\w*|cmp|cmp-\w+|usercentrics|truste\w*"
    r"|qc-cmp\w*|cc-(?:window|banner))(?:$|[\s_-])",
    re.I,
)
#: class/id words of a hidden element that holds the rest of the body (paywall, "read more")
_CONTINUATION_RE = re.compile(
    r"(?:^|[\s_-])(?:subscriber\w*|premium|paywall\w*|paid|continu\w*|read-?more\w*|show-?more|expand\w*"
    r"|collaps\w*|truncat\w*|remaining|rest-of-\w+|full-?text|article-?body|story-?body)(?:$|[\s_-])",
    re.I,
)
#: class words of elements a stylesheet hides (the page's CSS is not applied here)
_HIDDEN_CLASS_RE = re.compile(
    r"(?:^|\s)(?:hidden|hide|d-none|is-hidden|display-none|u-hidden|visually-hidden|sr-only"
    r"|screen-reader-text|screenreader-only|offscreen)(?:$|\s)",
    re.I,
)
#: class/id words of containers that are not body inside the article (tokens of the class/id)
_NEGATIVE_RE = re.compile(
    r"(?:^|[\s_-])(?:related|relatedposts|recommended|recommendations|promo|promos|newsletter|newsletters|"
    r"subscribe|subscription|signup|sign-up|share|sharing|shares|sharebar|social|socials|comments?|disqus|"
    r"sidebar|widget|advert\w*|ads?|adslot|ad-slot|adunit|dfp|gpt|sponsor\w*|outbrain|taboola|"
    r"breadcrumbs?|byline|bylines|author|authors|caption|captions|credit|credits|tags|tag-list|topics|"
    r"toolbar|more-stories|read-more|readmore|also-read|further-reading|most-popular|trending|"
    r"popular|teaser|teasers|newsletter-signup|inline-related|embed-related|rail|print-only|"
    r"visually-hidden|sr-only|screen-reader-text|skip-link|meta|post-meta|entry-meta|article-meta|twitter-tweet|"
    r"instagram-media|tiktok-embed|fb-post|reddit-embed\w*|embed|embeds|embedded|"
    r"dateline|timestamp|published|updated|figcaption|wp-caption-text|image-credit|photo-credit|disclaimer\w*"
    r"|disclosure\w*|affiliate\w*|bio|bios|author-info|contributor\w*|editors?-note|tagline)"
    r"(?:$|[\s_-])",
    re.I,
)
#: notes around an article that sit in its container but are not its text, by kind (searched case-blind)
#: credits of other reporters and editors ("X contributed to this report", Reuters' "Reporting by ...;
#: Editing by ..."), how to reach the author, corrections and editor's notes, where the piece first
#: appeared, references under a science story, newsletter and subscription appeals, affiliate and legal
#: notices
_NOTE_RES = (
    (
        "a credit line",
        r"\bcontributed (?:reporting )?(?:to )?(?:this|the) (?:report|story|article|reporting|piece)\b"
        r"|^(?:additional )?reporting by\b|^contributing:"
        r"|^(?:this (?:story|article|report) )?includes (?:information|reporting|material) from\b"
        r"|;\s*edit(?:ing|ed) by\b|^\W*with (?:files|reporting|wire reports) from\b|\bcontributed\.?$"
        r"|^this (?:episode|story|article|podcast|segment|video) was"
        r" (?:produced|edited|reported|written|fact[- ]checked)\b",
    ),
    (
        "how to reach the author",
        r"\b(?:may|can) be (?:reached|contacted) (?:at|by|via)\b"
        r"|^you can (?:email|e-mail|reach|contact|write to)\b"
        r"|^\W*(?:contact|email|e-mail|reach) (?:him|her|them|the (?:author|writer|reporter)|us"
        r"|(?-i:(?:[a-z]+ )?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})) (?:at|on|via|with)\b"
        r"|^follow (?:\S+ ){0,5}on (?:twitter|x|facebook|instagram|threads|linkedin|tiktok|snapchat|youtube"
        r"|bluesky|mastodon)\b"
        r"|\bemail (?:us|me|him|her|them) at\b"
        r"|\bfollow (?:him|her|them|me|us) on"
        r" (?:twitter|x|facebook|instagram|threads|linkedin|tiktok|bluesky)\b",
    ),
    (
        "an editor's note",
        r"^(?:editor(?:'|’)?s?(?:'|’)? note|correction|clarification|amendment)s?\b[^.:]{0,60}:"
        r"|^(?:a|an) (?:previous|earlier|prior) \w+ of this (?:article|story|post|report)\b"
        r"|^this (?:article|story|post|piece|interview|conversation|transcript|report|q&a)"
        r" (?:has been|was|is|have been) (?:lightly )?(?:edited|condensed|corrected|amended|translated)\b"
        r"|\b(?:lightly )?edited for (?:length|clarity|brevity|space)\b"
        r"|^(?:this|the) (?:article|story|post|piece|column|interview|report)\b.{0,120}\b(?:originally|first)"
        r" (?:appeared|ran|published)\b"
        r"|^(?:this|the) (?:article|story|post|piece) (?:will appear|appears) in\b"
        r"|\boriginally (?:appeared|ran) (?:on|in|at)\b"
        r"|^\W*(?:some )?(?:names|details) (?:have|has) been changed",
    ),
    (
        "a reference",
        r"^(?:more|journal) information:|^\[\d{1,3}\]\s|^(?:[A-Z][\w'’.-]*\.? ){1,4}et al\.?,? ",
    ),
    (
        "a newsletter or subscription appeal",
        r"^\W*(?:please )?(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletter|inbox|e-?mail)\b"
        r"|\b(?:sign up|subscribe) (?:for|to) (?:our|the|my|\w+(?:'|’)s)\b.{0,60}\b(?:newsletter|e-?course"
        r"|podcast)\b"
        r"|^want (?:more|the latest)\b.{0,80}\?"
        r"|^(?:not a subscriber|already a subscriber|like what you(?:'|’)re reading"
        r"|your subscription has been confirmed|thanks for (?:reading|signing up)"
        r"|stay (?:informed|up[- ]to[- ]date|in the know)"
        r"|get the latest\b.{0,60}\bfrom\b)"
        r"|^our journalism (?:needs|depends on|relies on) your support|\bplease subscribe\b"
        r"|^(?:please )?support (?:our|independent|local) journalism"
        r"|^(?:listen|subscribe) (?:to .{0,60} )?on (?:spotify|apple podcasts|google podcasts|youtube"
        r"|your favou?rite podcast)"
        r"|^special offer for\b|^(?:also )?available on (?:apple podcasts|spotify)\b"
        r"|^discover special offers\b|^join (?:our|the) .{0,40}\b(?:forums?|community)\b",
    ),
    (
        "an affiliate or legal notice",
        r"\bwe (?:may )?(?:earn|receive|get|make) (?:a )?(?:small )?(?:commission|compensation|affiliate"
        r"|payments? from|share of (?:the )?(?:sales|revenue))"
        r"|\byou (?:consent|agree) to (?:our|the)\b|\baffiliate links?\b"
        r"|\bfor (?:general )?informational purposes only\b"
        r"|\bdoes not constitute (?:medical|legal|financial|investment|professional) advice\b",
    ),
    (
        "a link to another story",
        r"^(?:next|required reading|also|see also|read also|also read|read next|read more|related|recommended"
        r"|don(?:'|’)t miss|must read|more from [\w ]{1,30}|editor(?:'|’)?s picks?)\s*:\s(?!.*\s:\s)",
    ),
    (
        "a notice of the page",
        r"^waiting for your permission to load\b"
        r"|^comments? (?:on this (?:piece|article|story) )?(?:are|is) (?:pre-?moderated|closed)\b"
        r"|^(?:we(?:'|’)re|we are) having trouble (?:saving|loading)\b|^it looks like something went wrong\b",
    ),
)
_NOTE_PATTERNS = tuple((what, re.compile(pattern, re.I)) for what, pattern in _NOTE_RES)
#: a photo caption that ends with its credit ("... at dawn. CityNews/YouTube", "... on Monday. AP") or
#: opens with it ("Jo Lee / The Valley Ledger A view of ...")
_CREDITED_CAPTION_RE = re.compile(
    r"[.!?”\"’)]\s+[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2}\s?/\s?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2}$"
    r"|[.!?”\")]\s+(?:AP|Reuters|Getty Images|AFP|Shutterstock|iStock|EPA|PA)$"
    r"|^(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+ / (?:The )?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3} [A-Z]"
)
#: a note is short: the longest in the dev corpora (a legal notice) has about 60 words
MAX_NOTE_WORDS = 80
#: a bio note: a name, then what the person does at the publication ("Jo Roe is a senior reporter at ...")
_BIO_NOTE_RE = re.compile(
    r"(?!(?:The|A|An|This|That|It|In|On|At|For|Our|Its|Their|His|Her)\b)"
    r"(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+(?: \((?:she|he|they)/\w+\))?,?"
    r" (?:is|was|has been|serves as) (?:a |an |the )?(?i:(?:[\w'’.,&/-]+ ){0,5}"
    r"(?:writer|reporter|editor|correspondent|journalist|contributor|columnist|producer|critic|freelancer|host|"
    r"blogger|photographer|intern|anchor|commentator)s?\b (?:at|for|with|of|on|in)\b)"
    r"|(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+ joined (?:the )?[A-Z]\S* .{0,40}\bin (?:19|20)\d\d\b"
)
#: a lower-case letter followed by a capital: the seam between two words of a camelCase class name
_CAMEL_RE = re.compile(r"[a-z][A-Z]")
_CLASS_PART_RE = re.compile(r"[\s_-]+")
_CAMEL_WORD_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
#: the last word of a camelCase class name ("imageCaption", "RelatedContent", "AuthorWrapper") that names a
#: non-body part, once structural words at its end ("Container", "Wrapper", "List") are set aside; short or
#: vague words ("Ad", "Sidebar", "Meta") are left out: CSS-module hashes and names such as "hasSidebar"
#: describe the container of the text
_CAMEL_NEGATIVE = frozenset(
    {
        *("caption", "captions", "credit", "credits", "byline", "bylines", "related", "newsletter", "promo"),
        *("promos", "bio", "share", "sharing", "social", "comments", "comment", "teaser", "teasers"),
        *("disclaimer", "affiliate", "recirculation", "recommendations", "recommended", "author", "authors"),
        *("tags", "trending", "subscribe", "subscription", "popular", "timestamp", "published", "breadcrumb"),
        *("breadcrumbs", "embed", "embeds"),
    }
)
_CAMEL_STRUCTURE = frozenset(
    {
        *("container", "wrapper", "wrap", "list", "item", "items", "link", "links", "module", "root", "box"),
        *("block", "section", "area", "component", "inner", "outer", "content", "contents", "main", "unit"),
        *("holder", "posts", "stories", "articles", "text"),
    }
)
#: ... unless its first word says that the element only has or shows one
_CAMEL_NOT = frozenset({"has", "with", "no", "show", "hide", "is", "without"})
_TOKEN_RE = re.compile(r"\w+")
#: a pending line break in a block's parts (one <br>)
_BR = "\n"
_SPACE_RE = re.compile(r"[ \t\n\r\f\v\u00a0\u2007\u202f\u2009\u200a\u3000]+")
_INVISIBLE_RE = re.compile("[\u200b\u2060\ufeff\u00ad\u200e\u200f]")
#: UTF-8 lead bytes read as Latin-1/cp1252 ("Ã©", "â€™", "Ã¼"): the mark of a page decoded wrongly
_MOJIBAKE_RE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc]"
)
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_INLINE_STYLE_RE = re.compile(r"(?:^|;)\s*display\s*:\s*(?:-webkit-)?inline", re.I)
_DISPLAY_NONE_RE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.I)


# The page's blocks --------------------------------------------------------------------------------------


@dataclass(slots=True)
class PageBlocks:
    """The whole page as blocks, column-wise, with what the HTML tells about each one."""

    texts: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    levels: list[int] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    blank_before: list[bool] = field(default_factory=list)
    bullets: list[bool] = field(default_factory=list)
    #: the element each block came from (its nearest block-level ancestor)
    owners: list[Any] = field(default_factory=list)
    #: characters of link text in the block
    link_chars: list[int] = field(default_factory=list)
    #: the block's links as (anchor text, URL) pairs
    links: list[tuple[tuple[str, str], ...]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.texts)

    def link_share(self, i: int) -> float:
        return self.link_chars[i] / max(1, len(self.texts[i]))

    def subset(self, indices: list[int]) -> Blocks:
        return Blocks(
            [self.texts[i] for i in indices],
            [self.lines[i] for i in indices],
            [self.kinds[i] for i in indices],
            [self.blank_before[i] for i in indices],
            [True] * len(indices),
            [self.bullets[i] for i in indices],
            [self.levels[i] for i in indices],
        )


class _Walker:
    """Turns an element tree into PageBlocks in one recursive pass."""

    def __init__(self) -> None:
        self.out = PageBlocks()
        self.parts: list[str] = []
        self.link = 0
        self.owner: Any = None
        self.kind = "p"
        self.level = 0
        self.blank = True
        self.anchors: list[tuple[str, str]] = []
        #: inside an element laid out inline: block tags in it do not start blocks
        self.inline = False

    def flush(self, *, blank_next: bool = True) -> None:
        if self.parts:
            text = squash("".join(self.parts))
            if text:
                out = self.out
                out.texts.append(text)
                out.kinds.append(self.kind)
                out.levels.append(self.level)
                out.lines.append(self.owner.sourceline or 0 if self.owner is not None else 0)
                out.blank_before.append(self.blank)
                out.bullets.append(self.kind == "li")
                out.owners.append(self.owner)
                out.link_chars.append(min(self.link, len(text)))
                out.links.append(tuple(a for a in self.anchors if a[0] and a[0] in text))
            self.parts = []
            self.anchors = []
        self.link = 0
        self.blank = blank_next

    def add(self, text: str | None, in_link: bool) -> None:
        if text and (self.parts and self.parts[-1] == _BR) and not text.strip():
            return  # whitespace between two <br>s
        if text:
            self.parts.append(text)
            if in_link:
                self.link += len(text.strip())

    def walk(self, element: Any, kind: str, level: int, in_link: bool) -> None:
        tag = element.tag
        if not isinstance(tag, str):  # comment or processing instruction
            self.add(element.tail, in_link)
            return
        if tag == "br":
            # one <br> is a line break inside the paragraph, two in a row end it
            if self.parts and self.parts[-1] == _BR:
                self.parts.pop()
                self.flush()
            elif self.parts:
                self.parts.append(_BR)
            self.add(element.tail, in_link)
            return
        block = tag in BLOCK_TAGS and not self.inline
        if block and _inline_style(element):
            # laid out inline with everything inside it (a badge a browser extension put in a sentence)
            outer, self.inline = self.inline, True
            self.add(element.text, in_link)
            for child in element:
                self.walk(child, kind, level, in_link or child.tag == "a")
            self.inline = outer
            self.add(element.tail, in_link)
            return
        if block:
            saved = (self.owner, self.kind, self.level)
            self.flush()
            if tag in HEADING_TAGS:
                kind, level = "h", HEADING_TAGS[tag]
            elif tag == "li":
                kind, level = "li", 0
            elif tag == "blockquote":
                kind, level = "quote", 0
            elif tag in ("dt", "dd", "figcaption", "caption") and kind not in ("quote", "li"):
                kind, level = "p", 0
            self.owner, self.kind, self.level = element, kind, level
            if tag == "pre":
                self.pre(element)
            elif tag == "tr" and not _layout_row(element):
                self.row(element)
            else:
                self.add(element.text, in_link)
                for child in element:
                    self.walk(child, kind, level, in_link or child.tag == "a")
            self.flush()
            self.owner, self.kind, self.level = saved
            # the tail belongs to the enclosing block
            self.add(element.tail, in_link and element.tag != "a")
            return
        if tag == "a":
            href = element.get("href")
            if href and not href.startswith(("#", "javascript:")):
                self.anchors.append((squash(element.text_content()), href.strip()))
        self.add(element.text, in_link)
        for child in element:
            self.walk(child, kind, level, in_link or child.tag == "a")
        self.add(element.tail, in_link and tag != "a")

    def pre(self, element: Any) -> None:
        text = _INVISIBLE_RE.sub("", element.text_content()).strip("\n")
        if text.strip():
            self.flush()
            out = self.out
            out.texts.append(text.rstrip())
            out.kinds.append("pre")
            out.levels.append(0)
            out.lines.append(element.sourceline or 0)
            out.blank_before.append(True)
            out.bullets.append(False)
            out.owners.append(element)
            out.link_chars.append(0)
            out.links.append(())

    def row(self, element: Any) -> None:
        cells = [squash(cell.text_content()) for cell in element if cell.tag in ("td", "th")]
        cells = [c for c in cells if c]
        if cells:
            links = sum(len(squash(a.text_content())) for a in element.iter("a"))
            out = self.out
            out.texts.append("\t".join(cells) if len(cells) > 1 else cells[0])
            out.kinds.append("row" if len(cells) > 1 else "p")
            out.levels.append(0)
            out.lines.append(element.sourceline or 0)
            out.blank_before.append(True)
            out.bullets.append(False)
            out.owners.append(element)
            out.link_chars.append(links)
            out.links.append(())


def _inline_style(element: Any) -> bool:
    """A block element that its own style attribute lays out inline (``display: inline-block``): a badge
    or an icon a script or a browser extension put inside a sentence does not end the paragraph."""
    style = element.get("style")
    return bool(style) and _INLINE_STYLE_RE.search(style) is not None


def _layout_row(row: Any) -> bool:
    """A table row used for page layout (cells holding paragraphs, lists or other tables)."""
    for cell in row:
        if cell.tag in ("td", "th"):
            for sub in cell.iter("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "blockquote", "br"):
                if sub is not cell:
                    return True
    return False


def squash(text: str) -> str:
    """Whitespace (including no-break and thin spaces) collapsed, invisible characters removed."""
    text = _INVISIBLE_RE.sub("", text)
    return _SPACE_RE.sub(" ", text).strip()


def page_blocks(root: Any) -> PageBlocks:
    """The page's text as blocks, in document order."""
    walker = _Walker()
    body = root.find("body")
    walker.owner = body if body is not None else root
    walker.walk(walker.owner, "p", 0, False)
    walker.flush()
    return walker.out


# Parsing and pruning ------------------------------------------------------------------------------------


def repair_charset(text: str, encoding: str) -> str:
    """A page that declares a single-byte charset (ISO-8859-1, windows-1252) but is really UTF-8 comes
    out of decoding as mojibake ("CafÃ©"): when the text encodes back to the declared charset and those
    bytes are valid UTF-8 with multi-byte characters in them, the UTF-8 reading is the page."""
    if encoding.lower().replace("_", "-").startswith(("utf-", "utf8")) or text.isascii():
        return text  # decoded as UTF-8 already, or nothing to misread
    if not _MOJIBAKE_RE.search(text):
        return text
    try:
        raw = text.encode(encoding)
        fixed = raw.decode("utf-8")
    except (UnicodeError, LookupError):
        return text
    return fixed if len(fixed) < len(text) else text


#: libxml2 stops parsing at 256 levels of nesting, or at a text node over 10 MB, and the rest of the page is
#: lost (300 unclosed <b> tags are enough). Such a page is parsed again with its nesting capped at this
#: depth (deeper tags are left out, their text kept) and libxml2's size limits lifted. Well under 256, and
#: under what the recursive passes over the tree can take (Python's recursion limit is 1,000 frames).
MAX_NESTING = 160
_NESTING_TOKEN_RE = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|textarea|title|xmp|plaintext)\b[^>]*>.*?(?:</\1\s*>|\Z)"
    r"|<(/?)([A-Za-z][A-Za-z0-9:-]*)\b[^>]*>",
    re.I | re.S,
)
_VOID_TAGS = frozenset(
    (
        *("area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "isindex"),
        *("keygen", "link", "meta", "param", "source", "track", "wbr"),
    )
)
#: a start tag of one of these ends an open one of the same name (``<p>a<p>b``, ``<li>a<li>b``)
_IMPLIED_END_TAGS = frozenset(("p", "li", "dt", "dd", "option", "tr", "td", "th"))


def cap_nesting(text: str, limit: int = MAX_NESTING) -> str:
    """The markup with every element nested deeper than ``limit`` left out (its start and end tags; the
    text and the shallower elements stay). Comments, scripts and styles are passed over as they are."""
    out: list[str] = []
    last = 0
    stack: list[tuple[str, bool]] = []  # open elements: (name, kept)
    for match in _NESTING_TOKEN_RE.finditer(text):
        name = match.group(3)
        if name is None:
            continue  # a comment, or an element whose content is not markup
        name = name.lower()
        if name in _VOID_TAGS or match.group().endswith("/>"):
            continue
        if match.group(2):  # an end tag: closes the innermost open element of its name
            at = next((j for j in range(len(stack) - 1, -1, -1) if stack[j][0] == name), None)
            if at is None:
                continue  # a stray end tag: the parser ignores it
            kept = stack[at][1]
            del stack[at:]
        else:
            if name in _IMPLIED_END_TAGS:
                at = next((j for j in range(len(stack) - 1, -1, -1) if stack[j][0] == name), None)
                if at is not None:
                    del stack[at:]
            kept = len(stack) < limit
            stack.append((name, kept))
        if not kept:
            out.append(text[last : match.start()])
            last = match.end()
    out.append(text[last:])
    return "".join(out)


def _hit_limit(parser: Any) -> bool:
    """True when libxml2 gave up on part of the page (too deep, or a text node too long)."""
    return any(
        error.type_name == "ERR_RESOURCE_LIMIT" or "XML_PARSE_HUGE" in error.message
        for error in parser.error_log
    )


def parse(text: str) -> Any:
    """One lxml parse of the page (None when there is no document at all); a second one, with the
    nesting capped (``cap_nesting``) and libxml2's size limits lifted, when the first one stopped early."""
    import lxml.html
    from lxml import etree

    text = _XML_DECL_RE.sub("", text, count=1)
    if not text.strip():
        return None
    try:
        parser = lxml.html.HTMLParser()
        root = lxml.html.document_fromstring(text, parser=parser)
        if _hit_limit(parser):
            root = lxml.html.document_fromstring(
                cap_nesting(text), parser=lxml.html.HTMLParser(huge_tree=True)
            )
    except (etree.ParserError, ValueError):
        return None
    return root


def _is_hidden(element: Any) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    if style and _DISPLAY_NONE_RE.search(style) is not None:
        return True
    names = element.get("class")
    return bool(names) and _HIDDEN_CLASS_RE.search(names) is not None


def _hidden_continuation(element: Any) -> bool:
    """A hidden part of the body that a script would reveal: the rest of the article behind a "read
    more" button or a subscriber check (class/id say so, or it sits right in itemprop=articleBody)."""
    parent = element.getparent()
    names = (element.get("class") or "") + " " + (element.get("id") or "")
    if _CONTINUATION_RE.search(names):
        return True
    return (
        parent is not None
        and (parent.get("itemprop") or "") == "articleBody"
        and element.tag in ("div", "section")
    )


def prune(root: Any) -> None:
    """Remove scripts, styles, form controls, comments, hidden elements and consent dialogs; number
    every remaining element (``data-nc``) so readability's copy can be mapped back, and mark the ones its
    class and id make "unlikely candidates" for readability (``data-nc-u``)."""
    from lxml import etree
    from readability.readability import REGEXES

    etree.strip_elements(root, *PRUNE_TAGS, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    doomed = []
    dialog: dict[str, bool] = {}  # class/id strings repeat within a page: each is tested once
    for element in root.iter():
        if element.tag in ("html", "body"):
            continue
        if _is_hidden(element):
            if not _hidden_continuation(element):
                doomed.append(element)
            continue
        names = f"{element.get('class', '')} {element.get('id', '')}"
        if len(names) > 3:
            found = dialog.get(names)
            if found is None:
                found = dialog[names] = _DIALOG_RE.search(names) is not None
            if found and len(element.text_content()) < 3000:
                doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()
    unlikely, maybe = REGEXES["unlikelyCandidatesRe"], REGEXES["okMaybeItsACandidateRe"]
    marked: dict[str, bool] = {}
    for number, element in enumerate(root.iter()):
        element.set("data-nc", str(number))
        names = f"{element.get('class', '')} {element.get('id', '')}"
        if len(names) > 1:
            mark = marked.get(names)
            if mark is None:
                mark = marked[names] = unlikely.search(names) is not None and maybe.search(names) is None
            if mark:
                element.set("data-nc-u", "")  # readability's "unlikely candidate" test, done once here


# Readability --------------------------------------------------------------------------------------------


def readability_selection(root: Any) -> set[int] | None:
    """The ``data-nc`` numbers of the elements readability keeps, or None when it fails."""
    from lxml.html import fragment_fromstring
    from readability import Document

    class _Summary:
        """Stands in for readability's HTML string: only its length is looked at."""

        def __init__(self, node: Any) -> None:
            self.node = node

        def __len__(self) -> int:
            return len(self.node.text_content()) + 8 * sum(1 for _ in self.node.iter())

    class _Reader(Document):
        """readability-lxml on an already parsed and pruned tree: a copy per attempt, no second parse,
        no cleaner pass and no serialisation of the result."""

        def _parse(self, input: Any) -> Any:
            return copy.deepcopy(input)

        def get_clean_html(self) -> Any:
            return _Summary(self.html)

        def get_link_density(self, elem: Any) -> float:
            # readability's own measure (text length with whitespace runs counted once), with str.split
            # instead of three regular expressions per call: its hottest function on news pages
            links = sum(_text_length(a) for a in elem.iter("a"))
            return links / max(_text_length(elem), 1)

        def remove_unlikely_candidates(self) -> None:
            # readability's own pass over the elements that prune() marked with its class/id test
            for elem in self.html.xpath(".//*[@data-nc-u]"):
                if (
                    elem.tag not in ("html", "body")
                    and not elem.xpath("ancestor-or-self::pre | ancestor-or-self::code")
                    and not elem.xpath(
                        "descendant-or-self::main | descendant-or-self::article | descendant-or-self::math"
                    )
                ):
                    elem.drop_tree()

        def transform_misused_divs_into_paragraphs(self) -> None:
            # readability's own pass, with a walk over the descendants where it serialises every div's
            # children to search the markup for block tags (the same test: the tag names its regular
            # expression matches at a "<")
            for elem in self.tags(self.html, "div"):
                if not _holds_block(elem):
                    elem.tag = "p"
            for elem in self.tags(self.html, "div"):
                children = list(elem)
                paragraph = None
                if elem.text and elem.text.strip():
                    p = fragment_fromstring("<p/>")
                    p.text = elem.text
                    elem.text = None
                    elem.insert(0, p)
                    paragraph = p
                for child in children:
                    if child.tag == "br":
                        paragraph = None
                        continue
                    if (
                        child.tag not in _READABILITY_INLINE
                        or _is_block_tag(child.tag)
                        or _holds_block(child)
                    ):
                        paragraph = None
                        continue
                    if paragraph is None:
                        paragraph = fragment_fromstring("<p/>")
                        child.addprevious(paragraph)
                    paragraph.append(child)
                for pos, child in reversed(list(enumerate(elem))):
                    if child.tail and child.tail.strip():
                        p = fragment_fromstring("<p/>")
                        p.text = child.tail
                        child.tail = None
                        elem.insert(pos + 1, p)
                    if child.tag == "br":
                        child.drop_tree()

    try:
        summary = _Reader(root).summary(html_partial=True)
    except Exception:  # readability raises Unparseable wrapping anything
        return None
    if summary is None or not hasattr(summary, "node"):
        return None
    kept: set[int] = set()
    for element in summary.node.iter():
        number = element.get("data-nc") if isinstance(element.tag, str) else None
        if number is not None:
            kept.add(int(number))
    return kept


#: readability's inline tags (a div of only these becomes a paragraph)
_READABILITY_INLINE = frozenset(
    ["a", "b", "cite", "code", "em", "font", "i", "small", "span", "strong", "sub", "sup", "u"]
)
#: the tag names readability's divToPElementsRe finds in markup ("<p", "<div", "<img" ... also match longer
#: names that start the same: "<pre", "<picture", "<param")
_READABILITY_BLOCK_PREFIXES = ("blockquote", "dl", "div", "img", "ol", "p", "table", "ul")


def _is_block_tag(tag: Any) -> bool:
    return isinstance(tag, str) and tag.lower().startswith(_READABILITY_BLOCK_PREFIXES)


def _holds_block(element: Any) -> bool:
    """Does an element hold a descendant whose tag readability's divToPElementsRe would find?"""
    return any(_is_block_tag(node.tag) for node in element.iterdescendants())


# Selection and its fixes --------------------------------------------------------------------------------


def _text_length(element: Any) -> int:
    """Characters of an element's text, each run of whitespace counted as one (readability's length)."""
    return len(" ".join(element.text_content().split()))


def _number(element: Any) -> int:
    value = element.get("data-nc")
    return int(value) if value is not None else -1


def _negative(element: Any) -> str | None:
    """What makes an element a non-body container inside the article (its tag, class or id), or None."""
    tag = element.tag
    if tag in ("aside", "nav", "figcaption", "footer", "figure"):
        return f"<{tag}>"
    names = (element.get("class") or "") + " " + (element.get("id") or "")
    if len(names) > 2:
        match = _NEGATIVE_RE.search(names)
        if match:
            return f"class/id {match.group(0).strip(' _-')!r}"
        if _CAMEL_RE.search(names):
            head = _camel_head(names)
            if head:
                return f"class/id {head!r}"
    itemprop = element.get("itemprop") or ""
    if itemprop in ("author", "datePublished", "dateModified", "caption", "publisher"):
        return f"itemprop {itemprop!r}"
    return None


def _camel_head(names: str) -> str | None:
    """The non-body word that a camelCase class or id names ("imageCaption" -> "Caption", "RelatedContent"
    -> "Related", "page__creditWrapper--a1b2" -> "credit"), if any."""
    for part in _CLASS_PART_RE.split(names):
        if not _CAMEL_RE.search(part):
            continue
        words = [w.lower() for w in _CAMEL_WORD_RE.findall(part)]
        if len(words) < 2 or words[0] in _CAMEL_NOT:
            continue
        while len(words) > 1 and words[-1] in _CAMEL_STRUCTURE:
            words.pop()
        if words[-1] in _CAMEL_NEGATIVE:
            return words[-1]
    return None


def _common_ancestor(elements: list[Any]) -> Any:
    if not elements:
        return None
    chain = [elements[0], *elements[0].iterancestors()]
    positions = {e: k for k, e in enumerate(chain)}
    best = 0
    for element in elements[1:]:
        for node in (element, *element.iterancestors()):
            k = positions.get(node)
            if k is not None:
                best = max(best, k)
                break
    return chain[best]


def negative_reason(owner: Any, scope: Any, cache: dict[Any, str | None]) -> str | None:
    """The first non-body container between a block's element and the article scope."""
    node = owner
    seen: list[Any] = []
    reason = None
    while node is not None and node is not scope:
        key = node
        if key in cache:
            reason = cache[key]
            break
        seen.append(node)
        reason = _negative(node)
        if reason:
            break
        node = node.getparent()
    for element in seen:
        cache[element] = reason
    return reason


def _prose_words(page: cleaner.Page) -> int:
    return sum(page.words[i] for i in range(len(page.words)) if page.prose[i])


@dataclass(slots=True)
class _Selection:
    indices: list[int]
    method: str


def own_selection(blocks: PageBlocks, page: cleaner.Page) -> list[int]:
    """The text back end's method on the page's blocks: the densest run of prose, grown over
    neighbouring paragraphs, with link-dense blocks scored as chrome."""
    for i in range(len(blocks)):
        if blocks.link_share(i) > MAX_FILL_LINK_SHARE:
            page.prose[i] = False
            page.sentence[i] = False
    start, end = cleaner.select_main_text(page)
    if end <= start:
        return []
    start, end = cleaner.extend_to_paragraphs(page, start, end, 0)
    return list(range(start, end))


def fill_split_body(
    blocks: PageBlocks, page: cleaner.Page, selected: list[int], headline: int = -1
) -> tuple[list[int], Any]:
    """Text inside the article's container that readability left out: prose anywhere in it (a body split
    by ad slots or "read more" widgets, a link-dense but real paragraph), list items and short
    sentences between kept parts, and short sentences next to kept blocks (news items under its length
    thresholds). Returns the new selection and the container."""
    chosen = set(selected)
    scope = _common_ancestor([blocks.owners[i] for i in selected])
    if scope is None:
        return selected, None
    frame = _article_frame(scope)
    cache: dict[Any, str | None] = {}
    boxes: dict[Any, bool] = {}
    first, last = selected[0], selected[-1]
    members = set(frame.iter())

    def fits(i: int) -> bool:
        if (
            blocks.owners[i] not in members
            or (blocks.kinds[i] == "h" and blocks.levels[i] == 1)
            or (
                blocks.link_share(i) > MAX_FILL_LINK_SHARE
                and not _linked_item(blocks, i, first, last, chosen)
            )
        ):
            return False
        reason = negative_reason(blocks.owners[i], frame, cache)
        if not reason:
            return True
        return (
            reason in WEAK_NEGATIVE and first < i < last and _text_box(blocks, page, i, frame, first, boxes)
        )

    for i in range(len(blocks)):
        if i in chosen:
            continue
        between = first <= i <= last
        short_ok = between and (page.sentence[i] or blocks.kinds[i] in ("li", "h")) and page.words[i] >= 3
        if (page.prose[i] or short_ok) and fits(i):
            chosen.add(i)
    # the dek: a sentence right under the headline, before the kept text
    if 0 <= headline < first:
        for i in range(headline + 1, min(first, headline + 1 + DEK_WINDOW)):
            if i in chosen or blocks.kinds[i] != "p" or page.words[i] < MIN_NEIGHBOUR_WORDS:
                continue
            if blocks.link_share(i) <= MAX_FILL_LINK_SHARE and (
                page.sentence[i] or page.words[i] >= MIN_FILL_WORDS
            ):
                if not dates.is_dateline(blocks.texts[i]) and not _negative(blocks.owners[i]):
                    chosen.add(i)
                break
    # short sentences right next to what is kept
    grown = True
    while grown:
        grown = False
        for i in range(len(blocks)):
            if i in chosen or not ((i - 1) in chosen or (i + 1) in chosen):
                continue
            if _continues_text(blocks, page, i) and fits(i):
                chosen.add(i)
                grown = True
    _grow_over_prose(blocks, page, chosen, headline, first, frame)
    _complete_lists(blocks, chosen, members, frame, cache)
    return sorted(chosen), frame


def _grow_over_prose(
    blocks: PageBlocks, page: cleaner.Page, chosen: set[int], headline: int, first: int, frame: Any
) -> None:
    """Paragraphs of prose right before readability's selection (from ``first``) or after what is chosen
    belong to it even across the edge of its container (readability took the part after a "read more"
    break, or only the intro): the selection grows over them, stepping over at most MAX_GROW_GAP short
    blocks (a caption, a "Read more" link), never above the headline, past the byline or a date line,
    into page chrome or a non-body container, past a trailer marker or into a second copy of the text."""
    anchor = blocks.owners[first]
    known = " ".join(_key(blocks.texts[i]) for i in chosen)
    for step, start, stop in ((-1, first - 1, max(headline, -1)), (1, max(chosen) + 1, len(blocks))):
        gap = 0
        i = start
        while i != stop and gap <= MAX_GROW_GAP:
            if i in chosen:  # the dek, a short sentence already taken
                gap = 0
                i += step
                continue
            text = blocks.texts[i]
            if (
                (blocks.kinds[i] == "h" and blocks.levels[i] == 1)
                or rules.is_trailer(text, page.words[i])
                or dates.is_dateline(text)
                or metadata.find_byline(text, page.words[i])
            ):
                break  # the headline, a trailer, or the byline that ends the header above the text
            if page.prose[i] and blocks.link_share(i) <= MAX_FILL_LINK_SHARE:
                opening = " ".join(_key(text).split()[:DUPLICATE_WORDS])
                if _outside_text(blocks.owners[i], anchor, frame) or opening in known:
                    break  # chrome, or a second copy of the text (a summary box, the page's other layout)
                chosen.add(i)
                gap = 0
            else:
                gap += 1
            i += step


def _complete_lists(
    blocks: PageBlocks, chosen: set[int], members: set[Any], frame: Any, cache: dict[Any, str | None]
) -> None:
    """A list is one unit: when at least half of its items are kept, the others are items of the same
    list (a changelog entry that is mostly links, a short item), not chrome."""
    lists: dict[Any, list[int]] = {}
    for i in range(len(blocks)):
        if blocks.kinds[i] == "li":
            parent = blocks.owners[i].getparent()
            if parent is not None and parent in members:
                lists.setdefault(parent, []).append(i)
    for items in lists.values():
        kept = sum(1 for i in items if i in chosen)
        if kept == len(items) or kept < MIN_LIST_SHARE * len(items):
            continue
        for i in items:
            if i not in chosen and not negative_reason(blocks.owners[i], frame, cache):
                chosen.add(i)


def _linked_item(blocks: PageBlocks, i: int, first: int, last: int, chosen: set[int]) -> bool:
    """A list item between two kept parts of the text that links some of its words ("Ana fixed bug 2231
    in the meter app"), in a list with another item kept: an entry of the article's own list. Items that are
    one link are headlines of other stories; a list of linked teasers has no item of the text."""
    if blocks.kinds[i] != "li" or not first < i < last or blocks.link_share(i) > MAX_ITEM_LINK_SHARE:
        return False
    if len(blocks.texts[i].split()) - blocks.link_chars[i] // AVERAGE_WORD_CHARS < MIN_ITEM_OWN_WORDS:
        return False
    parent = blocks.owners[i].getparent()
    return any(
        k in chosen and blocks.kinds[k] == "li" and blocks.owners[k].getparent() is parent
        for k in range(max(first, i - MAX_ITEM_DISTANCE), min(last, i + MAX_ITEM_DISTANCE) + 1)
    )


def _text_box(
    blocks: PageBlocks, page: cleaner.Page, i: int, frame: Any, first: int, boxes: dict[Any, bool]
) -> bool:
    """Is block i in a small box of the article's own (a product or info box, classed only with a vague
    word such as "widget"): the outermost non-body container around it that does not also hold the text
    (``first``: a block of it) has at most MAX_BOX_WORDS words and a paragraph of prose. A gallery or a
    list of other stories is bigger; a box of links has no prose."""
    text = blocks.owners[first]
    box = None
    node = blocks.owners[i]
    while node is not None and node is not frame and not _inside(text, node):
        reason = _negative(node)
        if reason:
            if reason not in WEAK_NEGATIVE:
                return False
            box = node
        node = node.getparent()
    if box is None:
        return False
    known = boxes.get(box)
    if known is None:
        known = len(box.text_content().split()) <= MAX_BOX_WORDS and any(
            page.prose[k] and blocks.link_share(k) <= MAX_FILL_LINK_SHARE
            for k in range(max(0, i - MAX_BOX_BLOCKS), min(len(blocks), i + MAX_BOX_BLOCKS + 1))
            if _inside(blocks.owners[k], box)
        )
        boxes[box] = known
    return known


def _outside_text(owner: Any, anchor: Any, frame: Any) -> bool:
    """Is an element in page chrome, or in a non-body container below its common ancestor with the text
    (or below the article's frame, when it is inside it)?"""
    common = _common_ancestor([owner, anchor])
    if common is None or common.tag in ("body", "html") or _page_chrome(owner):
        return True
    if frame is not None and _inside(owner, frame) and _inside(frame, common):
        common = frame
    node = owner
    while node is not None and node is not common:
        if _negative(node):
            return True
        node = node.getparent()
    return False


def _continues_text(blocks: PageBlocks, page: cleaner.Page, i: int) -> bool:
    """Next to a kept block, what still belongs to the text: a short sentence, a list item, or the
    heading of a list that follows."""
    if page.sentence[i] and page.words[i] >= MIN_NEIGHBOUR_WORDS:
        return True
    if blocks.kinds[i] == "li" and page.words[i] >= 2:
        return True
    return blocks.kinds[i] == "h" and i + 1 < len(blocks) and blocks.kinds[i + 1] == "li"


def _article_frame(scope: Any) -> Any:
    """The element that holds the whole article: an <article>/<main> or itemprop=articleBody ancestor of
    the selection's container, else the container itself."""
    for node in (scope, *scope.iterancestors()):
        if node.tag in ("article", "main") or (node.get("itemprop") or "") == "articleBody":
            return node
        if node.tag == "body":
            break
    return scope


def _inside(element: Any, container: Any) -> bool:
    node = element
    while node is not None:
        if node is container:
            return True
        node = node.getparent()
    return False


# The article --------------------------------------------------------------------------------------------


def clean_html(source: Source, *, options: Options) -> Article:
    """Clean one HTML page into an Article (kind "html"). Raises NoArticleError when it has no text."""
    root = parse(repair_charset(source.text, source.encoding))
    if root is None:
        raise NoArticleError("no HTML document in the input", path=source.path)
    meta = htmlmeta.read(root)
    prune(root)
    blocks = page_blocks(root)
    if not blocks.texts:
        raise NoArticleError("the page has no text", path=source.path)

    found_by: dict[str, str] = {}
    title = htmlmeta.find(htmlmeta.TITLE_FINDERS, meta)
    if title is not None:
        found_by["title"] = title.finder

    language_mark = htmlmeta.find(htmlmeta.LANGUAGE_FINDERS, meta)
    all_blocks = Blocks(
        blocks.texts,
        blocks.lines,
        blocks.kinds,
        blocks.blank_before,
        [True] * len(blocks),
        blocks.bullets,
        blocks.levels,
    )
    sample = _language_sample(blocks.texts)
    guessed = guess_language(sample)
    language = guessed or (language_mark.value if language_mark else None)
    page = cleaner.features(all_blocks, language)

    removals: list[Removal] = []
    headline = _headline_block(blocks, title)
    guide = htmlmeta.jsonld_body(meta)
    selection = _select(root, blocks, page, guide, headline)
    selection = _anchor_to_title(blocks, page, selection, title)
    if guide:
        selection = _follow_guide(blocks, page, selection, guide, headline)
    if not selection.indices:
        raise NoArticleError("no article text found in the page", path=source.path)
    chosen = set(selection.indices)
    for i in range(len(blocks)):
        if i not in chosen:
            removals.append(
                Removal(
                    i,
                    blocks.lines[i],
                    "outside_article",
                    f"not in the main content ({selection.method})",
                    blocks.texts[i],
                )
            )

    kept, dropped = _clean_selection(blocks, page, selection.indices, title, meta, language)
    removals.extend(dropped)
    removals.sort(key=lambda r: r.index)
    if not kept:
        raise NoArticleError("no article text left in the page", path=source.path)
    body = tuple(
        Block(
            blocks.texts[i],
            i,
            blocks.lines[i],
            blocks.kinds[i],
            blocks.blank_before[i],
            True,  # type: ignore[arg-type]
            blocks.bullets[i],
            blocks.levels[i] if blocks.kinds[i] == "h" else 0,
            blocks.links[i],
        )
        for i in kept
    )
    body = tuple(replace(b, level=max(2, b.level)) if b.kind == "h" else b for b in body)

    now = options.now or source.mtime
    date_value, date_finder = _find_date(meta, blocks, page, kept, title, now, language)
    if date_finder:
        found_by["date"] = date_finder

    fields: dict[str, str | None] = {}
    for name, finders in (
        ("author", htmlmeta.AUTHOR_FINDERS),
        ("site", htmlmeta.SITE_FINDERS),
        ("subtitle", htmlmeta.DESCRIPTION_FINDERS),
        ("url", htmlmeta.URL_FINDERS),
    ):
        found = htmlmeta.find(finders, meta)
        fields[name] = found.value if found else None
        if found:
            found_by[name] = found.finder
    if language:
        found_by["language"] = "guess_language" if guessed else language_mark.finder  # type: ignore[union-attr]
    if language_mark and not guessed:
        language = language_mark.value
    found_by["body"] = selection.method
    return Article(
        title=title.value if title else None,
        date=date_value,
        body=body,
        subtitle=fields["subtitle"],
        author=fields["author"],
        site=fields["site"],
        language=language,
        url=fields["url"],
        kind="html",
        layout="html",
        found_by=found_by,
        removals=tuple(removals),
        path=source.path,
    )


def _language_sample(texts: list[str]) -> str:
    sample: list[str] = []
    size = 0
    for text in sorted(texts, key=len, reverse=True):
        sample.append(text)
        size += len(text)
        if size >= LANGUAGE_SAMPLE_CHARS:
            break
    return "\n".join(sample)


def _words_of(page: cleaner.Page, indices: list[int]) -> int:
    return sum(page.words[i] for i in indices)


def _select(root: Any, blocks: PageBlocks, page: cleaner.Page, guide: str, headline: int) -> _Selection:
    """readability's choice, mended; the own method when readability returns nothing, the whole page,
    too little, or a region the own method and the page's JSON-LD ``articleBody`` both contradict."""
    kept = readability_selection(root)
    readable: list[int] = []
    if kept is not None:
        readable = [i for i in range(len(blocks)) if _number(blocks.owners[i]) in kept]
    whole = readable
    if readable and (len(readable) < len(blocks) or len(blocks) <= SMALL_PAGE_BLOCKS):
        readable, _frame = fill_split_body(blocks, page, readable, headline)
    else:
        readable = []
    page_copy = cleaner.Page(
        page.blocks,
        page.language,
        page.words,
        list(page.sentence),
        list(page.prose),
        page.caps,
        page.stop,
        list(page.dropped),
    )
    own = own_selection(blocks, page_copy)
    if not readable and not own:
        # a page too short for both methods: what readability kept, else every block (the line rules
        # still drop the chrome); nothing when not one block is a sentence or prose that is not mostly
        # links (a page that is all navigation has no article)
        fallback = whole or list(range(len(blocks)))
        if not any(
            (page.sentence[i] or page.prose[i]) and blocks.link_share(i) <= MAX_FILL_LINK_SHARE
            for i in fallback
        ):
            return _Selection([], "whole_page")
        return _Selection(fallback, "whole_page")
    if not readable:
        return _Selection(own, "densest_prose")
    if not own or len(blocks) <= SMALL_PAGE_BLOCKS:
        return _Selection(readable, "readability")
    shared = _words_of(page, sorted(set(readable) & set(own)))
    r_words, o_words = _prose_of(blocks, page, readable), _prose_of(blocks, page, own)
    if shared >= AGREEMENT * min(_words_of(page, readable), _words_of(page, own)):
        return _Selection(readable, "readability")
    guide_tokens = set(_TOKEN_RE.findall(guide.lower())) if guide else set()
    if len(guide_tokens) >= MIN_GUIDE_TOKENS:
        r_cover = _coverage(blocks, readable, guide_tokens)
        o_cover = _coverage(blocks, own, guide_tokens)
        if o_cover > r_cover + GUIDE_MARGIN:
            return _Selection(own, "densest_prose (agrees with JSON-LD articleBody)")
        if r_cover > o_cover + GUIDE_MARGIN:
            return _Selection(readable, "readability (agrees with JSON-LD articleBody)")
    if o_words >= OWN_METHOD_FACTOR * r_words or r_words < MIN_SELECTION_WORDS <= o_words:
        return _Selection(own, "densest_prose")
    return _Selection(readable, "readability")


def _follow_guide(
    blocks: PageBlocks, page: cleaner.Page, selection: _Selection, guide: str, headline: int
) -> _Selection:
    """The page's JSON-LD ``articleBody`` is the publisher's own copy of the text (often cut short, without
    paragraphs): a block of the page that it contains word for word is body, wherever the markup put
    it (a list item readability dropped, a part in another container)."""
    text = " ".join(_TOKEN_RE.findall(guide.lower()))
    if len(text) < MIN_GUIDE_CHARS:
        return selection
    chosen = set(selection.indices)
    added = False
    for i in range(len(blocks)):
        if i in chosen or i == headline or page.words[i] < MIN_GUIDE_BLOCK_WORDS:
            continue
        if blocks.link_share(i) > MAX_FILL_LINK_SHARE or (blocks.kinds[i] == "h" and blocks.levels[i] == 1):
            continue
        if " ".join(_TOKEN_RE.findall(blocks.texts[i].lower())) in text:
            chosen.add(i)
            added = True
    if not added:
        return selection
    return _Selection(sorted(chosen), selection.method + " + JSON-LD articleBody")


def _headline_block(blocks: PageBlocks, title: Candidate | None) -> int:
    """Index of the h1 block that holds the title, or -1."""
    if title is None:
        return -1
    key = _key(title.value)
    return next(
        (
            i
            for i in range(len(blocks))
            if blocks.kinds[i] == "h" and blocks.levels[i] == 1 and _key(blocks.texts[i]) == key
        ),
        -1,
    )


def _anchor_to_title(
    blocks: PageBlocks, page: cleaner.Page, selection: _Selection, title: Candidate | None
) -> _Selection:
    """On a page of several articles (an infinite-scroll feed, a live page), the article is the one
    whose headline is the page's title: when the headline's <article> holds enough prose and the
    selection lies mostly outside it, the densest prose inside that <article> is taken instead."""
    if title is None or not selection.indices:
        return selection
    key = _key(title.value)
    heads = [
        i
        for i in range(len(blocks))
        if blocks.kinds[i] == "h" and blocks.levels[i] == 1 and _key(blocks.texts[i]) == key
    ]
    if not heads:
        return selection
    frame = next(
        (
            a
            for a in blocks.owners[heads[0]].iterancestors()
            if a.tag == "article" or "Article" in (a.get("itemtype") or "")
        ),
        None,
    )
    if frame is None:
        return selection
    inside = [i for i in range(heads[0], len(blocks)) if _inside(blocks.owners[i], frame)]
    if not inside:
        return selection
    total = max(1, _words_of(page, selection.indices))
    within = _words_of(page, [i for i in selection.indices if _inside(blocks.owners[i], frame)])
    if within >= AGREEMENT * total or _prose_of(blocks, page, inside) < MIN_SELECTION_WORDS:
        return selection
    lo, hi = inside[0], inside[-1] + 1
    sub = blocks.subset(list(range(lo, hi)))
    sub_page = cleaner.features(sub, page.language)
    picked = own_selection(_slice(blocks, lo, hi), sub_page)
    if not picked:
        return selection
    return _Selection([lo + k for k in picked], "densest_prose (the headline's article)")


def _slice(blocks: PageBlocks, lo: int, hi: int) -> PageBlocks:
    return PageBlocks(
        blocks.texts[lo:hi],
        blocks.kinds[lo:hi],
        blocks.levels[lo:hi],
        blocks.lines[lo:hi],
        blocks.blank_before[lo:hi],
        blocks.bullets[lo:hi],
        blocks.owners[lo:hi],
        blocks.link_chars[lo:hi],
    )


def _prose_of(blocks: PageBlocks, page: cleaner.Page, indices: list[int]) -> int:
    """Words of the prose blocks that are not mostly links."""
    return sum(
        page.words[i] for i in indices if page.prose[i] and blocks.link_share(i) <= MAX_FILL_LINK_SHARE
    )


def _coverage(blocks: PageBlocks, indices: list[int], guide: set[str]) -> float:
    """Share of the guide's distinct words that the selection contains."""
    found: set[str] = set()
    for i in indices:
        found.update(_TOKEN_RE.findall(blocks.texts[i].lower()))
    return len(found & guide) / len(guide)


def _clean_selection(
    blocks: PageBlocks,
    page: cleaner.Page,
    selected: list[int],
    title: Candidate | None,
    meta: htmlmeta.PageMeta,
    language: str | None,
) -> tuple[list[int], list[Removal]]:
    """Drop chrome inside the selection: non-body containers, the headline again, bylines and date lines
    before the text, then the shared line rules, trailer cut and headline lists."""
    removals: list[Removal] = []
    common = _common_ancestor([blocks.owners[i] for i in selected])
    scope = _article_frame(common) if common is not None else None
    around = _page_chrome(common)
    if around:
        # the whole selection is a menu, a footer or a sidebar: there is no article on this page
        for i in selected:
            removals.append(
                Removal(i, blocks.lines[i], "drop_non_body_container", f"inside {around}", blocks.texts[i])
            )
        return [], removals
    title_key = _key(title.value) if title else ""
    keep: list[int] = []
    reasons = _negative_groups(blocks, page, selected, scope)
    # a page that marks its sections with h1s (several of them in the text) has no headline among them
    sections = sum(
        1
        for i in selected
        if blocks.kinds[i] == "h" and blocks.levels[i] == 1 and _key(blocks.texts[i]) != title_key
    )
    for i in selected:
        text = blocks.texts[i]
        reason = reasons.get(i)
        if reason:
            removals.append(Removal(i, blocks.lines[i], "drop_non_body_container", f"inside {reason}", text))
            continue
        if title_key and _key(text) == title_key:
            removals.append(Removal(i, blocks.lines[i], "drop_repeated_title", "the headline", text))
            continue
        if blocks.kinds[i] == "h" and blocks.levels[i] == 1 and sections < MIN_H1_SECTIONS:
            removals.append(Removal(i, blocks.lines[i], "drop_repeated_title", "an h1 inside the body", text))
            continue
        keep.append(i)
    if not keep:
        return [], removals
    keep = _drop_notes(blocks, page, keep, removals)
    keep = _drop_inner_markers(blocks, page, keep, removals)
    keep = _drop_tail_outside_body(blocks, page, keep, removals)
    sub = blocks.subset(keep)
    sub_page = cleaner.features(sub, language)
    # bylines and date lines before the first paragraph of prose
    first_prose = next((k for k in range(len(keep)) if sub_page.prose[k]), len(keep))
    for k in range(first_prose):
        if metadata.is_metadata_line(sub_page, k):
            sub_page.drop(k, "drop_dateline", "byline or date line before the text")
    for k in range(len(keep)):
        # a long paragraph of prose is text in HTML, whatever words it uses ("cookies", "sign up"):
        # the markup already set the chrome apart
        if sub_page.dropped[k] is None and not (sub_page.prose[k] and sub_page.words[k] >= LONG_PROSE_WORDS):
            rule = cleaner.chrome_rule(sub_page, k)
            if rule is not None and not (sub.kinds[k] == "h" and rule.name in NOT_FOR_HEADINGS):
                sub_page.drop(k, rule.name, f"{rule.what}: {sub.texts[k][:60]!r}")
    for k in range(len(keep)):
        if sub.texts[k].endswith(":"):
            # "More from his segment:" introduces what follows (a quote, a list): not a trailer marker
            sub_page.sentence[k] = True
    end = cleaner.cut_at_trailer(sub_page, 0, len(keep))
    cleaner.drop_headline_list(sub_page, 0, end)
    # a short label ending in ':' with nothing after it ("Related content:", "Watch the video:") introduced
    # a list or a player that is gone
    last = next((k for k in range(len(keep) - 1, -1, -1) if sub_page.dropped[k] is None), -1)
    if last >= 0 and sub.texts[last].endswith(":") and sub_page.words[last] <= MAX_END_LABEL_WORDS:
        sub_page.drop(last, "drop_end_label", f"a label over nothing: {sub.texts[last][:60]!r}")
    kept: list[int] = []
    for k, i in enumerate(keep):
        drop = sub_page.dropped[k]
        if drop is None:
            kept.append(i)
        else:
            removals.append(Removal(i, blocks.lines[i], drop[0], drop[1], blocks.texts[i]))
    return kept, removals


def note_kind(text: str, words: int) -> str | None:
    """What kind of note around the article a block is (a credit line, a correction, a newsletter appeal, an
    author's bio ...), or None. Wikipedia-style reference lists ("^ Smith, J. (2001) ...") are the text of
    their page, not notes."""
    if words > MAX_NOTE_WORDS or text.startswith("^"):
        return None
    for what, pattern in _NOTE_PATTERNS:
        if pattern.search(text):
            return what
    if _BIO_NOTE_RE.match(text.lstrip("—–-•* ")):
        return "the author's bio"
    if _CREDITED_CAPTION_RE.search(text):
        return "a photo caption with its credit"
    return None


def _drop_notes(
    blocks: PageBlocks, page: cleaner.Page, keep: list[int], removals: list[Removal]
) -> list[int]:
    """Notes that sit in the article's container but are not its text (:func:`note_kind`), wherever they
    are: an editor's note above the text, a credit or contact line below it."""
    out: list[int] = []
    for i in keep:
        what = note_kind(blocks.texts[i], page.words[i]) if blocks.kinds[i] != "h" else None
        if what:
            removals.append(Removal(i, blocks.lines[i], "drop_note", what, blocks.texts[i]))
        else:
            out.append(i)
    return out


def _drop_tail_outside_body(
    blocks: PageBlocks, page: cleaner.Page, keep: list[int], removals: list[Removal]
) -> list[int]:
    """After the last paragraph of the body's own container (the parent element that holds most of the
    prose), short blocks in other containers are notes around the article: the author's bio, a
    "support our journalism" appeal, an affiliate disclaimer, a gallery link."""
    weight: dict[Any, int] = {}
    for i in keep:
        if page.prose[i]:
            parent = blocks.owners[i].getparent()
            if parent is not None:
                weight[parent] = weight.get(parent, 0) + page.words[i]
    if not weight:
        return keep
    body = max(weight, key=lambda key: weight[key])
    if weight[body] < TAIL_BODY_SHARE * sum(weight.values()):
        return keep
    last = max(k for k, i in enumerate(keep) if blocks.owners[i].getparent() is body)
    tail = keep[last + 1 :]
    if len(tail) > MAX_TAIL_BLOCKS or _words_of(page, tail) > MAX_TAIL_SHARE * _words_of(page, keep):
        return keep  # another part of the body, not a note
    out = keep[: last + 1]
    for i in tail:
        if page.words[i] <= MAX_TAIL_WORDS:
            removals.append(
                Removal(
                    i,
                    blocks.lines[i],
                    "drop_tail_outside_body",
                    "after the body's container, a note around the article",
                    blocks.texts[i],
                )
            )
        else:
            out.append(i)
    return out


def _drop_inner_markers(
    blocks: PageBlocks, page: cleaner.Page, keep: list[int], removals: list[Removal]
) -> list[int]:
    """A trailer marker ("Sign up for our newsletter", "Related", "Comments (5)") inside the body, with
    enough prose after it, is a widget between two parts of the text: it goes alone. The shared trailer
    cut would take the paragraph after it as "the list under the marker", or everything after a hard
    trailer; in HTML the comments and boxes themselves are already gone with their containers, so prose
    that is still there after the marker is the article's."""
    out: list[int] = []
    prose_after = [0] * (len(keep) + 1)
    for k in range(len(keep) - 1, -1, -1):
        i = keep[k]
        prose_after[k] = prose_after[k + 1] + (page.words[i] if page.prose[i] else 0)
    for k, i in enumerate(keep):
        text = blocks.texts[i]
        marker = rules.is_trailer(text, page.words[i]) or _is_hard_trailer(text, page.words[i])
        if marker and prose_after[k + 1] >= cleaner.MIN_WORDS_AFTER_TRAILER:
            removals.append(
                Removal(
                    i, blocks.lines[i], "cut_at_trailer", f"marker {text[:60]!r} inside the article", text
                )
            )
            continue
        out.append(i)
    return out


def _page_chrome(element: Any) -> str | None:
    """The page-level menu, footer or sidebar that holds the element (tag or ARIA role), if any."""
    for node in (element, *element.iterancestors()) if element is not None else ():
        if node.tag in ("nav", "aside", "footer"):
            return f"<{node.tag}>"
        role = node.get("role") or ""
        if role in ("navigation", "contentinfo", "complementary", "banner"):
            return f"role={role!r}"
    return None


def _is_hard_trailer(text: str, words: int) -> bool:
    """A line the shared rules treat as a hard trailer (a comments heading, a footer, a disclaimer)."""
    check = getattr(rules, "is_hard_trailer", None)
    if check is not None and check(text, words):
        return True
    rule = rules.line_rule_for(text, words) if words <= cleaner.MAX_RULE_WORDS else None
    return bool(rule is not None and getattr(rule, "trailer", False))


def _negative_groups(
    blocks: PageBlocks, page: cleaner.Page, selected: list[int], scope: Any
) -> dict[int, str]:
    """Blocks inside a non-body container (under the selection's common ancestor), when the containers
    of that kind (same tag, class or id word) hold less than MAX_NEGATIVE_SHARE of the selection's words."""
    total = max(1, _words_of(page, selected))
    groups: dict[str, tuple[str, list[int]]] = {}
    cache: dict[Any, tuple[str, Any] | None] = {}
    boxes: dict[Any, bool] = {}
    prose = [i for i in selected if page.prose[i]]
    for i in selected:
        found = _negative_container(blocks.owners[i], scope, cache)
        if (
            found
            and found[0] in WEAK_NEGATIVE
            and prose
            and prose[0] < i < prose[-1]
            and _text_box(blocks, page, i, scope, prose[0], boxes)
        ):
            continue  # a product box between two parts of the text
        if found:
            groups.setdefault(found[0], (found[0], []))[1].append(i)
    out: dict[int, str] = {}
    for reason, members in groups.values():
        if len(members) < MIN_WRAPPER_BLOCKS or _words_of(page, members) < MAX_NEGATIVE_SHARE * total:
            for i in members:
                out[i] = reason
    return out


def _negative_container(
    owner: Any, scope: Any, cache: dict[Any, tuple[str, Any] | None]
) -> tuple[str, Any] | None:
    """The outermost non-body container between a block's element and the scope, with the reason."""
    chain: list[Any] = []
    node = owner
    while node is not None and node is not scope:
        chain.append(node)
        node = node.getparent()
    found: tuple[str, Any] | None = None
    for element in reversed(chain):  # outermost first
        key = element
        if key in cache:
            if cache[key] is not None:
                found = cache[key]
                break
            continue
        reason = _negative(element)
        cache[key] = (reason, element) if reason else None
        if reason:
            found = (reason, element)
            break
    return found


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _find_date(
    meta: htmlmeta.PageMeta,
    blocks: PageBlocks,
    page: cleaner.Page,
    kept: list[int],
    title: Candidate | None,
    now: _dt.datetime | None,
    language: str | None,
) -> tuple[_dt.date | None, str | None]:
    """The date chain: markup first, then a date line near the headline, then the URL and the rest."""
    found = htmlmeta.find(htmlmeta.DATE_FINDERS, meta, now)
    if found is None:
        found = _dateline_near_headline(blocks, kept, title, now, language)
    if found is None:
        found = htmlmeta.find(htmlmeta.LATE_DATE_FINDERS, meta, now)
    if found is None:
        return None, None
    return _dt.date.fromisoformat(found.value), found.finder


def _dateline_near_headline(
    blocks: PageBlocks,
    kept: list[int],
    title: Candidate | None,
    now: _dt.datetime | None,
    language: str | None,
) -> Candidate | None:
    """A short block that is a date line, near the headline (or before the text when there is none)."""
    day_first = None if language is None else language not in MONTH_FIRST
    anchor = -1
    if title is not None:
        key = _key(title.value)
        anchor = next((i for i in range(len(blocks)) if _key(blocks.texts[i]) == key), -1)
        if anchor < 0:  # the h1 carries a kicker or the title came from the metadata
            anchor = next(
                (
                    i
                    for i in range(len(blocks))
                    if blocks.kinds[i] == "h"
                    and blocks.levels[i] == 1
                    and key
                    and key in _key(blocks.texts[i])
                ),
                -1,
            )
    if anchor < 0 and kept:
        # the headline is an h1 over the text that the title did not come from ("The last ferry"
        # over a page titled with its dek)
        anchor = next(
            (i for i in range(kept[0] - 1, -1, -1) if blocks.kinds[i] == "h" and blocks.levels[i] == 1), -1
        )
    if anchor < 0 and kept:
        anchor = kept[0]
    if anchor < 0:
        return None
    stop = min(len(blocks), max(anchor + DATELINE_WINDOW, (kept[0] + 2) if kept and kept[0] > anchor else 0))
    for i in range(max(0, anchor - 2), min(stop, anchor + MAX_DATELINE_SPAN)):
        text = blocks.texts[i]
        if len(text) > dates.DATELINE_MAX_CHARS or not any(ch.isdigit() for ch in text):
            continue
        # a date bar ("Dec 18, 2023 3 min read", "By Jo Lee | March 9, 2023"): mostly a date, or short
        if dates.is_dateline(text) or len(text.split()) <= MAX_DATELINE_WORDS:
            for match in dates.find_dates(text, now=now, day_first=day_first):
                if not match.relative:
                    return Candidate(match.value.isoformat(), "dateline_near_title", text[:80], i)
    return None
