"""Sequence rules of the cleaner on small hand-made block lists."""

from __future__ import annotations

import re

import pytest

from newsclean import Options, clean, cleaner, textdump
from newsclean.model import Blocks

WRITER_BIO = (
    "Dana Whitfield is a registered nurse, health writer and podcast host. She has worked in emergency rooms "
    "and community clinics since 2006 and has written for many magazines about sleep, exercise and the small "
    "habits that keep people out of hospital. She studied nursing at a state university and later earned a "
    "master's degree in public health, with a thesis on how rural families use urgent care, and she teaches "
    "a course on health reporting at a local college. She lives on the coast with her husband, two children "
    "and a very old dog, and spends her weekends sailing a small boat that always needs repair."
)
CHECKER_BIO = "Owen Marsh is a researcher and fact-checker with years of experience checking health stories."
TEXT = [
    "Walking for twenty minutes after dinner lowers blood sugar more than the same walk taken before the "
    "meal, a new study of adults with prediabetes has found, and the effect held for twelve weeks.",
    "Researchers followed 212 volunteers for twelve weeks. Half walked after their evening meal and half "
    "walked earlier in the day, and both groups wore sensors that measured their blood sugar.",
    "The researchers cautioned that the study was small and short, and that people who take medicine for "
    "diabetes should talk to their doctor before changing their routine.",
]


def _page(lines: list[str]) -> cleaner.Page:
    blocks, layout = textdump.split_blocks(
        "\n".join(line if len(line) < 60 else f"\n{line}\n" for line in lines)
    )
    assert layout == "lines"
    return cleaner.features(blocks, "en")


def test_second_bio_under_the_headline_does_not_end_the_text() -> None:
    # a long bio (prose) and then a short one with labels after it: the short one looks like a bio at
    # the end of a text, but only bios come before it
    page = _page(
        [WRITER_BIO, "Fact checked by", CHECKER_BIO, "Fact checking process", "Key points", "Share", *TEXT]
    )
    n = len(page.texts)
    assert cleaner.cut_at_trailer(page, 0, n) == n


def test_bio_after_the_text_ends_it() -> None:
    page = _page([*TEXT, TEXT[0].replace("twenty", "thirty"), CHECKER_BIO, "Share", "Most read"])
    assert cleaner.cut_at_trailer(page, 0, len(page.texts)) == page.texts.index(CHECKER_BIO)


def test_bio_of_two_paragraphs_after_the_text_ends_it() -> None:
    # the bio goes on for a paragraph that reads like text, but it is all that is left after a long text
    more = (
        "Before that she spent ten years on a county paper, covering courts, schools and the weather, and "
        "she still answers every letter that readers send her about the stories she has written for us, "
        "from the shortest note to the longest complaint about a missing comma."
    )
    text = [t.replace("twenty", n) for n in ("twenty", "thirty", "forty") for t in TEXT]
    page = _page([*_standing([*text, CHECKER_BIO, more]), "Share"])
    assert cleaner.cut_at_trailer(page, 0, len(page.texts)) == len(text)


def test_author_box_after_the_text_ends_it() -> None:
    # the writer's name (and role) on lines of their own, then a bio that calls the writer by the first
    # name: no byline to compare with, and no "Jane Roe is a writer" to tell it
    box = (
        "Jane currently works for a space agency on its outreach, and was formerly the editor of a magazine "
        "about the night sky, where she wrote about telescopes, eclipses and comets for more than ten years."
    )
    text = [t.replace("twenty", n) for n in ("twenty", "thirty", "forty") for t in TEXT]
    page = _page([*_standing(text), "Jane Roe", "Contributing writer", *_standing([box])])
    assert cleaner.cut_at_trailer(page, 0, len(page.texts)) == len(text)


def test_people_named_over_what_they_do_are_the_text() -> None:
    # a list of people, each named on a line over a paragraph about them: the last one is no author box
    people = [
        (
            name,
            f"{name.split()[0]} was a {job} who worked in the harbour town for forty years and taught "
            "dozens of young people the trade, and the town will remember the kindness shown to everyone.",
        )
        for name, job in (("Jane Roe", "baker"), ("Sam Cole", "painter"))
    ]
    text = [t.replace("twenty", n) for n in ("twenty", "thirty", "forty") for t in TEXT]
    page = _page([*_standing(text), *(line for pair in people for line in _standing(list(pair)))])
    n = len(page.texts)
    assert cleaner.cut_at_trailer(page, 0, n) == n


@pytest.mark.parametrize(
    ("bio", "author"),
    [
        # the role in capitals, after a possessive
        ("Dana Whitfield is the Example Review's Senior Health Editor and writes a weekly column.", None),
        # the byline's first name alone
        (
            "Aleksa is a senior content writer with a passion for clear and useful guides to software.",
            "Aleksa Roe",
        ),
        # the byline's first name with any verb
        ("Morgan is curious about rockets, satellites and the people who build them.", "Morgan Hale"),
    ],
)
def test_bio_forms_after_the_text_end_it(bio: str, author: str | None) -> None:
    page = _page([*TEXT, *TEXT[::-1], bio, "Share", "Most read"])
    assert cleaner.cut_at_trailer(page, 0, len(page.texts), author) == page.texts.index(bio)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Morgan is curious about what the study means for her patients.", "Sam Cole"),  # not the byline's
        ("Texas is the nation's largest oil producer, and its output rose again this year.", None),
        ("Ukraine has reported heavy fighting near the city since the weekend.", None),
        ("He is a former reporter who now runs the bakery on the square.", None),
        ("Sam said the plan would fail without more money from the state.", "Sam Cole"),
        ("Mark my words, the vote will fail.", "Mark Jones"),
    ],
)
def test_sentences_that_open_with_a_name_are_not_bios(line: str, author: str | None) -> None:
    page = _page([*TEXT, *TEXT[::-1], line, TEXT[1]])
    n = len(page.texts)
    assert cleaner.cut_at_trailer(page, 0, n, author) == n


def test_bios_above_the_text_are_dropped() -> None:
    page = _page(["By Dana Whitfield", WRITER_BIO, "Fact checked by", CHECKER_BIO, *TEXT, CHECKER_BIO])
    cleaner.drop_header_bios(page, 0, len(page.texts), "Dana Whitfield")
    dropped = [i for i, d in enumerate(page.dropped) if d is not None]
    assert dropped == [1, 3]
    assert all(page.dropped[i][0] == "drop_author_bio" for i in dropped)  # type: ignore[index]


def test_paragraphs_packed_above_a_wire_credit_line_are_the_text() -> None:
    # paragraphs elsewhere on the page stand apart (blank lines), the agency story's are packed together
    # and end with its credit line: they are not a list of teasers
    story = [f"{sentence} The farmers said they would return if talks failed." for sentence in TEXT]
    lines = [
        "\n" + TEXT[0] + "\n",
        "\n" + TEXT[1] + "\n",
        *story,
        "Reporting by Anna Nowak; Editing by Tom Reed",
    ]
    blocks, _ = textdump.split_blocks("\n".join(lines))
    page = cleaner.features(blocks, "en")
    assert page.tight_lists
    n = len(page.texts)
    end = cleaner.cut_at_trailer(page, 0, n)
    assert end == n - 1
    assert cleaner.trim_trailing_teasers(page, 0, end) == end


def test_bulleted_sentences_after_the_text_are_its_own_list() -> None:
    # paragraphs stand apart and the list under the last one is packed, but its items are bulleted
    # sentences (what the text did, step by step), not other stories' headlines
    text = [t.replace("twenty", n) for n in ("twenty", "thirty", "forty") for t in TEXT]
    items = [f"  \u2022 {t.replace('twenty', n)}" for n in ("ten", "fifty") for t in TEXT[:2]]
    blocks, _ = textdump.split_blocks("\n".join(["\n" + t + "\n" for t in text] + items))
    page = cleaner.features(blocks, "en")
    assert page.tight_lists and all(page.blocks.bullets[len(text) :])
    n = len(page.texts)
    assert cleaner.trim_trailing_teasers(page, 0, n) == n


def test_long_packed_headlines_do_not_outweigh_paragraphs_that_stand_apart() -> None:
    # a long list of other stories' headlines on the page, each long enough to read as prose but
    # none ending like a sentence: the paragraphs (which do) still tell that this page's text stands
    # apart, so the packed list weighs less than the text and is not taken for the article
    headline = (
        "Local bakery owner who fed her whole street through the long winter storm is given a medal by the"
        " mayor in front of her family and her many grateful neighbours at a packed town hall number {}"
    )
    text = [t.replace("twenty", n) for n in ("twenty", "thirty") for t in TEXT]
    menu = [f"Section {n}" for n in range(30)]
    lines = [*menu, *(headline.format(n) for n in range(12)), *menu, *("\n" + t + "\n" for t in text), *menu]
    page = cleaner.features(textdump.split_blocks("\n".join(lines))[0], "en")
    assert page.tight_lists
    assert cleaner.select_main_text(page) == (72, 72 + len(text))


def test_comments_link_among_share_buttons_is_not_the_end() -> None:
    intro = [
        WRITER_BIO.replace("Dana Whitfield", "The clinic"),
        "By Sam Cole",
        "Published: 12:37, 2 March 2026",
    ]
    page = _page([*intro, "e-mail", "103 shares", "View comments", *TEXT])
    n = len(page.texts)
    cleaner.apply_line_rules(page, 0, n)
    assert page.dropped[4] is not None and page.dropped[4][0] == "drop_share_bar"
    assert cleaner.cut_at_trailer(page, 0, n) == n
    assert page.dropped[5] is not None and page.dropped[5][0] in ("drop_share_bar", "drop_comments")


def test_comments_heading_after_the_text_ends_it() -> None:
    page = _page([*TEXT, TEXT[0].replace("twenty", "forty"), "3", "Comments", "Please enable JavaScript"])
    n = len(page.texts)
    cleaner.apply_line_rules(page, 0, n)
    assert cleaner.cut_at_trailer(page, 0, n) == page.texts.index("Comments")


def test_copyright_notice_at_the_head_of_a_document_does_not_end_it() -> None:
    # a standard or a paper: abstract, then its copyright notice, then the document, many times longer
    body = [t.replace("twenty", str(n)) for n in range(6) for t in TEXT]
    page = _page([*TEXT, "Copyright (c) 2026 The Trust and the persons named as authors.", *body])
    n = len(page.texts)
    cleaner.apply_line_rules(page, 0, n)
    assert page.dropped[3] is not None and page.dropped[3][0] == "drop_copyright"
    assert cleaner.cut_at_trailer(page, 0, n) == n


def test_copyright_line_under_the_text_ends_it() -> None:
    # what comes after a footer may be prose too (a cookie text, a teaser), but less than the article
    page = _page([*TEXT, *TEXT[::-1], "Copyright (c) 2026 The Daily Example.", *TEXT])
    n = len(page.texts)
    cleaner.apply_line_rules(page, 0, n)
    assert cleaner.cut_at_trailer(page, 0, n) == 6


def test_newsletter_box_under_the_text_ends_it() -> None:
    # the box's blurb reads as prose, and so does its thank-you line: they go with the prompt
    blurb = "The week's biggest stories on money and work, plus interviews and market news for you."
    page = _page(
        [
            *_standing([*TEXT, *TEXT[::-1]]),
            "Weekly",
            "Get Our Newsletter",
            *_standing([blurb]),
            "Thanks, you are on the list.",
            "Subscribe",
        ]
    )
    n = len(page.texts)
    cleaner.apply_line_rules(page, 0, n)
    assert page.dropped[page.texts.index("Get Our Newsletter")][0] == "drop_subscribe_prompt"
    assert cleaner.cut_at_trailer(page, 0, n) == page.texts.index("Get Our Newsletter")


def test_newsletter_box_over_the_writers_bio_ends_the_text() -> None:
    # the bio's paragraphs under the box count as prose still to come until the bio is cut: then the box
    # is looked at again
    blurb = "The week's biggest stories on money and work, plus interviews and market news for you."
    more = (
        "Before that he spent ten years on a county paper, covering courts, schools and the weather, and "
        "he still answers every letter that readers send him about the stories he has written for us, "
        "from the shortest note to the longest complaint about a missing comma."
    )
    text = [t.replace("twenty", n) for n in ("twenty", "thirty", "forty") for t in TEXT]
    page = _page([*_standing(text), "Get Our Newsletter", *_standing([blurb, CHECKER_BIO, more])])
    n = len(page.texts)
    cleaner.apply_line_rules(page, 0, n)
    assert cleaner.cut_at_trailer(page, 0, n) == len(text)


def test_newsletter_prompt_inside_the_text_does_not_end_it() -> None:
    page = _page([*_standing([*TEXT, *TEXT[::-1]]), "Get Our Newsletter", *_standing(TEXT)])
    n = len(page.texts)
    cleaner.apply_line_rules(page, 0, n)
    assert cleaner.cut_at_trailer(page, 0, n) == n


def _lines_page(lines: list[str]) -> cleaner.Page:
    """The page of ``lines`` as they are ("\n" for a blank line), whatever their length (see _page)."""
    blocks, _layout = textdump.split_blocks("\n".join(lines))
    return cleaner.features(blocks, "en")


def _standing(lines: list[str]) -> list[str]:
    return [f"\n{line}\n" for line in lines]


def test_marker_followed_by_captions_only_ends_the_text() -> None:
    # the stories under "More from this author" come with long photo captions: prose, but far less of it
    # than the text above
    captions = [
        f"PHOTO BY A STAFF PHOTOGRAPHER Player number {n} drives to the basket against the visitors during "
        "the second half of a league game on Saturday night at the home gym."
        for n in range(2)
    ]
    text = [
        *TEXT,
        *(t.replace("twenty", "thirty") for t in TEXT),
        *(t.replace("twenty", "ten") for t in TEXT),
    ]
    page = _page(
        [*_standing(text), "More stories from this author", "Team falls short in the final", *captions]
    )
    assert cleaner.cut_at_trailer(page, 0, len(page.texts)) == len(text)


def test_related_box_inside_the_text_does_not_end_it() -> None:
    page = _page(_standing([*TEXT, "Related", "Another story on the same subject", *TEXT[::-1]]))
    n = len(page.texts)
    assert cleaner.cut_at_trailer(page, 0, n) == n


def test_image_alt_text_printed_twice_is_dropped() -> None:
    alt = "A ferry leaves the harbor at dawn."
    caption = "A dog asleep on a sofa"
    huge = " ".join([TEXT[0]] * 20)  # 600 words: not an image
    page = _page([*TEXT, alt + alt, "Wow!Wow!", f"{caption} {caption}", *TEXT[::-1], huge])
    cleaner.drop_doubled_alt_text(page)
    dropped = [page.texts[i] for i, d in enumerate(page.dropped) if d is not None]
    assert dropped == [alt + alt, f"{caption} {caption}"]  # a short repeat ("Wow!Wow!") is not an image


def test_a_title_printed_three_times_is_dropped() -> None:
    # a card of another story prints its title three times (image, heading, link), the last one cut short
    title = "How Harbor Towns Plan for Higher Tides"
    tripled = f"{title} {title} {title[:-9]}"
    page = _page([*TEXT, tripled, *TEXT[::-1], "Ha ha ha ha ha ha ha ha"])
    cleaner.drop_doubled_alt_text(page)
    assert [page.texts[i] for i, d in enumerate(page.dropped) if d is not None] == [tripled]


def test_caption_run_into_its_credit_is_dropped() -> None:
    glued = [
        "Trucks wait at the border crossing before dawn.Jane Roe",
        "The mayor wears a wool coat and a red scarf.STAFF PHOTOGRAPHER",
        "Snow totals stayed low across the region on Friday.NOAA",
    ]
    kept = [
        "Dr. Lee read the paper twice, said Ann Roe, Ph.D.",  # an abbreviation, not a credit
        "The list was posted online.Then it vanished from the site without a word.",  # goes on in lower case
        "It was posted.Jane Roe",  # too short to be a caption with its credit
        "Flood waters rise again along the river in St.Louis",  # an abbreviation with no space after it
        "Hikers turn back below the summit of Mt.Hood",
    ]
    page = _page([*TEXT, *glued, *kept, *TEXT[::-1]])
    cleaner.drop_glued_credits(page)
    dropped = [page.texts[i] for i, d in enumerate(page.dropped) if d is not None]
    assert dropped == glued


def test_line_above_a_credit_that_is_its_own_caption_stays() -> None:
    # "Photo by ..." is the whole caption of the photo above it: the paragraph before it is text; a bare
    # "Name/Agency" credit sits under its caption, which goes with it
    page = _page(
        [
            *TEXT,
            "That was the last we heard of it.",
            "Photo by Jane Roe on Unsplash",
            *TEXT[::-1],
            "A ferry leaves the harbor at dawn.",
            "Jane Roe/Harbor Daily",
            *TEXT,
            "She said the bridge would stay open, and that the ferry would run again from Monday.",
            "Trucks wait at the border before dawn.Jane Roe",  # a caption with its credit, a blank line above
            *TEXT[::-1],
            "A truck at the border.",  # an alt text right over the caption
            "Trucks wait at the border on Friday.Jane Roe",
            *TEXT,
        ]
    )
    n = len(page.texts)
    cleaner.drop_glued_credits(page)
    cleaner.apply_line_rules(page, 0, n)
    cleaner.drop_captions(page, 0, n)
    dropped = {page.texts[i]: d[0] for i, d in enumerate(page.dropped) if d is not None}
    assert dropped == {
        "Trucks wait at the border before dawn.Jane Roe": "drop_photo_credit",
        "A truck at the border.": "drop_caption",
        "Trucks wait at the border on Friday.Jane Roe": "drop_photo_credit",
        "Photo by Jane Roe on Unsplash": "drop_photo_credit",
        "A ferry leaves the harbor at dawn.": "drop_caption",
        "Jane Roe/Harbor Daily": "drop_photo_credit",
    }


CARDS = [
    "Storm Closes Coastal Highway for a Second Day",
    "WASHED OUT",
    "Crews say the road will stay shut until the bridge near the inlet has been inspected.",
    "Mayor Names New Police Chief After Six-Month Search",
    "The former deputy chief takes over a department that lost a fifth of its officers last year.",
    "Chef's Diner Wins Award for Best Breakfast in the State",
    "EGGS-CELLENT",
    "The forty-seat diner beat more than three hundred restaurants in a vote by readers.",
    "Singer Cancels Spring Tour Dates to Rest Her Voice",
    "Singer Cancels Spring Tour Dates to Rest Her Voice",  # printed twice: a video's title and its link
    "Fans who bought tickets will get a refund. The promoter will email them.",  # two sentences
]


def test_teaser_cards_are_dropped() -> None:
    page = _page([*CARDS, "City Will Plant Trees Along Its Busiest Roads", *TEXT])
    cleaner.drop_teaser_cards(page)
    dropped = [i for i, d in enumerate(page.dropped) if d is not None]
    assert dropped == list(range(len(CARDS)))


def test_listicle_items_under_an_intro_are_no_cards() -> None:
    items = []
    for shop in [
        "Harbor Roasters",
        "Blue Kettle Cafe",
        "Mill Street Coffee",
        "Dune Espresso Bar",
        "Pier Beans",
    ]:
        items += [
            f"{shop}, Front Street, Eastbrook",
            f"The {shop.split()[0].lower()} shop pours a fine flat white.",
        ]
    page = _page([TEXT[0], *items, TEXT[2]])
    cleaner.drop_teaser_cards(page)
    assert all(d is None for d in page.dropped)


def test_subheadings_over_paragraphs_are_no_cards() -> None:
    # a text's sections: their paragraphs have more than one sentence
    sections = []
    for n, heading in enumerate(["What the Study Found", "Who Took Part", "What Comes Next", "How to Start"]):
        sections += [heading, f"{TEXT[n % 3]} The researchers said more work was needed."]
    page = _page(sections)
    cleaner.drop_teaser_cards(page)
    assert all(d is None for d in page.dropped)


def test_news_feed_of_timed_headlines_is_dropped() -> None:
    feed = [
        "13:54 Council delays the vote on the harbor bridge",
        "13:43 Storm closes the coastal road for a second day",
        "Our live coverage continues below.",
        "13:18 Mayor names a new police chief after long search",
        "13:08 Ferry fares will rise in the spring, operator says",
    ]
    page = _page([*TEXT, *feed, "6:32 PM", "12:13 PM"])
    cleaner.drop_timed_headlines(page)
    dropped = [page.texts[i] for i, d in enumerate(page.dropped) if d is not None]
    assert dropped == [line for line in feed if line[0].isdigit()]


def test_three_timed_lines_are_no_feed() -> None:
    page = _page([*TEXT, "9:30 Doors open for the public meeting", "10:00 The council meets", TEXT[0]])
    cleaner.drop_timed_headlines(page)
    assert all(d is None for d in page.dropped)


def test_gallery_slides_are_dropped() -> None:
    captions = [
        "The club's absence from the league hurt more than the fans' pride last year, its accounts show.",
        "Filming of the next big movie brought an economic boost of some 150 million to the region.",
        "The founder decided to quit the online retailer during a board meeting on Thursday.",
    ]
    lines = [*TEXT[:1]]
    for n, caption in enumerate(captions, start=1):
        lines += [f"{n}/3 Slide title number {n}", caption]
    page = _page([*lines, *TEXT[1:]])
    cleaner.drop_gallery_slides(page)
    dropped = [i for i, d in enumerate(page.dropped) if d is not None]
    assert dropped == list(range(1, 7))
    assert all(page.dropped[i][0] == "drop_gallery" for i in dropped)  # type: ignore[index]


def test_gallery_counted_n_of_m_is_dropped() -> None:
    slides = []
    for n in range(1, 5):
        slides += [f"{n} of 57", "Courtesy of the family", f"Child number {n} at the beach.", "Share"]
    page = _page([*TEXT, "Scroll through the gallery below.", *slides])
    cleaner.drop_gallery_slides(page)
    first = page.texts.index("1 of 57")
    assert all(page.dropped[k] is not None for k in range(first, len(page.texts)))  # the last slide's too
    assert all(page.dropped[k] is None for k in range(first))


def test_recipe_fractions_are_no_gallery() -> None:
    page = _page(
        ["1/4 cup granulated sugar", "1/2 cup cocoa powder", "1/2 teaspoon salt", "24/7 support", *TEXT]
    )
    cleaner.drop_gallery_slides(page)
    assert all(d is None for d in page.dropped)


def test_many_trailer_markers_take_linear_time() -> None:
    # a page of 20,000 "Related" boxes between paragraphs (3.4 MB): each marker once summed the prose
    # before and after it, 36 s; one pass takes about a second
    import time

    from newsclean import pipeline
    from newsclean.model import Options

    para = TEXT[0]
    text = "Headline of the story here\n\n" + "\n\n".join(
        f"{para}\n\nRelated\nOther story headline number {i} here" for i in range(20_000)
    )
    started = time.perf_counter()
    article = pipeline.clean(text, options=Options(kind="text"))
    assert time.perf_counter() - started < 12
    assert article.body


def test_list_written_as_paragraphs_stays_in_an_innertext_dump() -> None:
    # innerText puts blank lines around paragraph elements only: a short line standing apart is a
    # paragraph of its own (here the items of a feature list), where a menu or a headline list is packed
    intro = (
        "The new model is the first in four years to change the camera. We spent a week with it, and most of "
        "the changes are small, but together they make it a better phone for people who take a lot of "
        "photos at night or film their children at the park. Here is what is new this year."
    )
    items = [
        "Night mode for the front camera",
        "Slow motion video at twice the frame rate",
        "A wider lens with faster focus",
        "Tap and hold to start recording",
        "Longer battery life when filming",
        "Better sound from the two speakers",
        "A brighter screen outdoors",
        "Faster charging with the new cable",
        "Three new colours to choose from",
        "A tougher glass back",
        "More storage in the base model",
        "A quieter vibration motor",
    ]
    outro = (
        "The price stays the same as last year's model. Orders open on Friday, and the first phones reach "
        "shops the week after, the company said."
    )
    headlines = [
        "Best Budget Phones We Tested This Year",
        "How To Move Your Photos To A New Phone",
        "The Tablets Worth Buying Right Now",
        "Our Favourite Cases For Every Budget",
    ]
    more = "Sign up to hear about our reviews first, with a short letter from the editors every Sunday."
    page = ["Phone Review Weekly", "Our review of the new phone", intro, *items, outro, *headlines, more]
    dump = "\n\n".join(page)
    body = clean(dump.encode(), options=Options(kind="text")).body_text
    assert body.startswith(intro[:40])
    assert all(item in body for item in items)
    assert outro in body
    assert not any(h in body for h in headlines)


#: two articles of two paragraphs each: an endless page's first and next (the bio tests below)
HARBOR = [
    "The harbor board voted on Tuesday to rebuild the north pier, which has been closed since a storm "
    "tore away a third of its deck two winters ago, and to pay for it with a loan from the state.",
    "Fishing crews have used the south pier since then, and they told the board the waits to unload had "
    "grown to three hours on busy mornings. The work starts in May and should take a year.",
    "The school district will add two bus routes in the fall to serve the new homes on the east side of "
    "town, where about four hundred families have moved in over the past two years.",
    "Parents had asked for the routes at three meetings in a row. The district will hire six drivers "
    "and lease four buses until the new ones it ordered arrive next spring.",
]


def test_writer_bio_among_the_links_under_a_marker_ends_the_article() -> None:
    # an endless page: under "Related" come links, the writer's card with a bio, then the next article,
    # as long as this one; the bio says the article ended at the marker
    first, second = HARBOR[:2], HARBOR[2:]
    page = [
        "Harbor News",
        "Board votes to rebuild the north pier",
        "By Dana Whitfield",
        *first,
        "Related",
        "Ferry fares rise in January",
        "New bakery opens on Elm Street",
        "Dana Whitfield",
        "Staff Writer",
        "Dana Whitfield is a staff writer at Harbor News, where she covers the port and city hall.",
        "District adds two bus routes for the fall",
        *second,
    ]
    body = clean("\n\n".join(page).encode(), options=Options(kind="text")).body_text
    assert body == "\n\n".join(first)


def test_a_bio_of_someone_else_under_a_marker_inside_the_text_does_not_end_it() -> None:
    # a related story's headline that reads like a bio, among the links of a box inside the text
    paragraphs = HARBOR
    page = [
        "Harbor News",
        "Board votes to rebuild the north pier",
        "By Dana Whitfield",
        *paragraphs[:2],
        "Related",
        "Sam Cole is a photographer who spent a year on the island",
        "Ferry fares rise in January",
        *paragraphs[2:],
    ]
    body = clean("\n\n".join(page).encode(), options=Options(kind="text")).body_text
    assert all(paragraph in body for paragraph in paragraphs)


@pytest.mark.parametrize("spaced", [True, False])
def test_subheading_over_a_list_written_as_paragraphs_stays(spaced: bool) -> None:
    lines = [*TEXT, "Camera", "Night mode for the front camera", "A wider lens with faster focus", *TEXT]
    blocks, layout = textdump.split_blocks("\n\n".join(lines))
    assert layout == "lines"
    page = cleaner.features(blocks, "en")
    page.spaced_lines = spaced
    n = len(page.texts)
    cleaner.drop_fragments(page, 0, n)
    dropped = [page.texts[i] for i, d in enumerate(page.dropped) if d is not None]
    # on a page whose short lines are not paragraphs of their own, a word over a short line is a label
    assert dropped == ([] if spaced else ["Camera"])


ALT_TEXT = "A ferry crosses the bay at dawn with the old lighthouse and the harbour wall behind it"
CAPTION = "A ferry crossing the bay at dawn, with the old lighthouse and the harbour wall behind it. L. Ortiz"


def test_alt_text_over_its_reworded_caption_goes() -> None:
    page = _page([TEXT[0], ALT_TEXT, CAPTION, *TEXT[1:]])
    cleaner.drop_alt_text_before_caption(page, 0, len(page.texts))
    assert [page.texts[i] for i, d in enumerate(page.dropped) if d is not None] == [ALT_TEXT]


@pytest.mark.parametrize(
    "pair",
    [
        # the same sentence twice is drop_duplicates' (it keeps the first)
        [ALT_TEXT, ALT_TEXT],
        # two sentences built alike, about different things
        [
            "The city's best performing schools were all in the northern districts this year",
            "The city's worst performing schools were all in the southern districts this year",
        ],
        # a sentence of the text over a shorter caption of the same photo
        [
            "The ferry to the island crossed the bay at dawn and became an instant favourite of commuters.",
            "The ferry to the island crossed the bay at dawn.",
        ],
    ],
)
def test_blocks_that_only_look_alike_stay(pair: list[str]) -> None:
    page = _page([TEXT[0], *pair, *TEXT[1:]])
    cleaner.drop_alt_text_before_caption(page, 0, len(page.texts))
    assert all(d is None for d in page.dropped)


def test_alt_text_over_the_name_it_begins_with_goes() -> None:
    alt = "Blue enamel kettle with a wooden handle on a white background"
    blocks, _ = textdump.split_blocks(
        "\n\n".join([*TEXT[:2], f"{alt}\nBlue enamel kettle\n$40 at the shop", TEXT[2]])
    )
    page = cleaner.features(blocks, "en")
    cleaner.drop_alt_text_before_caption(page, 0, len(page.texts))
    assert [page.texts[i] for i, d in enumerate(page.dropped) if d is not None] == [alt]


@pytest.mark.parametrize(
    "lines",
    [
        # a list item over the heading of the term it explains
        "  • Dynamic tiles - panels that rearrange themselves as you read\n\nDynamic tiles",
        # a paragraph over a pull quote of its first words
        f"{TEXT[0]}\n{TEXT[0][:40].rsplit(' ', 1)[0]}",
    ],
)
def test_a_block_over_its_first_words_may_stay(lines: str) -> None:
    blocks, _ = textdump.split_blocks("\n\n".join([*TEXT[:2], lines, TEXT[2]]))
    page = cleaner.features(blocks, "en")
    cleaner.drop_alt_text_before_caption(page, 0, len(page.texts))
    assert all(d is None for d in page.dropped)


def test_captions_that_say_so_are_dropped() -> None:
    captions = [
        "Jane Roe, left, and Sam Cole walk along the pier on Friday, March 6, 2026, in Eastbrook.",
        "Ann Roe, 12, left, and her brother Tom, right, sit on the steps of the school in Eastbrook.",
        "The cast at the premiere: the director (second from left) and the writer (right).",
        "PORTLAND, MAINE - MAY 2: Fishing boats sit at the dock before the season opens on May 2, 2026.",
    ]
    kept = [
        "She turned left, then right, and found the shop closed for the winter.",
        "Voters moved right, left, and back again over the years, the pollster said on Friday.",
        "The center will open in May, the mayor said on Friday.",
        "BREAKING NEWS - the council has voted to close the bridge for repairs this summer.",
    ]
    page = _page([*TEXT, *captions, *kept, *TEXT[::-1]])
    cleaner.drop_photo_captions(page)
    assert [page.texts[i] for i, d in enumerate(page.dropped) if d is not None] == captions


def test_alt_text_over_its_caption_gone_as_a_credit_goes() -> None:
    page = _page([TEXT[0], ALT_TEXT, f"{ALT_TEXT} | Photo: L. Ortiz", *TEXT[1:]])
    page.drop(2, "drop_photo_credit", "photo caption or credit")
    cleaner.drop_alt_text_before_caption(page, 0, len(page.texts))
    assert page.dropped[1] is not None


def test_dated_headline_after_a_long_text_starts_the_next_article() -> None:
    # an endless page (or a live blog): after the text, a date line, another headline and its text
    text = [t.replace("twenty", n) for n in ("twenty", "thirty") for t in TEXT]
    other = [t.replace("blood sugar", "sleep") for t in TEXT]
    lines = [
        "Evening walks lower blood sugar, study finds",
        "March 2, 2026",
        *text,
        "HEALTH",
        "March 1, 2026",
        "Why a cold bedroom helps some people sleep better at night",
        *other,
    ]
    article = clean("\n\n".join(lines), options=Options(kind="text"))
    assert [block.text for block in article.body] == text


def test_dated_subheading_of_a_timeline_needs_a_long_text_above() -> None:
    lines = [
        "Evening walks lower blood sugar, study finds",
        "March 2, 2026",
        TEXT[0],
        "March 1, 2026",
        "The first volunteers are given their sensors",
        *TEXT[1:],
    ]
    article = clean("\n\n".join(lines), options=Options(kind="text"))
    assert [block.text for block in article.body][-2:] == TEXT[1:]


def test_dated_teasers_after_the_text_are_dropped() -> None:
    # other stories after the text, each with its date over its headline and a one-line summary
    teasers = []
    for n, topic in enumerate(("ferry timetable", "harbour festival", "pier repairs")):
        teasers += [f"March {n + 1}, 2026", f"What to know about the new {topic} this spring"]
        teasers += [f"The {topic} changes next month, and here is what it means for you."]
    text = [t.replace("twenty", n) for n in ("twenty", "thirty") for t in TEXT]
    page = _page(_standing([*text, *teasers]))
    assert cleaner.drop_teaser_pairs(page, 0, len(page.texts)) == len(text)


def test_a_page_read_with_packed_lists_and_no_article_is_read_again() -> None:
    # a scraper's text with no blank line between the article's paragraphs, and a footer's notices standing
    # apart: read as a page whose packed lines are lists, it had no article left ("no article text found")
    P1 = (
        "The county board voted on Tuesday to rebuild the old ferry landing at the north end of the harbor, "
        "ending a dispute over its cost that has run for more than six years."
    )
    P2 = (
        "Board members said the new landing would cost about twelve million dollars, most of it from a state "
        "grant, and that work could start in the autumn if the permits come through in time. The old landing "
        "was closed in 2019 after engineers found rot in its timber piles, and since then the two ferries "
        "have "
        "used a temporary float that cannot take trucks, which has cost the island's shops and farms dearly “"
    )
    P3 = (
        "Residents who spoke at the meeting mostly welcomed the vote, though several asked the board to keep "
        "the historic ticket office, which the plans would move to the parking lot."
    )
    lines = [
        "Harbor News",
        "Home",
        "Sports",
        "Ferry landing to be rebuilt after years of delay",
        "Jane Roe",
        "March 2, 2026",
        P1,
        P2,
        P3,
        "Tagged in:",
        "ferry,",
        "Comments",
        "Disclaimer: the text on this site is ours and all rights to it are reserved. We claim no rights to "
        "the pictures unless we say so.",
        "",
        "Should you hold the rights to a picture shown here and want it gone, send us a note and we will "
        "take it down within a day.",
        "",
        "Agents who act for a photographer should send us written proof that they speak for the person who "
        "took the picture.",
        "Advertisement",
        "Related posts",
    ]
    article = clean("\n".join(lines), options=Options(kind="text"))
    assert article.body_text.startswith("The county board voted")
    assert "Should you hold" not in article.body_text


def test_short_lines_of_a_code_listing_stay() -> None:
    listing = [
        "// counter.js",
        "function Counter(start) {",
        "this.value = start || 0;",
        "}",
        "Counter.prototype.add = function(n) {",
        "if (!n)",
        "return this;",
        "};",
    ]
    lines = [TEXT[0], "\n", *listing, "\n", "var step = 2;", "\n", TEXT[1], "Share", "Jane Roe", TEXT[2]]
    blocks, layout = textdump.split_blocks("\n".join(lines))
    assert layout == "lines"
    page = cleaner.features(blocks, "en")
    n = len(page.texts)
    cleaner.drop_fragments(page, 0, n)
    dropped = [page.texts[i] for i, d in enumerate(page.dropped) if d is not None]
    # the listing's lines and the line of code standing next to it are the text's own; the labels go
    assert dropped == ["Share", "Jane Roe"]


def test_prose_among_a_news_feed_after_a_marker_does_not_continue_the_article() -> None:
    # under the marker, a feed of other stories' headlines, each after its time, with a summary paragraph
    # here and there: those paragraphs are the feed's, so the article ends at the marker
    summary = (
        "The council said on Tuesday that the bridge would stay closed to lorries until the spring, after "
        "engineers found cracks in two of its supports during a routine inspection last month."
    )
    feed = [
        "14:44 Council delays the vote on the bridge",
        "14:32 Storm warning for the coast tonight",
        summary,
        "13:54 Rail strike called off after late talks",
        "13:40 Museum reopens its east wing to visitors",
        summary.replace("Tuesday", "Monday"),
        "13:12 Harbour fees rise for the third year",
    ]
    page = _page([*TEXT, "Newsletter", *feed])
    cleaner.drop_timed_headlines(page)
    assert cleaner.cut_at_trailer(page, 0, len(page.texts)) == page.texts.index("Newsletter")


def test_a_text_that_is_one_list_is_read_whole() -> None:
    # release notes: a headline over a list of changes, one item long enough to be prose; the article
    # is the whole list, not that item (with the item above it taken for the headline)
    items = [
        "Added a dark theme for the editor and the settings pages",
        "Added export to spreadsheets",
        "Faster start-up on older phones",
        "The search box now remembers the last ten searches and offers them again when you open it, so "
        "that a search you run every morning is one tap away instead of a whole word to type again",
        "Fixed a crash when a photo was rotated twice",
        "Fixed the order of tabs after a restart",
        "Removed the old sync service",
    ]
    dump = "Notes App Blog\nAbout\nArchive\n\nVersion 4.2 is out\n\n"
    dump += "\n".join(f"+ {item}" for item in items)
    dump += "\n\nOlder posts\nNewer posts\n"
    article = clean(dump.encode(), options=Options(kind="text"))
    assert article.title == "Version 4.2 is out"
    assert all(item in article.body_text for item in items[:4])


def test_short_items_of_the_texts_own_list_stay() -> None:
    # a list inside the text with short and longer items keeps its short ones; a menu of short bullets
    # inside the article's extent still loses them as fragments
    lines = [
        TEXT[0],
        "\n",
        "* Flour and salt",
        "* Two eggs",
        "* A cup of milk, warmed until it is just too hot to touch",
        "\n",
        TEXT[1],
        "\n",
        "* Home",
        "* World",
        "* Sport",
        "\n",
        TEXT[2],
    ]
    page = _lines_page(lines)
    n = len(page.texts)
    cleaner.drop_fragments(page, 0, n)
    assert [page.texts[i] for i, d in enumerate(page.dropped) if d is not None] == ["Home", "World", "Sport"]


def test_the_texts_own_list_is_not_a_headline_list() -> None:
    # a list of changes with short items and sentences among them stays whole; a list of other stories'
    # headlines (all of headline length, none a sentence) still goes
    changes = [
        "* Added a dark theme for the editor and the settings pages",
        "* Added export to spreadsheets and to plain text files",
        "* Faster start-up on older phones and tablets",
        "* Removed old sync",
        "* The search box now remembers your last ten searches.",
    ]
    headlines = [
        "* Council delays the vote on the new bridge again",
        "* Storm warning for the coast tonight and tomorrow",
        "* Rail strike called off after late talks on pay",
    ]
    lines = [TEXT[0], "\n", *changes, "\n", TEXT[1], "\n", *headlines, "\n", TEXT[2]]
    page = _lines_page(lines)
    cleaner.drop_headline_list(page, 0, len(page.texts))
    assert [page.texts[i] for i, d in enumerate(page.dropped) if d is not None] == [h[2:] for h in headlines]


def test_markup_printed_as_text_goes_but_not_a_listing_of_it() -> None:
    widget = (
        '<div class="notice"><p>Scripts are <em>turned off</em> in this browser, so some parts of '
        "the page such as the comments and the photo gallery will not work.<br>Turn them on.</p></div>"
    )
    listing = [
        '<div class="card">',
        '<p class="card-title">A title for the card, with a few more words in it than most have</p>',
        '<a href="/next">Read the next story in this series</a> <span class="count">12</span>',
        "</div>",
    ]
    lines = [TEXT[0], "\n", widget, "\n", TEXT[1], "\n", *listing, "\n", TEXT[2]]
    page = _lines_page(lines)
    cleaner.drop_markup(page, 0, len(page.texts))
    assert [page.texts[i] for i, d in enumerate(page.dropped) if d is not None] == [widget]


def test_a_paragraph_broken_into_lines_is_not_a_headline_list() -> None:
    broken = [
        "The new interface has three parts. These are the header, the body and",
        "the footer. They map directly onto the parts of a letter, but have",
        "certain rules in place for privacy and security reasons, such as",
        "keeping the sender's address out of the printed copy.",
    ]
    headlines = [
        "Council delays the vote on the new bridge again",
        "Storm warning for the coast tonight and tomorrow",
        "Rail strike called off after late talks on pay",
    ]
    lines = [TEXT[0], "\n", *broken, "\n", TEXT[1], "\n", *headlines, "\n", TEXT[2]]
    page = _lines_page(lines)
    cleaner.drop_headline_list(page, 0, len(page.texts))
    assert [page.texts[i] for i, d in enumerate(page.dropped) if d is not None] == headlines


def test_equations_between_paragraphs_do_not_split_the_text() -> None:
    # eight lines of mathematics (as a browser prints MathML) cost no more than a figure: the text
    # around them is one
    equations = [
        "x ˙ = σ ( y − x )",
        "y ˙ = ρ x − y − x z",
        "z ˙ = − β z + x y",
        "( a + b ) 2 ≤ 2 ( a 2 + b 2 )",
        "P ( E ) = ( n k ) p k ( 1 − p ) n − k",
        "∇ ⋅ E = 4 π ρ",
        "∇ × B = 0",
        "a x 2 + b x + c = 0",
    ]
    lines = ["Home", "Topics", "\n", TEXT[0], "\n", "\n\n".join(equations), "\n", TEXT[1], "\n", "About"]
    page = _lines_page(lines)
    start, end = cleaner.select_main_text(page)
    assert (page.texts[start], page.texts[end - 1]) == (TEXT[0], TEXT[1])


def test_a_line_standing_alone_three_times_is_a_templates() -> None:
    # the same alt text under every image goes, every copy; a line packed with others (a recipe's yield)
    # repeats in the text's own lists, and a line printed twice may be a subheading's echo
    alt = "Illustration for the story about the harbor town"
    twice = "What the harbor board decided last night"
    yields = "Makes eight to ten servings"
    lines = [
        TEXT[0], "\n", alt, "\n", TEXT[1], "\n", twice, "\n", alt, "\n", TEXT[2], "\n", alt, "\n", twice,
        "\n", "Bread", "Flour, water, salt", yields, "\n", "Soup", "Leeks, stock", yields, "\n", "Salad",
        "Leaves, oil", yields, "\n", TEXT[0],
    ]  # fmt: skip
    page = _lines_page(lines)
    cleaner.drop_duplicates(page, 0, len(page.texts))
    assert [page.texts[i] for i, d in enumerate(page.dropped) if d is not None] == [alt] * 3


def test_short_items_of_a_numbered_list_stay() -> None:
    # "1. Finland", "2. Norway": numbered in a row, the text's own ranking; numbers out of order are not
    lines = [
        TEXT[0], "\n", "The rankings were as follows:", "1. Finland", "2. Norway", "3. Canada", "4. Chile",
        "\n", TEXT[1], "\n", "7. Sport", "2. Weather", "9. Jobs", "\n", TEXT[2],
    ]  # fmt: skip
    blocks, _layout = textdump.split_blocks("\n".join(lines))
    page = cleaner.features(blocks, "en")
    cleaner.drop_fragments(page, 0, len(page.texts))
    dropped = [page.texts[i] for i, d in enumerate(page.dropped) if d is not None]
    assert dropped == ["7. Sport", "2. Weather", "9. Jobs"]


# page-level searches that stand for a search of each block (speed; same answers) -------------------------
def test_blocks_holding_a_string_are_those_a_search_of_each_block_finds() -> None:
    texts = [
        "Jane Roe, left, and Sam Cole",
        "left",  # a whole block
        "no place here",
        "a line\nwith a newline inside, right)",  # (the HTML front end may keep one)
        "rightleft, twice in one block: left, and left,",
        "ends with left",
        "middle",
        "Trucks wait at the border.Jane Roe",
    ]
    n = len(texts)
    blocks = Blocks(texts, list(range(n)), ["p"] * n, [True] * n, [True] * n, [False] * n, [0] * n)
    page = cleaner.features(blocks, "en")
    for needles in [("left",), ("left,", "right)"), ("middle", "no place"), ("absent",), ()]:
        expected = {i for i, text in enumerate(texts) if any(needle in text for needle in needles)}
        assert page.holding(needles) == expected
    for pattern in (cleaner._GLUED_STOP_RE, re.compile(r"left,|right\)"), re.compile(r"\bleft\b|\bmiddle\b")):
        assert page.matching(pattern) == {i for i, text in enumerate(texts) if pattern.search(text)}


@pytest.mark.parametrize(
    "text",
    [
        "the bridge reopens, officials said.",
        "don’t stop: “quoted” — a dash – and an ellipsis… «guillemets» · done",
        "snake_case and 1,000 and 3.5%",
        "tabs\tand\x1ccontrol\x1fcharacters\x85and a line\u2028separator",
        "é, ß and 中文 and İstanbul",
        "__ _ a_b",
        "",
    ],
)
def test_words_of_are_the_words_regex_finds(text: str) -> None:
    for form in (text, text.lower(), text.upper()):
        assert cleaner.words_of(form) == cleaner._WORD_RE.findall(form)


@pytest.mark.parametrize(
    ("tight", "spaced", "language"), [(False, False, "en"), (True, True, "en"), (True, False, "zh")]
)
def test_block_scores_in_one_loop_are_block_score_of_each_block(
    tight: bool, spaced: bool, language: str
) -> None:
    texts = [
        "Menu",
        "Share this story",
        "What you will need for the trip:",
        "A tent",
        "A stove and some fuel for it",
        "The council voted on Tuesday to reopen the bridge after two years of repairs, officials said.",
        "It is done.",
        "A Heading Written In Title Case Here",
        "A lower case line that is no sentence",
        "x = y + 2",
        "$915",
        "The river rose again overnight and the roads along it were closed to traffic until noon.",
        "Next story",
    ]
    n = len(texts)
    bullets = [False, False, False, True, True, False, False, False, False, False, False, False, False]
    blank_before = [True, False, True, False, False, True, False, True, True, False, True, False, True]
    blank_after = [False, False, False, False, True, True, True, True, True, False, True, False, True]
    blocks = Blocks(texts, list(range(n)), ["p"] * n, blank_before, blank_after, bullets, [0] * n)
    page = cleaner.features(blocks, language)
    page.tight_lists, page.spaced_lines = tight, spaced
    page.drop(1, "drop_share_bar", "test")
    for lo in (0, 4, n - 1, n):
        assert cleaner._block_scores(page, lo) == [cleaner.block_score(page, i) for i in range(lo, n)]


def test_a_long_line_of_one_word_written_over_and_over_is_not_searched_for_a_period() -> None:
    # (_doubled tries every place where the opening comes again: a line of a million characters took
    # its length squared; lines longer than MAX_DOUBLED_CHARS are no alt text)
    assert cleaner._doubled("ab" * 1500)
    assert not cleaner._doubled("ab" * (cleaner.MAX_DOUBLED_CHARS // 2 + 1))


def test_cut_at_trailer_looks_again_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    # prompts and short paragraphs taking turns under the text: each pass cut one prompt, a pass a prompt
    prompt = "Subscribe to our newsletter for daily updates."
    short = "The council will meet again on Monday to vote on the plan for the new school."
    page = _page([*_standing(TEXT * 3), *_standing([prompt, short] * 150)])
    n = len(page.texts)
    cleaner.apply_line_rules(page, 0, n)
    passes = []
    once = cleaner._cut_once

    def counted(*args: object) -> int:
        passes.append(1)
        return once(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(cleaner, "_cut_once", counted)
    cleaner.cut_at_trailer(page, 0, n)
    assert len(passes) <= cleaner.MAX_TRAILER_PASSES


def test_a_tutorials_sentence_naming_tags_is_no_markup() -> None:
    tutorial = (
        'To make a word bold, wrap it in <b> and </b>; to make a link, write <a href="page.html"> before '
        "the words and </a> after them, and the browser does the rest."
    )
    lines = [TEXT[0], "\n", tutorial, "\n", TEXT[1], "\n", TEXT[2]]
    page = _lines_page(lines)
    cleaner.drop_markup(page, 0, len(page.texts))
    assert page.dropped == [None] * len(page.texts)


def test_a_timelines_dated_entries_after_a_long_text_stay() -> None:
    # each entry a date, a headline and a paragraph of its own: short entries, not the next article
    text = [t.replace("twenty", n) for n in ("twenty", "thirty") for t in TEXT]
    entries = []
    for day, event in (
        (3, "The first volunteers are given their sensors"),
        (9, "The walks begin in the park"),
    ):
        entries += [f"March {day}, 2026", event]
        entries += [
            f"On March {day} the team met the volunteers at the clinic, checked their sensors and answered "
            "their questions about the walks, the meals and the tests that would follow over the next weeks."
        ]
    article = clean(
        "\n\n".join(["Evening walks lower blood sugar, study finds", *text, *entries]),
        options=Options(kind="text"),
    )
    assert [block.text for block in article.body][-1] == entries[-1]


def test_a_name_three_blocks_over_a_paragraph_is_no_author_box() -> None:
    # the last part of a feature, headed by the name of the person it is about: a paragraph that calls
    # her by her first name further down is the story (an author box has its name one or two lines up)
    text = [t.replace("twenty", n) for n in ("twenty", "thirty", "forty") for t in TEXT]
    part = [
        "The ward sister on the night shift was the first to notice that the new sensors made fewer false "
        "alarms than the old ones did.",
        "She told the hospital's managers, who asked the makers to send more of them before the winter.",
        "Maria currently works three nights a week and says the quiet wards have changed how the nurses "
        "sleep after their shifts.",
    ]
    page = _page([*_standing(text), "Maria Lopez", *_standing(part)])
    n = len(page.texts)
    assert cleaner.cut_at_trailer(page, 0, n) == n


def test_a_text_printed_with_its_markup_is_still_the_text() -> None:
    # a site that escaped its HTML twice prints every paragraph with its tags: they are the text
    escaped = [
        f'{t} See <a href="/report">the full report</a> and <a href="/data">the data</a>.</p>' for t in TEXT
    ]
    page = _lines_page([escaped[0], "\n", escaped[1], "\n", escaped[2]])
    cleaner.drop_markup(page, 0, len(page.texts))
    assert page.dropped == [None] * 3
