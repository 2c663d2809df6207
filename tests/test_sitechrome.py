"""Site chrome learned from a folder (newsclean/sitechrome.py): which site a page belongs to, which lines
become chrome, duplicates, bounded memory, and the guard that keeps a repeated article's text."""

from __future__ import annotations

import pytest

from newsclean import sitechrome
from newsclean.sitechrome import ChromeCounter, ChromeTable, SiteChrome

MENU = ["Harbour Gazette", "Local News", "Port and Shipping", "Opinion Pages"]
FOOTER = ["About the Gazette", "Contact the newsroom", "Harbour Gazette Media Group, 12 Quay Street"]
#: a site's own promotion, in prose: no rule knows it
BOX = "The Gazette has reported on the harbour and its people since the first steamships arrived here."


def page(n: int, *, menu: list[str] = MENU, footer: list[str] = FOOTER) -> list[str]:
    """The lines of one page of a site: menu, a headline and paragraphs of its own, a box, the footer."""
    own = [
        f"Story number {n} about the harbour",
        f"The harbour master said on day {n} that the new crane would be ready before the end of the season.",
        f"Workers on shift {n} have been asked to use the eastern gate while the road is being repaired.",
    ]
    return [*menu, *own, BOX, *footer]


def learned(pages: list[list[str]], site: str = "gazette.example") -> ChromeTable:
    counter = ChromeCounter()
    for texts in pages:
        counter.add((site,), sitechrome.page_lines(texts), sitechrome.page_fingerprint(texts))
    return counter.table()


# which site ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("parts", "site"),
    [
        pytest.param(("scrape", "www.Example.com", "2024"), "www.example.com", id="domain-folder"),
        pytest.param(("news.example.co.uk",), "news.example.co.uk", id="the-input-folder-itself"),
        pytest.param(("scrape", "2024", "05"), None, id="no-domain"),
        pytest.param(("pages.html",), None, id="a-file-name-is-not-a-domain"),
        pytest.param(("v1.2",), None, id="a-version-is-not-a-domain"),
    ],
)
def test_folder_site(parts: tuple[str, ...], site: str | None) -> None:
    assert sitechrome.folder_site(parts) == site


def test_pages_of_one_site_share_their_signatures() -> None:
    first = sitechrome.page_signatures(page(1))
    assert len(first) == sitechrome.SIGNATURE_KEYS
    assert set(first) & set(sitechrome.page_signatures(page(2)))


def test_pages_of_other_sites_get_other_signatures() -> None:
    other = page(1, menu=["Valley Courier", "Farming Today", "Weather Desk"], footer=["Valley Courier Ltd"])
    assert not set(sitechrome.page_signatures(other)) & set(sitechrome.page_signatures(page(1)))


def test_signatures_ignore_the_year() -> None:
    old = page(1, menu=[], footer=["Harbour Gazette since 1871, edition 2023"])
    new = page(2, menu=[], footer=["Harbour Gazette since 1871, edition 2024"])
    assert "Harbour Gazette since 0000, edition 0000" in sitechrome.page_signatures(old)
    assert sitechrome.page_signatures(old) == sitechrome.page_signatures(new)


def test_signatures_leave_out_lines_the_rules_know() -> None:
    assert "Sign in" not in sitechrome.page_signatures(["Sign in", *page(1)], count=20)


def test_no_signature_without_short_lines() -> None:
    assert (
        sitechrome.page_signatures(["A long line of prose that goes on and on for quite a few words."]) == ()
    )


def test_site_keys_prefer_the_folder() -> None:
    assert sitechrome.site_keys(("in", "gazette.example"), page(1)) == ("gazette.example",)
    signatures = sitechrome.page_signatures(page(1))
    assert sitechrome.site_keys(("in",), page(1)) == tuple("~ " + line for line in signatures)


# what is learned --------------------------------------------------------------------------------------
def test_lines_on_every_page_are_learned() -> None:
    lines = learned([page(n) for n in range(5)]).sites["gazette.example"].lines
    assert BOX in lines and "Harbour Gazette" in lines and FOOTER[2] in lines
    assert lines[BOX] == 5


def test_a_page_own_lines_are_not_learned() -> None:
    lines = learned([page(n) for n in range(5)]).sites["gazette.example"].lines
    assert not any("harbour master" in line or line.startswith("Story number") for line in lines)


def test_a_line_on_a_minority_of_pages_is_not_learned() -> None:
    pages = [page(n) for n in range(8)]
    for texts in pages[:3]:
        texts.append("Weekend ferry timetable changes")
    lines = learned(pages).sites["gazette.example"].lines
    assert "Weekend ferry timetable changes" not in lines


def test_nothing_is_learned_from_two_pages() -> None:
    assert not learned([page(1), page(2)])


def test_the_same_article_twice_counts_once() -> None:
    table = learned([page(1), page(1), page(1), page(2)])
    assert not table  # two distinct pages only


def test_pages_without_a_site_are_not_counted() -> None:
    counter = ChromeCounter()
    for n in range(5):
        counter.add((), sitechrome.page_lines(page(n)))
    assert not counter.table()


def test_lines_the_rules_know_are_left_to_them() -> None:
    known = ["Advertisement", "Share", "Related Articles", "Skip to content", "© 2024 Harbour Gazette"]
    table = learned([[*page(n), *known] for n in range(4)])
    found = table.for_page(("gazette.example",), [*page(9), *known])
    assert BOX in found and not set(known) & found


def test_long_paragraphs_are_not_counted() -> None:
    long = " ".join(["word"] * (sitechrome.MAX_LINE_WORDS + 5)) + "."
    assert long not in sitechrome.page_lines([long, "Short line"])


def test_memory_is_bounded_and_frequent_lines_survive() -> None:
    counter = ChromeCounter(max_lines=100)
    for n in range(60):
        texts = page(n)
        counter.add(("gazette.example",), sitechrome.page_lines(texts), sitechrome.page_fingerprint(texts))
        assert counter.size <= 100
    assert counter.forgotten_below >= 1
    lines = counter.table().sites["gazette.example"].lines
    assert BOX in lines and lines[BOX] >= 55


# applying it ------------------------------------------------------------------------------------------
def test_for_page_gives_the_page_chrome_lines() -> None:
    table = learned([page(n) for n in range(5)])
    found = table.for_page(("gazette.example",), page(9))
    assert BOX in found and "Harbour Gazette" in found
    assert not any(line.startswith("Story number") for line in found)


def test_for_page_of_an_unknown_site_is_empty() -> None:
    assert learned([page(n) for n in range(5)]).for_page(("other.example",), page(1)) == frozenset()


def test_a_page_gets_what_any_of_its_groups_learned() -> None:
    table = ChromeTable({"~ a": SiteChrome(4, {"Line A": 4}), "~ b": SiteChrome(10, {"Line B": 6})})
    assert table.for_page(("~ a", "~ b", "~ c"), ["Line A", "Line B", "Line C"]) == {"Line A", "Line B"}
    assert table.evidence(("~ a", "~ b"), "Line B") == ("~ b", 6, 10)


def test_a_page_in_several_groups_is_counted_in_each() -> None:
    counter = ChromeCounter()
    for n in range(4):
        texts = page(n)
        counter.add(("~ a", "~ b"), sitechrome.page_lines(texts), sitechrome.page_fingerprint(texts))
    assert set(counter.table().sites) == {"~ a", "~ b"}


def test_guard_keeps_the_text_of_a_repeated_article() -> None:
    article = [
        f"Paragraph {n} of the same long article, which a careless scraper saved three times over."
        for n in range(4)
    ]
    table = ChromeTable({"s": SiteChrome(5, {**{line: 3 for line in article}, "Harbour notes": 5})})
    found = table.for_page(("s",), ["Harbour notes", "Headline", *article])
    assert found == {"Harbour notes"}


def test_table_round_trips_through_json() -> None:
    table = learned([page(n) for n in range(5)])
    again = ChromeTable.from_json(table.to_json())
    assert again.sites == {name: SiteChrome(s.pages, dict(s.lines)) for name, s in table.sites.items()}
    assert again.line_count == table.line_count
