"""The reader on government, legal and data pages (dev33): key-point boxes
under odd labels or at the end of a release, a subtitle under a kind-of-page
label, a stamp row parted by wide gaps, a bulletin service's own lines, a
search box's label, a paywall's box and a zone in brackets."""

from __future__ import annotations

import pytest

from generator.reader.lines import read_lines
from generator.reader.meta import parse_meta
from generator.reader.rules import classify
from tests.reader_story import LAST, LEAD, MORE, body_text, headings, read


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Search GovDelivery", "site_search"),
        ("Search Canada.ca", "site_search"),
        ("Search this site", "site_search"),
        (
            "You are subscribed to Cargo Systems Messaging Service. This information is now available.",
            "mail_links",
        ),
        (
            "This service is provided to you at no charge by U.S. Customs and Border Protection.",
            "mail_links",
        ),
        ("Data subscribers only", "subscribers_only"),
        ("For members only", "subscribers_only"),
        (
            "The full weekly assessment is available to MetalPulse Data subscribers. Start a free trial.",
            "subscribers_only",
        ),
    ],
)
def test_service_and_paywall_lines_are_furniture(line: str, rule: str) -> None:
    found = classify(line)
    assert found is not None and found.name == rule and found.kind == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Search for new deposits has slowed",
        "Search and rescue teams reached the mine on Tuesday.",
        "The data is available to subscribers of the exchange and to its members, the ministry said.",
        "Members only voted on the motion after the debate.",
    ],
)
def test_sentences_with_the_same_words_are_no_furniture(line: str) -> None:
    found = classify(line)
    assert found is None or found.kind != "boilerplate"


def test_a_stamp_with_its_zone_after_the_time_is_no_print_header() -> None:
    # A printed page's header has the page's title after the time; a zone alone
    # leaves a date line, which is US month-first with a US zone.
    assert classify("12/01/2025 08:15 AM EST").name != "print_header"
    meta = parse_meta("12/01/2025 08:15 AM EST")
    assert meta is not None and str(meta.published) == "2025-12-01"
    assert (
        classify("12/1/25, 3:04 PM Section 232 exclusions | Harrow & Pike").name == "print_header"
    )


@pytest.mark.parametrize(
    "line",
    ["Published 2025-11-28 16:40 (GMT+8)", "Updated: 3 December 2025, 10:21 (UTC+08:00)"],
)
def test_a_time_zone_in_brackets_stays_in_the_stamp(line: str) -> None:
    meta = parse_meta(line)
    assert meta is not None and (meta.published or meta.updated) is not None


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (
            "December 2, 2025          Saskatoon, Saskatchewan          Natural Resources Canada",
            "meta",
        ),
        ("Ottawa, Ontario    December 2, 2025", "meta"),
        # a table's rows: figures, or cells of prose
        ("2025-11-28     612,500     1.2%", "text"),
        ("12 March 2025     Export licence granted     MOFCOM", "text"),
    ],
)
def test_a_date_place_and_issuer_row_parted_by_wide_gaps(raw: str, kind: str) -> None:
    assert read_lines(raw)[0].kind == kind


def test_a_bulletin_service_does_not_sign_the_message() -> None:
    article = read(
        "CBP Home\nTrade\nCSMS Messages\nSearch GovDelivery\n"
        "CSMS # 66810742 - GUIDANCE: Section 232 Duties on Processed Critical Minerals\n"
        "12/01/2025 08:15 AM EST\n"
        "You are subscribed to Cargo Systems Messaging Service. This information has recently been updated.\n"
        "Summary of changes:\n1. A new secondary classification for excluded products.\n"
        "2. Refunds are filed by post-summary correction.\n"
        f"{LEAD}\n{MORE}\n{LAST}\n"
    )
    assert article.author is None
    assert str(article.date) == "2025-12-01"
    assert article.highlights == (
        "A new secondary classification for excluded products.",
        "Refunds are filed by post-summary correction.",
    )
    assert "subscribed" not in body_text(article)


def test_a_subtitle_under_a_kind_of_page_label_is_the_standfirst() -> None:
    article = read(
        "Minister Leclerc announces funding for rare earth separation in Saskatchewan\n"
        "From: Natural Resources Canada\nNews release\n"
        "New facility will process concentrate from Canadian mines into separated oxides\n"
        "December 2, 2025          Saskatoon, Saskatchewan          Natural Resources Canada\n"
        f"{LEAD}\n{MORE}\n{LAST}\n"
    )
    assert (
        article.dek
        == "New facility will process concentrate from Canadian mines into separated oxides"
    )
    assert str(article.date) == "2025-12-02"


def test_quick_facts_ending_a_release_are_its_key_points() -> None:
    article = read(
        f"Ottawa funds a separation plant\n\nDecember 2, 2025\n\n{LEAD}\n\n{MORE}\n\n"
        "Quick facts\n\nThe strategy lists 34 critical minerals.\n\n"
        "The fund provides up to $1.5 billion for infrastructure.\n\n"
        "Associated links\n\nThe strategy\n\nContacts\n\nMedia Relations\n"
    )
    assert article.highlights == (
        "The strategy lists 34 critical minerals.",
        "The fund provides up to $1.5 billion for infrastructure.",
    )
    assert "Quick facts" not in headings(article)


def test_a_box_label_over_more_of_the_story_is_no_closing_box() -> None:
    article = read(
        f"Ottawa funds a separation plant\n\nDecember 2, 2025\n\n{LEAD}\n\n"
        f"At a glance\n\nThe strategy lists 34 critical minerals.\n\nThe fund is new.\n\n{MORE} {LAST}\n"
    )
    assert "The strategy lists 34 critical minerals." in body_text(article)


def test_the_paragraph_over_a_box_and_a_dateline_is_the_standfirst() -> None:
    dek = "Tailings from past mining could hold rare earths, a new national assessment finds."
    article = read(
        f"Survey maps rare earth potential in mine waste\n\nRelease Date: NOVEMBER 14, 2025\n\n{dek}\n\n"
        "At a Glance\n\nResearchers sampled 212 sites.\n\nNeodymium was found at 61 of them.\n\n"
        f"RESTON, Va. — {LEAD}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article.dek == dek
    assert article.highlights == (
        "Researchers sampled 212 sites.",
        "Neodymium was found at 61 of them.",
    )


def test_a_lead_over_key_points_and_no_dateline_stays_the_lead() -> None:
    article = read(
        f"Pilbara hub wins backing\n\nBy Liam Fitzgerald\n\nPosted Thu 6 Mar 2025\n\n{LEAD}\n\n"
        f"Key points:\n\nThe loan is new\n\nFive miners signed\n\n{MORE}\n\n{LAST}\n"
    )
    assert article.dek is None
    assert LEAD in body_text(article)


def test_an_authors_block_of_names_over_ranks_names_every_writer() -> None:
    article = read(
        "Commerce opens an exclusion process\nDecember 1, 2025\nAuthors\nMarisa Kuehn\nPartner\n"
        "Owen Patel\nCounsel\nLaila Durant\nAssociate\nRelated Capabilities\nInternational Trade\n"
        f"{LEAD}\n{MORE}\n{LAST}\n"
    )
    assert article.author == "Marisa Kuehn, Owen Patel and Laila Durant"
    assert "Related Capabilities" not in (article.author or "")


def test_an_authors_block_of_names_alone_names_every_writer() -> None:
    article = read(
        "Commerce opens an exclusion process\nDecember 1, 2025\nAuthors\nMarisa Kuehn\nOwen Patel\n"
        f"{LEAD}\n{MORE}\n{LAST}\n"
    )
    assert article.author == "Marisa Kuehn and Owen Patel"


def test_a_page_section_is_no_writer() -> None:
    article = read(
        f"Client Alert\nCommerce opens an exclusion process\nDecember 1, 2025\n{LEAD}\n{MORE}\n"
    )
    assert article.author is None
