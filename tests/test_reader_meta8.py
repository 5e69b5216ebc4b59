"""The reader on page metadata of its eighth round (issue 13, ``tests/eval/dev8``):
how a page names its source (newsroom signatures, agency lines, "republished
with permission of", a sentence's "the" before a name)."""

from __future__ import annotations

import pytest

from generator.reader.meta import parse_meta
from generator.reader.outlets import AGENCY_SHORT_NAMES, agency_line, clean_outlet
from tests.reader_story import LAST, LEAD, MORE, read

TITLE = "Gallium Checks Slow Shipments From Southern Ports"


def story(*lines: str, after: tuple[str, ...] = ()) -> str:
    return "\n\n".join((*lines, LEAD, MORE, LAST, *after)) + "\n"


@pytest.mark.parametrize(
    ("line", "source"),
    [("Ledger Asia Staff", "Ledger Asia"), ("Reuters Staff", "Reuters"),
     ("Metal Markets Daily news desk", "Metal Markets Daily")],
)  # fmt: skip
def test_a_newsroom_signature_names_the_source(line: str, source: str) -> None:
    meta = parse_meta(line)
    assert meta is not None
    assert (meta.author, meta.source) == (None, source)


def test_a_newsroom_signature_under_the_headline_is_the_source() -> None:
    article = read(story("Ledger Asia", TITLE, "Ledger Asia Staff", "Updated: 11 June 2025"))
    assert article.source_name == "Ledger Asia"
    assert article.author is None


def test_a_lower_case_article_is_not_part_of_the_name() -> None:
    assert clean_outlet("the Capitol Trade Reporter") == "Capitol Trade Reporter"
    assert clean_outlet("The Ore Notebook") == "The Ore Notebook"


@pytest.mark.parametrize(
    "note",
    [
        "Republished with permission of the Jakarta Commodity Review. The original is online.",
        "Originally published by the Jakarta Commodity Review on June 3, 2025.",
        "This article first appeared in Jakarta Commodity Review. Forward it to a friend.",
    ],
)
def test_a_republication_note_names_the_source(note: str) -> None:
    article = read(story("Critical Minerals Forum", TITLE, "18 February 2025", after=(note,)))
    assert article.source_name == "Jakarta Commodity Review"
    assert "Jakarta" not in "\n".join(p for s in article.sections for p in s.paragraphs)


def test_an_agency_line_under_the_headline_outranks_the_sites_copyright() -> None:
    article = read(
        story("Karachi Daily Monitor", TITLE, "AFP", "Published March 25, 2025",
              after=("© 2025 Karachi Daily Monitor. All rights reserved.",))
    )  # fmt: skip
    assert article.source_name == "AFP"


@pytest.mark.parametrize("masthead", ["Economic Pulse", "Rhein Markt Zeitung", "RareRock Investor"])
def test_a_name_shaped_masthead_over_the_menu_is_the_site(masthead: str) -> None:
    article = read(story(masthead, "Home | Markets | Industry", TITLE, "By Ravi Menon"))
    assert article.source_name == masthead
    assert article.author == "Ravi Menon"


def test_a_job_title_after_by_is_no_source() -> None:
    meta = parse_meta("Posted by Forum Editor")
    assert meta is not None
    assert (meta.author, meta.source) == (None, None)


def test_the_standfirst_under_a_repeated_headline() -> None:
    dek = "Importers argue the president overstepped his powers under an emergency law."
    article = read(story(TITLE, "Menu", TITLE, TITLE, dek, "By Grace Holloway", "June 3, 2025"))
    assert article.title == TITLE
    assert article.dek == dek


@pytest.mark.parametrize(
    ("footer", "source"),
    [("© 2025 Fastmarkets. All rights reserved.", "Fastmarkets"),
     ("Content provided by S&P Global Commodity Insights", "S&P Global Commodity Insights"),
     ("Courtesy of Argus Media", "Argus Media")],
)  # fmt: skip
def test_footers_that_name_the_source(footer: str, source: str) -> None:
    article = read(story(TITLE, "March 3, 2025", after=(footer,)))
    assert article.source_name == source


def test_a_site_address_is_no_signature() -> None:
    article = read(story(TITLE, "March 3, 2025", after=("Via Mining.com",)))
    assert (article.author, article.source_name) == (None, "Mining.com")


def test_a_site_name_after_a_dash_in_the_headline() -> None:
    article = read(story(f"{TITLE} - Caixin Global", "March 3, 2025"))
    assert (article.title, article.source_name) == (TITLE, "Caixin Global")
    clause = "Copper Rallies as Smelters Cut Output - What Comes Next"
    assert read(story(clause, "March 3, 2025")).title == clause


def test_the_footer_spells_a_masthead_in_capitals() -> None:
    article = read(story("ATLAS TRADE", "Policy", "Energy", TITLE, "Apr 2, 2025",
                         after=("Copyright © 2025 Atlas Trade Media Inc.",)))  # fmt: skip
    assert article.source_name == "Atlas Trade"


def test_the_headline_printed_above_itself_names_no_site() -> None:
    assert read(story(TITLE, TITLE, "Menu", TITLE, "March 3, 2025")).source_name is None


def test_a_badge_above_the_headline_names_no_site() -> None:
    article = read(story("EXCLUSIVE", TITLE, "March 3, 2025"))
    assert (article.title, article.source_name) == (TITLE, None)


@pytest.mark.parametrize(
    ("line", "agency"),
    [("Press Trust of India  New Delhi", "Press Trust of India"), ("Reuters London", "Reuters"),
     ("AFP", "AFP"), ("Kyodo News Tokyo", "Kyodo News")],
)  # fmt: skip
def test_an_agency_line_with_its_place_names_the_source(line: str, agency: str) -> None:
    assert agency_line(line) == agency
    # (the page's source by the agency's short name, as the eval sets label it)
    short = AGENCY_SHORT_NAMES.get(agency.lower(), agency)
    assert read(story(TITLE, line, "Nov 26 2025 | 10:05 PM IST")).source_name == short


def test_a_sentence_is_no_agency_line() -> None:
    assert agency_line("Reuters reported the deal on Monday") is None


@pytest.mark.parametrize(
    ("top", "after", "source"),
    [("mining.com", (), "mining.com"),
     ("Metal Tides — independent news on critical minerals", (), "Metal Tides"),
     ("Menu", ("© Metal Tides 2025",), "Metal Tides"),
     ("Menu", ("Follow Metal Tides on LinkedIn",), "Metal Tides")],
)  # fmt: skip
def test_a_name_shaped_like_a_persons_names_the_site(
    top: str, after: tuple[str, ...], source: str
) -> None:
    assert read(story(top, TITLE, "March 3, 2025", after=after)).source_name == source


def test_a_site_line_outranks_a_name_shaped_copyright() -> None:
    article = read(story("Mining Ledger", TITLE, "March 3, 2025", after=("© Ann Lee 2025",)))
    assert article.source_name == "Mining Ledger"


def test_a_blogs_handle_after_posted_by_is_the_author() -> None:
    meta = parse_meta("Posted on July 28, 2025 by StoneyCreek")
    assert meta is not None
    assert meta.author == "StoneyCreek"
    assert parse_meta("By LinkedIn") is None


def test_a_menu_row_under_a_ticker_starts_with_the_sites_name() -> None:
    ticker = "NdPr Oxide 612,500 CNY/t ▲ 1.20%   Dy Oxide 1,735 CNY/kg ▼ 0.29%"
    menu = "OreTick | Prices | Rare Earths | Battery Materials | Charts | Log in"
    footer = "© 2025 OreTick Data Ltd. All rights reserved."
    article = read(story(ticker, menu, TITLE, "Feb 18, 2025 | 07:42 UTC", after=(footer,)))
    assert article.source_name == "OreTick"


def test_the_standfirst_under_a_headline_with_its_byline_above() -> None:
    dek = "The company says its tailings hold enough scandium to justify a pilot."
    article = read(story("By Tomasz Nowak", "12 March 2025", TITLE, dek))
    assert (article.title, article.dek, article.author) == (TITLE, dek, "Tomasz Nowak")


def test_a_long_first_paragraph_under_such_a_headline_stays_the_lead() -> None:
    article = read(story("By Tomasz Nowak", "12 March 2025", TITLE))
    assert article.dek is None
