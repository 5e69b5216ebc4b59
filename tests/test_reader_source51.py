"""The reader on authors and sources of its fifty-first round (issue 13,
``tests/eval/dev51``): a republishing note that describes the outlet it names,
"This article is republished with permission from X", "Source: X via Y", a
logo word over its alt text, a quote ticker above the masthead, "More from our
partners", a platform's "Member-only story" mark, a headline in title case
with full stops, and two writers each with a job title on one byline or two."""

from __future__ import annotations

import pytest

from generator.reader.features import is_headline_case
from generator.reader.lines import read_lines
from generator.reader.logo_alt import alt_text_name
from generator.reader.meta import parse_meta
from generator.reader.newspaper_rules import is_market_quote
from generator.reader.outlets import clean_outlet
from generator.reader.roled_names import names_with_roles
from tests.reader_story import LAST, LEAD, MORE, body_text, read

TITLE = "Gallium checks slow shipments from southern ports"


def pasted(*lines: str, after: tuple[str, ...] = ()) -> str:
    """A page with a blank line between its blocks."""
    return "\n\n".join((*lines, LEAD, MORE, LAST, *after)) + "\n"


def test_a_republishing_note_describing_its_outlet_names_it() -> None:
    page = pasted(
        "Clean Grid Daily",
        TITLE,
        "By Ann Lee",
        "This article first appeared on Policy Lens, an independent site for academic analysis. "
        "Read the original.",
        after=("© 2026 Clean Grid Daily Inc.",),
    )
    assert read(page).source_name == "Policy Lens"


def test_republished_with_permission_from_a_newsletter_at_the_top() -> None:
    note = (
        "This article is republished with permission from The Lithium Letter, "
        "an independent weekly newsletter on battery metals."
    )
    article = read(
        pasted("Stockhaven", TITLE, "By Ann Lee", note, after=("© 2026 Stockhaven Pty Ltd",))
    )
    assert article.source_name == "The Lithium Letter"
    assert "republished with permission" not in body_text(article)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nordic Metals Wire via Baltic Business Daily", "Nordic Metals Wire"),
        ("Reuters via Yahoo Finance", "Reuters"),
        ("Via Mercato News", "Via Mercato News"),
        ("Reuters/ab", "Reuters"),
        ("CNA/Reuters", "CNA/Reuters"),
    ],
)
def test_the_outlet_before_via_or_an_editors_initials(text: str, name: str) -> None:
    assert clean_outlet(text) == name


def test_a_source_line_with_via_names_the_wire() -> None:
    page = pasted(
        "Baltic Business Daily",
        TITLE,
        "2026-12-02 14:25",
        after=("Source: Nordic Metals Wire via Baltic Business Daily",),
    )
    assert read(page).source_name == "Nordic Metals Wire"


@pytest.mark.parametrize(
    ("word", "alt", "name"),
    [
        ("Harbourline", "Harbourline Business logo", "Harbourline Business"),
        ("Harbourline", "Logo: Harbourline Business", "Harbourline Business"),
        ("Harbourline", "Harbourline Business", None),
        ("Harbourline", "Singapore edition logo", None),
        ("Harbour Line", "Harbour Line Business logo", None),
    ],
)
def test_a_logo_words_alt_text_spells_the_name(word: str, alt: str, name: str | None) -> None:
    assert alt_text_name(word, alt) == name


def test_a_logo_word_over_its_alt_text_beats_the_groups_copyright() -> None:
    page = pasted(
        "Harbourline",
        "Harbourline Business logo",
        "Singapore edition",
        "Markets",
        TITLE,
        "Written by Ann Lee",
        after=("© 2026 Harbourline Media Group. All rights reserved.",),
    )
    assert read(page).source_name == "Harbourline Business"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("ASX 200 8,312.4 ▲ 0.62%", True),
        ("Gold US$2,642.10 ▲ 0.9%", True),
        ("Lithium carbonate CNY 78,500 ▼ 1.4%", True),
        ("Stockhaven", False),
        ("Shares rose 4% on Tuesday after the miner cut its guidance", False),
    ],
)
def test_a_quote_tickers_entry(text: str, quote: bool) -> None:
    assert is_market_quote(text) is quote


def test_a_ticker_above_the_masthead_is_no_site_name_nor_a_headline() -> None:
    page = pasted(
        "ASX 200 8,312.4 ▲ 0.62%",
        "Lithium carbonate CNY 78,500 ▼ 1.4%",
        "STOCKHAVEN",
        "Markets",
        "Small Caps",
        "Resources",
        "ASX Announcements",
        TITLE,
        "By Ann Lee, Contributor",
    )
    article = read(page)
    assert article.source_name == "STOCKHAVEN"
    assert article.author == "Ann Lee"


def test_more_from_our_partners_names_no_outlet() -> None:
    page = pasted("Harbour Gazette News", TITLE, "By Ann Lee", after=("MORE FROM OUR PARTNERS",))
    assert read(page).source_name == "Harbour Gazette News"


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Battery Passports Are Coming. Most Suppliers Aren't Ready.", True),
        ("Why the West Keeps Losing the Rare Earth Race", True),
        ("The plant will need about 900 tonnes of oxide a year.", False),
        ("Prices Rose.", False),
    ],
)
def test_a_headline_in_title_case(text: str, headline: bool) -> None:
    assert is_headline_case(text) is headline


def test_a_member_only_mark_and_a_title_case_headline_with_stops() -> None:
    page = pasted(
        "Open in app",
        "Sign in",
        "Member-only story",
        "Battery Passports Are Coming. Most Suppliers Aren't Ready.",
        "Ann Lee",
        "Follow",
        "Published in Circular Materials Review",
        "8 min read",
        "Nov 27, 2026",
    )
    article = read(page)
    assert article.title == "Battery Passports Are Coming. Most Suppliers Aren't Ready."
    assert article.source_name == "Circular Materials Review"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Dr. Amara Nwosu, Senior Editor and Felix Brandauer, Contributing Writer",
            "Amara Nwosu and Felix Brandauer",
        ),
        (
            "Ann Lee, Senior Editor; Tom Hale, Contributor; Mei Lin, Reporter",
            "Ann Lee, Tom Hale and Mei Lin",
        ),
        ("Jane Doe, Staff Writer and John Roe", "Jane Doe and John Roe"),
        ("Jane Doe and John Roe", None),
        ("Jane Doe, Reuters and John Roe", None),
    ],
)
def test_writers_each_with_a_job_title(text: str, names: str | None) -> None:
    assert names_with_roles(text) == names


def test_a_byline_with_two_roles_on_one_line() -> None:
    meta = parse_meta("By Jane Doe, Staff Writer and John Roe, Contributor")
    assert meta is not None and meta.author == "Jane Doe and John Roe"


def test_a_byline_going_on_over_a_second_line() -> None:
    page = pasted(
        TITLE,
        "Written by Dr. Amara Nwosu, Senior Editor",
        "and Felix Brandauer, Contributing Writer",
        "Published 2 December 2026",
    )
    article = read(page)
    assert article.author == "Amara Nwosu and Felix Brandauer"
    assert "Contributing Writer" not in body_text(article)


@pytest.mark.parametrize(
    "line",
    [
        "Try Premium for €0",
        "Try it free for 30 days",
        "Opinions are my own and do not represent those of my employer.",
    ],
)
def test_a_trial_pitch_and_an_opinions_note_are_furniture(line: str) -> None:
    article = read(pasted("Try Premium for free", TITLE, "By Ann Lee", line))
    assert article.title == TITLE
    assert line not in body_text(article)


@pytest.mark.parametrize(
    ("note", "source"),
    [
        ("This article was produced by Ore Weekly for Harbour Gazette.", "Ore Weekly"),
        ("This content was originally published by Ore Weekly on 3 March 2026.", "Ore Weekly"),
        ("This commentary was first published by Ore Weekly.", "Ore Weekly"),
    ],
)
def test_a_note_naming_the_first_publisher(note: str, source: str) -> None:
    article = read(pasted("Harbour Gazette", TITLE, "By Ann Lee", after=(note,)))
    assert article.source_name == source
    assert note not in body_text(article)


def test_a_publication_of_its_owner_named_in_the_footer() -> None:
    note = "Harbour Gazette is a publication of Westline Media Ltd."
    article = read(pasted("Home", "News", TITLE, "By Ann Lee", after=(note,)))
    assert article.source_name == "Harbour Gazette"
    assert note not in body_text(article)


@pytest.mark.parametrize(
    "line",
    [
        "Reported by Ann Lee; edited by Tom Hale",
        "Reporting by Ann Lee, editing by Tom Hale",
        "Words by Ann Lee. Photos by Tom Hale",
    ],
)
def test_an_editors_or_photographers_credit_after_the_byline_is_no_writer(line: str) -> None:
    meta = parse_meta(line)
    assert meta is not None and meta.author == "Ann Lee"


def test_three_names_under_the_headline_are_its_writers_not_its_standfirst() -> None:
    article = read(
        pasted("Harbour Gazette", TITLE, "Ann Lee, Tom Hale and Mei Lin", "3 December 2026")
    )
    assert (article.author, article.dek) == ("Ann Lee, Tom Hale and Mei Lin", None)


def test_the_original_article_on_an_outlet_names_the_first_publisher() -> None:
    article = read(
        pasted(
            "Harbour Gazette",
            TITLE,
            "By Ann Lee",
            after=("Read the original article on Ore Weekly.",),
        )
    )
    assert article.source_name == "Ore Weekly"


def test_a_note_that_the_writer_first_published_elsewhere() -> None:
    note = "This article was written by Ann Lee and originally published on Ore Weekly."
    article = read(pasted("Harbour Gazette", TITLE, "By Ann Lee", after=(note,)))
    assert article.source_name == "Ore Weekly"
    assert note not in body_text(article)


def test_an_outlet_after_the_writers_job_on_the_byline() -> None:
    meta = parse_meta("By Ann Lee, Senior Editor, Harbour Gazette")
    assert meta is not None and (meta.author, meta.source) == ("Ann Lee", "Harbour Gazette")


def test_a_site_signing_its_story_by_its_address() -> None:
    lead = "Investing.com -- " + LEAD
    article = read("\n\n".join(("Home", TITLE, "3 December 2026", lead, MORE, LAST)) + "\n")
    assert article.source_name == "Investing.com"
    assert "Investing.com --" not in body_text(article)


def test_a_one_word_masthead_named_again_in_the_footer() -> None:
    page = pasted(
        "Forbes",
        TITLE,
        "Ann Lee",
        "Contributor",
        after=("More From Forbes", "© 2026 Forbes Media LLC. All Rights Reserved."),
    )
    assert read(page).source_name == "Forbes"


def test_a_one_word_first_line_the_footer_does_not_name_is_no_site() -> None:
    page = pasted("Markets", TITLE, "By Ann Lee", after=("© 2026 Westline Media LLC.",))
    assert read(page).source_name == "Westline Media"


@pytest.mark.parametrize("line", ["Learn more", "Download the guide", "Find out more »"])
def test_a_boxs_call_to_act_is_no_heading(line: str) -> None:
    article = read(pasted(TITLE, "By Ann Lee", LEAD, line, MORE))
    assert line not in [s.heading for s in article.sections]
    assert line not in body_text(article)


def test_a_one_word_masthead_named_again_above_the_headline() -> None:
    page = pasted("Semafor", "Sign in", "Subscribe to Semafor", TITLE, "By Ann Lee")
    assert read(page).source_name == "Semafor"


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("By ANN B. LEE", "Ann B. Lee", None),
        ("By JOHN MERCER AP", "John Mercer", "AP"),
        ("By Ann Lee With Tom Hale", "Ann Lee and Tom Hale", None),
        ("Ann Lee, Contributor | Dec 3, 2026", "Ann Lee", None),
        ("Dec 3, 2026 | Ann Lee, Mining Editor", "Ann Lee", None),
    ],
)
def test_bylines_in_capitals_with_with_and_beside_a_date(
    line: str, author: str, source: str | None
) -> None:
    meta = parse_meta(line)
    assert meta is not None and (meta.author, meta.source) == (author, source)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Sun-hee Park reported from Seoul, Daniel Achebe from Singapore and Lena Vogt from Tokyo.",
            "reported_from",
        ),
        ("Republish this article", "republish_prompt"),
    ],
)
def test_credits_and_counters_under_the_story_are_furniture(line: str, rule: str) -> None:
    (found,) = read_lines(line + "\n")[:1]
    assert (found.kind, found.rule) == ("boilerplate", rule)
    article = read(pasted(TITLE, "By Ann Lee", after=(line, "Most read")))
    assert line not in body_text(article)


@pytest.mark.parametrize(
    "line",
    [
        "Xinhua Net reported from Beijing that the licences were delayed.",
    ],
)
def test_an_outlets_report_is_news(line: str) -> None:
    (found,) = read_lines(line + "\n")[:1]
    assert found.kind != "boilerplate"
