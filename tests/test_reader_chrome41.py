"""The reader on chrome-heavy government, legal and data pages (dev41): a
consent banner's own words, a degree after a byline, a case citation under a
legal page's headline, a date in a dateline's brackets, a release's subheads
without bullets, a list that lost its bullets under a colon, a download's
format after a headline, a table's links, a member notice's memo header, a
firm's regulatory line and a release's "###"."""

from __future__ import annotations

import pytest

from generator.reader.datelines import split_dateline
from generator.reader.rules import classify
from generator.reader.standfirst import case_citation
from generator.wordlist import is_postnominal_run
from tests.reader_story import LAST, LEAD, MORE, body_text, headings, read


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Cookies on GOV.UK", "cookie_notice"),
        ("We use some essential cookies to make this website work.", "cookie_notice"),
        (
            "We'd like to set additional cookies to understand how you use the site.",
            "cookie_notice",
        ),
        ("Reject additional cookies", "cookie_notice"),
        ("I accept analytics cookies", "cookie_notice"),
        ("View cookies", "cookie_notice"),
        ("Text alternative for Table 1", "figure_links"),
        ("Download table data", "figure_links"),
        ("View chart as table", "figure_links"),
        (
            "For further information please contact Market Operations: +46 8 000 00 00",
            "contact_prompt",
        ),
        (
            "Halvard Capital Ltd is authorised and regulated by the Financial Conduct Authority (FCA).",
            "regulated_by",
        ),
        ("###", "release_end"),
        ("# # #", "release_end"),
    ],
)
def test_chrome_lines_of_official_and_data_pages(line: str, rule: str) -> None:
    found = classify(line)
    assert found is not None and found.name == rule


@pytest.mark.parametrize(
    "line",
    [
        "Magnets on GOV.UK",
        "Table 1",
        "The chart shows prices rising since April.",
        "The company is licensed by the Ministry of Mines to operate in the Pilbara.",
        "For more information about the program, visit the ministry's site.",
        "####",
    ],
)
def test_story_lines_with_the_same_words_stay(line: str) -> None:
    found = classify(line)
    assert found is None or found.name not in {
        "cookie_notice",
        "figure_links",
        "contact_prompt",
        "regulated_by",
        "release_end",
    }


def test_a_degree_after_the_byline_is_no_outlet() -> None:
    assert is_postnominal_run("J.D.") and is_postnominal_run("PhD, CFA")
    assert not is_postnominal_run("Reuters")
    article = read(
        "Court upholds duties on magnet assemblies\n"
        "Posted November 26, 2025 by Rachel Oduya, J.D.\n"
        f"{LEAD}\n{MORE}\n{LAST}\n"
    )
    assert article.author == "Rachel Oduya"
    assert article.source_name != "J.D"


@pytest.mark.parametrize(
    ("line", "cited"),
    [
        ("Ardent Drive Systems LLC v. United States, Slip Op. 25-148 (Ct. Int'l Trade 2025)", True),
        ("Vela Metals v. Ostrander, 612 F.3d 88 (2d Cir. 2024)", True),
        ("China v. the world: the fight over magnets (part 2, 2024)", False),
        ("The US v. China trade war escalates as tariffs rise in 2025.", False),
    ],
)
def test_a_case_citation(line: str, cited: bool) -> None:
    assert case_citation(line) is cited


def test_a_case_citation_under_the_headline_is_no_standfirst() -> None:
    article = read(
        "Court upholds duties on imported magnet assemblies\n"
        "Ardent Drive Systems LLC v. United States, Slip Op. 25-148 (Ct. Int'l Trade Nov. 24, 2025)\n"
        "Posted November 26, 2025 by Rachel Oduya\n"
        f"{LEAD}\n{MORE}\n{LAST}\n"
    )
    assert article.dek is None


def test_a_date_in_a_datelines_brackets_is_no_agency() -> None:
    head = split_dateline("HELENA, Mont. (Dec. 2, 2025) – The committee advanced the bill.")
    assert head is not None and head[2] is None
    wire = split_dateline("BEIJING, April 25 (Reuters) - China said it would act.")
    assert wire is not None and wire[2] == "Reuters"


RELEASE = (
    "EXHIBIT 99.1\n"
    "Tallgrass Magnetics Reports Third Quarter 2025 Results; Signs First Defense Supply Agreement\n"
    "Revenue up 61% year over year to $38.2 million\n"
    "First magnet deliveries under a defense program expected in Q2 2026\n"
    "Company reaffirms full-year guidance\n"
    f"FORT WORTH, Texas, November 6, 2025 (GLOBE NEWSWIRE) -- {LEAD}\n{MORE}\n{LAST}\n"
)


def test_a_releases_subheads_without_bullets_are_its_key_points() -> None:
    article = read(RELEASE)
    assert article.title.startswith("Tallgrass Magnetics Reports")
    assert article.dek is None
    assert article.highlights == (
        "Revenue up 61% year over year to $38.2 million",
        "First magnet deliveries under a defense program expected in Q2 2026",
        "Company reaffirms full-year guidance",
    )
    assert str(article.date) == "2025-11-06"


def test_a_standfirst_under_a_headline_is_no_subhead() -> None:
    # One line under the headline, and no dateline: a standfirst.
    article = read(
        "Tallgrass Magnetics Signs First Defense Supply Agreement\n"
        "The magnet maker will supply guidance-system parts from 2026\n"
        f"{LEAD}\n{MORE}\n{LAST}\n"
    )
    assert article.highlights == ()
    assert article.dek == "The magnet maker will supply guidance-system parts from 2026"


def test_items_under_a_colon_that_lost_their_bullets() -> None:
    article = read(
        "International trade: September 2025 quarter\nReleased 4 December 2025\n"
        f"{LEAD}\n"
        "Key facts\n"
        "In the September 2025 quarter, compared with the June 2025 quarter:\n"
        "goods exports rose $1.1 billion to $19.4 billion\n"
        "goods imports rose $0.4 billion to $20.3 billion\n"
        f"{MORE}\n{LAST}\n"
    )
    assert article.highlights == (
        "goods exports rose $1.1 billion to $19.4 billion",
        "goods imports rose $0.4 billion to $20.3 billion",
    )


def test_a_sentence_broken_at_its_links_is_still_joined() -> None:
    article = read(
        f"Ministry widens checks\n\n{LEAD}\n\nThe\nEuropean Commission\n"
        "on Tuesday named three more minerals, officials said.\n\n{MORE}\n"
    )
    assert "The European Commission on Tuesday named three more minerals" in body_text(article)


def test_a_download_after_the_headline_names_no_site() -> None:
    article = read(
        "International trade: September 2025 quarter\n"
        f"{LEAD}\n{MORE}\n{LAST}\n"
        "International trade: September 2025 quarter – CSV (1.2 MB)\n"
    )
    assert "CSV" not in (article.source_name or "")


def test_a_member_notices_memo_header_under_the_sites_menu() -> None:
    article = read(
        "NORDIC METALS EXCHANGE\nTrading\nClearing\nMember login\nNotices\nNotice 25/318\n"
        "To: All Members\nFrom: Head of Market Operations\n"
        "Subject: Launch of cash-settled NdPr oxide futures contract\nDate: 01 December 2025\n"
        f"{LEAD}\n{MORE}\n{LAST}\n"
    )
    assert article.title == "Launch of cash-settled NdPr oxide futures contract"
    assert article.source_name != "Head of Market Operations"
    assert str(article.date) == "2025-12-01"


def test_a_releases_end_mark_closes_the_story() -> None:
    article = read(
        f"Senate panel advances permit bill\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n\n###\n\n"
        "Sen. Garrett Kessler represents Senate District 27 in Billings.\n"
    )
    assert "represents Senate District 27" not in body_text(article)


def test_a_heading_under_a_list_of_fields() -> None:
    article = read(
        f"Exchange launches NdPr futures\n\n{LEAD}\n\nLot size: 1 tonne\n\nTick size: US$0.05\n\n"
        f"Connectivity testing\n\n{MORE}\n\n{LAST}\n"
    )
    assert "Connectivity testing" in headings(article)


# dev42: pages of international bodies.


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("(Provisional translation)", "translation_note"),
        ("Unofficial translation", "translation_note"),
        ("Chart", "figure_placeholder"),
        ("Figure 2", "figure_placeholder"),
    ],
)
def test_notes_and_placeholders_of_official_pages(line: str, rule: str) -> None:
    found = classify(line)
    assert found is not None and found.name == rule


@pytest.mark.parametrize("line", ["Chart of the Week", "Charts show a rise in prices"])
def test_lines_about_charts_are_no_placeholders(line: str) -> None:
    found = classify(line)
    assert found is None or found.name != "figure_placeholder"


def test_the_first_question_under_a_faq_heading_is_a_heading() -> None:
    article = read(
        f"Commodity report released\n\n{LEAD}\n\n{MORE}\n\nFrequently asked questions\n\n"
        "What is commodity dependence?\n\nA country is commodity-dependent when commodities "
        "are most of its exports, the report says.\n\nWhich minerals are covered?\n\n"
        f"{LAST}\n"
    )
    assert headings(article) == [
        "Frequently asked questions",
        "What is commodity dependence?",
        "Which minerals are covered?",
    ]


def test_the_summary_over_the_headlines_share_row_is_the_standfirst() -> None:
    summary = (
        "Several members raised concerns about export restrictions on critical minerals "
        "at a meeting of the committee. The discussion was the longest on any topic since 2012."
    )
    article = read(
        "NEWS ITEMS\n28 November 2025\n"
        "Members discuss export restrictions on critical minerals at committee\n"
        f"{summary}\nShare\nTweet\nFacebook\nLinkedIn\nEmail\n{LEAD}\n{MORE}\n{LAST}\n"
    )
    assert article.dek == summary
    assert LEAD in body_text(article)


def test_a_lead_over_a_single_share_button_stays_the_lead() -> None:
    article = read(
        f"Members discuss export restrictions\n28 November 2025\n{LEAD}\nShare\n{MORE}\n{LAST}\n"
    )
    assert article.dek is None
