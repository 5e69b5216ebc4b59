"""The reader on authors and sources of its forty-fifth round (issue 13,
``tests/eval/dev45``): a "Follow SITE on" row over its networks, bylines signed
by a desk or by a press office's initials and city, a release's issuer over
its numbered label or over the headline under a government's banner, a law
firm's full name with "LLP" beside its short masthead, a "Source:" line under
a release a site carries, and "Authors" blocks with offices and affiliations."""

from __future__ import annotations

import pytest

from generator.reader.author_list import name_with_profile
from generator.reader.initials import bracketed_name, contracts
from generator.reader.issuer import issuer_over_headline, issuer_over_release_label
from generator.reader.lines import read_lines
from generator.reader.links import join_rule
from generator.reader.meta import parse_meta
from generator.reader.office_bylines import is_office_initials, is_section_desk
from generator.reader.outlets import clean_outlet, is_outlet, without_edition
from generator.reader.publication import (
    is_owner_name,
    publication_over_owner,
    same_name,
    without_aggregators,
)
from generator.reader.words import is_release_kind_label, is_section_label
from tests.reader_story import LAST, LEAD, MORE, body_text, read

TITLE = "Gallium checks slow shipments from southern ports"


def pasted(*lines: str, after: tuple[str, ...] = ()) -> str:
    """A page with a blank line between its blocks."""
    return "\n\n".join((*lines, LEAD, MORE, LAST, *after)) + "\n"


def test_a_follow_row_over_its_networks_names_the_site() -> None:
    page = pasted(
        TITLE,
        "Thabo Mokoena",
        after=(
            "Follow Kalahari Mining Journal on",
            "Facebook",
            "LinkedIn",
            "© 2025 All rights reserved.",
        ),
    )
    assert read(page).source_name == "Kalahari Mining Journal"


@pytest.mark.parametrize(
    ("text", "desk"),
    [
        ("Economy Desk", True),
        ("Web Desk", True),
        ("Business Staff", True),
        ("Asia Trade Desk", False),
        ("Strategic Metals Desk", False),
        ("Reuters Staff", False),
    ],
)
def test_a_desk_named_for_a_section(text: str, desk: bool) -> None:
    assert is_section_desk(text) is desk


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("PIB Delhi", True),
        ("PTI New Delhi", True),
        ("JOHN MERCER", False),
        ("AJ Smith", False),
        ("PIB Chiefs", False),
    ],
)
def test_an_office_by_its_initials_and_city(text: str, office: bool) -> None:
    assert is_office_initials(text) is office


@pytest.mark.parametrize(
    "line",
    ["By Economy Desk", "Posted On: 04 DEC 2025 5:41PM by PIB Delhi", "By Business Staff"],
)
def test_an_office_signing_names_neither_writer_nor_source(line: str) -> None:
    meta = parse_meta(line)
    assert meta is not None
    assert (meta.author, meta.source) == (None, None)


def test_an_outlets_desk_still_names_the_outlet() -> None:
    meta = parse_meta("By Global Trade Desk")
    assert meta is not None and meta.source == "Global Trade Desk"


def test_a_hyphenated_menu_entry_is_a_section() -> None:
    assert is_section_label("E-Paper")
    assert not is_section_label("Tri-County Courier")


def test_the_body_over_a_numbered_release_label_issues_it() -> None:
    lines = [
        "CURIA - Press releases",
        "Print",
        "General Court of the European Union",
        "PRESS RELEASE No 187/25",
    ]
    assert issuer_over_release_label(lines) == "General Court of the European Union"
    assert issuer_over_release_label(["Company News", "Press release"]) is None


def test_a_ministry_over_the_headline_under_a_government_banner() -> None:
    lines = [
        "Press Information Bureau",
        "Government of India",
        "Home",
        "Releases",
        "Ministry of Mines",
    ]
    assert issuer_over_headline(lines) == "Ministry of Mines"
    # (no government's banner above: a law firm's page tagging a ministry)
    assert issuer_over_headline(["Harrow & Pike", "Insights", "Ministry of Mines"]) is None


def test_a_press_bureaus_page_is_the_ministrys() -> None:
    page = pasted(
        "Screen Reader Access",
        "Press Information Bureau",
        "Government of India",
        "Home",
        "Releases",
        "Ministry of Mines",
        TITLE,
        "Posted On: 04 DEC 2025 5:41PM by PIB Delhi",
    )
    article = read(page)
    assert (article.source_name, article.author) == ("Ministry of Mines", None)


def test_a_law_firms_full_name_over_its_short_masthead() -> None:
    page = pasted(
        "Brandt Okafor",
        "People",
        "Insights",
        TITLE,
        "December 2, 2025",
        after=("© 2025 Brandt Okafor Whitfield LLP. All rights reserved.",),
    )
    assert read(page).source_name == "Brandt Okafor Whitfield LLP"


def test_a_brands_company_stays_the_brand() -> None:
    page = pasted("OreTick", "Prices", "Charts", TITLE, after=("© 2025 OreTick Data Ltd",))
    assert read(page).source_name == "OreTick"


def test_a_release_carried_as_received_is_its_issuers() -> None:
    page = pasted(
        "Mining Review Asia",
        "Company News",
        "Press release",
        TITLE,
        "Published 2 December 2025",
        after=("Media contact", "Source: Sakura Rare Metals K.K.", "© 2025 Mining Review Asia"),
    )
    assert read(page).source_name == "Sakura Rare Metals K.K."


def test_a_source_line_under_a_story_that_is_no_release_names_no_issuer() -> None:
    page = pasted(
        "Mining Review Asia",
        TITLE,
        "Published 2 December 2025",
        after=("Source: Sakura Rare Metals K.K.", "© 2025 Mining Review Asia"),
    )
    assert read(page).source_name != "Sakura Rare Metals K.K."


def test_an_authors_block_with_ranks_and_offices() -> None:
    page = pasted(
        "December 2, 2025",
        "USMCA Review: What the Proposed Rules of Origin Mean for Magnet Supply Chains",
        "Authors",
        "Helena Brandt",
        "Partner",
        "Washington, DC",
        "Tomasz Zielinski",
        "Partner",
        "Chicago",
        "Luc Ferreira",
        "Associate",
        "Toronto",
    )
    assert read(page).author == "Helena Brandt, Tomasz Zielinski and Luc Ferreira"


def test_an_authors_block_with_affiliations() -> None:
    page = pasted(
        "Recycling before mining: how the Baltic states can secure rare earths",
        "Authors",
        "Leena Virtanen",
        "Senior Research Fellow, BIRP",
        "Paulo Mendes",
        "Associate Professor, University of Coimbra; Visiting Fellow, BIRP",
        "Grace Adeyemi",
        "Research Analyst, BIRP",
    )
    assert read(page).author == "Leena Virtanen, Paulo Mendes and Grace Adeyemi"


@pytest.mark.parametrize(
    ("name", "owner"),
    [
        ("Harbourline Media Ltd", True),
        ("Ledger Media ApS", True),
        ("Resource Media Group", True),
        ("Ledger Publishing", True),
        ("The Resources Ledger", False),
        ("Media", False),
    ],
)
def test_a_publishing_company_by_its_name(name: str, owner: bool) -> None:
    assert is_owner_name(name) is owner


def test_the_title_named_twice_over_its_owner() -> None:
    candidates = [
        (4, "Harbourline Media"),
        (7, "DEFENCE PROCUREMENT INSIDER"),
        (11, "Defence Procurement Insider"),
    ]
    assert publication_over_owner("Harbourline Media", candidates) == "Defence Procurement Insider"


def test_an_outlets_name_above_the_headline_over_its_owner() -> None:
    candidates = [(4, "Ledger Publishing"), (7, "The Resources Ledger")]
    assert publication_over_owner("Ledger Publishing", candidates) == "The Resources Ledger"


def test_an_owner_named_alone_stays() -> None:
    # (a kicker once above the headline is no title)
    candidates = [(4, "Resource Media Group"), (12, "FEATURE · CRITICAL MINERALS")]
    assert publication_over_owner("Resource Media Group", candidates) == "Resource Media Group"


def test_a_page_with_its_owners_copyright_is_the_titles() -> None:
    page = pasted(
        "DEFENCE PROCUREMENT INSIDER",
        "News",
        "Contracts",
        TITLE,
        "By Oliver Brennan",
        after=(
            "Oliver Brennan is Defence Procurement Insider's contracts editor.",
            "© 2026 Harbourline Media Ltd. All rights reserved.",
        ),
    )
    assert read(page).source_name == "Defence Procurement Insider"


def test_a_place_in_capitals_is_no_wire() -> None:
    assert not is_outlet("BRUSSELS")
    assert is_outlet("KYODO")
    meta = parse_meta("November 20th 2025 | BRUSSELS")
    assert meta is not None and meta.source is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wirtschaftskurier English Edition", "Wirtschaftskurier"),
        ("© EUROMAG 2011–2025", "EUROMAG"),
        ("Mining Herald", "Mining Herald"),
    ],
)
def test_an_outlets_edition_and_years_are_cut(text: str, name: str) -> None:
    assert without_edition(clean_outlet(text)) == name


def test_a_copyright_holder_before_its_affiliates() -> None:
    page = pasted(
        "Support us",
        "Sign in",
        "The Northern Ledger",
        "News",
        "Opinion",
        TITLE,
        "By Colm Ashdown",
        after=(
            "© 2025 Northern Ledger News & Media Limited or its affiliated companies. All rights reserved.",
        ),
    )
    assert read(page).source_name == "The Northern Ledger"


def test_a_short_name_contracts_the_bracketed_full_one() -> None:
    assert contracts("EUROMAG", "European Magnet Industry Association")
    assert not contracts("EUROMAG", "Magnet Industry Association")
    lines = ["Brussels – The European Magnet Industry Association (EUROMAG) today called on"]
    assert bracketed_name("EUROMAG", lines) == "European Magnet Industry Association"
    assert bracketed_name("EUROMAG", ["The new plant (EUROMAG) opens"]) is None


def test_copyright_as_a_link_in_a_row_names_no_one() -> None:
    page = pasted(
        "Geoscience Resources Agency",
        "News",
        "Data",
        TITLE,
        "12 March 2025",
        after=("Accessibility   Copyright   Disclaimer   Privacy   Freedom of information",),
    )
    assert read(page).source_name == "Geoscience Resources Agency"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dr. Miriam Okafor, Senior Fellow, Economic Security Program", "Miriam Okafor"),
        ("Lukas Brandvold, Research Associate", "Lukas Brandvold"),
        ("Washington, DC", None),
        ("Lukas Brandvold, who joined in 2023.", None),
    ],
)
def test_a_writers_name_before_a_profile(text: str, name: str | None) -> None:
    assert name_with_profile(text) == name


def test_writers_each_on_a_line_with_a_profile_under_a_lone_label() -> None:
    page = pasted(
        "Stockpiles, Not Smelters? Rethinking Allied Spending on Critical Minerals",
        "Authors",
        "Dr. Miriam Okafor, Senior Fellow, Economic Security Program",
        "Lukas Brandvold, Research Associate",
        "Published November 18, 2025",
    )
    article = read(page)
    assert article.author == "Miriam Okafor and Lukas Brandvold"
    assert (
        article.title == "Stockpiles, Not Smelters? Rethinking Allied Spending on Critical Minerals"
    )


def test_writers_parted_by_semicolons_each_with_a_rank() -> None:
    page = pasted(
        "UK adds rare earth processing know-how to its export control list",
        "8 December 2025",
        "Authors: Helena Asquith, Partner; Daniel Oyelowo, Senior Associate",
    )
    assert read(page).author == "Helena Asquith and Daniel Oyelowo"


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("By Benzinga Newsdesk", None, "Benzinga"),
        ("Reporting and script: Sigrid Halvorsen", "Sigrid Halvorsen", None),
        ("Script: Tom Lee", "Tom Lee", None),
    ],
)
def test_newsdesks_and_a_videos_credits(line: str, author: str | None, source: str | None) -> None:
    meta = parse_meta(line)
    assert meta is not None
    assert (meta.author, meta.source) == (author, source)


def test_a_videos_views_and_hashtags_line_dates_it() -> None:
    meta = parse_meta("38,912 views  Nov 29, 2025  #raremetals #greenland #mining")
    assert (
        meta is not None
        and meta.published is not None
        and meta.published.isoformat() == "2025-11-29"
    )


def test_a_lower_case_byline_under_the_headline_stays_apart() -> None:
    page = pasted(TITLE + "\nby Quantum Markets Newsdesk\nDecember 2, 2025 4:41 PM | 2 min read")
    article = read(page)
    assert (article.title, article.author, article.source_name) == (TITLE, None, "Quantum Markets")


def test_a_byline_cut_out_of_a_sentence_is_joined_back() -> None:
    assert join_rule("The deal was reported", "by Reuters", "on Monday.") == "lower_case_next"


def test_a_channel_over_its_subscribers_publishes_the_video() -> None:
    page = pasted(TITLE, "Arctic Resource Watch", "48.2K subscribers", "Subscribe")
    assert read(page).source_name == "Arctic Resource Watch"


def test_a_media_note_is_a_kind_of_page() -> None:
    assert is_release_kind_label("Media Note")


def test_a_comment_button_in_the_tool_row_does_not_end_the_story() -> None:
    page = "\n\n".join(
        (
            TITLE,
            "By DL Bureau",
            "Synopsis",
            "A pact signed on Wednesday.",
            "Share",
            "Print",
            "Comment",
            LEAD,
            MORE,
            LAST,
        )
    )
    assert LAST in body_text(read(page))


@pytest.mark.parametrize(
    ("masthead", "name", "same"),
    [
        ("U.S.-China Business Council", "The U.S.-China Business Council", True),
        ("U.S. House Committee on Natural Resources", "House Committee on Natural Resources", True),
        ("Mining Herald", "Mining Herald", False),
        ("MINING HERALD", "Mining Herald", False),
        ("Mining Herald", "Mining Herald Group", False),
    ],
)
def test_the_mastheads_spelling_of_the_same_name(masthead: str, name: str, same: bool) -> None:
    assert same_name(masthead, name) is same


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "https://www.metaltide.news/markets/gallium Page 1 of 3 03/12/2025, 14:22",
            "print_header",
        ),
        ("Page 2 of 3 https://www.metaltide.news/markets/gallium", "print_header"),
        ("POLICY BRIEF · No. 31 · December 2025", "series_line"),
        ("Research Briefing | Number 10214", "series_line"),
    ],
)
def test_a_prints_running_footer_and_a_papers_series_line_are_chrome(line: str, rule: str) -> None:
    assert read_lines(line + "\n")[0].rule == rule


def test_a_page_number_in_a_sentence_is_no_footer() -> None:
    assert read_lines("The table on page 2 of 3 shows the figures.\n")[0].rule != "print_header"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Press contact: Estelle Marchetti ☎ (+352) 4303 3355", "contact_label"),
        ("Support independent reporting", "support_pitch"),
        ("Begin Text:", "text_markers"),
        ("End Text.", "text_markers"),
    ],
)
def test_a_releases_contact_a_pitch_and_text_markers_are_chrome(line: str, rule: str) -> None:
    assert read_lines(line + "\n")[0].rule == rule


def test_a_sentence_about_a_text_is_no_marker() -> None:
    assert (
        read_lines("The end of the text was agreed in Brussels on Friday.\n")[0].rule
        != "text_markers"
    )


@pytest.mark.parametrize(
    "line", ["Source: Agencies", "Source: Wires", "SOURCE: Staff and agencies"]
)
def test_a_source_line_naming_every_agency_names_none(line: str) -> None:
    meta = parse_meta(line)
    assert meta is not None and meta.source is None


def test_a_source_line_naming_an_agency_still_names_it() -> None:
    meta = parse_meta("Source: Xinhua")
    assert meta is not None and meta.source == "Xinhua"


def test_an_agencys_line_on_a_portal_goes_by_its_short_name() -> None:
    page = pasted(
        "Financial Post", TITLE, "Bloomberg News", "Kiyoshi Takenaka", "Published Dec 03, 2025"
    )
    assert read(page).source_name == "Bloomberg"


def test_a_writers_note_names_the_outlet_before_the_beat() -> None:
    page = pasted(
        TITLE,
        "Dec 3, 2025",
        after=(
            "About the author",
            "Lena Fischer is a senior reporter at Harbour Post covering metals.",
        ),
    )
    assert read(page).source_name == "Harbour Post"


def test_an_aggregators_banner_over_the_publishers_name() -> None:
    page = pasted(
        "MSN", "The Japan Ledger", TITLE, "Story by Kiyoshi Takenaka", "• 2d • 3 min read"
    )
    article = read(page)
    assert (article.source_name, article.author) == ("The Japan Ledger", "Kiyoshi Takenaka")


def test_an_aggregator_alone_is_still_named() -> None:
    assert without_aggregators([(7, "MSN")]) == [(7, "MSN")]
    assert without_aggregators([(7, "MSN"), (4, "Japan Ledger")]) == [(4, "Japan Ledger")]
