"""The headline over its dek: metadata._headline_over_dek, the rule that prefers the line above the best
scoring title when that line reads as a headline and the best one is longer (a dek)."""

from __future__ import annotations

import pytest

from newsclean import Options, clean, cleaner, metadata, rules, textdump

DEK = (
    "Small companies will get free computing time, training and weekly sessions with state university "
    "researchers at the lab near the river"
)


def _page(above: str) -> cleaner.Page:
    blocks, _ = textdump.split_blocks("\n".join([above, DEK, "By Priya Anand", "March 2, 2026"]))
    return cleaner.features(blocks, "en")


@pytest.mark.parametrize(
    "above",
    [
        "Valley bets on a shared lab to keep its young firms at home",
        "AI is Already in the Newsroom Today",
        "Roundup: Turnovers costly in home loss to the visitors",
    ],
)
def test_headline_over_dek(above: str) -> None:
    assert metadata._headline_over_dek(_page(above), 0, 1)


@pytest.mark.parametrize(
    "above",
    [
        pytest.param("Subscribe Events Video Special Issues Jobs", id="menu-in-capitals"),
        pytest.param("US & Canada news is sponsored by", id="sponsor-label"),
        pytest.param("VALLEY BETS ON A SHARED LAB FOR YOUNG FIRMS", id="upper-case-section"),
        pytest.param("The valley has a new lab for its young firms.", id="a-sentence"),
        pytest.param("Home Business", id="too-short"),
        pytest.param("│ a table cell of the page layout with words in it │", id="box-drawing"),
    ],
)
def test_not_headline_over_dek(above: str) -> None:
    assert not metadata._headline_over_dek(_page(above), 0, 1)


PARAGRAPHS = [
    "The county council voted on Tuesday to rebuild the old ferry landing, ending a decade of debate "
    "over the crumbling pier and the boats that can no longer use it in winter.",
    "Work on the landing will start in the spring and is expected to take two years, the council said, "
    "with the ferry running from a temporary dock during the construction.",
    "Residents of the island had asked for the repairs since the storm that damaged the pier, and "
    "several of them spoke at the meeting to thank the council for its decision.",
    "The cost of the project will be shared between the county and the regional transport fund, which "
    "approved its part of the money last month after a long review.",
]
HEADLINE = "County votes to rebuild the old ferry landing after years of delay"


def _ticker(n: int) -> list[str]:
    """A market ticker or a product box: many one-word lines between the header and the text."""
    return [f"IDX{k}" if k % 2 else f"+0.{k}%" for k in range(n)]


def _clean(lines: list[str]) -> str | None:
    return clean("\n\n".join(lines), options=Options(kind="text")).title


def test_headline_far_above_the_text_with_its_date_line() -> None:
    lines = ["Home", "News", "Markets", HEADLINE, "Updated: March 2, 2026, 9:14 a.m.", "By Priya Anand"]
    lines += ["Share icon", "Print icon", *_ticker(60), *PARAGRAPHS]
    assert _clean(lines) == HEADLINE


def test_list_of_dated_stories_far_above_is_not_the_headline() -> None:
    teasers = []
    for k, story in enumerate(
        [
            "Harbour master retires after forty years on the quays",
            "New bakery opens in the old post office on the square",
            "School choir wins the regional contest for the third time",
        ]
    ):
        teasers += [story, f"March {k + 1}, 2026"]
    lines = ["Home", "News", *teasers, *_ticker(60), *PARAGRAPHS]
    assert _clean(lines) not in set(teasers)


def test_headline_over_dek_past_an_age_notice() -> None:
    """A notice between the headline and its dek is stepped over: the headline is above it."""
    lines = [
        "Home",
        "World",
        HEADLINE,
        "This article is more than 2 years old",
        "Work on the crumbling pier will start in spring after a decade of debate, the council said",
        "By Priya Anand",
        "Tue 3 Mar 2026 10.15 CET",
        *PARAGRAPHS,
    ]
    assert _clean(lines) == HEADLINE


def _kicker_page(kicker: str, headline: str) -> cleaner.Page:
    blocks, _ = textdump.split_blocks("\n".join([kicker, headline, "By Priya Anand", "March 2, 2026"]))
    return cleaner.features(blocks, "en")


@pytest.mark.parametrize("kicker", ["Coastal Ferry Series", "CITY HALL", "Harbour Notes"])
def test_kicker_over_headline(kicker: str) -> None:
    assert metadata._kicker_over_headline(_kicker_page(kicker, "Old pier to be rebuilt in the spring"), 0, 1)


@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        pytest.param("Ferry Landing Rebuilt", "The council voted for it on Tuesday.", id="dek-sentence"),
        pytest.param(
            "Why the pier fell", "Old pier to be rebuilt in the spring", id="headline-with-lower-case"
        ),
        pytest.param("Pier Rebuilt?", "Old pier to be rebuilt in the spring", id="question"),
        pytest.param("Harbour Notes", "Ferry Landing", id="shorter-line-below"),
        pytest.param("Harbour Notes", "Old Pier To Be Rebuilt In The Spring", id="title-case-line-below"),
    ],
)
def test_not_kicker_over_headline(kicker: str, headline: str) -> None:
    assert not metadata._kicker_over_headline(_kicker_page(kicker, headline), 0, 1)


def test_headline_under_a_kicker() -> None:
    lines = [
        "Home",
        "Sports",
        "Coastal Ferry Series",
        HEADLINE,
        "By Priya Anand",
        "March 2, 2026",
        *PARAGRAPHS,
    ]
    assert _clean(lines) == HEADLINE


def test_headline_without_a_glued_kicker() -> None:
    """A section name run into the headline ("Ferry NewsCounty votes ..."), the plain headline under it."""
    lines = [
        "Home",
        "Sports",
        "Ferry News" + HEADLINE,
        HEADLINE,
        "By Priya Anand",
        "March 2, 2026",
        *PARAGRAPHS,
    ]
    assert _clean(lines) == HEADLINE


@pytest.mark.parametrize(
    ("glued", "plain"),
    [
        pytest.param("Ferry News" + HEADLINE, HEADLINE, id="glued"),
        pytest.param("Ferry NewsOld pier", "Old pier", id="too-short"),
        pytest.param("The first of many changes: " + HEADLINE, HEADLINE, id="long-prefix"),
    ],
)
def test_glued_kicker(glued: str, plain: str) -> None:
    blocks, _ = textdump.split_blocks("\n".join([glued, plain, "By Priya Anand"]))
    page = cleaner.features(blocks, "en")
    assert metadata._glued_kicker(page, 0, 1) == (plain == HEADLINE and glued.startswith("Ferry"))


def test_two_sentence_headline_with_its_byline_under_the_dek_and_caption() -> None:
    """A headline that ends with a full stop (two sentences) is a candidate when a byline follows within a
    few blocks, past the dek, a photo caption and its credit; without that evidence it is not."""
    headline = "The old ferry landing will be rebuilt. Here's what the council decided."
    header = [
        "Skip to content",
        "Menu",
        headline,
        "Work will start in the spring, and the boats will use a temporary dock for two years.",
        "The crumbling pier (above) has been closed to the ferry in winter since the storm.",
        "Photograph by Dana Lee, Harbor Images",
    ]

    def candidates(lines: list[str]) -> list[str]:
        blocks, _ = textdump.split_blocks("\n\n".join(lines))
        page = cleaner.features(blocks, "en")
        core = lines.index(PARAGRAPHS[0])
        ctx = metadata.title_context(page, core, len(lines), 0, core)
        return [page.texts[i] for i in metadata.title_candidates(page, ctx, 0, core)]

    assert headline in candidates([*header, "By Priya Anand", "Published March 2, 2026", *PARAGRAPHS])
    assert headline not in candidates([*header, "Share", "Print", "Email", "Save", *PARAGRAPHS])


def test_headline_over_its_dek_above_a_line_next_to_the_byline() -> None:
    """Headline, dek, then a second headline-like line (a caption, a live blog's latest entry) right over
    the byline: the title is the headline at the top of the header."""
    headline = "Islanders get their old landing back at last"
    lines = [
        "Home",
        "News",
        headline,
        "Residents say the vote ends a decade of debate over the pier and the winter ferry service.",
        "The council voted on Tuesday to rebuild the old ferry landing and the pier",
        "By Priya Anand",
        "Published March 2, 2026",
        *PARAGRAPHS,
    ]
    assert _clean(lines) == headline


def _teasers(n: int) -> list[str]:
    """Other stories' summaries printed over the article (a ticker, a carousel) that read as prose."""
    places = ["harbour", "old mill", "market hall", "river bridge", "town library", "bus station"]
    return [
        f"Residents of the {places[k % 6]} district say the plans for story number {k} were changed again, "
        "and the council will not say who asked for it or when."
        for k in range(n)
    ]


def test_window_reaches_a_header_under_a_list_of_teasers() -> None:
    """When the text found starts with a list of other stories (long lines that read as prose), the
    headline is looked for down to the first byline or date line, past TITLE_WINDOW_IN_TEXT blocks."""
    teasers = _teasers(16)
    lines = [*teasers, HEADLINE, "By Priya Anand", "Published March 2, 2026", *PARAGRAPHS]
    blocks, _ = textdump.split_blocks("\n\n".join(lines))
    page = cleaner.features(blocks, "en")
    assert metadata.title_window(page, 0, len(lines)) == (0, len(teasers) + 1)
    # no byline or date line: the window stops TITLE_WINDOW_IN_TEXT blocks into the text
    no_header = [*teasers, HEADLINE, *PARAGRAPHS]
    blocks, _ = textdump.split_blocks("\n\n".join(no_header))
    page = cleaner.features(blocks, "en")
    assert metadata.title_window(page, 0, len(no_header)) == (0, metadata.TITLE_WINDOW_IN_TEXT)


def test_headline_under_a_list_of_teasers() -> None:
    lines = ["Home", "News", *_teasers(16), HEADLINE, "By Priya Anand", "Published March 2, 2026"]
    assert _clean([*lines, *PARAGRAPHS]) == HEADLINE


def test_alt_text_over_its_caption_is_not_part_of_another_line() -> None:
    """w3m prints an image's alt text, then its caption, which starts with it: the alt text is not a line
    found again inside a longer one (the evidence part_of_other looks for), and not the headline."""
    alt = "The old pier seen from the ferry on a winter morning"
    lines = [
        "Home",
        "News",
        HEADLINE,
        "The council voted on Tuesday to rebuild the old ferry landing, ending a decade of debate",
        alt,
        alt + " (Photo: Dana Lee/Harbor Images)",
        "By Priya Anand",
        "March 2, 2026",
        *PARAGRAPHS,
    ]
    blocks, _ = textdump.split_blocks("\n\n".join(lines))
    page = cleaner.features(blocks, "en")
    core = lines.index(PARAGRAPHS[0])
    ctx = metadata.title_context(page, core, len(lines), 0, core)
    assert not metadata._part_of_other(page, lines.index(alt), ctx)
    assert _clean(lines) == HEADLINE


SECOND = "Council votes to rebuild the crumbling ferry pier by the harbour"


def test_upper_of_two_headlines() -> None:
    """Two headline-like lines over the byline, scored within SECOND_HEADLINE_MARGIN: the upper one is the
    headline (the lower is a second headline, a dek or an image's alt text)."""
    upper = "Islanders get their old landing back after a decade of waiting"
    lines = ["Home", "News", upper, SECOND, "By Priya Anand", "March 2, 2026", *PARAGRAPHS]
    assert _clean(lines) == upper


def _pair_page(upper: str) -> cleaner.Page:
    blocks, _ = textdump.split_blocks("\n".join([upper, SECOND, "By Priya Anand"]))
    return cleaner.features(blocks, "en")


@pytest.mark.parametrize(
    "upper",
    [
        "Islanders get their old landing back after a decade of waiting",
        "Fair or foul? The island votes on its pier again.",
        "'We waited ten years': islanders cheer the vote",
        pytest.param("Pier trial: island judges weigh harbour dates, schedule", id="no-function-word"),
    ],
)
def test_headline_over_headline(upper: str) -> None:
    assert metadata._headline_over_headline(_pair_page(upper), 0, 1)


@pytest.mark.parametrize(
    "upper",
    [
        pytest.param("Now reading: " + SECOND, id="prefix-glued"),
        pytest.param("News / Island / " + SECOND, id="breadcrumb"),
        pytest.param("Council votes to rebuild", id="part-of-it"),
        pytest.param("Island Ferry Pier Harbour Budget Tides", id="capitalised-names"),
        pytest.param("What the council decided about the pier:", id="label"),
        pytest.param("More on the ferry landing and the pier from", id="ends-with-function-word"),
        pytest.param("Islanders get their old landing back &#8216;at last&#8217;", id="escaped-entity"),
        pytest.param("Ferry pier rebuilt", id="short"),
    ],
)
def test_not_headline_over_headline(upper: str) -> None:
    assert not metadata._headline_over_headline(_pair_page(upper), 0, 1)


def test_headline_that_starts_the_text_with_a_byline_under_it() -> None:
    """A headline that reads as prose (two sentences) is the first block of the text found; with a byline
    or date line within HEADER_IN_TEXT_REACH blocks under it, it is not counted as a line of the text."""
    headline = "The old ferry landing will be rebuilt. Here's what the council decided."
    dek = "Work will start in the spring, and the boats will use a temporary dock for the two years it takes."

    def in_text(lines: list[str], i: int) -> float:
        blocks, _ = textdump.split_blocks("\n\n".join(lines))
        page = cleaner.features(blocks, "en")
        ctx = metadata.title_context(page, 0, len(lines), 0, 4)
        return metadata.title_features(page, i, ctx)["in_text"]

    with_byline = [headline, dek, "By Priya Anand", "Published March 2, 2026", *PARAGRAPHS]
    assert in_text(with_byline, 0) == 0.0
    assert in_text(with_byline, 1) == 1.0  # the dek under it is still in the text
    assert in_text([headline, dek, *PARAGRAPHS], 0) == 1.0


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Priya Anand", "Priya Anand"),
        ("ByPriya Anand", "Priya Anand"),  # the word and the name's link run together
        ("by: Priya Anand", "Priya Anand"),
        ("Stand by: the vote", None),
        ("VonAnna Keller", "Anna Keller"),
        ("Bypass the old bridge", None),
        ("bypriya anand", None),
        ("ByThe harbour", None),
    ],
)
def test_byline_run_into_the_name(line: str, name: str | None) -> None:
    assert metadata.find_byline(line, len(line.split())) == name


def test_byline_run_into_the_name_is_a_byline_line() -> None:
    """ "ByPriya Anand" under the headline and its dek is a byline line (evidence for the headline above
    it) and names the author."""
    lines = ["Home", "News", HEADLINE, "The council voted on Tuesday.", "ByPriya Anand", "March 2, 2026"]
    blocks, _ = textdump.split_blocks("\n\n".join(lines))
    assert metadata.is_metadata_line(cleaner.features(blocks, "en"), 4)
    article = clean("\n\n".join([*lines, *PARAGRAPHS]), options=Options(kind="text"))
    assert (article.title, article.author) == (HEADLINE, "Priya Anand")


def test_upper_of_two_headlines_over_a_byline() -> None:
    """Headline, its byline, then a second headline-like line scored a little higher: the step to the upper
    line passes over the byline or date lines between them (at most MAX_META_BETWEEN_HEADLINES)."""
    upper = (
        "Islanders get their old landing back, and the council says the next plans for the harbour and the "
        "boats are ready for the spring"
    )
    lower = "The harbour master tells us where the boats will go while the old pier is rebuilt"
    lines = ["Home", "Movies", upper, "By Priya Anand published 2 March 2026", lower, *PARAGRAPHS]
    blocks, _ = textdump.split_blocks("\n\n".join(lines))
    title = metadata.find_title(cleaner.features(blocks, "en"), 5, len(lines))
    assert title is not None and title.value == upper


def test_headline_far_above_the_text_with_labels_over_its_byline() -> None:
    """A headline far above the text (past a product box) is found with its byline under its dek and a
    short label or two ("Reviews", "Top pick") between them."""
    lines = ["Home", "Phones", HEADLINE, "A bigger pier, a warmer waiting room and a faster ferry", "Reviews"]
    lines += ["Top pick", "By Priya Anand last updated 2 March 2026", *_ticker(60), *PARAGRAPHS]
    assert _clean(lines) == HEADLINE
    blocks, _ = textdump.split_blocks("\n\n".join(lines))
    page = cleaner.features(blocks, "en")
    assert metadata._meta_under(page, 2)
    # three labels: a list of other things, not a header
    blocks, _ = textdump.split_blocks("\n\n".join([*lines[:5], "Top pick", "Best buy", *lines[6:]]))
    assert not metadata._meta_under(cleaner.features(blocks, "en"), 2)


@pytest.mark.parametrize(
    "reading_time", ["11 min read", "• 5 Minute Read", "Lesezeit: 3 Min.", "4 min de lectura"]
)
def test_a_reading_time_is_not_a_title_candidate(reading_time: str) -> None:
    # the reading time sits between the writer's name and the headline, where a headline would (a line
    # rule drops it, drop_share_bar's counters, and a line a rule drops is no title)
    blocks, _ = textdump.split_blocks("\n\n".join(["Priya Anand", reading_time, HEADLINE, *PARAGRAPHS]))
    page = cleaner.features(blocks, "en")
    assert page.texts[1] == reading_time.lstrip("• ")
    assert not metadata._could_be_title(page, 1)
    assert metadata._could_be_title(page, 2)


@pytest.mark.parametrize("line", ["Five minutes to midnight", "90 minutes that changed the league"])
def test_a_line_about_minutes_is_not_a_reading_time(line: str) -> None:
    assert rules.line_rule_for(line, len(line.split())) is None
