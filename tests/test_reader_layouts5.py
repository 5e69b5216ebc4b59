"""The reader on layouts of its fifth round (issue 13, ``tests/eval/dev5``):
distributors named in a bracket between dashes, a bare agency credit before a
promo, messaging-app promos."""

from __future__ import annotations

import pytest

from generator.reader.datelines import split_dateline
from tests.reader_story import LEAD, MORE, body_text, read


@pytest.mark.parametrize(
    ("lead", "agency"),
    [
        ("PERTH, Australia--(BUSINESS WIRE)--Quarry Ridge said today it had", "BUSINESS WIRE"),
        (
            "Vancouver, British Columbia--(Newsfile Corp. - March 5, 2025) - Aldergrove said",
            "Newsfile Corp.",
        ),
    ],
)
def test_distributor_in_brackets_between_dashes_is_a_dateline(lead: str, agency: str) -> None:
    found = split_dateline(lead)
    assert found is not None
    assert found[2] == agency
    assert found[1].startswith(("Quarry", "Aldergrove"))


@pytest.mark.parametrize(
    ("dateline", "source"),
    [("PERTH, Australia--(BUSINESS WIRE)--", "Business Wire"),
     ("Toronto, Ontario--(Newsfile Corp. - May 2, 2025) - ", "Newsfile")],
)  # fmt: skip
def test_distributor_dateline_names_the_source(dateline: str, source: str) -> None:
    article = read(f"Miner Signs Offtake Deal\n\n{dateline}{LEAD}\n\n{MORE}\n")
    assert article.source_name == source
    assert body_text(article).startswith("Customs officers")


def test_bare_agency_line_before_a_promo_is_a_credit_not_a_heading() -> None:
    text = (
        "Gallium checks slow exports\n\n"
        f"{LEAD}\n\n{MORE}\n\nAFP\n\n"
        "Join the Ledger's Telegram channel and get the latest breaking news delivered to you.\n"
    )
    article = read(text)
    assert article.source_name == "AFP"
    assert [s.heading for s in article.sections if s.heading] == []
    assert "Telegram" not in body_text(article)
    assert "AFP" not in body_text(article)


LIVE_BLOG = """LIVE
Trade talks in Geneva resume as rare earths top the agenda
Updated 14 minutes ago
Key events
10:42 BST
Delegation arrives
{lead}
10:15 BST
Magnet licences in focus
{more}
"""


def test_live_badge_over_the_headline_takes_nothing_with_it() -> None:
    article = read(LIVE_BLOG.format(lead=LEAD, more=MORE))
    assert article.title == "Trade talks in Geneva resume as rare earths top the agenda"


def test_live_blog_first_entry_heading_is_read_like_the_others() -> None:
    article = read(LIVE_BLOG.format(lead=LEAD, more=MORE))
    assert [s.heading for s in article.sections if s.heading] == [
        "Delegation arrives",
        "Magnet licences in focus",
    ]
    assert "10:42" not in body_text(article)


def test_short_line_over_the_lead_without_the_entries_marker_is_not_a_heading() -> None:
    text = LIVE_BLOG.format(lead=LEAD, more=MORE).replace("10:15 BST\n", "")
    article = read(text)
    assert "Delegation arrives" not in [s.heading for s in article.sections]


PITCH = (
    "Should you invest $1,000 in Acme Metals right now?\n\n"
    "Before you buy stock in Acme Metals, consider this: our analysts just picked ten "
    "stocks they think are better buys, and Acme was not one of them this month.\n"
)


def test_sales_pitch_to_the_reader_after_a_third_person_story_is_chrome() -> None:
    article = read(f"Gallium checks slow exports\n\n{LEAD}\n\n{MORE}\n\n{PITCH}")
    assert [s.heading for s in article.sections if s.heading] == []
    assert "Before you buy" not in body_text(article)
    assert body_text(article).endswith("said on Tuesday.")


def test_story_that_speaks_to_the_reader_keeps_its_last_paragraphs() -> None:
    explainer = LEAD.replace("Customs officers", "If you ship gallium, customs officers")
    article = read(f"Gallium checks slow exports\n\n{explainer}\n\n{MORE}\n\n{PITCH}")
    assert "Before you buy" in body_text(article)


@pytest.mark.parametrize(
    "line",
    [
        "Download PDF (412 KB)",
        "This announcement has been authorised for release by the Board of Acme Metals Limited.",
        "Forward this to a colleague who might like it.",
    ],
)
def test_file_links_release_authorisations_and_forward_prompts_are_chrome(line: str) -> None:
    article = read(f"Gallium checks slow exports\n\n{LEAD}\n\n{line}\n\n{MORE}\n")
    assert line not in body_text(article)
    assert line not in [s.heading for s in article.sections]
    assert "said on Tuesday" in body_text(article)


def test_promo_box_above_the_story_stops_at_the_headline_over_standfirst_and_byline() -> None:
    text = (
        "Andes Metal Report\nBREAKING\nSign up for our free daily briefing\n"
        "Bolivia picks consortium for lithium brine plant\n"
        "The award caps a two-year tender and comes with a promise to build a plant.\n"
        "Written by Lucía Fernández\n"
        f"{LEAD}\n{MORE}\n"
    )
    article = read(text)
    assert article.title == "Bolivia picks consortium for lithium brine plant"
    assert article.dek is not None and article.dek.startswith("The award caps")


def test_boxed_headlines_with_no_byline_under_them_stay_in_the_box() -> None:
    text = (
        "Bolivia picks consortium for lithium brine plant\n\n"
        f"{LEAD}\n\n"
        "Trending now\nChile weighs new royalty on copper output\n"
        "Peru miners strike over water rights in south\n\n"
        f"{MORE}\n"
    )
    assert "Chile weighs" not in body_text(read(text))
