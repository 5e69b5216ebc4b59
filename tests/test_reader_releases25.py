"""The reader on whole release pages (dev25, dev25b): a government site's banner,
skip links, an issuing office's line, a sender over a street address, a
jurisdiction's copyright, a rail's label and a quote's "- NAME" under the story,
a listed issuer's register line and its spelling; numeric dates in the page's
order."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.reader.blocks import group_blocks
from generator.reader.classify import read_blocks
from generator.reader.date_order import writes_dates_month_first
from generator.reader.end_sources import is_street_line
from generator.reader.issuer import is_issuer_name, issuer_core, listed_name
from generator.reader.lines import read_lines
from generator.reader.mentions import is_jurisdiction
from generator.reader.names import is_person
from generator.reader.rules import classify
from generator.reader.title_shapes import (
    STANDFIRST_MARGIN,
    TITLE_CASE_OVER_SENTENCE_MARGIN,
    standfirst_margin,
)
from generator.reader.words import is_release_kind_label
from tests.reader_story import LAST, LEAD, MORE, body_text, headings, read


def _rule(line: str) -> str | None:
    rule = classify(line)
    return rule.name if rule is not None else None


@pytest.mark.parametrize(
    "line",
    [
        "An official website of the United States government",
        "An official website of the State of Idaho",
        "Here's how you know",
        "Official websites use .gov",
        "A .gov website belongs to an official government organization in the United States.",
        "Secure .gov websites use HTTPS",
        "A lock or https:// means you've safely connected to the .gov website.",
        "A lock ( Lock A locked padlock ) or https:// means you’ve safely connected to the "
        ".gov website. Share sensitive information only on official, secure websites.",
        "An official website of the United States government Here's how you know",
        "Official websites use .gov A .gov website belongs to an official government "
        "organization in the United States.",
        "The .gov means it’s official. Federal government websites often end in .gov or .mil.",
        "An official EU website",
    ],
)
def test_a_government_sites_banner_is_boilerplate(line: str) -> None:
    assert _rule(line) == "official_site_banner"


@pytest.mark.parametrize(
    "line",
    [
        "The official website of the governor was hacked, officials said on Monday.",
        "An official said the website would reopen on Tuesday.",
    ],
)
def test_a_sentence_about_an_official_site_is_no_banner(line: str) -> None:
    assert _rule(line) != "official_site_banner"


@pytest.mark.parametrize("line", ["Skip to main menu", "Skip to search", "Skip to navigation"])
def test_every_skip_link_is_boilerplate(line: str) -> None:
    assert _rule(line) == "skip_to_content"


BANNER_PAGE = (
    "An official website of the United States government\n\nHere's how you know\n\n"
    "Official websites use .gov\n\nSecure .gov websites use HTTPS\n\n"
    "Skip to main content\n\nU.S. Department of Commerce\n\nMenu\n\n"
    "Commerce Opens Gallium Inspections at Three Ports\n\n"
    f"{LEAD}\n\n{MORE}\n\n{LAST}\n"
)


def test_under_a_government_banner_the_masthead_is_the_source() -> None:
    article = read(BANNER_PAGE)
    assert article.title == "Commerce Opens Gallium Inspections at Three Ports"
    assert article.source_name == "U.S. Department of Commerce"
    assert "official website" not in body_text(article)


@pytest.mark.parametrize(
    "text",
    [
        "Office of Manufacturing and Energy Supply Chains",
        "Bureau of Industry and Security",
        "The Department of Industry, Science and Resources",
        "Ministry for Economic Affairs and Energy",
    ],
)
def test_a_bodys_name_alone_is_an_issuer_name(text: str) -> None:
    assert is_issuer_name(text)


@pytest.mark.parametrize(
    "text",
    [
        "Department of Energy Announces $412 Million for Separation",
        "Office of the future: how plants are run",
        "Ministry",
        "Director of Mines",
    ],
)
def test_a_headline_or_a_job_is_no_issuer_name(text: str) -> None:
    assert not is_issuer_name(text)


def test_an_issuing_offices_line_the_story_names_is_not_the_headline() -> None:
    article = read(
        "Department Funds Three Gallium Refineries in the West\n\n"
        "Awards aim to cut reliance on foreign refining of the metal\n\n"
        "Office of Critical Materials Supply\n\nApril 22, 2025\n\n"
        f"The awards, made through the Office of Critical Materials Supply, follow. {LEAD}\n\n"
        f"{MORE}\n\n{LAST}\n"
    )
    assert article.title == "Department Funds Three Gallium Refineries in the West"


@pytest.mark.parametrize(
    "line",
    [
        "700 W Jefferson St, Second Floor",
        "State Capitol, 200 West 24th Street",
        "Level 3, 88 St Georges Terrace",
        "P.O. Box 1200",
        "Scharnhorststraße 34-37",
    ],
)
def test_an_addresss_first_line_is_a_street_line(line: str) -> None:
    assert is_street_line(line)


@pytest.mark.parametrize(
    "line", ["Office of the Governor", "Idaho Office of the Governor", "Department of Mines"]
)
def test_a_senders_name_is_no_street_line(line: str) -> None:
    assert not is_street_line(line)


def test_the_sender_stands_over_the_addresss_first_line() -> None:
    article = read(
        "Governor Signs Gallium Processing Order\n\n"
        f"{LEAD}\n\n{MORE}\n\n{LAST}\n\n###\n\n"
        "Office of Governor Ana Ruiz\n\nState Capitol, 200 West 24th Street\n\n"
        "Cheyenne, WY 82002\n\nCopyright © 2025 State of Wyoming\n"
    )
    assert article.source_name == "Office of Governor Ana Ruiz"


@pytest.mark.parametrize(
    "name",
    [
        "State of Wyoming",
        "Commonwealth of Australia",
        "King's Printer for Ontario",
        "Government of Canada",
        "Australian Government",
        "Crown copyright",
    ],
)
def test_a_governments_copyright_names_a_jurisdiction(name: str) -> None:
    assert is_jurisdiction(name)


@pytest.mark.parametrize("name", ["Mining Herald", "State Street Global", "Ore Street Journal"])
def test_an_outlets_copyright_names_no_jurisdiction(name: str) -> None:
    assert not is_jurisdiction(name)


def test_a_jurisdictions_copyright_ranks_under_the_issuers_masthead() -> None:
    article = read(
        "Skip to main content\n\nDepartment of Industry, Science and Resources\n\n"
        "Ministers\n\nNews\n\n$40 million for gallium refining in the west\n\n"
        f"{LEAD}\n\n{MORE}\n\n{LAST}\n\n© Commonwealth of Australia\n"
    )
    assert article.source_name == "Department of Industry, Science and Resources"


def test_a_rails_label_of_section_words_is_no_agency_credit() -> None:
    article = read(
        "Fact Sheet: Gallium Inspections at Three Ports\n\nThe White House\n\n"
        f"{LEAD}\n\n{MORE}\n\n{LAST}\n\nTop News\n\n"
        "Statement on the Shipbuilding Agreement\n\nFact Sheet: Port Fees\n"
    )
    assert article.source_name != "Top News"


def test_a_dashed_name_under_a_quotation_is_no_agency_credit() -> None:
    article = read(
        "Skip to main content\n\nMinistry of Mines\n\nMenu\n\n"
        "Province Funds Gallium Refining in the North\n\n"
        f"{LEAD}\n\n{MORE}\n\n{LAST}\n\n"
        '"The refinery keeps the value in the North."\n\n- Anna Rautio\n\n'
        "President, Northern Refining\n"
    )
    assert article.source_name == "Ministry of Mines"


@pytest.mark.parametrize(
    "line",
    [
        "Karrawong Rare Earths Ltd (ASX: KRE) | ABN 55 604 555 117",
        "Coolabah Valley Resources Limited (ASX: CVR; OTCQX: CVRLF)",
        "ABN 41 623 555 908",
    ],
)
def test_a_releases_register_line_is_boilerplate(line: str) -> None:
    assert _rule(line) == "listing_line"


@pytest.mark.parametrize(
    "line",
    [
        "Lynas Rare Earths Ltd (ASX: LYC) Reports Record Quarter",
        "Karrawong Rare Earths Ltd (ASX: KRE) is pleased to report assays.",
    ],
)
def test_a_headline_or_sentence_naming_a_ticker_is_no_register_line(line: str) -> None:
    assert _rule(line) != "listing_line"


@pytest.mark.parametrize(
    ("name", "text", "spelled"),
    [
        (
            "KARRAWONG RARE EARTHS",
            'Karrawong Rare Earths Ltd (ASX: KRE, "Karrawong") is pleased to report',
            "Karrawong Rare Earths",
        ),
        (
            "HALCYON RARE METALS",
            "LAS VEGAS — Halcyon Rare Metals Corporation (NYSE: HRM) today said",
            "Halcyon Rare Metals",
        ),
        # no ticker after the name: as it was
        ("HALCYON RARE METALS", "Halcyon Rare Metals Corporation said on Monday", None),
        # another company listed: as it was
        ("MINING HERALD", "Lynas Rare Earths Ltd (ASX: LYC) said", None),
    ],
)
def test_a_letterheads_capitals_take_the_spelling_of_the_ticker_line(
    name: str, text: str, spelled: str | None
) -> None:
    assert listed_name(name, [text]) == (spelled or name)


def test_a_listed_issuers_source_is_named_without_its_legal_form() -> None:
    article = read(
        "KARRAWONG RARE EARTHS\n\nASX RELEASE\n\n2 June 2025\n\n"
        "Karrawong Rare Earths Ltd (ASX: KRE) | ABN 55 604 555 117\n\n"
        "GALLIUM ASSAYS EXTEND YINDI DISCOVERY\n\n"
        f"{LEAD}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article.source_name == "Karrawong Rare Earths"


@pytest.mark.parametrize(
    ("texts", "american"),
    [
        (["Office of the Governor", "Boise, ID 83720"], True),
        (["LAS VEGAS, Nev., Dec. 2, 2025 — Halcyon said"], True),
        (["Published 2 December 2025", "Updated Dec. 3, 2025", "Sydney, 4 December 2025"], False),
        (["12/02/2025", "Level 3, 88 St Georges Terrace", "Perth WA 6000"], False),
    ],
)
def test_a_page_writes_its_dates_month_first_by_its_address_or_its_written_dates(
    texts: list[str], american: bool
) -> None:
    assert writes_dates_month_first(texts) is american


STATE_PAGE = (
    "Idaho Office of the Governor\n\nGovernor Signs Gallium Processing Order\n\n"
    "03/04/2025\n\nUpdated 03/05/2025\n\n"
    f"{LEAD}\n\n{MORE}\n\n{LAST}\n\n###\n\n700 W Jefferson St\n\nBoise, ID 83720\n"
)


def test_a_numeric_date_on_an_american_page_is_month_first() -> None:
    article = read(STATE_PAGE)
    assert (article.date, article.updated) == (dt.date(2025, 3, 4), dt.date(2025, 3, 5))


def test_a_numeric_date_elsewhere_is_day_first() -> None:
    article = read(STATE_PAGE.replace("Boise, ID 83720", "Perth WA 6000"))
    assert (article.date, article.updated) == (dt.date(2025, 4, 3), dt.date(2025, 5, 3))


WIRE_PAGE = (
    "Send a Release\n"
    "Survey: Most Magnet Users Hit by Gallium Shortages Since Licensing Began\n"
    "News provided by\nAmerican Gallium Users Alliance\nJul 22, 2025, 09:00 ET\n"
    "Share this article\nFacebook\nX\n"
    "Members call for faster federal stockpile releases and tariff exclusions\n"
    f"WASHINGTON, July 22, 2025 /PRNewswire/ -- {LEAD}\n\n{MORE}\n\n{LAST}\n"
)


def test_the_issuer_under_news_provided_by_is_neither_headline_nor_standfirst_block() -> None:
    article = read(WIRE_PAGE)
    assert article.title.startswith("Survey: Most Magnet Users")
    assert article.dek == "Members call for faster federal stockpile releases and tariff exclusions"


def test_a_share_rows_buttons_end_at_a_longer_line() -> None:
    article = read(WIRE_PAGE)
    assert "Facebook" not in body_text(article)
    assert article.dek is not None


def test_a_long_title_cased_headline_stands_over_its_sentence_cased_standfirst() -> None:
    article = read(
        "Press Release\n04/15/2025 08:30 AM EDT\nShare this article\nFacebook\nTwitter\n"
        "Sierra Gallium Corp. Secures Defense Logistics Agency Supply Contract "
        "and Expands Nevada Smelter After China Halts Gallium Exports\n"
        "Five-year contract worth up to $61 million; smelter capacity to triple by mid-2026\n"
        "RENO, NV / ACCESSWIRE / April 15, 2025 / Sierra Gallium Corp. today said it had "
        "secured a five-year supply contract worth up to $61 million from the Defense "
        "Logistics Agency and would expand its Nevada smelter after China halted exports "
        "of gallium.\n"
        f"{MORE}\n{LAST}\n"
    )
    assert article.title.startswith("Sierra Gallium Corp. Secures")
    assert article.dek is not None and article.dek.startswith("Five-year contract")


def test_a_title_cased_headline_over_a_sentence_cased_line_has_the_wider_margin() -> None:
    reading = read_blocks(
        group_blocks(
            read_lines(
                "Sierra Gallium Corp. Secures Defense Logistics Agency Supply Contract\n\n"
                "Five-year contract worth up to $61 million; capacity to triple\n\n"
                "Sierra Gallium Corp. Wins Second Contract From the Agency\n"
            ),
            False,
        )
    )
    assert standfirst_margin(reading, 0, 1) == TITLE_CASE_OVER_SENTENCE_MARGIN
    assert standfirst_margin(reading, 1, 2) == STANDFIRST_MARGIN < TITLE_CASE_OVER_SENTENCE_MARGIN


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Contract and Expansion Highlights", "highlights_header"),
        ("Fourth Quarter Highlights", "highlights_header"),
        ("About the American Magnet Users Alliance", "about_the_company"),
        ("RSS", "share_buttons"),
    ],
)
def test_release_labels_are_read_by_their_rules(line: str, rule: str) -> None:
    assert _rule(line) == rule


@pytest.mark.parametrize("line", ["About the Survey", "Highlights of a long career in mining"])
def test_lines_like_release_labels_are_not_read_as_them(line: str) -> None:
    assert _rule(line) not in ("about_the_company", "highlights_header")


def test_named_highlights_in_the_body_need_no_colon() -> None:
    article = read(
        "Sierra Gallium Wins Supply Contract\n\n"
        f"{LEAD}\n\nContract and Expansion Highlights\n"
        "Indefinite-delivery contract with a ceiling of $61 million\n"
        "First deliveries scheduled for the third quarter of 2025\n\n"
        f"{MORE}\n\n{LAST}\n"
    )
    assert article.highlights == (
        "Indefinite-delivery contract with a ceiling of $61 million",
        "First deliveries scheduled for the third quarter of 2025",
    )


QUOTES_PAGE = (
    "Commission Proposes Gallium Partnership\n\nMarch 12, 2025\n\n"
    f"{LEAD}\n\n{MORE}\n\n"
    "Managing Director and CEO Callum Fraser said:\n\n"
    '"This is the agreement our financiers have been waiting for."\n\n'
    f"{LAST}\n\nQuotes\n\n"
    '"No single supplier should be able to stop a European wind farm."\n\n'
    "Henrik Valtonen, Executive Vice-President for Industrial Resilience\n\n"
    '"Pooling our orders gives small users bargaining power."\n\n'
    "- Dr. Anjali Rao\n\nPresident and CEO, Laurentian Rare Elements\n\n"
    "Next Steps\n\n"
    "The partnership would be signed at a summit in Tokyo in the autumn, once the "
    "member states and the two partners have approved its terms.\n"
)


def test_a_quotes_lead_in_and_its_attributions_are_no_headings() -> None:
    found = headings(read(QUOTES_PAGE))
    assert "Managing Director and CEO Callum Fraser said" not in found
    assert not any(h.startswith(("Henrik Valtonen", "President and CEO")) for h in found)


@pytest.mark.parametrize(
    "text", ["Fact Sheets", "Briefings & Statements", "Press Releases", "Remarks"]
)
def test_a_newsrooms_section_of_documents_is_a_release_kind(text: str) -> None:
    assert is_release_kind_label(text)


@pytest.mark.parametrize("text", ["Ann Lee", "Sheets Morgan", "Fact Checker Jane Roe"])
def test_a_name_is_no_release_kind(text: str) -> None:
    assert not is_release_kind_label(text)


def test_a_section_of_fact_sheets_over_the_headline_is_no_byline() -> None:
    article = read(
        "The White House\n\nNews\n\nFact Sheets\n\n"
        "Fact Sheet: The President Adjusts Imports of Processed Gallium\n\n"
        f"June 3, 2025\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article.author is None


def test_an_agencys_masthead_the_story_names_is_not_the_headline() -> None:
    article = read(
        "An official website of the United States government\n\n"
        "U.S. Department of the Interior\n\n"
        "Critical Minerals List Expanded to Include Copper and Silicon\n\n"
        "The final list adds ten minerals after a public comment period\n\n"
        "August 2, 2025\n\n"
        "WASHINGTON — The Department of the Interior today published the final list of "
        "critical minerals, adding copper, silicon and eight other minerals.\n\n"
        f"{MORE}\n\n{LAST}\n"
    )
    assert article.title == "Critical Minerals List Expanded to Include Copper and Silicon"
    assert article.source_name == "U.S. Department of the Interior"


@pytest.mark.parametrize(
    ("text", "core"),
    [
        ("U.S. Department of the Interior", "Department of the Interior"),
        ("Idaho Office of the Governor", "Office of the Governor"),
        ("Department of Energy Announces New Awards", "Department of Energy Announces New Awards"),
        ("the energy department of Idaho", None),
    ],
)
def test_an_issuers_name_from_its_kind_on(text: str, core: str | None) -> None:
    assert issuer_core(text) == core


@pytest.mark.parametrize("text", ["Constituent Services", "Executive Orders", "Public Affairs"])
def test_a_public_sites_menu_entry_is_no_persons_name(text: str) -> None:
    assert not is_person(text)


def test_a_menu_entry_over_the_headline_is_no_byline() -> None:
    article = read(
        "Idaho Office of the Governor\nNewsroom\nExecutive Orders\nConstituent Services\n"
        "Search this site\nHome > Newsroom > Press Releases\n"
        "Governor Reyes Awards $22 Million for a Gallium Refinery\n\n03/04/2025\n\n"
        f"{LEAD}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article.author is None
