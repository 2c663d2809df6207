"""Tests for newsclean.dates: formats per language, labels, relative dates, day/month order, spans, things
that must not be read as dates, parse_date and is_dateline. All test strings are written here."""

from __future__ import annotations

import ast
import dataclasses
import datetime
import sys
from pathlib import Path

import pytest

from newsclean import dates
from newsclean.dates import DateMatch, find_dates, is_dateline, parse_date
from newsclean.guard import time_limit

#: the moment every test resolves relative dates against (and the base of the "1 year ahead" limit)
NOW = datetime.datetime(2026, 3, 5, 12, 0)
D = datetime.date


def only_value(text: str, **kwargs: object) -> datetime.date:
    """The value of the one date in ``text`` (fails when there is not exactly one)."""
    matches = find_dates(text, now=NOW, **kwargs)  # type: ignore[arg-type]
    assert len(matches) == 1, matches
    return matches[0].value


def only_match(text: str, **kwargs: object) -> DateMatch:
    matches = find_dates(text, now=NOW, **kwargs)  # type: ignore[arg-type]
    assert len(matches) == 1, matches
    return matches[0]


# ---------------------------------------------------------------------------------------------------------
# Formats
# ---------------------------------------------------------------------------------------------------------

#: (id, text, date) -- each text is a date and nothing else, so parse_date must read it as well
FORMATS = [
    # English and numeric forms from the brief
    ("en-weekday-abbr-month", "Monday, Mar 02, 2026", D(2026, 3, 2)),
    ("en-at-time-pm-dots", "March 2, 2026 at 4:05 p.m. EST", D(2026, 3, 2)),
    ("en-updated-numeric-time", "Updated 3/2/2026 4:05 PM ET", D(2026, 3, 2)),
    ("en-published-seconds-ist", "Published: Dec 22, 2023 12:15:02 PM IST", D(2023, 12, 22)),
    ("en-at-glued-pm", "December 21, 2023 at 3:53PM PST", D(2023, 12, 21)),
    ("en-abbr-dot", "Dec. 22, 2023", D(2023, 12, 22)),
    ("en-day-month-year", "22 Dec 2023", D(2023, 12, 22)),
    ("en-ordinal-day-first", "22nd December 2023", D(2023, 12, 22)),
    ("en-sept-dot", "Sept. 5, 2023", D(2023, 9, 5)),
    ("en-ordinal-no-comma", "December 24th 2023", D(2023, 12, 24)),
    ("en-ordinal-comma-weekday", "Sunday, December 24th, 2023", D(2023, 12, 24)),
    ("en-upper-case", "DECEMBER 23, 2023", D(2023, 12, 23)),
    ("en-dashed-day-month-year", "22-Dec-2023", D(2023, 12, 22)),
    ("en-day-month-comma-year", "27th May, 2023", D(2023, 5, 27)),
    ("rfc2822", "Fri, 22 Dec 2023 14:05:00 GMT", D(2023, 12, 22)),
    ("rfc2822-offset", "Mon, 02 Mar 2026 16:05:00 +0000", D(2026, 3, 2)),
    ("iso-date", "2026-03-02", D(2026, 3, 2)),
    ("iso-utc", "2026-03-02T16:05:00Z", D(2026, 3, 2)),
    ("iso-offset", "2026-03-02T16:05:00+01:00", D(2026, 3, 2)),
    ("iso-fraction-compact-offset", "2026-03-02T16:05:00.123+0100", D(2026, 3, 2)),
    ("iso-space-time", "2026-03-02 16:05:33", D(2026, 3, 2)),
    ("year-first-slashes", "2026/03/02", D(2026, 3, 2)),
    ("year-first-dots", "2026.03.02", D(2026, 3, 2)),
    ("numeric-us-slashes", "12/22/2023", D(2023, 12, 22)),
    ("numeric-two-digit-year", "3/2/26", D(2026, 3, 2)),
    ("numeric-two-digit-year-time", "12/22/23 12:24 PM ET", D(2023, 12, 22)),
    ("numeric-dashes", "12-22-2023", D(2023, 12, 22)),
    ("numeric-dots-day-first", "02.03.2026", D(2026, 3, 2)),
    ("numeric-dots-two-digit-year", "02.03.26", D(2026, 3, 2)),
    # French
    ("fr", "2 mars 2026", D(2026, 3, 2)),
    ("fr-le-a-time", "le 2 mars 2026 à 14h05", D(2026, 3, 2)),
    ("fr-weekday", "lundi 2 mars 2026", D(2026, 3, 2)),
    ("fr-premier", "1er mars 2026", D(2026, 3, 1)),
    ("fr-no-accent", "2 fevrier 2026", D(2026, 2, 2)),
    ("fr-abbr-upper-accent", "22 DÉC. 2023", D(2023, 12, 22)),
    ("fr-abbr-no-accent", "22 dec 2023", D(2023, 12, 22)),
    # German
    ("de", "2. März 2026", D(2026, 3, 2)),
    ("de-weekday", "Montag, 2. März 2026", D(2026, 3, 2)),
    ("de-no-umlaut", "2. Marz 2026", D(2026, 3, 2)),
    ("de-ae", "2. Maerz 2026", D(2026, 3, 2)),
    ("de-abbr", "2. Okt. 2025", D(2025, 10, 2)),
    ("de-jaenner", "2. Jänner 2026", D(2026, 1, 2)),
    # Spanish, Italian, Portuguese
    ("es", "2 de marzo de 2026", D(2026, 3, 2)),
    ("es-weekday", "lunes, 2 de marzo de 2026", D(2026, 3, 2)),
    ("es-del", "2 de marzo del 2026", D(2026, 3, 2)),
    ("es-abbr", "2 dic. 2025", D(2025, 12, 2)),
    ("it", "2 marzo 2026", D(2026, 3, 2)),
    ("it-weekday", "lunedì 2 marzo 2026", D(2026, 3, 2)),
    ("it-abbr", "2 ott 2025", D(2025, 10, 2)),
    ("pt", "2 de março de 2026", D(2026, 3, 2)),
    ("pt-no-cedilla", "2 de marco de 2026", D(2026, 3, 2)),
    ("pt-weekday-hyphenated", "segunda-feira, 2 de março de 2026", D(2026, 3, 2)),
    # Dutch, Scandinavian
    ("nl", "2 maart 2026", D(2026, 3, 2)),
    ("nl-abbr", "2 mrt 2026", D(2026, 3, 2)),
    ("sv-weekday", "måndag 2 mars 2026", D(2026, 3, 2)),
    ("sv-augusti", "2 augusti 2025", D(2025, 8, 2)),
    ("da", "2. marts 2026", D(2026, 3, 2)),
    ("no", "2. mars 2026", D(2026, 3, 2)),
    ("no-desember", "2. desember 2025", D(2025, 12, 2)),
    # Slavic (genitive month forms), Romanian, Turkish, Indonesian, Hungarian, Finnish
    ("pl-genitive", "2 marca 2026", D(2026, 3, 2)),
    ("pl-october", "2 października 2025", D(2025, 10, 2)),
    ("pl-no-accents", "2 pazdziernika 2025", D(2025, 10, 2)),
    ("cs-genitive", "2. března 2026", D(2026, 3, 2)),
    ("cs-no-accents", "2. brezna 2026", D(2026, 3, 2)),
    ("cs-july", "2. července 2025", D(2025, 7, 2)),
    ("ru-genitive", "2 марта 2026", D(2026, 3, 2)),
    ("ru-year-abbr", "2 марта 2026 г.", D(2026, 3, 2)),
    ("uk-genitive", "2 березня 2026", D(2026, 3, 2)),
    ("ro", "2 martie 2026", D(2026, 3, 2)),
    ("tr", "2 Mart 2026", D(2026, 3, 2)),
    ("tr-accented", "2 Ağustos 2025", D(2025, 8, 2)),
    ("tr-unaccented", "2 Agustos 2025", D(2025, 8, 2)),
    ("tr-upper-dotless-i", "2 MAYIS 2025", D(2025, 5, 2)),
    ("id", "2 Maret 2026", D(2026, 3, 2)),
    ("id-weekday", "Senin, 2 Maret 2026", D(2026, 3, 2)),
    ("hu-year-first", "2026. március 2.", D(2026, 3, 2)),
    ("hu-abbr", "2026. márc. 2.", D(2026, 3, 2)),
    ("fi-partitive", "2. maaliskuuta 2026", D(2026, 3, 2)),
    # Chinese, Japanese, Korean
    ("zh-ja", "2026年3月2日", D(2026, 3, 2)),
    ("zh-weekday-after", "2026年3月2日 星期一", D(2026, 3, 2)),
    ("ja-weekday-after", "2026年3月2日（月）", D(2026, 3, 2)),
    ("zh-time", "2026年3月2日 14:05", D(2026, 3, 2)),
    ("ko", "2026년 3월 2일", D(2026, 3, 2)),
    ("ko-dots", "2026. 3. 2.", D(2026, 3, 2)),
]


@pytest.mark.parametrize(("text", "expected"), [row[1:] for row in FORMATS], ids=[row[0] for row in FORMATS])
def test_find_dates_reads_format(text: str, expected: datetime.date) -> None:
    assert only_value(text) == expected


@pytest.mark.parametrize(("text", "expected"), [row[1:] for row in FORMATS], ids=[row[0] for row in FORMATS])
def test_parse_date_reads_format(text: str, expected: datetime.date) -> None:
    assert parse_date(text, now=NOW) == expected


@pytest.mark.parametrize("text", [row[1] for row in FORMATS], ids=[row[0] for row in FORMATS])
def test_match_text_is_its_span(text: str) -> None:
    match = only_match(text)
    assert match.text == text[match.start : match.end]
    assert not match.relative


#: (id, text, date): abbreviated month names, with and without a dot
ABBREVIATIONS = [
    ("fr-fevr-dot", "2 févr. 2026", D(2026, 2, 2)),
    ("fr-fevr-plain", "2 fevr 2026", D(2026, 2, 2)),
    ("fr-janv", "2 janv. 2026", D(2026, 1, 2)),
    ("fr-juil", "2 juil. 2025", D(2025, 7, 2)),
    ("fr-upper", "2 MARS 2026", D(2026, 3, 2)),
    ("en-sept-day-first", "2 sept. 2025", D(2025, 9, 2)),
    ("de-dez", "2. Dez. 2025", D(2025, 12, 2)),
    ("de-mrz", "2. Mrz. 2026", D(2026, 3, 2)),
    ("es-ene", "2 ene. 2026", D(2026, 1, 2)),
    ("es-ago", "2 ago. 2025", D(2025, 8, 2)),
    ("it-gen", "2 gen 2026", D(2026, 1, 2)),
    ("it-set", "2 set. 2025", D(2025, 9, 2)),
    ("pt-out", "2 out. 2025", D(2025, 10, 2)),
    ("pt-dez", "2 dez. 2025", D(2025, 12, 2)),
    ("nl-okt", "2 okt 2025", D(2025, 10, 2)),
    ("nl-mei", "2 mei 2025", D(2025, 5, 2)),
    ("pl-gru", "2 gru 2025", D(2025, 12, 2)),
    ("pl-lis", "2 lis 2025", D(2025, 11, 2)),
    ("ru-noyab", "2 нояб. 2025", D(2025, 11, 2)),
    ("ru-apr", "2 апр. 2025", D(2025, 4, 2)),
    ("uk-lyst", "2 лист. 2025", D(2025, 11, 2)),
    ("ro-ian", "2 ian. 2026", D(2026, 1, 2)),
    ("tr-sub", "2 Şub 2026", D(2026, 2, 2)),
    ("tr-ara", "2 Ara 2025", D(2025, 12, 2)),
    ("id-agu", "2 Agu 2025", D(2025, 8, 2)),
    ("id-des", "2 Des 2025", D(2025, 12, 2)),
    ("hu-okt", "2025. okt. 2.", D(2025, 10, 2)),
    ("fi-jouluk", "2. jouluk. 2025", D(2025, 12, 2)),
]


@pytest.mark.parametrize(
    ("text", "expected"), [row[1:] for row in ABBREVIATIONS], ids=[row[0] for row in ABBREVIATIONS]
)
def test_abbreviated_month(text: str, expected: datetime.date) -> None:
    assert only_value(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuesday, Mar 02, 2026", D(2026, 3, 2)),
        ("Sunday, December 24, 2023", D(2023, 12, 24)),
    ],
    ids=["wrong-weekday-ignored", "right-weekday"],
)
def test_weekday_does_not_change_the_day(text: str, expected: datetime.date) -> None:
    assert only_value(text) == expected


# ---------------------------------------------------------------------------------------------------------
# Spans
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("Monday, Mar 02, 2026", "Monday, Mar 02, 2026"),
        ("Updated 3/2/2026 4:05 PM ET", "3/2/2026 4:05 PM ET"),
        ("Published: Dec 22, 2023 12:15:02 PM IST", "Dec 22, 2023 12:15:02 PM IST"),
        ("le 2 mars 2026 à 14h05", "2 mars 2026 à 14h05"),
        ("By Robert LeaDecember 22, 2023", "December 22, 2023"),
        ("By Jo Hale22 December 2023", "22 December 2023"),
        ("IDEASOCT 5, 2023 9:00 AM", "OCT 5, 2023 9:00 AM"),
        ("16 Feb 2024By", "16 Feb 2024"),
        ("Senate passes bill on Dec. 21, 2023, in a late vote", "Dec. 21, 2023"),
        ("发布时间：2026-03-02 14:05", "2026-03-02 14:05"),
        ("Montag, 02.03.2026", "Montag, 02.03.2026"),
    ],
    ids=[
        "weekday-included",
        "label-excluded",
        "time-and-zone-included",
        "article-excluded",
        "glued-byline-name-excluded",
        "glued-name-before-day",
        "glued-all-caps-section",
        "glued-word-after-year",
        "inside-a-sentence",
        "cjk-label-excluded",
        "weekday-before-numeric",
    ],
)
def test_span(text: str, matched: str) -> None:
    match = only_match(text)
    start = text.index(matched)
    assert (match.text, match.start, match.end) == (matched, start, start + len(matched))


def test_several_dates_in_order_with_labels() -> None:
    text = "Published: Dec 22, 2023 | Updated: Dec 23, 2023"
    matches = find_dates(text, now=NOW)
    assert [(m.value, m.label, m.text) for m in matches] == [
        (D(2023, 12, 22), "published", "Dec 22, 2023"),
        (D(2023, 12, 23), "updated", "Dec 23, 2023"),
    ]
    assert [m.start for m in matches] == [text.index("Dec 22"), text.index("Dec 23")]


def test_absolute_and_relative_in_order() -> None:
    matches = find_dates("3 hours ago | Dec 22, 2023", now=NOW)
    assert [(m.text, m.relative) for m in matches] == [("3 hours ago", True), ("Dec 22, 2023", False)]


# ---------------------------------------------------------------------------------------------------------
# Clock times
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "matched", "has_time"),
    [
        ("March 2, 2026 at 4:05 p.m. EST", "March 2, 2026 at 4:05 p.m. EST", True),
        ("December 20, 2023 4:00 am CET", "December 20, 2023 4:00 am CET", True),
        ("Dec 22, 2023, 19:28 IST", "Dec 22, 2023, 19:28 IST", True),
        ("December 21, 2023/9:43 p.m. ET", "December 21, 2023/9:43 p.m. ET", True),
        ("Thursday, January 4, 2024, at 8 p.m. ET", "Thursday, January 4, 2024, at 8 p.m. ET", True),
        ("2. März 2026 um 14:05 Uhr", "2. März 2026 um 14:05 Uhr", True),
        ("22.12.2023, 14:05 Uhr", "22.12.2023, 14:05 Uhr", True),
        ("2. marts 2026 kl. 14.05", "2. marts 2026 kl. 14.05", True),
        ("Fri 22 Dec 2023 15.30 CET", "Fri 22 Dec 2023 15.30 CET", True),
        ("2 de marzo de 2026 a las 14:05", "2 de marzo de 2026 a las 14:05", True),
        ("2 марта 2026 г., 14:05", "2 марта 2026 г., 14:05", True),
        ("2026-03-02T16:05:00Z", "2026-03-02T16:05:00Z", True),
        ("2026-03-02 16:05 +0100", "2026-03-02 16:05 +0100", True),
        ("Dec 22, 2023", "Dec 22, 2023", False),
        ("Dec 22, 2023 5 things to know", "Dec 22, 2023", False),
        ("Dec 22, 2023 3.5 million viewers", "Dec 22, 2023", False),
        ("Dec 22, 2023, 25:99", "Dec 22, 2023", False),
        ("Dec 22, 2023 13:05 pm", "Dec 22, 2023", False),
    ],
    ids=[
        "en-at-pm-dots-zone",
        "en-am-zone",
        "en-24h-zone",
        "en-slash-time",
        "en-hour-only-pm",
        "de-um-uhr",
        "de-numeric-uhr",
        "da-kl-dotted",
        "en-gb-dotted-zone",
        "es-a-las",
        "ru-year-abbr-time",
        "iso-t",
        "iso-space-offset",
        "no-time",
        "bare-number-is-not-an-hour",
        "decimal-is-not-a-time",
        "impossible-time",
        "pm-after-24h-hour",
    ],
)
def test_clock_time(text: str, matched: str, has_time: bool) -> None:
    match = only_match(text)
    assert (match.text, match.has_time) == (matched, has_time)


# ---------------------------------------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Published: Dec 22, 2023", "published"),
        ("Posted on 22 Dec 2023", "published"),
        ("First published on December 22, 2023 / 1:54 PM EST", "published"),
        ("Published by Jo Lee on Dec 22, 2023", "published"),
        ("Updated 3/2/2026 4:05 PM ET", "updated"),
        ("Last updated: 2026-03-02", "updated"),
        ("Modified March 2, 2026", "updated"),
        ("Veröffentlicht am 2. März 2026", "published"),
        ("Aktualisiert am 02.03.2026, 14:05 Uhr", "updated"),
        ("Publié le 2 mars 2026 à 14h05", "published"),
        ("Mis à jour le 2 mars 2026", "updated"),
        ("Mis a jour le 2 mars 2026", "updated"),
        ("Publicado el 2 de marzo de 2026", "published"),
        ("Actualizado: 2 de marzo de 2026", "updated"),
        ("Pubblicato il 2 marzo 2026", "published"),
        ("Aggiornato il 2 marzo 2026", "updated"),
        ("Publicado em 2 de março de 2026", "published"),
        ("Atualizado em 2 de março de 2026", "updated"),
        ("Gepubliceerd op 2 maart 2026", "published"),
        ("Bijgewerkt op 2 maart 2026", "updated"),
        ("发布时间：2026-03-02 14:05", "published"),
        ("更新时间：2026年3月2日", "updated"),
        ("Dec 22, 2023", None),
        ("By Jo Lee | Dec 22, 2023", None),
        ("Updated " + "x" * 60 + " Dec 22, 2023", None),
    ],
    ids=[
        "en-published",
        "en-posted",
        "en-first-published",
        "en-published-by-name",
        "en-updated",
        "en-last-updated",
        "en-modified",
        "de-published",
        "de-updated",
        "fr-published",
        "fr-updated",
        "fr-updated-no-accent",
        "es-published",
        "es-updated",
        "it-published",
        "it-updated",
        "pt-published",
        "pt-updated",
        "nl-published",
        "nl-updated",
        "zh-published",
        "zh-updated",
        "none",
        "byline-is-not-a-label",
        "label-too-far",
    ],
)
def test_label(text: str, label: str | None) -> None:
    assert only_match(text).label == label


def test_label_of_a_relative_date() -> None:
    match = only_match("Updated 2 hours ago")
    assert (match.label, match.relative) == ("updated", True)


# ---------------------------------------------------------------------------------------------------------
# Relative dates
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 hours ago", D(2026, 3, 5)),
        ("14 hours ago", D(2026, 3, 4)),
        ("an hour ago", D(2026, 3, 5)),
        ("5 mins ago", D(2026, 3, 5)),
        ("3 days ago", D(2026, 3, 2)),
        ("1 week ago", D(2026, 2, 26)),
        ("2 months ago", D(2026, 1, 4)),
        ("a year ago", D(2025, 3, 5)),
        ("3d ago", D(2026, 3, 2)),
        ("2 HOURS AGO", D(2026, 3, 5)),
        ("yesterday", D(2026, 3, 4)),
        ("Today", D(2026, 3, 5)),
        ("just now", D(2026, 3, 5)),
        ("vor 3 Tagen", D(2026, 3, 2)),
        ("vor einem Tag", D(2026, 3, 4)),
        ("gestern", D(2026, 3, 4)),
        ("il y a 2 jours", D(2026, 3, 3)),
        ("il y a une heure", D(2026, 3, 5)),
        ("hier", D(2026, 3, 4)),
        ("aujourd’hui", D(2026, 3, 5)),
        ("hace 3 días", D(2026, 3, 2)),
        ("hace 1 dia", D(2026, 3, 4)),
        ("ayer", D(2026, 3, 4)),
        ("3 giorni fa", D(2026, 3, 2)),
        ("un'ora fa", D(2026, 3, 5)),
        ("ieri", D(2026, 3, 4)),
        ("há 2 dias", D(2026, 3, 3)),
        ("3 dias atrás", D(2026, 3, 2)),
        ("ontem", D(2026, 3, 4)),
        ("3 dagen geleden", D(2026, 3, 2)),
        ("een uur geleden", D(2026, 3, 5)),
        ("gisteren", D(2026, 3, 4)),
        ("3 天前", D(2026, 3, 2)),
        ("3天前", D(2026, 3, 2)),
        ("5 小时前", D(2026, 3, 5)),
        ("昨天", D(2026, 3, 4)),
        ("3日前", D(2026, 3, 2)),
    ],
    ids=[
        "en-hours",
        "en-hours-crossing-midnight",
        "en-an-hour",
        "en-mins",
        "en-days",
        "en-week",
        "en-months-30-days",
        "en-a-year",
        "en-short-unit",
        "en-upper-case",
        "en-yesterday",
        "en-today",
        "en-just-now",
        "de-days",
        "de-one-day",
        "de-yesterday",
        "fr-days",
        "fr-one-hour",
        "fr-yesterday",
        "fr-today-typographic-apostrophe",
        "es-days",
        "es-one-day-no-accent",
        "es-yesterday",
        "it-days",
        "it-one-hour-elided",
        "it-yesterday",
        "pt-ha-days",
        "pt-atras-days",
        "pt-yesterday",
        "nl-days",
        "nl-one-hour",
        "nl-yesterday",
        "zh-days-spaced",
        "zh-days",
        "zh-hours",
        "zh-yesterday",
        "ja-days",
    ],
)
def test_relative(text: str, expected: datetime.date) -> None:
    match = only_match(text)
    assert (match.value, match.relative, match.text) == (expected, True, text)


def test_relative_needs_now() -> None:
    assert find_dates("2 hours ago") == []


def test_relative_day_word_with_time() -> None:
    match = only_match("Yesterday at 4:05 PM")
    assert (match.value, match.has_time, match.text) == (D(2026, 3, 4), True, "Yesterday at 4:05 PM")


def test_relative_span_inside_a_line() -> None:
    match = only_match("Posted 3 hours ago by Jo Lee")
    assert (match.text, match.start, match.label) == ("3 hours ago", 7, "published")


def test_relative_after_a_lower_case_that_changes_length() -> None:
    # "İ".lower() is two characters: spans must still point into the original text
    text = "İstanbul, updated yesterday"
    match = only_match(text)
    assert (match.text, match.start, match.label) == ("yesterday", text.index("yesterday"), "updated")


@pytest.mark.parametrize(
    "text",
    [
        "Trump said today that the bill would pass.",
        "USA TODAY",
        "Today’s Wordle hints and answer",
        "Die Lage ist hier ruhig geblieben, sagte er.",
        "He was in Chicago a week before the vote",
        "many years ago",
        "40 years ago",
    ],
    ids=[
        "today-in-a-sentence",
        "today-in-a-name",
        "today-possessive",
        "de-hier-means-here",
        "ago-inside-a-word",
        "no-number",
        "before-min-year",
    ],
)
def test_not_a_relative_date(text: str) -> None:
    assert find_dates(text, now=NOW) == []


# ---------------------------------------------------------------------------------------------------------
# Day/month order
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("2/3/2026", None, D(2026, 2, 3)),
        ("2/3/2026", False, D(2026, 2, 3)),
        ("2/3/2026", True, D(2026, 3, 2)),
        ("02-03-2026", True, D(2026, 3, 2)),
        ("13/2/2026", None, D(2026, 2, 13)),
        ("2/13/2026", True, D(2026, 2, 13)),
        ("02.03.2026", None, D(2026, 3, 2)),
        ("02.03.2026", False, D(2026, 3, 2)),
        ("12.22.2023", None, D(2023, 12, 22)),
        ("3/2/99", None, D(1999, 3, 2)),
        ("2026-03-02", True, D(2026, 3, 2)),
    ],
    ids=[
        "default-month-first",
        "month-first",
        "day-first",
        "day-first-dashes",
        "first-part-over-12-is-the-day",
        "second-part-over-12-is-the-day",
        "dots-are-day-first",
        "dots-are-day-first-even-for-en",
        "dots-second-part-over-12",
        "two-digit-year-last-century",
        "iso-ignores-day-first",
    ],
)
def test_day_first(text: str, day_first: bool | None, expected: datetime.date) -> None:
    assert only_value(text, day_first=day_first) == expected


# ---------------------------------------------------------------------------------------------------------
# Not dates
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "0:00",
        "12:34",
        "1:02:33",
        "2023",
        "© 2023 Foo Inc.",
        "Copyright 2019-2023",
        "Copyright © 2019–2023 Foo Media",
        "iOS 26.4",
        "version 3.2.1",
        "v1.2.24",
        "10.5.2 release notes",
        "192.168.1.1",
        "$14.99",
        "Arsenal won 3-2",
        "a 3-2-26 formation",
        "Call 555-123-4567",
        "+1 (212) 555-0199",
        "06.12.34.56.78",
        "Tel. 030 1234 5678",
        "24/7 support",
        "1/2 cup sugar",
        "Page 1/12",
        "ISBN 978-3-16-148410-0",
        "ISBN 0-306-40615-2",
        "Order 20230302 shipped",
        "20260302",
        "The 2023/24 season",
        "September 2023",
        "Saturday, Dec 23",
        "Windows 10, 2023 update",
        "Dec 31, 1969",
        "March 2, 1994",
        "March 2, 2028",
        "February 30, 2024",
        "2023-02-29",
        "31/04/2024",
        "13/13/2026",
        "00/00/2026",
        "0 Dec 2023",
        "2026-13-01",
    ],
    ids=[
        "player-zero",
        "player-minutes",
        "player-hours",
        "bare-year",
        "copyright-year",
        "copyright-range",
        "copyright-en-dash-range",
        "version-two-parts",
        "version-three-parts",
        "version-like-two-digit-year",
        "version-release",
        "ip-address",
        "price",
        "score",
        "formation-dashes",
        "us-phone",
        "us-phone-parens",
        "fr-phone-dots",
        "de-phone",
        "ratio",
        "fraction",
        "page-counter",
        "isbn-13",
        "isbn-10",
        "eight-digits-in-prose",
        "compact-stamp-not-in-find-dates",
        "season",
        "month-year-without-day",
        "no-year",
        "not-a-month-word",
        "unix-epoch-before-min-year",
        "before-min-year",
        "more-than-a-year-ahead",
        "feb-30",
        "feb-29-not-leap",
        "april-31",
        "month-13",
        "zeros",
        "day-zero",
        "iso-month-13",
    ],
)
def test_not_a_date(text: str) -> None:
    assert find_dates(text, now=NOW) == []


def test_future_limit_follows_now() -> None:
    later = datetime.datetime(2027, 6, 1)
    assert [m.value for m in find_dates("March 2, 2028", now=later)] == [D(2028, 3, 2)]


@pytest.mark.parametrize(
    "text",
    ["9" * 1000, "Dec " * 300, "ago " * 300, "1/" * 500, "2023-" * 200, "İ" * 50 + " gestern", "", " "],
    ids=["digits", "month-words", "ago-words", "slashes", "iso-prefixes", "dotted-i", "empty", "space"],
)
def test_odd_input_does_not_crash(text: str) -> None:
    for match in find_dates(text, now=NOW):
        assert match.text == text[match.start : match.end]
    parse_date(text, now=NOW)
    is_dateline(text)


# ---------------------------------------------------------------------------------------------------------
# parse_date
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kwargs", "expected"),
    [
        ("20260302", {}, D(2026, 3, 2)),
        ("20260302T160500Z", {}, D(2026, 3, 2)),
        ("  Dec 22, 2023  ", {}, D(2023, 12, 22)),
        ("Date: 2026-03-02", {}, D(2026, 3, 2)),
        ("2/3/2026", {"day_first": True}, D(2026, 3, 2)),
        ("2 hours ago", {}, D(2026, 3, 5)),
        ("2 hours ago", {"now": None}, None),
        ("", {}, None),
        ("20261302", {}, None),
        ("19941231", {}, None),
        ("In 20260302 cases", {}, None),
        ("Stephen Edelstein December 22, 2023 Comment Now!", {}, None),
        ("The meeting on Dec 22, 2023 was long and nobody came", {}, None),
        ("Home", {}, None),
    ],
    ids=[
        "compact-stamp",
        "compact-stamp-time",
        "surrounding-space",
        "date-field-name",
        "day-first",
        "relative-with-now",
        "relative-without-now",
        "empty",
        "compact-month-13",
        "compact-before-min-year",
        "compact-in-prose",
        "name-and-date",
        "sentence",
        "no-date",
    ],
)
def test_parse_date(text: str, kwargs: dict[str, object], expected: datetime.date | None) -> None:
    assert parse_date(text, **{"now": NOW, **kwargs}) == expected  # type: ignore[arg-type]


def test_parse_date_takes_the_first_of_two() -> None:
    assert parse_date("Published Dec 21, 2023, updated Dec 22, 2023", now=NOW) == D(2023, 12, 21)


# ---------------------------------------------------------------------------------------------------------
# is_dateline
# ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Published: Dec 22, 2023 12:15:02 PM IST",
        "Updated 3/2/2026 4:05 PM ET",
        "Monday, Mar 02, 2026",
        "22.12.2023, 14:05 Uhr",
        "Posted on December 22, 2023",
        "Dec. 22, 2023, 5:24 AM UTC / Updated Dec. 22, 2023, 2:01 PM UTC",
        "Publié le 2 mars 2026 à 14h05",
        "发布时间：2026-03-02 14:05",
        "2026年3月2日 星期一",
        "Date: 2026-03-02",
        "2 hours ago",
        "3d ago / 9:59 AM UTC",
        "Yesterday",
        "Aktualisiert: gestern",
        "  Sunday, December 24th 2023  ",
    ],
    ids=[
        "en-published-time-zone",
        "en-updated-numeric",
        "en-weekday",
        "de-numeric-uhr",
        "en-posted-on",
        "en-published-and-updated",
        "fr-published-time",
        "zh-label",
        "zh-weekday",
        "field-name",
        "relative",
        "relative-and-time",
        "day-word",
        "de-label-day-word",
        "padded",
    ],
)
def test_is_dateline(text: str) -> None:
    assert is_dateline(text)


@pytest.mark.parametrize(
    "text",
    [
        "Stephen Edelstein December 22, 2023 Comment Now!",
        "Feb 12, 2024 | Astronomy",
        "Trump said on Dec 22, 2023 that he would run again.",
        "0:00",
        "4:05 PM ET",
        "Copyright 2019-2023",
        "© 2023 Foo Inc.",
        "Today’s Wordle hints and answer",
        "Home",
        "",
        "September 2023",
        "Updated",
        "Published: " + "word " * 40 + "Dec 22, 2023",
    ],
    ids=[
        "name-date-and-link",
        "date-and-section",
        "sentence",
        "player-timestamp",
        "time-without-date",
        "copyright-range",
        "copyright",
        "day-word-in-a-title",
        "no-date",
        "empty",
        "month-and-year",
        "label-without-date",
        "too-long",
    ],
)
def test_is_not_dateline(text: str) -> None:
    assert not is_dateline(text)


# ---------------------------------------------------------------------------------------------------------
# The record and the module
# ---------------------------------------------------------------------------------------------------------


def test_date_match_is_frozen_with_slots() -> None:
    match = only_match("Dec 22, 2023")
    with pytest.raises(dataclasses.FrozenInstanceError):
        match.value = D(2000, 1, 1)  # type: ignore[misc]
    assert not hasattr(match, "__dict__")
    assert match == DateMatch(D(2023, 12, 22), 0, 12, None, False, False, "Dec 22, 2023")


def test_imports_only_the_standard_library() -> None:
    tree = ast.parse(Path(dates.__file__).read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}
    assert "dateparser" not in imported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Jane DoeDec 05, 20232 Shares1530 Views", "2023-12-05", id="glued-share-count"),
        pytest.param("Oct 17, 20235757 Shares", "2023-10-17", id="glued-long-count"),
        pytest.param("5 Dec 20231 comment", "2023-12-05", id="day-first-glued"),
        pytest.param("December 22, 20233:00 AM ET", "2023-12-22", id="glued-time"),
        pytest.param("Published Fri, Dec 22 202311:17 AM EST", "2023-12-22", id="glued-two-digit-hour"),
        pytest.param("By Ann ODec. 18, 2023 9:00 am EST", "2023-12-18", id="month-glued-to-a-capital"),
    ],
)
def test_year_glued_to_a_count(text: str, expected: str) -> None:
    assert [m.value.isoformat() for m in dates.find_dates(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A" * 20_000 + " 5, 2023", id="capitals-then-day-and-year"),
        pytest.param("aA" * 10_000 + "2023", id="case-changes-then-year"),
    ],
)
def test_a_long_word_of_capitals_is_read_once(text: str) -> None:
    """A month may be glued to a capital before it ('ODec'), but the pattern does not start at every
    capital of a word: that read the rest of the word from each one (20,000 capitals: 4 s, 50,000: 145 s)."""
    with time_limit(1.0):
        assert dates.find_dates(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dec 05, 202345",
        "Order 12 Dec 2023456",
        "Invoice Dec 5, 20231234",
        "Dec 5, 20231:5",
        "Dec 5, 202312:75",
    ],
)
def test_longer_digit_runs_are_no_year(text: str) -> None:
    assert dates.find_dates(text) == []
