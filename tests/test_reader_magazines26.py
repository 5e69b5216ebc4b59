"""The reader on magazine and trade-portal pages (dev26): a menu pasted as one
spaced row, ranks before a byline's or a speaker's name, a podcast's host."""

from __future__ import annotations

import pytest

from generator.extract.aliases import without_honorific
from generator.reader.bylines import parse_byline
from generator.reader.lines import is_spaced_menu
from generator.reader.rules import classify
from tests.reader_story import body_text, headings, read


@pytest.mark.parametrize(
    "raw",
    [
        "News  Features  Commodities  Equipment  People  Webinars",
        "Episodes   Hosts   Newsletter   Sponsor the show   Contact",
    ],
)
def test_a_row_of_entries_parted_by_runs_of_spaces_is_a_menu(raw: str) -> None:
    assert is_spaced_menu(raw)


@pytest.mark.parametrize(
    "raw",
    [
        # one space between words: a headline
        "The Long Road From Ore to Oxide",
        # figures: a table's row
        "NdPr oxide 99%    FOB China, $/kg    63.10-64.40    +1.25",
        # three entries only
        "Subscribe | Digital Edition  Events  Advertise",
        # a sentence's ending
        "Prices rose.  Buyers waited.  Traders held.  Nobody sold.",
        # capitals: the tool and menu rules read it
        "SAVE THIS ARTICLE   EMAIL THIS ARTICLE   PRINT THIS ARTICLE   ARTICLE ENQUIRY",
        # an entry of four words
        "Home  About  The world of mining  Contact",
    ],
)
def test_a_line_that_is_no_spaced_menu(raw: str) -> None:
    assert not is_spaced_menu(raw)


def test_a_spaced_menu_above_the_headline_is_not_the_title() -> None:
    article = read(
        "MINING MONTHLY\n\nNews  Features  Commodities  Equipment  People  Webinars\n\n"
        "The Long Road From Ore to Oxide\n\nBy Ann Lowe\n\n"
        "Standing on the gantry above the cells, the plant's manager points at a tank "
        "of solution that has run through forty stages of extraction this week.\n\n"
        "The company is one of a dozen trying to refine its own ore at home rather "
        "than ship a mixed concentrate abroad for separation.\n"
    )
    assert article.title == "The Long Road From Ore to Oxide"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Cmdr. (ret.) Gareth Pryce and Lena Vogt", "Gareth Pryce and Lena Vogt"),
        ("By Colonel Ann Roe", "Ann Roe"),
        ("Hosted by Priya Natarajan", "Priya Natarajan"),
    ],
)
def test_ranks_come_off_a_byline_and_a_host_signs_an_episode(line: str, author: str) -> None:
    meta = parse_byline(line)
    assert meta is not None and meta.author == author


@pytest.mark.parametrize(
    ("name", "clean"),
    [
        ("Colonel Ramona Ashby", "Ramona Ashby"),
        ("Commander Ian Roe", "Ian Roe"),
        ("Lieutenant Ana Silva", "Ana Silva"),
        # "General" opens companies' names: it stays
        ("General Motors", "General Motors"),
    ],
)
def test_a_rank_written_out_is_no_part_of_a_name(name: str, clean: str) -> None:
    assert without_honorific(name) == clean


INTERVIEW = (
    "MINING WIRE\n\nA Chief on Clay Rare Earths\n\nPosted by Jules Roe | 4 December 2025\n\n"
    "The explorer has spent two years drilling ionic clays, and its managing director "
    "spoke to us about processing, permits and buyers outside China.\n\n"
    "JMW: How far along are the permits?\n\n"
    "Tobias Wren: We lodged the environmental application with the state agency in "
    "August, and we expect a preliminary licence next year.\n\n"
    "JMW: Who are you talking to about offtake?\n\n"
    "Tobias Wren: Japanese and European magnet makers, mainly, who all want a second "
    "source of heavy rare earths.\n"
)


def test_questions_under_an_interviewers_repeated_label_are_no_headings() -> None:
    article = read(INTERVIEW)
    assert headings(article) == []
    assert "JMW: How far along are the permits?" in body_text(article)


def test_a_label_used_once_is_no_speakers_and_its_line_may_head_a_section() -> None:
    article = read(INTERVIEW.replace("JMW: Who are you", "Who are you"))
    assert headings(article) == [
        "JMW: How far along are the permits?",
        "Who are you talking to about offtake?",
    ]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "This episode is sponsored by Fieldgate Logistics. Use code SUPPLY for 10% off.",
            "sponsor",
        ),
        ("Music by Drift Audio. Produced by Tomás Berg.", "production_credits"),
        ("Edited by Ann Roe", "production_credits"),
        ("[Transcript continues for subscribers]", "continues_for_subscribers"),
        ("The rest of this article is available to paid subscribers.", "continues_for_subscribers"),
    ],
)
def test_a_shows_sponsor_read_credits_and_paywall_cut_are_furniture(line: str, rule: str) -> None:
    found = classify(line)
    assert found is not None and found.name == rule


@pytest.mark.parametrize(
    "line",
    [
        "Hosted by Priya Natarajan",
        "The music was produced by a studio in Lagos that the label bought in 2019.",
    ],
)
def test_a_byline_and_a_sentence_are_no_show_credits(line: str) -> None:
    found = classify(line)
    assert found is None or found.name != "production_credits"
