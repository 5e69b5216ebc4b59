"""The reader's context rules: where a box of links ends above the story, the
headline above a key-points box, key points that stop at the lead, bylines with
a job title, labelled photo credits, live-page widgets, headlines the link
joiner leaves alone, and pastes that are not hard-wrapped."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.reader.blocks import is_hard_wrapped
from generator.reader.bylines import parse_byline, strip_role_prefix
from generator.reader.captions import CAPTION_RULES
from generator.reader.headings import ends_with
from generator.reader.lines import read_lines, unwrap_heading_markup
from generator.reader.links import join_rule
from generator.reader.meta import parse_meta
from generator.reader.outlets import clean_outlet, is_outlet
from generator.reader.plaintext import read_plaintext
from generator.reader.rules import classify
from tests.reader_story import LEAD, MORE, body_text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("national resources reporter Kieran Doyle", "Kieran Doyle"),
        ("Senior Correspondent Ann Lee", "Ann Lee"),
        ("Ann Lee", "Ann Lee"),
        ("mining reporter", "mining reporter"),
    ],
)
def test_a_job_title_before_the_name_comes_off(text: str, name: str) -> None:
    assert strip_role_prefix(text) == name


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By national resources reporter Kieran Doyle", "Kieran Doyle"),
        ("Live coverage by Hannah Okafor", "Hannah Okafor"),
        ("By business reporter Ana Ruiz, Lima", "Ana Ruiz"),
    ],
)
def test_bylines_with_a_title_or_a_kind_of_story(line: str, author: str) -> None:
    meta = parse_byline(line)
    assert meta is not None and meta.author == author


@pytest.mark.parametrize(
    "line",
    [
        "The site near Karratha will turn concentrate into oxides.(Supplied: Tamarind Rare Earths)",
        "Trucks wait at the border crossing. [Image: Port of Qingdao]",
    ],
)
def test_a_sentence_with_a_labelled_credit_is_a_caption(line: str) -> None:
    assert CAPTION_RULES[0].matches(line)


def test_a_sentence_with_brackets_is_no_caption() -> None:
    assert not CAPTION_RULES[0].matches("Prices rose 4 percent (the most since 2021).")


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("13:58 GMT", "time_only"),
        ("9:15 a.m. ET", "time_only"),
        ("Last updated 14:52 KST", "stamp_time_only"),
        ("Updated at 08:05 BST", "stamp_time_only"),
        ("Published: 9.15am", "stamp_time_only"),
        ("2h ago: Joint statement confirms 90-day extension", "ago_link"),
        ("3 weeks ago · Quotas cut again", "ago_link"),
        ("5h ago", "relative_time"),
        ("Updated 12 mins ago", "relative_time"),
        ("an hour ago", "relative_time"),
        ("Show key events only", "key_events"),
        ("Please turn on JavaScript to use this feature", "script_notice"),
    ],
)
def test_live_page_widgets_are_furniture(line: str, rule: str) -> None:
    found = classify(line)
    assert found is not None and found.name == rule and found.kind == "boilerplate"


def test_a_time_inside_a_sentence_is_not_furniture() -> None:
    assert classify("At 13:58 GMT the joint statement was published in Stockholm.") is None
    assert classify("Updated rules take effect at 14:52 on Monday.") is None


def test_a_live_page_headline_wins_over_its_time_stamp() -> None:
    # A dateless stamp under the headline once out-scored it: five "words" over
    # a box of key points.
    page = (
        "LIVE: Leaders meet in Busan as the summit opens - latest\n\n"
        "Last updated 14:52 KST\n\nKey points\n- Checks add days to shipments\n\n"
        f"14:52\n{LEAD}\n\n13:40\n{MORE}\n"
    )
    article = read_plaintext(page, "live.txt")
    assert article.title == "LIVE: Leaders meet in Busan as the summit opens - latest"
    assert "14:52" not in body_text(article)


def test_a_headline_ending_on_a_small_word_is_not_joined_to_its_standfirst() -> None:
    title = "Gallium and germanium: what the curbs have changed, one year on"
    dek = "Beijing's licensing rules for two metals have reshaped prices far beyond China."
    assert join_rule(title, dek, None) is None
    # A linked phrase after a run-on word still joins.
    assert join_rule("Negotiators from", "the United States", "and") is not None
    assert join_rule("talks between the United States and", "China", ", officials said") is not None


def test_long_one_line_paragraphs_mean_the_paste_is_not_wrapped() -> None:
    short = ["Home", "Markets", "Contents", "1. The deal", "2. The reaction"] * 4
    text = "\n".join([*short, LEAD + " " + MORE, MORE + " " + LEAD])
    assert not is_hard_wrapped(read_lines(text))


def test_a_badge_over_the_headline_does_not_take_the_page() -> None:
    text = "\n".join(["LIVE", "Gallium shipments face new customs checks", LEAD, MORE])
    article = read_plaintext(text, "live.txt")
    assert article.title == "Gallium shipments face new customs checks"
    assert LEAD in body_text(article)


def test_a_menu_box_stops_at_the_headline_over_a_byline() -> None:
    text = "\n".join(
        ["Just In", "For You", "World", "Beijing tightens checks", "By Lin Yue", LEAD, MORE]
    )
    article = read_plaintext(text, "menu.txt")
    assert article.title == "Beijing tightens checks"
    assert article.author == "Lin Yue"
    assert "For You" not in body_text(article)


def test_the_headline_stands_above_the_key_points_and_the_points_stop_at_the_lead() -> None:
    text = "\n".join(
        [
            "Beijing tightens checks on gallium shipments",
            "By Lin Yue",
            "Key points:",
            "Ports open more containers declared as gallium",
            "Buyers in Europe hold larger stocks",
            LEAD,
            MORE,
        ]
    )
    article = read_plaintext(text, "points.txt")
    assert article.title == "Beijing tightens checks on gallium shipments"
    assert article.highlights == (
        "Ports open more containers declared as gallium",
        "Buyers in Europe hold larger stocks",
    )
    assert LEAD in body_text(article)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Font size: A- A+ Print Share", "tool_strip"),
        ("Email · Print · Save", "tool_strip"),
        ("SKIP ADVERTISEMENT", "advertisement"),
        ("Story continues", "advertisement"),
        ("Also Read | Mining ministry auctions first offshore mineral blocks", "read_more"),
        ("You have 2 free articles remaining this month.", "account"),
        ("Subscribe for $1 a week. Already a subscriber? Log in.", "account"),
    ],
)
def test_chrome_families_in_their_variants(line: str, rule: str) -> None:
    found = classify(line)
    assert found is not None and found.name == rule


@pytest.mark.parametrize(
    "line",
    ["Print a copy of the text", "Share prices fell", "Save the date for the auction"],
)
def test_tool_words_in_a_phrase_are_no_tool_strip(line: str) -> None:
    found = classify(line)
    assert found is None or found.name != "tool_strip"


@pytest.mark.parametrize(
    ("name", "clean"),
    [
        ("The National Ledger Company", "The National Ledger"),
        ("LinkedIn Corporation", "LinkedIn"),
        ("Geneva Trade Brief Sàrl", "Geneva Trade Brief"),
        ("Fast Company", "Fast Company"),
        ("Copyright 2024 Acme Media Inc.", "Acme Media"),
    ],
)
def test_a_publishers_legal_form_comes_off(name: str, clean: str) -> None:
    assert clean_outlet(name) == clean


def test_a_run_together_outlet_name_is_an_outlet() -> None:
    assert is_outlet("MiningWire")
    assert not is_outlet("McDonald")
    meta = parse_byline("By:MiningWire")
    assert meta is not None and meta.source == "MiningWire"


@pytest.mark.parametrize(
    ("line", "date", "source"),
    [
        ("JAKARTA, March 5, 2025", dt.date(2025, 3, 5), None),
        ("MetalsDaily 09:15 AM ET 04/22/2025", dt.date(2025, 4, 22), "MetalsDaily"),
    ],
)
def test_a_place_or_an_outlet_before_a_stamp(line: str, date: dt.date, source: str | None) -> None:
    meta = parse_meta(line)
    assert meta is not None and meta.published == date and meta.source == source


def test_the_headline_over_its_byline_beats_a_line_below_the_byline() -> None:
    text = "\n".join(
        [
            "Brazil's clay deposits draw Chinese and Western money",
            "By Isabela Fontes, São Paulo",
            "May 6, 2025",
            "LATIN MINING JOURNAL — PROJECTS",
            "On a red hillside west of Goiânia, a small crew is drilling into clay deposits "
            "that Brazil hopes will hold rare earths for Chinese and Western buyers.",
            "Ionic clay deposits draw money because rare earths in the clay are cheap to "
            "leach, the company said on Tuesday.",
        ]
    )
    article = read_plaintext(text, "site.txt")
    assert article.title == "Brazil's clay deposits draw Chinese and Western money"
    assert article.source_name == "Latin Mining Journal"
    assert [s.heading for s in article.sections if s.heading] == []


BODY = "\n".join([LEAD, MORE])


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # A programme's label over a headline in title case.
        (
            ["Energy Security Program", "Beijing Tightens Its Checks on Gallium Shipments"],
            "Beijing Tightens Its Checks on Gallium Shipments",
        ),
        # A profile's piped tagline under the headline and the author's name.
        (
            [
                "Customs checks on gallium shipments taught our plant a lesson",
                "VP Supply Chain at Helix Drive | Electrification | Strategic Sourcing",
            ],
            "Customs checks on gallium shipments taught our plant a lesson",
        ),
    ],
)
def test_headline_context(lines: list[str], title: str) -> None:
    text = "\n".join([*lines, "Published May 6, 2025", BODY])
    assert read_plaintext(text, "t.txt").title == title


def test_a_paragraph_of_two_sentences_ending_in_an_emoji_is_not_the_headline() -> None:
    post = "Our supplier in Ningbo could not ship anything for months, they told us. It took 91 days. 🧲"
    text = "\n".join(["Customs checks on gallium shipments", "Published May 6, 2025", post, BODY])
    article = read_plaintext(text, "post.txt")
    assert article.title == "Customs checks on gallium shipments"
    assert "It took 91 days." in body_text(article)


def test_an_emoji_after_the_full_stop_still_ends_the_sentence() -> None:
    assert ends_with("It took 91 days. 🧲", ".")
    assert not ends_with("Launch day ✅", ".")


def test_a_badge_that_took_the_only_headline_gives_it_back() -> None:
    text = "\n".join(["LIVE", "Markets live: Tariff talks lift metal stocks", BODY])
    assert read_plaintext(text, "badge.txt").title == "Markets live: Tariff talks lift metal stocks"


def test_a_question_as_long_as_a_paragraph_is_prose() -> None:
    question = (
        "Every few months a new tariff is announced on Chinese magnets, and every few "
        "months the same question follows: who will make them instead?"
    )
    text = "\n".join(
        ["Why tariffs alone will not rebuild a magnet industry", "By Ruth Okafor", question, BODY]
    )
    article = read_plaintext(text, "blog.txt")
    assert question in body_text(article)


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("## What buyers are doing", "What buyers are doing"),
        ("**What buyers are doing**", "What buyers are doing"),
        ("#rareearths #mining", "#rareearths #mining"),
        ("Prices rose **sharply** on Monday.", "Prices rose **sharply** on Monday."),
    ],
)
def test_heading_markup_around_a_whole_line_comes_off(line: str, text: str) -> None:
    assert unwrap_heading_markup(line) == text


def test_spaced_key_points_under_a_label_stop_at_a_much_longer_lead() -> None:
    points = [
        "Customs officers now open more containers declared as gallium, forwarders say.",
        "European buyers are holding larger stocks of the metal, traders said.",
    ]
    text = "\n\n".join(
        ["Beijing tightens checks on gallium", "By Lin Yue", "Key takeaways", *points, LEAD, MORE]
    )
    assert read_plaintext(text, "spaced.txt").highlights == tuple(points)
