"""The text front end: normalisation, layout detection, re-joining hard-wrapped lines, bullets."""

from __future__ import annotations

import textwrap

import pytest

from newsclean import textdump

PARAGRAPH = (
    "The Mill River bridge on Route 12, which carries about 18,000 vehicles a day between Eastbrook and the "
    "interstate, will stay down to a single lane in each direction until at least the end of April while "
    "engineers replace a steel beam that cracked during a cold snap in January, state officials said."
)
SECOND = (
    "Inspectors found the crack on January 19 during a routine check of the 1962 bridge, and the state "
    "closed the two inner lanes within hours as a precaution. Traffic has backed up for more than a mile "
    "at rush hour ever since, and crashes near the bridge have roughly doubled."
)


def _wrapped(*paragraphs: str, width: int = 80) -> str:
    return "\n\n".join(
        textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False) for p in paragraphs
    )


def _texts(text: str) -> list[str]:
    blocks, _ = textdump.split_blocks(text)
    return blocks.texts


# normalisation -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("a\u00a0b", "a b", id="nbsp"),
        pytest.param("a\u202fb", "a b", id="narrow-nbsp"),
        pytest.param("a\u3000b", "a b", id="ideographic-space"),
        pytest.param("a\tb", "a b", id="tab"),
        pytest.param("zero\u200bwidth", "zerowidth", id="zero-width-space"),
        pytest.param("word\u2060joiner", "wordjoiner", id="word-joiner"),
        pytest.param("\ufeffbom", "bom", id="bom"),
        pytest.param("soft\u00adhyphen", "softhyphen", id="soft-hyphen"),
        pytest.param("left\u200eto\u200fright", "lefttoright", id="direction-marks"),
        pytest.param("Cafe\u0301", "Café", id="nfc"),
        pytest.param("one\r\ntwo\rthree", "one\ntwo\nthree", id="newlines"),
        pytest.param("page\fbreak", "page\nbreak", id="form-feed"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert textdump.normalise(raw) == expected


def test_blocks_collapse_runs_of_spaces() -> None:
    assert _texts("The   council \u00a0 voted  on Monday.") == ["The council voted on Monday."]


def test_blocks_have_no_zero_width_characters() -> None:
    assert _texts("Hello\u200b world\ufeff!\n") == ["Hello world!"]


# layout detection ----------------------------------------------------------------------------------------
def test_detect_innertext_lines() -> None:
    lines = ["Site", "Menu", "", PARAGRAPH, "", SECOND, ""]
    assert textdump.detect_layout(lines) == ("lines", 0)


def test_detect_wrapped_at_80() -> None:
    lines = _wrapped(PARAGRAPH, SECOND, width=80).split("\n")
    layout, width = textdump.detect_layout(lines)
    assert layout == "wrapped"
    assert width == max(len(line) for line in lines)
    assert 70 <= width <= 80


def test_one_wide_table_row_does_not_set_the_wrap_width() -> None:
    # w3m prints a table row wider than its wrap width: the width is the one most lines reach
    row = "Plan" + " " * 40 + "Price" + " " * 40 + "Servers" + " " * 30 + "Devices"
    lines = [row, "", *_wrapped(PARAGRAPH, SECOND, PARAGRAPH, width=100).split("\n")]
    layout, width = textdump.detect_layout(lines)
    assert layout == "wrapped"
    assert 90 <= width <= 100


def test_long_links_are_no_evidence_against_wrapping() -> None:
    link = "https://example.com/track?" + "a%2fb%3d1" * 30
    lines = [*_wrapped(PARAGRAPH, SECOND, width=100).split("\n"), "", link, link, link]
    assert textdump.detect_layout(lines)[0] == "wrapped"


def test_one_unwrapped_sentence_means_lines() -> None:
    # a paragraph of prose longer than any wrap width: no tool wrapped this dump
    lines = [*(f"Story number {n} of the day" for n in range(80)), "", PARAGRAPH]
    assert textdump.detect_layout(lines) == ("lines", 0)


def test_headline_list_is_not_mistaken_for_wrapping() -> None:
    # an innerText dump of short lines whose lengths happen to be close: each starts with a capital
    headlines = [
        "One dead, six in hospital after carbon monoxide leak in a city home",
        "Watchdog investigates after man killed in police-involved shooting",
        "Police say off-duty officer stabbed while trying to stop theft at store",
        "Council approves new budget after a long night of debate in chambers",
    ]
    assert textdump.detect_layout(["Home", "News", *headlines, "Sports"]) == ("lines", 0)


def test_one_wrapped_paragraph_is_wrapped() -> None:
    # a short page in a w3m dump: a heading, and one paragraph wrapped once
    lines = ["Notice", "", *textwrap.wrap(SECOND[: SECOND.index(". ") + 1], 120)]
    assert len(lines) == 4
    assert textdump.detect_layout(lines) == ("wrapped", len(lines[2]))
    assert _texts("\n".join(lines)) == ["Notice", SECOND[: SECOND.index(". ") + 1]]


def test_a_headline_over_a_line_in_lower_case_is_no_wrap() -> None:
    # a short innerText page: its widest line is the headline, with no sentence end, over a line that
    # starts in lower case; the paragraph they would make does not end like one
    lines = [
        "Home",
        "News",
        "",
        "Council delays the vote on the harbour bridge until the spring session",
        "updated 2 hours ago",
        "",
        "By Jane Roe",
        "",
        "The council met on Tuesday and said the vote would wait.",
        "",
        "The engineers said the steel had held up far better than expected.",
    ]
    assert textdump.detect_layout(lines) == ("lines", 0)


def test_one_wrapped_paragraph_under_a_menu_is_wrapped() -> None:
    # a short page in a w3m dump: menu lines of about the same length (which set no wrap width, being
    # shorter than any tool wraps at) and one paragraph wrapped once
    menu = ["Tickets for the spring shows", "Tickets for the summer shows", "Tickets for the autumn shows"]
    paragraph = textwrap.wrap(SECOND[: SECOND.index(". ") + 1], 120)
    lines = [*menu, "", *paragraph]
    assert textdump.detect_layout(lines) == ("wrapped", len(paragraph[0]))
    assert _texts("\n".join(lines))[-1] == SECOND[: SECOND.index(". ") + 1]


def test_detect_wrapped_at_120() -> None:
    lines = _wrapped(PARAGRAPH, SECOND, PARAGRAPH, width=120).split("\n")
    assert textdump.detect_layout(lines)[0] == "wrapped"


def test_menu_of_short_lines_is_not_wrapped() -> None:
    lines = ["Home", "News", "Sports", "Business", "Opinion", "Weather", "Contact"]
    assert textdump.detect_layout(lines) == ("lines", 0)


def test_empty_input_is_lines() -> None:
    assert textdump.detect_layout(["", "  ", ""]) == ("lines", 0)


def test_split_blocks_reports_layout() -> None:
    assert textdump.split_blocks(_wrapped(PARAGRAPH, SECOND))[1] == "wrapped"
    assert textdump.split_blocks(f"Title\n\n{PARAGRAPH}\n\n{SECOND}\n")[1] == "lines"


# re-joining ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("width", [72, 80, 100, 120])
def test_wrapped_paragraphs_are_rejoined(width: int) -> None:
    assert _texts(_wrapped(PARAGRAPH, SECOND, PARAGRAPH, width=width)) == [PARAGRAPH, SECOND, PARAGRAPH]


def test_blank_line_separates_wrapped_paragraphs() -> None:
    wrapped = _wrapped(PARAGRAPH, SECOND)
    blocks, _ = textdump.split_blocks(wrapped)
    assert len(blocks) == 2
    assert blocks.lines == [1, wrapped.split("\n").index("") + 2]


def test_short_heading_line_is_not_joined_to_the_paragraph() -> None:
    text = _wrapped(PARAGRAPH, SECOND) + "\n\nWhat happens next\n" + textwrap.fill(SECOND, 80) + "\n"
    assert "What happens next" in _texts(text)


def test_unterminated_line_joins_lower_case_continuation() -> None:
    text = _wrapped(PARAGRAPH, SECOND) + "\n\nThe bridge opened in 1962 and\ncarried two lanes at first.\n"
    assert _texts(text)[-1] == "The bridge opened in 1962 and carried two lanes at first."


def test_terminated_short_line_is_not_joined() -> None:
    text = _wrapped(PARAGRAPH, SECOND) + "\n\nIt did not.\nthen the ice cracked\n"
    texts = _texts(text)
    assert texts[-2:] == ["It did not.", "then the ice cracked"]


def test_innertext_lines_are_never_joined() -> None:
    text = f"Site\nMenu\n\n{PARAGRAPH}\n\nthe next line starts in lower case\nand so does this one\n"
    assert _texts(text)[-2:] == ["the next line starts in lower case", "and so does this one"]


# bullets -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "text"),
    [
        pytest.param("  • Replacing the oil boilers", "Replacing the oil boilers", id="w3m-bullet"),
        pytest.param(
            "    ◦ classrooms after the last bell,", "classrooms after the last bell,", id="w3m-sub-item"
        ),
        pytest.param("- Installing solar panels", "Installing solar panels", id="dash"),
        pytest.param("* Switching to LEDs", "Switching to LEDs", id="lynx-star"),
        pytest.param("+ Second level", "Second level", id="lynx-plus"),
        pytest.param("▪ Square bullet", "Square bullet", id="square"),
    ],
)
def test_bullet_is_removed_and_marked(line: str, text: str) -> None:
    blocks, _ = textdump.split_blocks(f"Intro:\n{line}\n")
    assert blocks.texts[-1] == text
    assert blocks.bullets[-1] is True
    assert blocks.kinds[-1] == "li"


def test_plain_line_is_not_a_bullet() -> None:
    blocks, _ = textdump.split_blocks("A plain line of text.\n")
    assert blocks.bullets == [False]
    assert blocks.kinds == ["p"]


def test_numbered_item_keeps_its_number() -> None:
    blocks, _ = textdump.split_blocks("1. First step\n2. Second step\n")
    assert blocks.texts == ["1. First step", "2. Second step"]


def test_unindented_numbered_line_is_text() -> None:
    """An unindented "1. ..." may be a numbered heading ("1. Welcome to the vault"): it stays text."""
    blocks, _ = textdump.split_blocks("1. First step\n2. Second step\n")
    assert blocks.bullets == [False, False]


def test_indented_numbered_item_is_a_list_item() -> None:
    """w3m and lynx render <ol> items indented with a number the page's text does not contain."""
    blocks, _ = textdump.split_blocks("  1. First step\n  2. Second step\n")
    assert blocks.bullets == [True, True]
    assert blocks.texts == ["First step", "Second step"]


def test_bare_bullet_line_is_dropped() -> None:
    assert _texts("First item\n•\nSecond item\n") == ["First item", "Second item"]


def test_wrapped_bullet_item_is_joined() -> None:
    item = (
        "Replacing the oil boilers in the nine oldest schools with electric heat pumps, starting with "
        "Lincoln and Garfield elementary schools in the summer of 2027."
    )
    bullets = textwrap.fill(item, 80, initial_indent="  • ", subsequent_indent="    ", break_on_hyphens=False)
    text = _wrapped(PARAGRAPH, SECOND) + "\n\nThe plan has four parts:\n\n" + bullets + "\n"
    blocks, _ = textdump.split_blocks(text)
    assert blocks.texts[-1] == item
    assert blocks.bullets[-1] is True


def test_next_bullet_starts_a_new_block() -> None:
    text = _wrapped(PARAGRAPH, SECOND) + "\n\n  • first item of the list\n  • second item of the list\n"
    assert _texts(text)[-2:] == ["first item of the list", "second item of the list"]


def test_lynx_link_numbers_are_removed() -> None:
    assert _texts("[12]Home [13]News\n") == ["Home News"]


def test_lynx_link_number_of_an_image_alone_is_removed() -> None:
    assert _texts("[12]Home\n[13]\nNews\n") == ["Home", "News"]


def test_lynx_link_list_at_the_end_is_not_text() -> None:
    # lynx -dump lists the targets of its numbered links after the text; their long lines are not prose
    # that no tool wrapped, so the dump stays a wrapped one, and no link is a block
    links = "\n".join(
        f"  {n}. https://example.com/news/2026/03/02/a-long-path-for-story-number-{n}-of-the-day-with-words"
        for n in range(1, 30)
    )
    text = (
        f"{_wrapped(PARAGRAPH, SECOND)}\n\nReferences\n\n   Visible links:\n{links}\n\n   Hidden links:\n"
        "  31. https://example.com/\n"
    )
    blocks, layout = textdump.split_blocks(text)
    assert layout == "wrapped"
    assert blocks.texts == [PARAGRAPH, SECOND]


def test_lynx_deeply_nested_list_items_are_items() -> None:
    # lynx bullets the levels of a nested list "*", "+", "o", "#", "@", five columns deeper each: a menu's
    # third level is a list of items, not one paragraph "Sports o Scores o Teams o ..."
    menu = (
        "     * [3]Sports\n"
        "          +\n"
        "               o [4]Scores\n"
        "               o [5]Teams\n"
        "                    # [6]Schedules\n"
        "                         @ [7]Tickets\n"
    )
    text = f"{menu}\n{_wrapped(PARAGRAPH, SECOND)}\n"
    blocks, layout = textdump.split_blocks(text)
    assert layout == "wrapped"
    assert blocks.texts == ["Sports", "Scores", "Teams", "Schedules", "Tickets", PARAGRAPH, SECOND]
    assert blocks.bullets[:5] == [True] * 5


def test_a_wrapped_line_opening_with_o_joins_its_paragraph() -> None:
    # "o" is a word too ("blanco o negro"): at the text's own indentation it continues the paragraph
    words = (
        "El puente estará cerrado hasta abril y nadie sabe si será reparado con acero o con hormigón "
        "armado, dijo el ingeniero jefe de la obra ayer."
    )
    wrapped = textwrap.fill(words, 80, initial_indent="   ", subsequent_indent="   ")
    assert "\n   o " in wrapped
    text = f"{_wrapped(PARAGRAPH)}\n\n{wrapped}\n\n{_wrapped(SECOND)}\n"
    assert _texts(text) == [PARAGRAPH, words, SECOND]


def test_a_references_heading_in_the_text_stays() -> None:
    text = f"{_wrapped(PARAGRAPH, SECOND)}\n\nReferences\n\n1. Roe, J. (2024). A study of piers.\n"
    assert "References" in _texts(text)


@pytest.mark.parametrize("indent", [" ", "    "])  # an <ol> as w3m and lynx print it
def test_an_indented_references_list_in_the_text_stays_with_the_text_after_it(indent: str) -> None:
    text = (
        f"{_wrapped(PARAGRAPH)}\n\nReferences\n\n{indent}1. Roe, J. (2024). A study of piers.\n"
        f"{indent}2. Lee, A. (2019). Steel in cold water.\n\n{_wrapped(SECOND)}\n"
    )
    texts = _texts(text)
    assert "References" in texts
    assert texts[-1] == SECOND


# blank-line flags ----------------------------------------------------------------------------------------
def test_blank_before_and_after_flags() -> None:
    blocks, _ = textdump.split_blocks(f"Home\nNews\n\n{PARAGRAPH}\n\nAnother one.\nno gap\n")
    assert blocks.texts == ["Home", "News", PARAGRAPH, "Another one.", "no gap"]
    assert blocks.blank_before == [True, False, True, True, False]
    assert blocks.blank_after == [False, True, True, False, True]


def test_line_numbers_are_one_based_input_lines() -> None:
    blocks, _ = textdump.split_blocks("\nHome\n\n\nA paragraph.\n")
    assert blocks.lines == [2, 5]


# CJK -----------------------------------------------------------------------------------------------------
JA = (
    "旧ターミナルは七十年代に建設され、近年は桟橋を支える杭の腐食が相次いで見つかっていた。春の点検では、乗客用通路の"
    "下にある複数の支柱が大きく傷んでいることが判明し、利用が制限されていた。交通局は、工事期間中も仮設桟橋での運航を"
    "続け、悪天候の日には連絡バスを増便するとしている。"
)


def _cjk_lines(text: str, chars: int) -> str:
    return "\n".join(text[i : i + chars] for i in range(0, len(text), chars))


def test_cjk_wrapped_lines_join_without_spaces() -> None:
    text = _cjk_lines(JA, 40) + "\n\n" + _cjk_lines(JA, 40) + "\n"
    blocks, layout = textdump.split_blocks(text)
    assert layout == "wrapped"
    assert blocks.texts == [JA, JA]


def test_cjk_line_starting_with_a_digit_joins_without_a_space() -> None:
    """w3m breaks Japanese text anywhere, also right before a number: '…見つかっていた。' / '2024年春の…'."""
    first, rest = JA.split("。", 1)
    para = first + "。" + "2024年" + rest
    cut = len(first) + 1
    lines = [para[:cut], para[cut : cut + 40], para[cut + 40 : cut + 80], para[cut + 80 :]]
    blocks, _ = textdump.split_blocks("\n".join(lines) + "\n\n" + _cjk_lines(JA, 40) + "\n")
    assert blocks.texts[0] == para


def test_cjk_width_counts_wide_characters_twice() -> None:
    lines = _cjk_lines(JA, 40).split("\n") * 2
    layout, width = textdump.detect_layout(lines)
    assert layout == "wrapped"
    assert width == 80


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Opinion  What the valley owes its firms", ["Opinion", "What the valley owes its firms"]),
        ("Search this site  Search", ["Search this site", "Search"]),
        # a sentence that goes on past a formula the dump left out
        ("for any pair of vectors  where  denotes the inner product", None),
        ("The vote was close.  Then the council adjourned for the night.", None),  # a typist's two spaces
        ("Name  Team  Goals", None),  # a table row
        ("* The bridge reopens  Zurich", None),  # a bullet: cleaned, not split (hypothesis found it)
    ],
)
def test_two_inline_elements_on_a_line_are_split(line: str, expected: list[str] | None) -> None:
    page = "\n".join(["Home", line, "A paragraph of text that is long enough to read as prose, with words."])
    blocks, layout = textdump.split_blocks(page)
    assert layout == "lines"
    texts = list(blocks.texts)
    assert texts[1:-1] == (expected or [" ".join(line.lstrip("* ").split())])


# scrapers' text ------------------------------------------------------------------------------------------
TEXT_NODES = [
    "Coastline Courier",
    "news",
    "sport",
    "what to do",
    "Pier to be rebuilt",
    "The town council voted on Tuesday to rebuild the",
    "old wooden pier",
    ", which storms damaged in",
    "two separate winters",
    ", at a cost of about 4 million euros.",
    "The work will begin in June, said",
    "Ana Ruiz",
    ", who chairs the works committee, and should end before the summer.",
    "Fishermen have asked for",
    "a wider landing stage",
    "and better lighting at the far end of the pier.",
    "Most read",
    "Ferry timetable changes",
]


def test_text_nodes_a_line_are_joined_into_sentences() -> None:
    # BeautifulSoup's get_text("\n"): a link or an emphasis takes a line of its own
    blocks, layout = textdump.split_blocks("\n".join(TEXT_NODES))
    assert layout == "fragments"
    assert blocks.texts == [
        "Coastline Courier",
        "news",  # a menu in lower case: short lines, not the rest of a sentence
        "sport",
        "what to do",
        "Pier to be rebuilt",
        "The town council voted on Tuesday to rebuild the old wooden pier, which storms damaged in two "
        "separate winters, at a cost of about 4 million euros.",
        "The work will begin in June, said Ana Ruiz, who chairs the works committee, and should end before "
        "the summer.",
        "Fishermen have asked for a wider landing stage and better lighting at the far end of the pier.",
        "Most read",
        "Ferry timetable changes",
    ]


def test_a_byline_under_a_headline_is_not_an_inline_link() -> None:
    lines = [*TEXT_NODES[:5], "Mara Lind", "and others", *TEXT_NODES[5:]]
    texts = _texts("\n".join(lines))
    assert texts[4:7] == ["Pier to be rebuilt", "Mara Lind", "and others"]


def test_innertext_with_a_menu_in_lower_case_is_not_text_nodes() -> None:
    lines = [
        "Home",
        "news",
        "sport",
        "",
        PARAGRAPH,
        "",
        "more from the city desk",
        "and the region",
        "",
        SECOND,
    ]
    assert not textdump.is_fragmented(lines)
    assert textdump.split_blocks("\n".join(lines))[1] == "lines"


def test_a_dump_without_blank_lines_gets_them_around_paragraphs() -> None:
    # a scraper's text has no margins: a browser would show a blank line around each paragraph
    blocks, _ = textdump.split_blocks(
        "\n".join(["Home", "News", "Sport", PARAGRAPH, SECOND, "Most read", "Teaser"])
    )
    assert blocks.blank_before == [True, False, False, True, True, True, False]
    assert blocks.blank_after == [False, False, True, True, True, False, True]


SOURCE_SPACED = (
    "\n\n\n\nCoastline Courier\n\n\n"
    + "".join(f"\n          {item}\n\n" for item in ("news", "sport", "weather", "events", "letters"))
    + "\n\n\n\n\n\nPier to be rebuilt\nBy Mara Lind\n\n"
    + "The town council voted on Tuesday to rebuild the old wooden pier, which storms damaged in\n"
    + "            two separate winters, at a cost of about 4 million euros.\n"
    + PARAGRAPH
    + "\n"
    + SECOND
    + "\n\n\n\n\n\n\nMost read\n\n\n\n\n"
    + "".join(
        f"\n\n   {item}\n\n\n\n\n" for item in ("Ferry timetable changes", "A new cycle path", "Choir wins")
    )
    + "".join(f"\n\n   Link {n}\n\n" for n in range(8))
)


def test_source_whitespace_goes() -> None:
    # BeautifulSoup's get_text(): the blank lines and indentation of the markup say nothing of the page;
    # a paragraph broken where its source line was is joined back
    lines = SOURCE_SPACED.split("\n")
    assert textdump.is_source_spaced(lines)
    blocks, layout = textdump.split_blocks(SOURCE_SPACED)
    assert layout == "source"
    i = blocks.texts.index("Pier to be rebuilt")
    assert blocks.texts[i + 2] == (
        "The town council voted on Tuesday to rebuild the old wooden pier, which storms damaged in two "
        "separate winters, at a cost of about 4 million euros."
    )
    assert blocks.texts[i + 3 : i + 5] == [PARAGRAPH, SECOND]
    assert [blocks.blank_before[k] for k in range(i + 2, i + 5)] == [True, True, True]
    assert not any(blocks.blank_before[1:i])  # the menu items no longer stand apart
    assert blocks.lines[i] == SOURCE_SPACED.split("\n").index("Pier to be rebuilt") + 1


def test_innertext_and_w3m_dumps_are_not_source_spaced() -> None:
    lines = ["Site", "Menu", "", PARAGRAPH, "", "", SECOND, "", "Footer"] * 5
    assert not textdump.is_source_spaced(lines)
    assert not textdump.is_source_spaced(_wrapped(PARAGRAPH, SECOND, PARAGRAPH, SECOND).split("\n"))


def test_paragraphs_two_blank_lines_apart_are_not_source_spaced() -> None:
    lines = "\n\n\n".join([PARAGRAPH, "Home", SECOND, "News"] * 10).split("\n")
    assert not textdump.is_source_spaced(lines)


GLUED_MENU = "HomeNewsSportBusinessOpinionEventsSubscribeLog in"
GLUED = (
    f"Pier to be rebuilt | Coastline Courier{GLUED_MENU}Pier to be rebuiltBy Mara LindMarch 14, 2026"
    + "".join(p.replace("Eastbrook", "the iPhone shop in Eastbrook") for p in (PARAGRAPH, SECOND) * 3)
    + "Most ReadFerry Timetable ChangesNew Cycle PathSchool Choir Wins© 2026 Coastline CourierPrivacy Policy"
)


def test_minified_page_text_is_split_where_elements_met() -> None:
    # BeautifulSoup's get_text() of minified markup: the text nodes are glued, the page is one line
    assert textdump.is_glued([GLUED])
    blocks, layout = textdump.split_blocks(GLUED)
    assert layout == "source"
    assert blocks.texts[:5] == ["Pier to be rebuilt | Coastline Courier", "Home", "News", "Sport", "Business"]
    assert "Pier to be rebuilt" in blocks.texts
    assert "By Mara Lind" in blocks.texts
    assert "March 14, 2026" in blocks.texts
    paragraph = PARAGRAPH.replace("Eastbrook", "the iPhone shop in Eastbrook")
    assert blocks.texts.count(paragraph) == 3  # "iPhone": one lower-case letter, a name
    # a glue point needs letters on both sides: "Wins© 2026" stays
    assert blocks.texts[-5:] == [
        "Most Read",
        "Ferry Timetable Changes",
        "New Cycle Path",
        "School Choir Wins© 2026 Coastline Courier",
        "Privacy Policy",
    ]
    assert all(blocks.lines[i] == 1 for i in range(len(blocks.texts)))


def test_a_long_line_of_names_in_camel_case_is_not_glued_text() -> None:
    names = ", ".join(f"ReaderNumber{n}LikesTea, QuietOwlReads" for n in range(60))
    assert not textdump.is_glued([f"Kudos: {names}", "Comments", PARAGRAPH])
    assert not textdump.is_glued([PARAGRAPH * 8])


def test_glued_paragraphs_in_a_source_spaced_dump_are_split() -> None:
    # a part of the page's markup minified: its paragraphs meet with nothing between
    dump = SOURCE_SPACED.replace(
        PARAGRAPH + "\n" + SECOND, "   " + PARAGRAPH + SECOND + "Share this articleRead more"
    )
    blocks, layout = textdump.split_blocks(dump)
    assert layout == "source"
    i = blocks.texts.index(PARAGRAPH)
    assert blocks.texts[i + 1 : i + 4] == [SECOND, "Share this article", "Read more"]
    assert (
        blocks.lines[i]
        == blocks.lines[i + 1]
        == dump.split("\n").index("   " + PARAGRAPH + SECOND + "Share this articleRead more") + 1
    )


def test_a_dump_with_one_glued_line_among_others_is_a_scrapers_text() -> None:
    # the article's markup minified, the rest of the page not: one line holds the glued paragraphs
    glued = (
        "Pier to be rebuiltBy Mara LindShareFacebookEmailPrint"
        + PARAGRAPH
        + SECOND
        + PARAGRAPH.replace("Route 12", "Route 9")
        + "TagsBridgesRoadsTransport"
    )
    lines = ["Coastline Courier", "", "Home", "News", "", glued, "", "Most read", "Ferry timetable changes"]
    assert textdump.is_glued(lines)
    blocks, layout = textdump.split_blocks("\n".join(lines))
    assert layout == "source"
    assert blocks.texts[3:12] == [
        "Pier to be rebuilt",
        "By Mara Lind",
        "Share",
        "Facebook",
        "Email",
        "Print",
        PARAGRAPH,
        SECOND,
        PARAGRAPH.replace("Route 12", "Route 9"),
    ]
    assert blocks.blank_before[9:13] == [True, True, True, True]


MARKDOWN = """[Coastline Courier](/)

  * [news](/news)
  * [sport](/sport)

# Pier to be rebuilt

![The pier after the storm, its railings torn away at the far
end](/img/pier-after-the-storm.jpg)

The town council voted on Tuesday to rebuild the [old wooden
pier](/tags/pier "The pier"), which storms damaged in _two winters_ , at a cost
of about **4 million euros**.

  * A first item of a list that html2text wraps, like the paragraphs, at
    seventy-eight columns
  * 1\\. A second item

| Year | Cost |
| 2026 | 4 million |
"""


def test_markdown_is_read_as_markdown() -> None:
    # html2text and scrapers' Markdown: links keep their text, images and marks go, paragraphs are joined
    assert textdump.is_markdown(MARKDOWN)
    blocks, layout = textdump.split_blocks(MARKDOWN)
    assert layout == "markdown"
    assert blocks.texts == [
        "Coastline Courier",
        "news",
        "sport",
        "Pier to be rebuilt",
        "The town council voted on Tuesday to rebuild the old wooden pier, which storms damaged in two "
        "winters, at a cost of about 4 million euros.",
        "A first item of a list that html2text wraps, like the paragraphs, at seventy-eight columns",
        "1. A second item",
        "| Year | Cost |",
        "| 2026 | 4 million |",
    ]
    assert blocks.bullets == [False, True, True, False, False, True, True, False, False]
    assert blocks.blank_before == [True, True, False, True, True, True, False, True, False]
    assert (
        blocks.lines[4]
        == MARKDOWN.split("\n").index("The town council voted on Tuesday to rebuild the [old wooden") + 1
    )


def test_text_with_brackets_is_not_markdown() -> None:
    assert not textdump.is_markdown("See [1] and [2](a footnote), then [3] (another).\n" + PARAGRAPH)


def test_text_nodes_a_link_after_one_word_and_a_label_over_its_value() -> None:
    lines = [
        *TEXT_NODES[:10],
        "The",
        "Model 7",
        ", at a price of 700 euros, replaced the older phone with new cameras.",
        "See also:",
        "Which phone should you buy this year?",
        *TEXT_NODES[10:],
    ]
    blocks, layout = textdump.split_blocks("\n".join(lines))
    assert layout == "fragments"
    assert "The Model 7, at a price of 700 euros, replaced the older phone with new cameras." in blocks.texts
    assert "See also: Which phone should you buy this year?" in blocks.texts


def test_a_label_in_a_source_spaced_dump_stays_over_its_value() -> None:
    # in the markup's whitespace a heading over its list looks the same
    dump = SOURCE_SPACED.replace("\n\n\n\n\n\nMost read", "\n\n\n\n\n\nMost read:")
    blocks, _ = textdump.split_blocks(dump)
    assert "Most read:" in blocks.texts


def test_text_nodes_wrapped_in_the_source_are_joined() -> None:
    # a text node wrapped in the markup keeps its line breaks and indentation; with no blank line in the
    # dump, its lines are no dump tool's wrapping
    node = textwrap.fill(PARAGRAPH, 76, subsequent_indent="        ")
    second = textwrap.fill(SECOND, 76, subsequent_indent="        ")
    lines = ["Coastline Courier", "Home", "Pier to be rebuilt", node, "Most read", second, "Privacy"]
    blocks, layout = textdump.split_blocks("\n".join(lines))
    assert layout == "fragments"
    assert blocks.texts == [
        "Coastline Courier",
        "Home",
        "Pier to be rebuilt",
        PARAGRAPH,
        "Most read",
        SECOND,
        "Privacy",
    ]


# bordered tables -----------------------------------------------------------------------------------------
def _boxed(left: str, right: str, width: int = 40) -> list[str]:
    """Two paragraphs side by side in a table with borders, as w3m draws it."""
    a, b = textwrap.wrap(left, width), textwrap.wrap(right, width)
    a += [""] * (len(b) - len(a))
    b += [""] * (len(a) - len(b))
    rule = "─" * (width + 2)
    return [
        f"┌{rule}┬{rule}┐",
        *(f"│ {x.ljust(width)} │ {y.ljust(width)} │" for x, y in zip(a, b, strict=True)),
        f"└{rule}┴{rule}┘",
    ]


def test_bordered_layout_table_is_read_cell_by_cell() -> None:
    lines = [*_wrapped(PARAGRAPH, SECOND, width=100).split("\n"), "", *_boxed(SECOND, PARAGRAPH)]
    texts = [text for text in _texts("\n".join(lines)) if any(map(str.isalpha, text))]
    assert texts == [PARAGRAPH, SECOND, SECOND, PARAGRAPH]


def test_bordered_table_of_one_line_rows_stays_row_by_row() -> None:
    table = ["┌──────┬──────┐", "│Year  │Medal │", "├──────┼──────┤", "│2016  │Gold  │", "└──────┴──────┘"]
    texts = _texts("\n".join([*_wrapped(PARAGRAPH, SECOND, width=100).split("\n"), "", *table]))
    assert "│Year │Medal │" in texts
    assert "│2016 │Gold │" in texts


# layout tables printed side by side ----------------------------------------------------------------------
def _side_by_side(left: list[str], right: list[str], gutter: int) -> list[str]:
    """Two columns as w3m prints a layout table without borders: ``left`` padded to ``gutter``."""
    left = left + [""] * (len(right) - len(left))
    right = right + [""] * (len(left) - len(right))
    return [(a.ljust(gutter) + b).rstrip() for a, b in zip(left, right, strict=True)]


def test_sidebar_beside_the_text_is_read_after_it() -> None:
    menu = ["Home", "", "Local news", "Weather", "Sports", "Traffic", "Contact us"]
    text = [*textwrap.wrap(PARAGRAPH, 90), "", *textwrap.wrap(SECOND, 90)]
    lines = [*_wrapped(PARAGRAPH, width=100).split("\n"), "", *_side_by_side(menu, text, 14)]
    texts = _texts("\n".join(lines))
    assert texts[:4] == [PARAGRAPH, "Home", "Local news", "Weather"]
    assert texts[-2:] == [PARAGRAPH, SECOND]


def test_lynx_link_list_stays_out_of_a_dump_with_columns() -> None:
    # the columns are found in the dump as printed: without the link list there too
    menu = ["Home", "", "Local news", "Weather", "Sports", "Traffic", "Contact us"]
    text = [*textwrap.wrap(PARAGRAPH, 90), "", *textwrap.wrap(SECOND, 90)]
    links = ["References", "", "   1. https://example.com/news/a-story", "   2. https://example.com/"]
    lines = [*_wrapped(PARAGRAPH, width=100).split("\n"), "", *_side_by_side(menu, text, 14), "", *links]
    assert _texts("\n".join(lines))[-2:] == [PARAGRAPH, SECOND]


def test_wide_characters_take_two_columns_in_a_layout_table() -> None:
    # w3m pads the left column to a display width: a wide character (an ideographic space too) takes two
    # columns, so the lines of the left column have different numbers of characters
    story = "肉をくわえたイヌが橋を渡っていました。ふと下を見ると川の中にもイヌがいます。" * 4
    column = ["\u3000" + story[:29]] + [story[k : k + 30] for k in range(29, len(story), 30)]
    side = ["記念日 1月1日", "元旦", "誕生花 12", "松", "なぞなぞ"]
    lines = [*_wrapped(PARAGRAPH, width=100).split("\n"), ""]
    for k, text in enumerate(column):
        pad = " " * (63 - textdump._width(text))
        lines.append((text + pad + side[k]) if k < len(side) else text)
    assert len({len(line) for line in lines[-len(side) :]}) > 1
    texts = _texts("\n".join(lines))
    assert story in texts
    assert texts[-len(side) :] == side


def test_table_of_figures_is_read_row_by_row() -> None:
    rows = ["Team      Gold   Silver", "Red       12     4", "Blue      3      9", "Green     7      7"]
    lines = [*_wrapped(PARAGRAPH, SECOND, width=100).split("\n"), "", *rows]
    assert _texts("\n".join(lines))[-4:] == [" ".join(row.split()) for row in rows]


def test_two_spaces_after_full_stops_are_no_gutter() -> None:
    spaced = PARAGRAPH.replace(". ", ".  ").replace(", ", ",  ")
    lines = _wrapped(spaced, SECOND, spaced, width=80).split("\n")
    texts = _texts("\n".join(lines))
    assert len(texts) == 3
    assert texts[1] == SECOND


# formulas ------------------------------------------------------------------------------------------------
def test_tex_alt_text_of_formulas_goes() -> None:
    # MediaWiki's formula images have their TeX source as alt text; w3m prints it (twice, with the
    # MathML annotation), and may wrap it after the backslash
    line = (
        "If the transpose of a matrix A {\\displaystyle A^{\\mathsf {T}}} {\\ displaystyle A^{\\mathsf {T}}} "
        "is the matrix itself, the matrix is called symmetric, and the same holds for every power of it."
    )
    text = _wrapped(PARAGRAPH, width=100) + "\n\n" + textwrap.fill(line, 100) + "\n"
    assert _texts(text)[-1] == (
        "If the transpose of a matrix A is the matrix itself, the matrix is called symmetric, and the same "
        "holds for every power of it."
    )


def test_a_formula_alone_leaves_no_empty_block() -> None:
    formula = "{\\displaystyle x^{2}+y^{2}=1}"
    text = f"{_wrapped(PARAGRAPH, width=100)}\n\n{formula}\n\n{_wrapped(SECOND, width=100)}"
    assert _texts(text) == [PARAGRAPH, SECOND]


def test_a_formula_set_apart_goes_with_its_mathml() -> None:
    formula = "x 2 + y 2 = 1 {\\displaystyle x^{2}+y^{2}=1} {\\displaystyle x^{2}+y^{2}=1}"
    text = f"{_wrapped(PARAGRAPH, width=100)}\n\n{formula}\n\n{_wrapped(SECOND, width=100)}"
    assert _texts(text) == [PARAGRAPH, SECOND]


def test_unclosed_tex_group_is_left_as_it_is() -> None:
    assert _texts("Set {\\textstyle x to one\n") == ["Set {\\textstyle x to one"]


def test_a_forms_button_ends_it_like_a_blank_line() -> None:
    # w3m prints a sign-up form inside an article as its input field and button, with no blank line
    # between the button and the paragraph under it
    form = ["  • [                    ]", "", "[Sign up]"]
    text = "\n".join([_wrapped(PARAGRAPH, width=100), "", *form, _wrapped(SECOND, width=100)])
    blocks, _ = textdump.split_blocks(text)
    assert blocks.texts[-2:] == ["[Sign up]", SECOND]
    assert blocks.blank_before[-1]


def test_w3m_line_for_an_embedded_object_goes() -> None:
    text = "\n\n".join(
        [
            _wrapped(PARAGRAPH, width=100),
            "embed(https://example.com/files/motion.pdf)",
            _wrapped(SECOND, width=100),
        ]
    )
    blocks, _ = textdump.split_blocks(text)
    assert blocks.texts == [PARAGRAPH, SECOND]
    assert blocks.blank_before == [True, True]


def test_ordered_list_items_that_are_sentences_lose_their_numbers() -> None:
    steps = [
        " 1. Loop over the cells of the netlist and place each one that is locked to a site where it",
        "    belongs.",
        " 2. Assign the remaining cells to the first free site of the right kind.",
        " 3. Breadcrumb of the site »",
    ]
    texts = _texts("\n".join([_wrapped(PARAGRAPH, width=100), "", *steps]))
    assert texts[1:] == [
        "Loop over the cells of the netlist and place each one that is locked to a site where it belongs.",
        "Assign the remaining cells to the first free site of the right kind.",
        "3. Breadcrumb of the site »",
    ]


def test_many_layout_tables_are_each_read_column_by_column() -> None:
    # one sidebar beside each of many short texts (no recursion over the page's tables, no rescans)
    menu = ["Local news", "Weather", "Sports", "Traffic"]
    text = textwrap.wrap(PARAGRAPH, 90)
    region = [*_side_by_side(menu, text, 14), "", _wrapped(SECOND, width=120).split("\n")[0], ""]
    lines = [*_wrapped(PARAGRAPH, width=120).split("\n"), "", *(region * 1500)]
    raw = list(enumerate(lines, start=1))
    out = textdump._decolumnise(raw)
    assert sum(1 for _, line in out if line == PARAGRAPH) == 1500


def _gaps_line_by_line(lines: list[str]) -> dict[int, list[int]]:
    """Where the gaps of each line end, found line by line (as _column_runs read them before _gap_rows)."""
    rows: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        if "│" not in line:
            for match in textdump._GAP_RE.finditer(line):
                rows.setdefault(textdump._width(line[: match.end()]), []).append(index)
    return rows


def test_gaps_found_in_the_whole_dump_are_those_of_its_lines() -> None:
    # the column search is skipped when no display column has MIN_COLUMN_LINES gaps (_gap_rows over the
    # whole dump): it must find every gap a line-by-line search finds, at the same column, and no other
    lines = [
        "    indented  then a gap",  # indentation is no gap, the inner one is
        "a  b   c    d",  # several gaps in one line
        "\t  tab before the spaces",  # a tab is no text before a gap
        "text\u3000  after an ideographic space",  # nor is an ideographic space
        "記念日  wide characters take two columns",
        "│ a  │  b │",  # a row of a ruled table is passed over
        "trailing spaces   ",
        "",
        "   ",
        "x  y",
    ]
    text = "\n".join(lines)
    assert textdump._gap_rows(text) == _gaps_line_by_line(lines)
    assert textdump._gap_rows(text)[textdump._width("記念日  ")] == [4]
    unruled = [line.replace("│", "|") for line in lines]
    assert textdump._gap_rows("\n".join(unruled)) == _gaps_line_by_line(unruled)


def test_no_column_is_looked_for_without_enough_gaps_at_one_column() -> None:
    # two lines with a gap at the same column are no gutter (MIN_COLUMN_LINES); a third makes one
    menu = ["Local news", "Weather", "Sports"]
    text = textwrap.wrap(PARAGRAPH, 90)
    two = _side_by_side(menu[:2], text, 14)
    raw = list(enumerate(two, start=1))
    assert max(map(len, textdump._gap_rows("\n".join(two)).values())) < textdump.MIN_COLUMN_LINES
    assert textdump._decolumnise(raw) is raw
    three = _side_by_side(menu, text, 14)
    assert textdump._gap_rows("\n".join(three))[14] == [0, 1, 2]
    assert PARAGRAPH in [line for _, line in textdump._decolumnise(list(enumerate(three, start=1)))]


def test_indented_list_item_is_not_joined_in_text_nodes() -> None:
    # found by the hypothesis property test (HYPOTHESIS_PROFILE=fuzz): a dump of text nodes with no blank
    # line joined an indented numbered item to the line before it, number and all ("0000 1. The ..."),
    # though _clean_line takes the number off such an item everywhere else
    blocks, layout = textdump.split_blocks("0" * 40 + "\n  1. The the the.")
    assert layout == "fragments"
    assert blocks.texts == ["0" * 40, "The the the."]
    assert blocks.bullets == [False, True]


def test_an_indented_paragraphs_lines_opening_with_o_join_it() -> None:
    # a paragraph in a table cell, twelve columns in: its wrapped lines open with "o" (Portuguese "the")
    # as deep as the lines above them, which no lynx bullet does
    words = (
        "O governo anunciou ontem que o presidente vai visitar a região na próxima semana para discutir "
        "o plano de obras com os prefeitos, e o ministro disse que o orçamento será maior do que "
        "o previsto no ano passado pela equipe."
    )
    wrapped = textwrap.fill(words, 76, initial_indent=" " * 12, subsequent_indent=" " * 12)
    assert "\n            o " in wrapped
    text = f"{_wrapped(PARAGRAPH)}\n\n{wrapped}\n\n{_wrapped(SECOND)}\n"
    assert _texts(text) == [PARAGRAPH, words, SECOND]
