"""The reader on newspaper pages (dev28): a metered paywall's notices and
pitches, an opinion notice, the print edition's line, contributors' lines, a
weather line, market strips, a menu run on one row, a glued photo credit, a
gallery's buttons and a live entry's credit."""

from __future__ import annotations

import pytest

from generator.reader.newspaper_rules import is_entry_credit, is_market_strip, is_menu_row
from generator.reader.outlets import owns_masthead
from generator.reader.rules import classify
from tests.reader_story import LAST, LEAD, MORE, body_text, headings, read


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "You have a preview view of this article while we are checking your access.",
            "paywall_notice",
        ),
        (
            "Want all of The Harbour Post? Subscribe for $2 a week. Cancel anytime.",
            "subscribe_pitch",
        ),
        ("Unlock the Morning Digest for free", "newsletter_pitch"),
        ("The editor selects her favourite stories in this weekly newsletter.", "newsletter_pitch"),
        ("This content is opinion. Views expressed are the author's own.", "opinion_notice"),
        (
            "A version of this article appears in print on March 3, 2026, Section A, Page 12 "
            "of the National edition with the headline: Ore Talks Stall Again.",
            "print_edition",
        ),
        ("Lena Ortiz and Bo Han contributed reporting from Lima.", "contributed_from"),
        ("Contributing: The Associated Press", "contributed_from"),
        ("Reporting from Jakarta", "reporting_from"),
        ("Today's Paper", "print_paper"),
        ("View all 22 photos", "gallery_buttons"),
        ("21°C Sunny | Perth, WA", "weather_line"),
        ("From Ana Ruiz in Santiago", "entry_credit"),
        ("Credit...Jo Park for The Harbour Post", "credit_dots"),
        ("This article is for subscribers only.", "subscriber_gate"),
        ("Log in or create a free account to continue reading.", "subscriber_gate"),
        ("We are having trouble retrieving the article content.", "subscriber_gate"),
        ("Support independent journalism", "support_pitch"),
        ("Continue reading the main story", "main_story"),
        ("Supported by", "supported_by"),
        ("Leer en español", "language_switch"),
        ("Image", "picture_button"),
        ("Editors' Picks", "editors_picks"),
        ("Trending in The Harbour Post", "editors_picks"),
        ("From The Post's business desk", "entry_credit"),
        (
            "A truck at the port of Tianjin in May.Credit...Jo Park for The Harbour Post",
            "glued_credit",
        ),
    ],
)
def test_newspaper_furniture_lines(line: str, rule: str) -> None:
    found = classify(line)
    assert found is not None and found.name == rule


@pytest.mark.parametrize(
    "line",
    [
        # a sentence is no "Reporting from" line
        "Reporting from Jakarta was restricted for weeks.",
        # a heading that opens with "From"
        "From Mine to Magnet",
        # a temperature in a sentence
        "It was 43°F in Enid when the plant closed.",
        # prices in a sentence
        "Dysprosium rose 12.5% and terbium 8.1% over the month.",
        # a headline of six title-cased words
        "China Tightens Grip On Heavy Rare Earths",
        # a sentence about contributions
        "The company said its partners contributed capital.",
        # a sentence about a picture, and one about support
        "The image of a closed port stayed with him.",
        "Donations and support from the state kept the plant open.",
    ],
)
def test_story_lines_are_no_newspaper_furniture(line: str) -> None:
    found = classify(line)
    assert found is None or found.kind in ("text", "meta")


def test_a_strip_of_indices_and_prices_is_market_data() -> None:
    assert is_market_strip(
        "FTSE 100 9,412.6 +0.35% | Gold $4,210 -0.3% | NdPr oxide CNY 612,500/t +2.4%"
    )
    assert is_market_strip("DOW 44,102.35 ▲ 0.41%   NASDAQ 19,877.04 ▼ 0.08%")
    assert not is_market_strip("Gold rose 0.3% to $4,210 while the FTSE 100 added 0.35%.")


def test_a_row_of_sections_is_a_menu_and_a_headline_is_not() -> None:
    assert is_menu_row("U.S. World Business Politics Opinion Tech Climate Sports Arts Cooking")
    assert not is_menu_row("Business Leaders Weigh Tariffs on Chinese Magnets")


def test_a_live_entry_credit_names_a_writer_or_a_team() -> None:
    assert is_entry_credit("From Mei Lin Zhou in Hong Kong")
    assert is_entry_credit("From The Ledger's markets team")
    assert not is_entry_credit("From Beijing to Brussels")


def test_a_menu_row_over_the_headline_is_not_the_title() -> None:
    article = read(
        "The Harbour Post\n\nU.S. World Business Politics Opinion Tech Climate Sports Arts\n\n"
        "Gallium Checks Slow Southern Ports\n\nBy Ann Lowe\n\nMarch 3, 2026\n\n"
        f"{LEAD}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article.title == "Gallium Checks Slow Southern Ports"
    assert article.author == "Ann Lowe"


def test_paywall_pitches_and_print_lines_leave_the_body() -> None:
    article = read(
        "Gallium Checks Slow Southern Ports\n\nBy Ann Lowe\n\nMarch 3, 2026\n\n"
        f"{LEAD}\n\nWant all of The Harbour Post? Subscribe for $2 a week.\n\n{MORE}\n\n"
        f"{LAST}\n\nBo Han contributed reporting from Lima.\n\n"
        "A version of this article appears in print on March 4, 2026, Section B, Page 2.\n"
    )
    body = body_text(article)
    assert LEAD in body and MORE in body and LAST in body
    assert "Subscribe" not in body
    assert "contributed reporting" not in body
    assert "appears in print" not in body


def test_a_headline_ending_in_on_keeps_its_byline_apart() -> None:
    article = read(
        "BUSINESS\n\nGallium checks at southern ports drag on\nAnn Lowe\nThe Harbour Post\n"
        f"Published 6:02 a.m. CT Dec. 4, 2026\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article.title == "Gallium checks at southern ports drag on"
    assert article.author == "Ann Lowe"


@pytest.mark.parametrize(
    ("owner", "masthead", "owns"),
    [
        ("Lakeshore Tribune Media Group", "The Lakeshore Tribune", True),
        ("Clarion Newspapers", "the Daily Clarion", True),
        # no word of the masthead's own in common
        ("Harbour Media Group", "The Daily Post", False),
        # not a company's name
        ("Lakeshore Tribune", "The Lakeshore Tribune", False),
    ],
)
def test_a_company_named_for_its_paper_owns_the_masthead(
    owner: str, masthead: str, owns: bool
) -> None:
    assert owns_masthead(owner, masthead) is owns


def test_the_masthead_is_the_source_over_its_owner_in_the_footer() -> None:
    article = read(
        "the Daily Clarion\n\nNews  Sport  Money  Health  Travel\n\n"
        "Gallium Checks Slow Southern Ports\n\nBy Ann Lowe\n\nMarch 3, 2026\n\n"
        f"{LEAD}\n\n{MORE}\n\n{LAST}\n\n© Clarion Newspapers Ltd\n"
    )
    assert article.source_name == "the Daily Clarion"


def test_a_site_address_in_the_footer_yields_to_the_hyphenated_masthead() -> None:
    article = read(
        "Tri-County Courier\n\nGallium Checks Slow Southern Ports\n\nBy Ann Lowe\n\n"
        f"March 3, 2026\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n\n"
        "© 2026 www.tricountycourier.com. All rights reserved.\n"
    )
    assert article.source_name == "Tri-County Courier"


def test_two_writers_parted_by_a_comma_under_the_standfirst() -> None:
    article = read(
        "Gallium: Customs tighten checks at southern ports\n\n"
        "Forwarders say inspections add days. Exporters fear the licences more than the checks.\n\n"
        f"Katharina Holzmann, Jonas Brückner\n05.12.2026 - 14:32 Uhr\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article.author == "Katharina Holzmann and Jonas Brückner"
    assert article.dek is not None and article.dek.startswith("Forwarders say")


def test_a_label_before_the_byline_is_cut_off() -> None:
    article = read(
        "Gallium Checks Slow Southern Ports\n\nEXCLUSIVE by Ann Lowe, Consumer Affairs Editor\n"
        f"Published: 07:05 GMT, 5 December 2026\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article.author == "Ann Lowe"
    assert article.dek is None


def test_a_gallery_slide_among_the_story_is_chrome() -> None:
    article = read(
        "Gallium Checks Slow Southern Ports\n\nBy Ann Lowe\n\nMarch 3, 2026\n\n"
        "1 of 9\nCranes unload containers at the port of Nansha on Feb. 12.\n"
        "Jo Park / The Harbour Post\nBuy Now\n\n"
        f"{LEAD}\n\n2 of 9\nA customs officer checks a manifest.\nJo Park / The Harbour Post\n\n"
        f"{MORE}\n\n{LAST}\n"
    )
    body = body_text(article)
    assert LEAD in body and MORE in body and LAST in body
    assert "Cranes unload" not in body and "manifest" not in body and "Jo Park" not in body


def test_a_slide_counter_in_a_page_without_blank_lines_takes_nothing_with_it() -> None:
    article = read(
        "A truck waits at the border crossing at dawn\nImage 1 of 3\n"
        "Gallium Checks Slow Southern Ports\nBy Ann Lowe\nMay 27, 2025\n"
        f"{LEAD}\n{MORE}\n{LAST}\n"
    )
    assert article.title == "Gallium Checks Slow Southern Ports"


EARLIER = (
    "Freight forwarders in Shenzhen said the first containers were opened on Monday, "
    "and that exporters had been given no notice of the change in procedure."
)


def test_the_story_goes_on_past_a_related_box_set_inside_it() -> None:
    quoted = (
        "Ann Lowe, an analyst at Harbour Economics, said the checks would last. "
        '"Forwarders hold a few weeks of stock," she explained.'
    )
    article = read(
        "Gallium Checks Slow Southern Ports\n\nBy Ann Lowe\n\nMarch 3, 2026\n\n"
        f"{LEAD}\n\n{MORE}\n\n{EARLIER}\n\nRELATED ARTICLES\nCopper slides as demand cools\n"
        "Port strike ends after two days\n\nShare this article\nShare\n"
        f"{quoted}\nThe ministry said the rules were not aimed at any country.\n\n{LAST}\n"
    )
    body = body_text(article)
    assert quoted in body and LAST in body
    assert "Copper slides" not in body


def test_a_related_box_over_teasers_still_ends_the_story() -> None:
    article = read(
        "Gallium Checks Slow Southern Ports\n\nBy Ann Lowe\n\nMarch 3, 2026\n\n"
        f"{LEAD}\n\n{MORE}\n\n{LAST}\n\nRELATED ARTICLES\nCopper slides as demand cools\n\n"
        "Copper fell for a third day as buyers in Shanghai waited for lower prices.\n\n"
        "Port strike ends after two days of talks between the union and operators.\n"
    )
    assert "Copper fell" not in body_text(article)


def test_a_box_of_figures_credits_its_data_not_the_page() -> None:
    article = read(
        "the Daily Clarion\n\nGallium Checks Slow Southern Ports\n\nBy Ann Lowe\n\n"
        f"March 3, 2026\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n\nHOW THE PORTS ARE CHECKED\n"
        "40% of containers are opened\n12 ports use scanners\nSOURCE: Harbour Research Institute\n\n"
        "Published by Clarion Newspapers Ltd\n"
    )
    assert article.source_name == "the Daily Clarion"


def test_an_update_with_a_time_only_is_on_the_day_of_publication() -> None:
    article = read(
        "Gallium Checks Slow Southern Ports\n\nBy Ann Lowe\n\nDec. 5, 2026\nUpdated 7:14 p.m. ET\n\n"
        f"{LEAD}\n\n{MORE}\n\n{LAST}\n"
    )
    assert str(article.date) == "2026-12-05"
    assert str(article.updated) == "2026-12-05"


def test_a_time_only_publication_stamp_updates_nothing() -> None:
    article = read(
        "Gallium Checks Slow Southern Ports\n\nBy Ann Lowe\n\nDec. 5, 2026\nPublished 7:14 p.m. ET\n\n"
        f"{LEAD}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article.updated is None


def test_a_note_on_the_writer_between_byline_and_date_is_no_lead() -> None:
    article = read(
        "Gallium Checks Slow Southern Ports\n\n"
        "Six weeks after the rules took effect, forwarders say the checks have not eased.\n\n"
        "Share full article\n\nBy Ann Lowe\nAnn Lowe has covered the ports of southern China since 2019.\n"
        f"Published Dec. 6, 2026\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n"
    )
    body = body_text(article)
    assert "has covered the ports" not in body
    assert body.startswith(LEAD)


def test_a_live_page_heads_its_first_entry_over_the_entry_credit() -> None:
    entry = "{time}\n{headline}\nFrom Ann Lowe in Guangzhou\n\n{text}\n{more}\n\n"
    article = read(
        "Live updates: gallium checks at southern ports\n\n"
        "By Ann Lowe, The Harbour Post\nUpdated 4:18 PM EST, Fri December 4, 2026\n\n"
        "What we're covering\n• Customs have opened more gallium containers at three ports.\n"
        "• The ministry says the checks follow the law.\n\n"
        + entry.format(
            time="4:18 p.m. ET, December 4, 2026",
            headline="Checks ease at two ports, forwarders say",
            text=LEAD,
            more="Two of the ports cleared their backlog by the evening, the forwarders said.",
        )
        + entry.format(
            time="3:05 p.m. ET, December 4, 2026",
            headline="Ministry defends the inspections",
            text=MORE,
            more="A spokesman said the checks were routine and applied to every exporter alike.",
        )
        + entry.format(
            time="2:12 p.m. ET, December 4, 2026",
            headline="What the new rules require",
            text=LAST,
            more="Exporters must now list the end user of every shipment on the declaration.",
        )
    )
    assert headings(article) == [
        "Checks ease at two ports, forwarders say",
        "Ministry defends the inspections",
        "What the new rules require",
    ]
    assert "From Ann Lowe" not in body_text(article)
