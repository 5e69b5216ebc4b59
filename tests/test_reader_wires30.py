"""The reader on wire stories republished by portals, broadcasters and
terminals (dev30): the wire desk's tags and version notes, a feed's headline
rows, a weather widget and an alert banner above the headline, end marks."""

from __future__ import annotations

import pytest

from generator.reader.inline_rules import strip_inline_boilerplate
from generator.reader.rules import classify
from generator.reader.wire_rules import wire_tags
from tests.reader_story import LEAD, MORE, body_text, read


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("UPDATE 2-Australia to buy rare earths for reserve", "UPDATE 2-"),
        ("RPT-UPDATE 1-China curbs gallium technology exports", "RPT-UPDATE 1-"),
        ("EXCLUSIVE-Japan weighs magnet stockpile", "EXCLUSIVE-"),
    ],
)
def test_a_wire_desks_tags_before_its_headline(line: str, tags: str) -> None:
    assert wire_tags(line) == (tags, line[len(tags) :])


@pytest.mark.parametrize(
    "line",
    [
        # a country's letters joined to another's: a headline
        "US-China talks resume in Geneva",
        "ASEAN-China pact covers minerals",
        # a tag in lower case is a word of the headline
        "Update-free licences ease exports",
    ],
)
def test_no_wire_tag(line: str) -> None:
    assert wire_tags(line) is None


def test_the_tags_come_off_the_headline() -> None:
    article = read(
        "UPDATE 2-Australia to buy rare earths for strategic reserve\n\n"
        "(Adds comment from analyst in paragraph 3, updates shares)\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    assert article.title == "Australia to buy rare earths for strategic reserve"
    assert "Adds comment" not in body_text(article)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "(Adds comment from China's commerce ministry in paragraph 8, updates shares)",
            "update_note",
        ),
        ("(Corrects spelling of minister's name in paragraph 4)", "update_note"),
        ("04:12 ET   China to Add Gallium Technology to Export Curbs | DJ", "feed_row"),
        ("03:15 ET   Lithium Carbonate Futures Slip in Guangzhou | MT Newswires", "feed_row"),
        ("Related tickers: NGRM  TVMG  5711.T", "story_codes"),
        ("Subjects: Trade  Export Controls  Metals  China", "story_codes"),
        ("Write to Grace Liu at grace.liu@wsj.com and Tom Roe at tom.roe@wsj.com", "write_to"),
        ("(END)", "end_line"),
        ("(END) Dow Jones Newswires", "end_line"),
        ("47° Partly cloudy Sacramento", "weather"),
        ("12°C Sunny", "weather"),
        ("ALERT: Winter storm warning for the Sierra from 4 p.m. Thursday.", "alert_banner"),
        ("Weather alert: Flood watch for the valley until Friday", "alert_banner"),
    ],
)
def test_wire_and_station_furniture(line: str, rule: str) -> None:
    found = classify(line)
    assert found is not None and found.name == rule


@pytest.mark.parametrize(
    "line",
    [
        # a sentence in brackets that no desk writes
        "(Shares in the company rose 4% in early trade.)",
        # a story's own sentence about an alert, and a time in prose
        "The alert: ministry officials said the rules would change.",
        "At 10:30 the minister said the plan | was final",
        "Temperatures of 47° are common in the desert in summer.",
    ],
)
def test_body_lines_are_no_wire_furniture(line: str) -> None:
    found = classify(line)
    assert found is None or found.name not in {
        "feed_row",
        "alert_banner",
        "weather",
        "end_line",
    }


def test_an_updates_paragraph_mark_comes_off() -> None:
    text = '"The question is how long it lasts," said an analyst. (NEW) Prices rose.'
    assert strip_inline_boilerplate(text) == (
        '"The question is how long it lasts," said an analyst. Prices rose.'
    )
    # "(new)" in lower case is the story's word
    assert "(new)" in strip_inline_boilerplate("a plant (new) and an old one")


def test_a_weather_widget_and_alert_over_a_wire_story_are_no_headline() -> None:
    article = read(
        "KTVR 9 NEWS\n\n47°  Partly cloudy   Sacramento\n\n"
        "ALERT: Winter storm warning for the Sierra from 4 p.m. Thursday.\n\n"
        "NATION & WORLD\n\nUS opens tariff probe into Chinese magnets\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    assert article.title == "US opens tariff probe into Chinese magnets"
    assert "Winter storm" not in body_text(article)
