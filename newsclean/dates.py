"""Find and normalise publication dates in text lines of saved news pages.

The text cleaner calls these functions on every line of a page, so the hot path is precompiled regular
expressions and small lookup tables only: a line without a year-like number is rejected after one C-level
scan (unless relative dates are wanted), the full date pattern only runs in a small window around such a
number, month and weekday names are read by one generic "word" group and looked up in a dict instead of a
regex alternation of several hundred names, and dateparser is never imported here (on 50 real date lines
of the naeb dumps, dateparser.parse read 16 and search_dates 35, with 15 wrong days, at 2 to 40 ms a call).

What is recognised (tests/test_dates.py has one row per form):

* numeric: ``2026-03-02``, ``2026-03-02T16:05:00+01:00``, ``2026/03/02``, ``2026.03.02``, ``3/2/2026``,
  ``3/2/26``, ``12-22-2023``, ``02.03.2026``, Korean ``2026. 3. 2.``, CJK ``2026年3月2日`` /
  ``2026년 3월 2일``; the compact stamp ``20260302`` only in :func:`parse_date` (an 8-digit number in
  prose is not a date);
* month names in en, fr, de, es, it, pt, nl, sv, da, no, pl, cs, ro, ru, uk, tr, id, hu, fi (full names,
  genitive/partitive forms, abbreviations with or without a dot, any case, accents optional):
  month-first (English only: ``Dec. 22, 2023``, ``March 2, 2026``), day-first (``22nd December 2023``,
  ``2. März 2026``, ``2 de marzo de 2026``) and Hungarian year-first (``2026. március 2.``);
* a weekday before the date (``Monday, Mar 02, 2026``, ``lundi 2 mars 2026``), a clock time and time zone
  after it (``at 4:05 p.m. EST``, ``à 14h05``, ``um 14:05 Uhr``, ``kl. 14.05``);
* relative expressions (``2 hours ago``, ``vor 3 Tagen``, ``il y a 2 jours``, ``hace 3 días``, ``3 天前``,
  ``yesterday``), only when the caller passes ``now``.

Numeric day/month order: a part greater than 12 decides; otherwise dotted dates (``02.03.2026``) are
day-first (no locale writes month.day.year), and slashed or dashed ones are month-first unless the caller
passes ``day_first=True`` (from the page language).

Years before :data:`MIN_YEAR` and days more than :data:`MAX_YEARS_AHEAD` year after ``now`` (or today) are
rejected, as are impossible days (Feb 30).

Not read: dates without a year ("Saturday, Dec 23"), a month and year without a day ("September 2023"),
non-ASCII digits ("２０２６年"), times written before the date ("11:25, 17 Dec 2023" matches from "17"),
and relative expressions without digits ("an hour ago", "yesterday") in lines longer than
:data:`WORD_RELATIVE_MAX_CHARS`. Relative months and years count as 30 and 365 days.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass
from typing import Final, Literal, NamedTuple

__all__ = ["MAX_YEARS_AHEAD", "MIN_YEAR", "DateMatch", "find_dates", "is_dateline", "parse_date"]

Label = Literal["published", "updated"]

# --------------------------------------------------------------------------------------------------------
# Thresholds
# --------------------------------------------------------------------------------------------------------

#: Earliest accepted year. News sites appeared on the web in the mid-1990s; older years on a scraped page
#: are copyright notices, founding years, birth dates or the Unix epoch printed as "Dec 31, 1969".
MIN_YEAR: Final = 1995
#: A date more than this many years after ``now`` is a typo, an event listing or a licence expiry, not a
#: publication date. One year leaves room for time-zone and clock differences around New Year.
MAX_YEARS_AHEAD: Final = 1
#: How far before a date a label word ("Published", "Updated") may stand, in characters. The longest
#: label-to-date gap in the naeb dumps is a byline, "Published by <first> <last> on " (about 40 chars).
LABEL_WINDOW: Final = 48
#: How far before a date a weekday name may start: the longest names ("segunda-feira", "poniedziałek",
#: "воскресенье") are 11-13 characters, plus ", " and a little slack.
WEEKDAY_WINDOW: Final = 20
#: Date bars are short. The longest in the naeb dumps ("Published: Dec 22, 2023 12:15:02 PM IST" with a
#: byline) are well under 100 characters; a longer line is a sentence that mentions a date.
DATELINE_MAX_CHARS: Final = 160
#: A date bar without digits holds only a relative word ("yesterday", "an hour ago") and a label: the
#: longest such line is about 35 characters ("Zuletzt aktualisiert: vorgestern", "Last updated: 2 hours ago"
#: has a digit). Longer digit-free lines are not scanned by is_dateline.
DIGITLESS_DATELINE_MAX_CHARS: Final = 40
#: is_dateline/parse_date: at most this share of a line's letters and digits may lie outside date tokens
#: (dates, times, time zones, label words and connectors such as "on", "at", "le", "um"). A quarter keeps
#: "Published by Jo Lee on Dec 22, 2023" (a byline) but rejects "Stephen Edelstein December 22, 2023
#: Comment Now!" and "Feb 12, 2024 | Astronomy".
DATELINE_MAX_LEFTOVER: Final = 0.25
#: "today", "yesterday", "heute", "hier" ... are common words in prose and names ("USA TODAY"). They count
#: as a date only with a clock time after them, a label before them, or at most this many other
#: letters/digits on the line (a line that is just "Yesterday" or "Today:").
DAYWORD_MAX_LEFTOVER: Final = 0
#: How far before its year (or first number) a date may start: "22nd de septiembre de " is 22 characters,
#: "2 de października de " 21. (A window that starts inside a word is widened to the word's start, for a
#: name glued to the month: "By Jo MathewsonFebruary 14, 2024".)
MAX_DATE_LEAD: Final = 28
#: How far after the start of its year a date's core may end: "2026-03-02T16:05:00.000000+01:00" is 32.
MAX_DATE_TAIL: Final = 40
#: How far before an "ago" word its number word and unit may start: "een minuut geleden" needs 11.
ONE_UNIT_LEAD: Final = 24
#: Relative expressions written without digits ("an hour ago", "yesterday", "vor einem Tag") are only
#: looked for in lines up to this long: in longer text they are narrative, not a date bar.
WORD_RELATIVE_MAX_CHARS: Final = DATELINE_MAX_CHARS
#: The longest month name ("października", "maaliskuuta"), for reading a name glued to an all-caps word.
MAX_MONTH_NAME_CHARS: Final = 12
#: A relative month or year is resolved as this many days (dateparser does the same kind of rounding).
DAYS_PER_MONTH: Final = 30
DAYS_PER_YEAR: Final = 365

# --------------------------------------------------------------------------------------------------------
# Public record
# --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date found in a text.

    ``start``/``end`` span the date as written, including a weekday before it and a clock time and time
    zone after it, but not a label word ("Published:") before it.
    """

    #: the calendar day
    value: datetime.date
    #: span of the match in the searched text
    start: int
    end: int
    #: "published" or "updated" from a label word shortly before the date, else None
    label: Label | None
    #: resolved from an expression such as "2 hours ago" or "yesterday" against ``now``
    relative: bool
    #: a clock time was part of the match
    has_time: bool
    #: the matched text, ``text[start:end]``
    text: str


# --------------------------------------------------------------------------------------------------------
# Name tables (built once at import; lookups use lower case, then accents stripped)
# --------------------------------------------------------------------------------------------------------


def _fold(word: str) -> str:
    """Lower case without accents: 'Février' -> 'fevrier', 'MAYIS'/'Mayıs' -> 'mayis'."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ı", "i"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _name_table(groups: tuple[str, ...]) -> dict[str, int]:
    """{name: number} from space-separated name lists, number = position + 1, with folded variants."""
    table: dict[str, int] = {}
    for number, names in enumerate(groups, start=1):
        for name in names.split():
            for key in (name.lower(), _fold(name)):
                if table.setdefault(key, number) != number:
                    raise ValueError(f"month/weekday name {key!r} is ambiguous")
    return table


def _is_cjk(word: str) -> bool:
    return any("\u3000" <= ch <= "\u9fff" for ch in word)


def _trie_pattern(words: dict[str, str]) -> str:
    """A regex alternation of words with shared prefixes factored out ("a(?:go|yer)|h(?:eute|ier)"): the
    regex engine then tests one first character per position instead of every word, and a pattern that
    starts with plain characters lets it skip positions whose character starts no word. ``words`` maps
    each word to a pattern that must follow it (e.g. a word-end check), possibly empty."""
    root: dict[str, dict] = {}
    for word, end in words.items():
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = end
    return _trie_node(root)


def _trie_node(node: dict) -> str:
    branches = [re.escape(ch) + _trie_node(child) for ch, child in sorted(node.items()) if ch]
    end = node.get("")
    if end is not None:
        if not branches:
            return end
        if end:
            branches.append(end)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and end is None else "(?:" + "|".join(branches) + ")"
    return body + "?" if end == "" else body


#: English month names: the only language read month-first ("Dec. 22, 2023").
_EN_MONTH_NAMES: Final = (
    "january jan",
    "february feb",
    "march mar",
    "april apr",
    "may",
    "june jun",
    "july jul",
    "august aug",
    "september sep sept",
    "october oct",
    "november nov",
    "december dec",
)
#: Month names, one string per month, by language: fr de es it pt nl sv da no pl cs ro ru uk tr id hu fi.
#: Slavic languages write the genitive in dates ("2 marca", "2. března", "2 марта"), Finnish the partitive
#: ("2. maaliskuuta"); both forms are listed.
_OTHER_MONTH_NAMES: Final = (
    "janvier janv januar jänner jaenner enero ene gennaio gen janeiro januari "
    "styczeń stycznia sty leden ledna ianuarie ian январь января янв січень січня січ ocak oca "
    "január tammikuu tammikuuta tammik",
    "février févr fév februar feber febrero febbraio fevereiro fev februari luty lutego lut únor února "
    "februarie февраль февраля фев лютий лютого лют şubat şub február febr helmikuu helmikuuta helmik",
    "mars märz maerz mär mrz marzo março maart mrt marts marzec marca březen března martie март марта "
    "мар березень березня бер mart maret március márc maaliskuu maaliskuuta maalisk",
    "avril avr abril abr aprile kwiecień kwietnia kwi duben dubna aprilie апрель апреля апр квітень "
    "квітня кві nisan nis április ápr huhtikuu huhtikuuta huhtik",
    "mai mayo maggio mag maio mei maj maja květen května май мая травень травня тра mayıs mayis május máj "
    "toukokuu toukokuuta toukok",
    "juin juni junio giugno giu junho czerwiec czerwca cze červen června iunie iun июнь июня июн червень "
    "червня чер haziran haz június jún kesäkuu kesäkuuta kesäk",
    "juillet juil juli julio luglio lug julho lipiec lipca lip červenec července iulie iul июль июля июл "
    "липень липня лип temmuz tem július júl heinäkuu heinäkuuta heinäk",
    "août aout august agosto ago augustus augusti sierpień sierpnia sie srpen srpna август августа авг "
    "серпень серпня сер ağustos ağu agustus agu agt augusztus elokuu elokuuta elok",
    "septembre september septiembre setiembre set settembre setembro wrzesień września wrz září "
    "septembrie сентябрь сентября сен сент вересень вересня вер eylül eyl szeptember szept syyskuu "
    "syyskuuta syysk",
    "octobre oktober okt octubre ottobre ott outubro out październik października paź říjen října "
    "octombrie октябрь октября окт жовтень жовтня жов ekim eki október lokakuu lokakuuta lokak",
    "novembre november noviembre novembro listopad listopada listopadu lis noiembrie noi ноябрь ноября "
    "ноя нояб листопад листопада лис лист kasım kasim kas marraskuu marraskuuta marrask",
    "décembre dezember dez diciembre dic dicembre dezembro desember des grudzień grudnia gru prosinec "
    "prosince decembrie декабрь декабря дек грудень грудня гру aralık aralik ara joulukuu joulukuuta "
    "jouluk",
)
#: Weekday names and abbreviations (Monday first) in the same languages; shown before a date.
_WEEKDAY_NAMES: Final = (
    "monday mon lundi lun montag lunes lunedì segunda-feira segunda maandag måndag mandag poniedziałek "
    "pondělí luni понедельник пн понеділок pazartesi senin hétfő maanantai",
    "tuesday tue tues mardi dienstag martes martedì terça-feira terça tisdag tirsdag wtorek úterý marți "
    "вторник вт вівторок salı selasa kedd tiistai",
    "wednesday wed mercredi mer mittwoch miércoles mié mercoledì quarta-feira quarta woensdag onsdag "
    "środa středa miercuri среда ср середа çarşamba rabu szerda keskiviikko",
    "thursday thu thur thurs jeudi jeu donnerstag jueves jue giovedì quinta-feira quinta donderdag "
    "torsdag czwartek čtvrtek joi четверг чт четвер perşembe kamis csütörtök torstai",
    "friday fri vendredi ven freitag viernes vie venerdì sexta-feira sexta vrijdag fredag piątek pátek "
    "vineri пятница пт пʼятниця п'ятниця cuma jumat jum'at péntek perjantai",
    "saturday sat samedi sam samstag sonnabend sábado sáb sabato zaterdag lördag lørdag sobota sâmbătă "
    "суббота сб субота cumartesi sabtu szombat lauantai",
    "sunday sun dimanche dim sonntag domingo dom domenica zondag söndag søndag niedziela neděle duminică "
    "воскресенье вс неділя pazar minggu vasárnap sunnuntai",
)

_EN_MONTHS: Final = _name_table(_EN_MONTH_NAMES)
_ALL_MONTHS: Final = {**_EN_MONTHS, **_name_table(_OTHER_MONTH_NAMES)}
_WEEKDAYS: Final = frozenset(_name_table(_WEEKDAY_NAMES))

# --------------------------------------------------------------------------------------------------------
# Absolute dates: one master pattern with one alternative per form; each ends in an empty named group that
# names the form (it is the last group to close, so it is ``match.lastgroup``). Every alternative starts
# with a plain character class and does its boundary check (a lookbehind) after that first character:
# the regex engine then rejects an alternative with a single table lookup at most positions. re.IGNORECASE
# is left out for the same reason (case-insensitive alternatives do not get that shortcut); the few letters
# in the pattern ("st", "de") carry a local (?i:...).
# --------------------------------------------------------------------------------------------------------

#: the rest of a word in any script (letters only); possessive so a failed attempt does not backtrack
_WORD_REST = r"[^\W\d_]*+"
#: a 4-digit year in the range this module can accept (the exact range is checked in code)
_YEAR = r"(?:19|20)[0-9][0-9](?![0-9])"
#: ... after a month name, also a year glued to a count or a time that follows it ("Dec 05, 20232 Shares",
#: "Dec 22, 20233:00 AM", where a dump ran "2023" and "2 Shares" or "3:00" together): more digits are
#: allowed when letters follow them, or a colon and minutes
_YEAR_GLUED = r"(?:19|20)[0-9][0-9](?![0-9](?![0-9]*+[ ]?[^\W\d_]|[0-9]?:[0-5][0-9]))"

_DATE_RE: Final = re.compile(
    rf"""
    # Year first; the year is text[start:start + 4]. Not after a digit, dot, dash or slash.
    [12](?<![0-9./-][12])[09][0-9][0-9]
    (?:
        # 2026-03-02, 2026/03/02, 2026.3.2, optionally with an ISO time: T16:05:00.000+01:00
        (?P<iso_sep>[-/.])(?P<iso_m>[0-9][0-9]?)(?P=iso_sep)(?P<iso_d>[0-9][0-9]?)(?![0-9]|[-/.][0-9])
        (?:T(?P<iso_t>[0-9][0-9]:[0-9][0-9](?::[0-9][0-9](?:[.,][0-9]+)?)?)(?:Z|[+-][0-9][0-9]:?[0-9][0-9])?
           (?![\w:]))?
        (?P<iso>)
        # 2026年3月2日 (zh, ja), 2026년 3월 2일 (ko)
      | \s*[年년]\s*(?P<cjk_m>[0-9][0-9]?)\s*[月월]\s*(?P<cjk_d>[0-9][0-9]?)\s*[日일号號](?P<cjk>)
        # 2026. 3. 2. (ko)
      | \.\s+(?P<kdot_m>[0-9][0-9]?)\.\s*(?P<kdot_d>[0-9][0-9]?)\.?(?![0-9])(?P<kdot>)
        # 2026. március 2. (hu)
      | \.\s*(?P<ymd_mon>[^\W\d_]{_WORD_REST})\.?\s*(?P<ymd_d>[0-9][0-9]?)\.?(?![0-9])(?P<ymd>)
    )
    # 3/2/2026, 3/2/26, 02.03.2026, 12-22-2023; the first field is text[start:num_sep]. Not part of a
    # longer run of numbers (phone numbers, ISBNs, version numbers).
  | [0-9](?<![0-9./-][0-9])[0-9]?(?P<num_sep>[/.-])(?P<num_b>[0-9][0-9]?)(?P=num_sep)
    (?P<num_y>(?:19|20)[0-9][0-9]|[0-9][0-9])(?![0-9]|[./-][0-9])
    (?P<num>)
    # Dec. 22, 2023 / December 24th 2023 / Mar 02, 2026 (English month names only); the month word is
    # text[start:mdy_w]. Starts at the start of a word (a name glued before the month is found in the
    # word by _month_in_word: a start at every capital cost quadratic time on a long word of capitals).
  | [^\W\d_](?<![^\W\d_].){_WORD_REST}(?P<mdy_w>)\.?\s*
    (?P<mdy_d>[0-9][0-9]?)(?i:st|nd|rd|th)?(?![0-9])
    (?:\s*,\s*|\s+)
    (?P<mdy_y>{_YEAR_GLUED})
    (?P<mdy>)
    # 22 Dec 2023 / 22nd December 2023 / 2. März 2026 / 2 de marzo de 2026 / 22-Dec-2023; the day is
    # text[start:dmy_d end]
  | [0-9](?<![0-9.][0-9])(?P<dmy_d>[0-9]?)
    (?:(?:(?i:st|nd|rd|th|er|e)|º|°)?(?:\s*[-/]\s*|\s+)|\.\s*)
    (?:(?i:de)\s+)?
    (?P<dmy_mon>[^\W\d_]{_WORD_REST})\.?
    (?:\s*[,/-]\s*|\s+)
    (?:(?i:de|del)\s+)?
    (?P<dmy_y>{_YEAR_GLUED})
    (?P<dmy>)
    """,
    re.VERBOSE,
)

#: the compact stamp 20260302 or 20260302T160500Z, accepted by parse_date only (whole text)
_COMPACT_STAMP_RE: Final = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)(?:T?\d{4}(?:\d\d)?Z?)?")

#: Every date but a relative word ("yesterday") holds an ASCII digit: one scan rejects most lines.
_HAS_DIGIT: Final = re.compile(r"[0-9]").search
#: Every absolute date holds a 4-digit run (its year) or a numeric date with a 2-digit year ("3/2/26").
#: The pattern starts with a digit class, so the regex engine skips to digits at C speed; the master
#: pattern then only runs in a window around each hit (MAX_DATE_LEAD before, MAX_DATE_TAIL after).
_DATE_HINT_RE: Final = re.compile(r"[0-9](?:[0-9]{3}|[/.\-][0-9][0-9]?[/.\-][0-9][0-9])")

# --------------------------------------------------------------------------------------------------------
# Around a date: weekday before, clock time and time zone after, label word before
# --------------------------------------------------------------------------------------------------------

#: the word just before a date, with optional dot and comma ("Monday, ", "Mo. ", "segunda-feira, ")
_WORD_BEFORE_RE: Final = re.compile(
    r"[^\W\d_](?<![^\W\d_].)[^\W\d_]*+(?:-[^\W\d_]+)?(?P<word_end>)\.?\s*,?\s*$"
)

#: a weekday written after a CJK date: 2026年3月2日（月）, 2026年3月2日 星期一, 2026년 3월 2일 (월)
_CJK_WEEKDAY_AFTER_RE: Final = re.compile(
    r"\s*(?:[（(]\s*[月火水木金土日一二三四五六天월화수목금토일]\s*[)）]"
    r"|(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]|[월화수목금토일]요일)"
)

#: time zone abbreviations seen after clock times on news pages (upper case only: "et" is a word)
_TIME_ZONES: Final = (
    "UTC GMT ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST AKDT HST AST ADT NST NDT IST CET CEST MEZ MESZ "
    "EET EEST WET WEST BST MSK TRT JST KST HKT SGT PHT ICT WIB WITA WIT AEST AEDT ACST ACDT AWST NZST NZDT "
    "SAST EAT WAT CAT PKT BRT ART CLT COT PET"
)
_TZ = "|".join(sorted(_TIME_ZONES.split(), key=len, reverse=True))

#: connector words between a date and its time, by language
_TIME_CONNECTORS = (
    r"at|à|a\s+las?|alle(?:\s+ore)?|às|as|um|om|kl\.?|klo|kello|o\s+godz\.?|godz\.?|o|v|в|о|saat|pukul|ob"
)
#: connectors after which a dotted time "14.05" is a time (Nordic, Polish, Indonesian)
_DOT_TIME_CONNECTORS: Final = frozenset({"kl", "kl.", "klo", "kello", "godz", "godz.", "pukul", "um", "om"})

_TIME_AFTER_RE: Final = re.compile(
    rf"""
    (?P<conn>
        \s*(?:(?:г\.|года|r\.)\s*)?           # ru "2 марта 2026 г.", pl "2 marca 2026 r."
        (?:[,|•·@/–—-]\s*)?                   # punctuation between date and time
        (?:(?P<word>(?i:{_TIME_CONNECTORS}))\s*)?
    )
    (?P<h>\d\d?)
    (?:
        :(?P<mi>\d\d)(?::\d\d(?:[.,]\d+)?)?   # 14:05, 14:05:33, 14:05:33.120
      | \.(?P<dmi>\d\d)                       # 14.05: after kl./klo/pukul, or with Uhr, am/pm or a zone
      | (?P<hsep>\s?[hH])(?P<hmi>\d\d)?(?![^\W\d_])   # 14h05, 14 h (fr, pt)
    )?
    (?![\d:])
    (?P<ampm>\s?[aApP]\.?\s?[mM]\.?(?![^\W\d_]))?
    (?P<uhr>\s?(?i:uhr)(?![^\W\d_]))?
    (?P<tz>
        \s?\(?(?:{_TZ})(?:[+-]\d\d?(?::?\d\d)?)?\)?(?![^\W\d_])
      | \s?[+-]\d\d:?\d\d(?!\d)
      | Z(?![^\W\d_])
    )?
    """,
    re.VERBOSE,
)

#: label words before a date; a later word wins ("Published Dec 1, 2023, updated Dec 2, 2023")
_PUBLISHED_WORDS: Final = (
    "published",
    "posted",
    "publié",
    "publiée",
    "mis en ligne",
    "veröffentlicht",
    "publicado",
    "publicada",
    "pubblicato",
    "pubblicata",
    "publicerad",
    "publiceret",
    "publisert",
    "gepubliceerd",
    "geplaatst",
    "opublikowano",
    "publikováno",
    "publicat",
    "опубликовано",
    "опубликован",
    "опубліковано",
    "yayınlanma",
    "yayınlandı",
    "diterbitkan",
    "dipublikasikan",
    "megjelent",
    "julkaistu",
)
_UPDATED_WORDS: Final = (
    "updated",
    "modified",
    "revised",
    "mis à jour",
    "mise à jour",
    "modifié",
    "actualisé",
    "aktualisiert",
    "geändert",
    "actualizado",
    "actualizada",
    "modificado",
    "aggiornato",
    "aggiornata",
    "atualizado",
    "atualizada",
    "bijgewerkt",
    "gewijzigd",
    "uppdaterad",
    "uppdaterat",
    "opdateret",
    "oppdatert",
    "zaktualizowano",
    "aktualizováno",
    "actualizat",
    "обновлено",
    "оновлено",
    "güncellendi",
    "güncelleme",
    "diperbarui",
    "frissítve",
    "päivitetty",
)
#: CJK label words (no word boundaries in CJK text: 发布时间, 最終更新日)
_PUBLISHED_CJK: Final = ("发布", "發布", "发表", "發表", "公開", "公开", "投稿", "配信", "게시", "입력")
_UPDATED_CJK: Final = ("更新", "수정")


#: label word (lower case, also without accents) -> label
_LABELS: Final[dict[str, Label]] = {
    variant: label
    for label, words in (
        ("published", _PUBLISHED_WORDS + _PUBLISHED_CJK),
        ("updated", _UPDATED_WORDS + _UPDATED_CJK),
    )
    for word in words
    for variant in (word.lower(), _fold(word))
}
_LABEL_PATTERN = _trie_pattern({word: "" if _is_cjk(word) else r"(?![^\W\d_])" for word in _LABELS})
#: label words, run on the lower-cased text before a date, as a trie (see _trie_pattern); the start of a
#: Latin word is checked in code
_LABEL_RE: Final = re.compile(_LABEL_PATTERN)
#: the same for the rare text whose lower-cased form has another length (spans would shift)
_LABEL_IGNORECASE_RE: Final = re.compile(_LABEL_PATTERN, re.IGNORECASE)

# --------------------------------------------------------------------------------------------------------
# Relative dates
# --------------------------------------------------------------------------------------------------------

_SECOND = datetime.timedelta(seconds=1)
_MINUTE = datetime.timedelta(minutes=1)
_HOUR = datetime.timedelta(hours=1)
_DAY = datetime.timedelta(days=1)
_WEEK = datetime.timedelta(weeks=1)
_MONTH = datetime.timedelta(days=DAYS_PER_MONTH)
_YEAR_SPAN = datetime.timedelta(days=DAYS_PER_YEAR)

#: unit words after a number in "3 days ago", "vor 3 Tagen", "il y a 3 jours", "3 dagen geleden" ...
_UNIT_WORDS: Final[tuple[tuple[datetime.timedelta, str], ...]] = (
    (
        _SECOND,
        "s sec secs second seconds sek sekunde sekunden seconde secondes segundo segundos secondo secondi "
        "seconden sekunder sekund sekundy sekundę секунд секунду секунды saniye detik",
    ),
    (
        _MINUTE,
        "m min mins minute minutes minuten minuto minutos minuti minuut minuter minutter minut minuty minutę "
        "минут минуту минуты dakika menit perc",
    ),
    (
        _HOUR,
        "h hr hrs hour hours std stunde stunden heure heures hora horas ora ore uur uren timme timmar time "
        "timer godzin godziny godzinę час часа часов saat jam óra",
    ),
    (
        _DAY,
        "d day days tag tage tagen jour jours j día días dia dias giorno giorni dag dagen dagar dage dager "
        "dni dzień день дня дней gün hari nap",
    ),
    (
        _WEEK,
        "w wk wks week weeks woche wochen semaine semaines semana semanas settimana settimane weken vecka "
        "veckor uge uger uke uker tydzień tygodnie tygodni неделю недели недель hafta minggu hét",
    ),
    (
        _MONTH,
        "mo mos month months monat monate monaten mois mes meses mês mese mesi maand maanden månad månader "
        "måned måneder miesiąc miesiące miesięcy месяц месяца месяцев ay bulan hónap",
    ),
    (
        _YEAR_SPAN,
        "y yr yrs year years jahr jahre jahren an ans année années año años ano anos anno anni jaar jaren år "
        "rok lata lat год года лет yıl tahun év",
    ),
)
_UNITS: Final = {_fold(word): span for span, words in _UNIT_WORDS for word in words.split()}
#: CJK units before 前 ("3 天前", "3時間前")
_CJK_UNITS: Final = {
    "秒": _SECOND,
    "秒钟": _SECOND,
    "秒鐘": _SECOND,
    "分": _MINUTE,
    "分钟": _MINUTE,
    "分鐘": _MINUTE,
    "小时": _HOUR,
    "小時": _HOUR,
    "个小时": _HOUR,
    "個小時": _HOUR,
    "時間": _HOUR,
    "天": _DAY,
    "日": _DAY,
    "周": _WEEK,
    "週": _WEEK,
    "週間": _WEEK,
    "星期": _WEEK,
    "个月": _MONTH,
    "個月": _MONTH,
    "ヶ月": _MONTH,
    "か月": _MONTH,
    "カ月": _MONTH,
    "月": _MONTH,
    "年": _YEAR_SPAN,
}
#: number words meaning 1 ("an hour ago", "vor einem Tag", "il y a une heure", "un'ora fa")
_ONE_WORDS: Final = frozenset(
    {"a", "an", "one", "ein", "eine", "einer", "einem", "un", "un'", "un’", "une", "una", "uno", "um", "uma"}
    | {"een", "één", "en", "ett", "et"}
)
#: words that are a day relative to now (days back), and "just now" words (0)
_DAY_WORDS: Final = {
    "today": 0,
    "yesterday": 1,
    "just now": 0,
    "moments ago": 0,
    "a moment ago": 0,
    "heute": 0,
    "gestern": 1,
    "vorgestern": 2,
    "gerade eben": 0,
    "aujourd'hui": 0,
    "hier": 1,
    "avant-hier": 2,
    "à l'instant": 0,
    "hoy": 0,
    "ayer": 1,
    "anteayer": 2,
    "ahora mismo": 0,
    "justo ahora": 0,
    "oggi": 0,
    "ieri": 1,
    "poco fa": 0,
    "hoje": 0,
    "ontem": 1,
    "anteontem": 2,
    "agora mesmo": 0,
    "vandaag": 0,
    "gisteren": 1,
    "eergisteren": 2,
    "zojuist": 0,
    "今天": 0,
    "今日": 0,
    "昨天": 1,
    "昨日": 1,
    "前天": 2,
    "刚刚": 0,
    "剛剛": 0,
}


#: words after a number and unit in "3 days ago" (en, it, nl, pt, da/no, sv, pl, ru, tr, id)
_AGO_WORDS: Final = ("ago", "fa", "geleden", "atrás", "siden", "sedan", "temu", "назад", "önce", "lalu")
_AGO_ALTERNATION = "|".join(_AGO_WORDS)
_CJK_UNIT_ALTERNATION = "|".join(sorted(_CJK_UNITS, key=len, reverse=True))
_ONE_ALTERNATION = "|".join(sorted((re.escape(word) for word in _ONE_WORDS), key=len, reverse=True))

#: "3 days ago" (en), "3 giorni fa" (it), "3 dagen geleden" (nl), "3 dias atrás" (pt), "3d ago", "3 天前".
#: Starts with a plain digit class (no group, no lookbehind, no re.IGNORECASE) so the engine skips to
#: digits at C speed; the number is text[start:n_end].
_RELATIVE_NUMBER_RE: Final = re.compile(
    rf"""
    [0-9]++(?P<n_end>)\s*
    (?:
        (?P<u>[^\W\d_]++)\.?\s+(?i:{_AGO_ALTERNATION}|yang\s+lalu)(?![^\W\d_])
      | (?P<cjk_u>{_CJK_UNIT_ALTERNATION})\s*前
    )
    """,
    re.VERBOSE,
)
#: a cheap test for _RELATIVE_BEFORE_RE: one of its first letters followed by the rest of a keyword
_RELATIVE_BEFORE_HINT_RE: Final = re.compile(r"[vVhHiI](?:or|OR|l\s+y\s+a|L\s+Y\s+A|ace|ACE|á|Á)\s")
#: "vor 3 Tagen" / "vor einem Tag" (de), "il y a 2 jours" (fr), "hace 3 días" (es), "há 3 dias" (pt)
_RELATIVE_BEFORE_RE: Final = re.compile(
    rf"""
    (?<![^\W\d_])(?:vor|il\s+y\s+a|hace|há)\s+
    (?P<n>[0-9]+|{_ONE_ALTERNATION})\s*(?P<u>[^\W\d_]++)\.?(?![^\W\d_])
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: day words and their variants with a typographic apostrophe ("aujourd’hui")
_DAY_WORD_FORMS: Final = frozenset(_DAY_WORDS) | {word.replace("'", "’") for word in _DAY_WORDS}
_AGO_WORD_SET: Final = frozenset(_AGO_WORDS)
#: the end of a Latin word: not followed by a letter or an apostrophe ("today's")
_WORD_END = r"(?![^\W\d_'’])"
_RELATIVE_WORD_PATTERN = _trie_pattern(
    {word: "" if _is_cjk(word) else _WORD_END for word in _DAY_WORD_FORMS | _AGO_WORD_SET}
)
#: relative words, run on the lower-cased line: "ago" words (the number word and unit before them are read
#: by _ONE_UNIT_BEFORE_RE) and day words ("yesterday", "à l'instant", "昨天"). A trie without flags and
#: without a leading lookbehind lets the engine skip most positions on their first character; the start
#: of a word is checked in code.
_RELATIVE_WORD_RE: Final = re.compile(_RELATIVE_WORD_PATTERN)
#: the same for the rare line whose lower-cased form has another length (spans would shift)
_RELATIVE_WORD_IGNORECASE_RE: Final = re.compile(_RELATIVE_WORD_PATTERN, re.IGNORECASE)
#: "an hour ago", "un'ora fa", "een uur geleden": a number word and a unit right before an "ago" word
_ONE_UNIT_BEFORE_RE: Final = re.compile(
    rf"(?<![^\W\d_])(?P<n>{_ONE_ALTERNATION})\s*(?P<u>[^\W\d_]++)\.?\s+$", re.IGNORECASE
)
#: resolving relative expressions for is_dateline, which needs their spans only: a fixed far-future
#: moment keeps every plausible offset in the accepted year range without reading the clock per line
_SPANS_ONLY_NOW: Final = datetime.datetime(2100, 1, 1)

# --------------------------------------------------------------------------------------------------------
# Dateline coverage: what may surround dates on a date bar
# --------------------------------------------------------------------------------------------------------

#: small words of date bars: "Published on ...", "le 2 mars", "Date: ...", "2 марта 2026 г."
_FILLER_WORDS: Final = (
    "on at am um le la el de del em il op à a o v в kl klo uhr h date dated datum fecha data time zeit "
    "first last originally г года r roku"
)
_FILLER_PATTERN = (
    _trie_pattern(
        {word: "" if _is_cjk(word) else r"(?![^\W\d_])" for word in _LABELS}
        | {word: r"(?![^\W\d_])" for word in (_FILLER_WORDS + " " + _TIME_ZONES.lower()).split()}
        | dict.fromkeys(("时间", "時間", "日期"), "")
    )
    # a clock time on its own ("3d ago / 9:59 AM UTC", "Published 8:00 PM EST, Tue December 19, 2023")
    + r"|[0-9][0-9]?[:h.][0-9][0-9](?::[0-9][0-9])?(?:\s?[ap]\.?\s?m\.?(?![^\W\d_]))?"
)
#: label words, connectors, time zones and clock times, run on the lower-cased leftover of a line (outside
#: its dates); a trie (see _trie_pattern), the start of a word is checked in code
_FILLER_RE: Final = re.compile(_FILLER_PATTERN)
#: the same for the rare text whose lower-cased form has another length
_FILLER_IGNORECASE_RE: Final = re.compile(_FILLER_PATTERN, re.IGNORECASE)


# --------------------------------------------------------------------------------------------------------
# Reading the branches of _DATE_RE
# --------------------------------------------------------------------------------------------------------


class _Parts(NamedTuple):
    """Year, month and day read from one match, before range checks; ``start`` may be moved forward past
    a name glued to the month ("By Jo LeeDecember 22, 2023")."""

    year: int
    month: int
    day: int
    start: int


def _full_year(text: str, ceiling_year: int) -> int:
    """'2026' -> 2026; '26' -> 2026, '99' -> 1999 (the century that does not pass the ceiling)."""
    year = int(text)
    if len(text) == 2:
        year += 2000
        if year > ceiling_year:
            year -= 100
    return year


def _month_in_word(word: str, table: dict[str, int]) -> tuple[int, int] | None:
    """(month, offset of the name in word), also for a name glued to a preceding word: at its last
    capital after a small letter ('LeaDecember', 'halfgoofyOct') or before one ('ODec': "By Ann ODec. 18",
    a byline's name and its date in two elements with no space between) or, in an all-caps word, the
    longest month name that ends it ('IDEASOCT')."""
    month = table.get(word.lower()) or table.get(_fold(word))
    if month:
        return month, 0
    if word.isupper():
        for i in range(max(1, len(word) - MAX_MONTH_NAME_CHARS), len(word) - 2):
            month = table.get(word[i:].lower()) or table.get(_fold(word[i:]))
            if month:
                return month, i
        return None
    for i in range(len(word) - 1, 0, -1):
        if word[i].isupper() and (word[i - 1].islower() or word[i + 1 : i + 2].islower()):
            month = table.get(word[i:].lower()) or table.get(_fold(word[i:]))
            return (month, i) if month else None
    return None


def _numeric_order(a: int, b: int, sep: str, day_first: bool | None) -> tuple[int, int] | None:
    """(month, day) from the first two fields of a numeric date."""
    if a > 12 and b > 12:
        return None
    if a > 12:
        return b, a
    if b > 12:
        return a, b
    if sep == "." or day_first:
        return b, a
    return a, b


def _year_first(m: re.Match[str]) -> int:
    return int(m.string[m.start() : m.start() + 4])


def _iso_parts(m: re.Match[str], day_first: bool | None, ceiling_year: int) -> _Parts | None:
    return _Parts(_year_first(m), int(m["iso_m"]), int(m["iso_d"]), m.start())


def _cjk_parts(m: re.Match[str], day_first: bool | None, ceiling_year: int) -> _Parts | None:
    return _Parts(_year_first(m), int(m["cjk_m"]), int(m["cjk_d"]), m.start())


def _kdot_parts(m: re.Match[str], day_first: bool | None, ceiling_year: int) -> _Parts | None:
    return _Parts(_year_first(m), int(m["kdot_m"]), int(m["kdot_d"]), m.start())


def _ymd_parts(m: re.Match[str], day_first: bool | None, ceiling_year: int) -> _Parts | None:
    month = _ALL_MONTHS.get(m["ymd_mon"].lower()) or _ALL_MONTHS.get(_fold(m["ymd_mon"]))
    return _Parts(_year_first(m), month, int(m["ymd_d"]), m.start()) if month else None


def _num_parts(m: re.Match[str], day_first: bool | None, ceiling_year: int) -> _Parts | None:
    a_text = m.string[m.start() : m.start("num_sep")]
    b_text, sep, year_text = m["num_b"], m["num_sep"], m["num_y"]
    # "1.2.24", "3-2-26": a 2-digit year after dots or dashes needs 2-digit fields ("02.03.26"), otherwise
    # it is as likely a version number or a score
    if len(year_text) == 2 and sep != "/" and (len(a_text) != 2 or len(b_text) != 2):
        return None
    order = _numeric_order(int(a_text), int(b_text), sep, day_first)
    if order is None:
        return None
    return _Parts(_full_year(year_text, ceiling_year), order[0], order[1], m.start())


def _mdy_parts(m: re.Match[str], day_first: bool | None, ceiling_year: int) -> _Parts | None:
    found = _month_in_word(m.string[m.start() : m.start("mdy_w")], _EN_MONTHS)
    if found is None:
        return None
    month, offset = found
    return _Parts(int(m["mdy_y"]), month, int(m["mdy_d"]), m.start() + offset)


def _dmy_parts(m: re.Match[str], day_first: bool | None, ceiling_year: int) -> _Parts | None:
    word = m["dmy_mon"]
    month = _ALL_MONTHS.get(word.lower()) or _ALL_MONTHS.get(_fold(word))
    day = int(m.string[m.start() : m.end("dmy_d")])
    return _Parts(int(m["dmy_y"]), month, day, m.start()) if month else None


#: branch name of _DATE_RE -> reader
_BRANCH_READERS: Final = {
    "iso": _iso_parts,
    "cjk": _cjk_parts,
    "kdot": _kdot_parts,
    "ymd": _ymd_parts,
    "num": _num_parts,
    "mdy": _mdy_parts,
    "dmy": _dmy_parts,
}


# --------------------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------------------


def _ceiling(now: datetime.datetime | None) -> datetime.date:
    """The latest acceptable date: MAX_YEARS_AHEAD after now (or today)."""
    base = now.date() if now is not None else datetime.date.today()
    try:
        return base.replace(year=base.year + MAX_YEARS_AHEAD)
    except ValueError:  # Feb 29 -> Feb 28
        return base.replace(year=base.year + MAX_YEARS_AHEAD, day=28)


def _valid_date(parts: _Parts, ceiling: datetime.date) -> datetime.date | None:
    if parts.year < MIN_YEAR:
        return None
    try:
        value = datetime.date(parts.year, parts.month, parts.day)
    except ValueError:  # Feb 30, month 13
        return None
    return value if value <= ceiling else None


def _weekday_start(text: str, start: int) -> int:
    """Start of a weekday name written just before ``start`` ('Monday, Mar 02, 2026'), else ``start``."""
    if start == 0:
        return start
    m = _WORD_BEFORE_RE.search(text, max(0, start - WEEKDAY_WINDOW), start)
    if m is None:
        return start
    word = text[m.start() : m.start("word_end")]
    return m.start() if word.lower() in _WEEKDAYS or _fold(word) in _WEEKDAYS else start


def _time_end(text: str, end: int) -> int | None:
    """End of a clock time (and time zone) written right after ``end``, or None."""
    m = _TIME_AFTER_RE.match(text, end)
    if m is None or not m["conn"]:
        return None
    hour = int(m["h"])
    if m["mi"] is not None:
        minute = int(m["mi"])
    elif m["dmi"] is not None:
        word = (m["word"] or "").lower()
        if word not in _DOT_TIME_CONNECTORS and not (m["uhr"] or m["ampm"] or m["tz"]):
            return None  # "Dec 22, 2023 3.5 million" is not a time; "15.30 CET", "3.30pm", "kl. 14.05" are
        minute = int(m["dmi"])
    elif m["hsep"] is not None:
        minute = int(m["hmi"] or 0)
    elif m["ampm"] or m["uhr"]:
        minute = 0  # "4 PM", "14 Uhr"
    else:
        return None  # a bare number after a date ("Dec 22, 2023 5 things")
    max_hour = 12 if m["ampm"] else 23
    if hour > max_hour or minute > 59:
        return None
    return m.end()


def _label_before(text: str, lo: int, start: int) -> Label | None:
    """The last label word in ``text[lo:start]``."""
    window = text[lo:start]
    lowered, regex = window.lower(), _LABEL_RE
    if len(lowered) != len(window):
        lowered, regex = window, _LABEL_IGNORECASE_RE
    label: Label | None = None
    for m in regex.finditer(lowered):
        at = lo + m.start()
        if at and text[at - 1].isalpha() and not _is_cjk(m[0]):
            continue  # inside a word
        label = _LABELS[m[0].lower()]
    return label


def _count_alnum(text: str) -> int:
    return sum(map(str.isalnum, text))


def _filler_alnum(text: str) -> int:
    """How many letters/digits of ``text`` belong to filler: labels, connectors, time zones, clock times."""
    lowered, regex = text.lower(), _FILLER_RE
    if len(lowered) != len(text):
        lowered, regex = text, _FILLER_IGNORECASE_RE
    covered = 0
    for m in regex.finditer(lowered):
        at, word = m.start(), m[0]
        if at and lowered[at - 1].isalpha() and word[0].isalpha() and not _is_cjk(word):
            continue  # inside a word
        covered += _count_alnum(word)
    return covered


def _leftover_ratio(text: str, matches: list[DateMatch]) -> float:
    """Share of the letters/digits of ``text`` outside the matches and filler words (labels, times...)."""
    total = _count_alnum(text)
    if not total:
        return 1.0
    pieces: list[str] = []
    pos = 0
    for match in matches:
        pieces.append(text[pos : match.start])
        pos = match.end
    pieces.append(text[pos:])
    outside = " ".join(pieces)
    return (_count_alnum(outside) - _filler_alnum(outside)) / total


# --------------------------------------------------------------------------------------------------------
# Scanners
# --------------------------------------------------------------------------------------------------------


def _next_candidate(text: str, hint: re.Match[str] | None, pos: int) -> re.Match[str] | None:
    """The next match of _DATE_RE at or after ``pos``, searched only in windows around _DATE_HINT_RE hits
    (``hint``: the first hit at or after ``pos``, if known)."""
    size = len(text)
    while hint is not None or (hint := _DATE_HINT_RE.search(text, pos)) is not None:
        endpos = hint.start() + MAX_DATE_TAIL
        lo = max(pos, hint.start() - MAX_DATE_LEAD)
        while lo > pos and text[lo - 1].isalpha():
            lo -= 1  # a month name glued to a name starts at the start of the whole word
        m = _DATE_RE.search(text, lo, endpos)
        if m is None:
            pos, hint = hint.end(), None
            continue
        if m.end() < endpos or endpos >= size:
            return m
        # the match touched the window's end, where lookaheads saw no text: match again on the whole text
        full = _DATE_RE.match(text, m.start())
        if full is not None:
            return full
        pos, hint = m.start() + 1, None
    return None


def _absolute_matches(
    text: str, hint: re.Match[str], now: datetime.datetime | None, day_first: bool | None
) -> list[DateMatch]:
    """The absolute dates in ``text``; ``hint`` is the first _DATE_HINT_RE hit."""
    found: list[DateMatch] = []
    ceiling = _ceiling(now)
    prev_end = 0
    pos = 0
    next_hint: re.Match[str] | None = hint
    while (m := _next_candidate(text, next_hint, pos)) is not None:
        next_hint = None
        branch = m.lastgroup or ""
        parts = _BRANCH_READERS[branch](m, day_first, ceiling.year)
        value = _valid_date(parts, ceiling) if parts is not None else None
        if parts is None or value is None:
            pos = m.start() + 1  # a rejected candidate may hide a date that starts inside it
            continue
        start = _weekday_start(text, parts.start)
        end = m.end()
        has_time = branch == "iso" and m["iso_t"] is not None
        if branch == "cjk" and (weekday := _CJK_WEEKDAY_AFTER_RE.match(text, end)) is not None:
            end = weekday.end()
        if not has_time and (time_end := _time_end(text, end)) is not None:
            end, has_time = time_end, True
        label = _label_before(text, max(prev_end, start - LABEL_WINDOW), start)
        found.append(DateMatch(value, start, end, label, False, has_time, text[start:end]))
        prev_end = pos = end
    return found


class _Relative(NamedTuple):
    """A relative expression found in a text: its span and how long before ``now`` it points."""

    start: int
    end: int
    offset: datetime.timedelta
    #: "today", "yesterday" ...: these need a time, a label or an otherwise empty line (see _relative_matches)
    dayword: bool


def _unit_offset(unit_word: str | None, cjk_unit: str | None, number_text: str) -> datetime.timedelta | None:
    """The number times the unit ("3", "Tagen" -> 3 days), or None for an unknown unit."""
    unit = _CJK_UNITS[cjk_unit] if cjk_unit else _UNITS.get(_fold(unit_word or ""))
    if unit is None:
        return None
    number = int(number_text) if number_text.isdigit() else 1  # the patterns allow digits or "one" words
    try:
        return unit * number
    except OverflowError:  # "99999999 years ago"
        return None


def _number_relatives(text: str) -> list[_Relative]:
    """'3 days ago', '3 天前' ..."""
    found: list[_Relative] = []
    for m in _RELATIVE_NUMBER_RE.finditer(text):
        start = m.start()
        if start and text[start - 1] in "0123456789.,":
            continue  # "1.5 hours ago" is not "5 hours ago"
        offset = _unit_offset(m["u"], m["cjk_u"], text[start : m.start("n_end")])
        if offset is not None:
            found.append(_Relative(start, m.end(), offset, False))
    return found


def _before_relatives(text: str) -> list[_Relative]:
    """'vor 3 Tagen', 'il y a une heure', 'hace 3 días', 'há 2 dias'."""
    found: list[_Relative] = []
    for m in _RELATIVE_BEFORE_RE.finditer(text):
        offset = _unit_offset(m["u"], None, m["n"])
        if offset is not None:
            found.append(_Relative(m.start(), m.end(), offset, False))
    return found


def _word_relatives(text: str) -> list[_Relative]:
    """'an hour ago', 'un'ora fa', 'yesterday', 'à l'instant', '昨天' ..."""
    lowered = text.lower()
    regex = _RELATIVE_WORD_RE
    if len(lowered) != len(text):
        lowered, regex = text, _RELATIVE_WORD_IGNORECASE_RE
    found: list[_Relative] = []
    for m in regex.finditer(lowered):
        start, word = m.start(), m[0].lower().replace("’", "'")
        if start and lowered[start - 1].isalpha() and not _is_cjk(word):
            continue  # inside a word: "Chicago", "hierarchy"
        if word not in _AGO_WORD_SET:
            found.append(_Relative(start, m.end(), _DAY * _DAY_WORDS[word], True))
            continue
        unit = _ONE_UNIT_BEFORE_RE.search(text, max(0, start - ONE_UNIT_LEAD), start)
        offset = _unit_offset(unit["u"], None, unit["n"]) if unit is not None else None
        if unit is not None and offset is not None:
            found.append(_Relative(unit.start(), m.end(), offset, False))
    return found


def _relative_candidates(text: str, has_digit: bool) -> list[_Relative]:
    """Every relative expression in ``text``, in text order (possibly overlapping)."""
    found = _number_relatives(text) if has_digit else []
    if _RELATIVE_BEFORE_HINT_RE.search(text) is not None:
        found += _before_relatives(text)
    if len(text) <= WORD_RELATIVE_MAX_CHARS:
        found += _word_relatives(text)
    found.sort()
    return found


def _relative_matches(text: str, now: datetime.datetime, has_digit: bool) -> list[DateMatch]:
    candidates = _relative_candidates(text, has_digit)
    if not candidates:
        return []
    found: list[DateMatch] = []
    ceiling = _ceiling(now)
    prev_end = 0
    for start, end, offset, is_dayword in candidates:
        try:
            value = (now - offset).date()
        except OverflowError:
            continue
        if value.year < MIN_YEAR or value > ceiling or start < prev_end:
            continue
        has_time = False
        if is_dayword and (time_end := _time_end(text, end)) is not None:
            end, has_time = time_end, True
        label = _label_before(text, max(prev_end, start - LABEL_WINDOW), start)
        if is_dayword and not (has_time or label):
            outside = _count_alnum(text) - _count_alnum(text[start:end])
            if outside > DAYWORD_MAX_LEFTOVER:
                continue  # "today" in a sentence
        found.append(DateMatch(value, start, end, label, True, has_time, text[start:end]))
        prev_end = end
    return found


def _merge(first: list[DateMatch], second: list[DateMatch]) -> list[DateMatch]:
    """Both lists in text order, dropping a match that overlaps an earlier kept one."""
    merged: list[DateMatch] = []
    for match in sorted(first + second, key=lambda dm: (dm.start, -dm.end)):
        if not merged or match.start >= merged[-1].end:
            merged.append(match)
    return merged


def _find(
    text: str, now: datetime.datetime | None, day_first: bool | None, relative_now: datetime.datetime | None
) -> list[DateMatch]:
    """find_dates, with relative expressions resolved against ``relative_now`` (None: not looked for)."""
    return _find_both(text, now, day_first, relative_now)[1]


def _find_both(
    text: str, now: datetime.datetime | None, day_first: bool | None, relative_now: datetime.datetime | None
) -> tuple[list[DateMatch], list[DateMatch]]:
    """_find's absolute dates alone (what find_dates(text) finds when ``now`` is None), and all it finds."""
    digit = _HAS_DIGIT(text)
    hint = _DATE_HINT_RE.search(text, digit.start()) if digit is not None else None
    found = _absolute_matches(text, hint, now, day_first) if hint is not None else []
    if relative_now is None:
        return found, found
    relative = _relative_matches(text, relative_now, digit is not None)
    if not relative:
        return found, found
    return found, _merge(found, relative) if found else relative


# --------------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------------


def find_dates(
    text: str, *, now: datetime.datetime | None = None, day_first: bool | None = None
) -> list[DateMatch]:
    """All dates in ``text``, in order.

    ``now``: the moment relative expressions ("2 hours ago", "yesterday") are resolved against; without
    it they are not reported. It also sets the latest acceptable date (``now`` + 1 year; default today).
    ``day_first``: read ambiguous numeric dates such as ``2/3/2026`` day-first (pass it from the page
    language); the default is month-first. Dotted dates (``02.03.2026``) are always day-first.
    """
    return _find(text, now, day_first, now)


def parse_date(
    text: str, *, now: datetime.datetime | None = None, day_first: bool | None = None
) -> datetime.date | None:
    """The date when ``text`` is essentially just a date, else None.

    Accepts a date line or a meta content value: an ISO stamp (``2026-03-02T16:05:00Z``), the compact
    stamp ``20260302``, or a date with a label, weekday, time and time zone around it ("Published: Dec 22,
    2023 12:15:02 PM IST"). With several dates the first wins. ``now``/``day_first`` as in find_dates.
    """
    stripped = text.strip()
    if not stripped:
        return None
    stamp = _COMPACT_STAMP_RE.fullmatch(stripped)
    if stamp is not None:
        parts = _Parts(int(stamp["y"]), int(stamp["m"]), int(stamp["d"]), 0)
        return _valid_date(parts, _ceiling(now))
    matches = _find(stripped, now, day_first, now)
    if not matches or _leftover_ratio(stripped, matches) > DATELINE_MAX_LEFTOVER:
        return None
    return matches[0].value


def is_dateline(text: str) -> bool:
    """True when the line is mostly a date, time or byline date, e.g. "Published: Dec 22, 2023 12:15:02
    PM IST", "Updated 3/2/2026 4:05 PM ET", "Monday, Mar 02, 2026", "22.12.2023, 14:05 Uhr", "3 hours ago".

    Date tokens (dates with their weekday, time and zone, relative expressions, label words and small
    connectors) must cover all but DATELINE_MAX_LEFTOVER of the line's letters and digits. Used to
    recognise and drop date bars.
    """
    stripped = text.strip()
    if not _may_be_dateline(stripped):
        return False
    matches = _find(stripped, None, None, _SPANS_ONLY_NOW)
    return bool(matches) and _leftover_ratio(stripped, matches) <= DATELINE_MAX_LEFTOVER


def _may_be_dateline(stripped: str) -> bool:
    """Is the stripped line short enough to be a date line (and, when longer than a digit-free date
    line can be, does it hold a digit)?"""
    if not stripped or len(stripped) > DATELINE_MAX_CHARS:
        return False
    return len(stripped) <= DIGITLESS_DATELINE_MAX_CHARS or _HAS_DIGIT(stripped) is not None


def is_dateline_or_dated(text: str, dated: bool) -> bool:
    """``is_dateline(text) or (dated and bool(find_dates(text)))``, from one scan of the text when the two
    would scan the same (a stripped line short enough to be a date line): is_dateline's absolute dates
    are find_dates's. (metadata asks both about the short lines around a headline.) A dated line with an
    absolute date is not scanned for relative expressions: it is a date line either way."""
    if text != text.strip() or not _may_be_dateline(text):
        return is_dateline(text) or (dated and bool(find_dates(text)))
    absolute = _find_both(text, None, None, None)[0]
    if dated and absolute:
        return True
    relative = _relative_matches(text, _SPANS_ONLY_NOW, _HAS_DIGIT(text) is not None)
    matches = _merge(absolute, relative) if absolute and relative else absolute or relative
    return bool(matches) and _leftover_ratio(text, matches) <= DATELINE_MAX_LEFTOVER
