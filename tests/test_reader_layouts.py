"""The reader on layouts of its fourth round (issue 13): bylines in more forms,
headings told from list items and contact blocks by their neighbours, key
points that stop where their shape changes, deks told from leads."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.reader.datelines import split_dateline
from generator.reader.meta import parse_meta
from generator.reader.rules import classify
from tests.reader_story import LAST, LEAD, MORE, body_text, headings, read


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("By Jane Doe, Maria Lopez and Kenji Sato", "Jane Doe, Maria Lopez and Kenji Sato", None),
        ("By Jane Doe Staff Writer", "Jane Doe", None),
        ("By Jane Doe Reuters", "Jane Doe", "Reuters"),
        ("By Jane Doe for The Ledger", "Jane Doe", "The Ledger"),
        ("By Jane Doe (Reuters)", "Jane Doe", "Reuters"),
        ("By Jane Doe / Bloomberg", "Jane Doe", "Bloomberg"),
        ("By Jane Doe with Kenji Sato", "Jane Doe and Kenji Sato", None),
        ("Contributor: Jane Doe", "Jane Doe", None),
        ("By Mining.com staff", None, "Mining.com"),
        ("Reuters, March 3, 2025", None, "Reuters"),
    ],
)
def test_bylines_in_more_forms(line: str, author: str | None, source: str | None) -> None:
    meta = parse_meta(line)
    assert meta is not None
    assert (meta.author, meta.source) == (author, source)


def test_a_date_and_a_time_after_a_slash() -> None:
    meta = parse_meta("Posted: Mar 12, 2025 / 11:02 AM EST")
    assert meta is not None and meta.published == dt.date(2025, 3, 12)


def test_no_name_is_read_from_a_byline_to_no_one() -> None:
    meta = parse_meta("By Our Correspondent")
    assert meta is None or meta.author is None


def test_a_place_a_date_and_an_agency_make_a_dateline() -> None:
    found = split_dateline("London, 7 April (MetalDesk) — Prices rose for a third week.")
    assert found is not None and found[2] == "MetalDesk"


def test_a_name_and_a_job_title_under_the_headline_are_the_byline() -> None:
    article = read(
        "Gallium checks slow shipments at southern ports\n"
        "Niamh Costello Industry correspondent\n"
        f"{LEAD}\n{MORE}\n"
    )
    assert article.author == "Niamh Costello"
    assert "correspondent" not in body_text(article)


def test_short_lines_under_a_lead_in_are_list_items_not_headings() -> None:
    article = read(
        "Gallium checks slow shipments at southern ports\n"
        f"{LEAD}\nThe inspections cover three kinds of goods:\n"
        "Gallium metal, in ingots\nGallium oxide powder\nScrap from wafer plants\n"
        f"{MORE}\nWhat comes next\n{LAST}\n"
    )
    assert headings(article) == ["What comes next"]
    assert "Gallium oxide powder" in body_text(article)


def test_a_contact_block_is_no_heading() -> None:
    article = read(
        "Gallium checks slow shipments at southern ports\n"
        f"{LEAD}\n{MORE}\nHelen Brandt\nManaging Director\n{LAST}\n"
    )
    assert headings(article) == []


def test_numbered_headings_in_a_paste_without_blank_lines() -> None:
    article = read(
        "Three reasons the checks will last\n"
        f"{LEAD}\n1. THE LICENCES ARE NEW\n{MORE}\n2. THE QUARTER IS LONG\n{LAST}\n"
    )
    assert headings(article) == ["1. THE LICENCES ARE NEW", "2. THE QUARTER IS LONG"]


def test_key_points_stop_at_a_line_of_another_shape() -> None:
    article = read(
        "Three reasons the checks will last\n"
        "Summary\n"
        "Customs officers are opening more containers.\n"
        "Shipments now take days longer.\n"
        "Premium Research Service\n"
        f"{LEAD}\n{MORE}\n"
    )
    assert article.highlights == (
        "Customs officers are opening more containers.",
        "Shipments now take days longer.",
    )
    assert LEAD in body_text(article)


def test_key_points_under_a_label_stop_at_the_much_longer_lead() -> None:
    article = read(
        "In short:\n"
        "Customs officers are opening more gallium containers at three ports.\n"
        "Shipments now take days longer than before.\n"
        f"{LEAD} {MORE}\n{LAST}\n"
    )
    assert len(article.highlights) == 2
    assert LEAD in body_text(article)


def test_a_first_paragraph_under_a_byline_with_a_caption_below_is_the_lead() -> None:
    article = read(
        "Gallium checks slow shipments at southern ports\n"
        "By Jane Doe\n"
        f"{LEAD}\n"
        "Containers at the port of Shekou. Photo: Jane Doe/The Ledger\n"
        f"{MORE}\n{LAST}\n"
    )
    assert article.dek is None
    assert LEAD in body_text(article)


@pytest.mark.parametrize(
    "line",
    ["Save for later", "Log in to comment", "Continue reading below", "Play video", "Page 1 of 2"],
)
def test_a_line_of_interface_words_is_chrome(line: str) -> None:
    rule = classify(line)
    assert rule is not None and rule.name == "interface"


@pytest.mark.parametrize(
    "line",
    ["What to watch next", "They did not comment.", "The report", "Open questions", "More to come"],
)
def test_a_heading_or_sentence_of_common_words_is_not(line: str) -> None:
    rule = classify(line)
    assert rule is None or rule.name != "interface"


@pytest.mark.parametrize(
    ("tail", "source"),
    [
        ("All content © 2025 Asia Metals Daily.", "Asia Metals Daily"),
        ("Copyright © 2025 Asia Metals Daily | All Rights Reserved", "Asia Metals Daily"),
        ("(Source: Asia Metals Daily)", "Asia Metals Daily"),
        ("Via Asia Metals Daily", "Asia Metals Daily"),
        ("Follow Asia Metals Daily on LinkedIn", "Asia Metals Daily"),
    ],
)
def test_the_source_named_below_the_story(tail: str, source: str) -> None:
    article = read(f"Gallium checks slow shipments at southern ports\n{LEAD}\n{MORE}\n{tail}\n")
    assert article.source_name == source


def test_a_press_release_takes_its_distributor_as_source() -> None:
    article = read(
        "Coralbay starts a gallium pilot plant\n"
        f"SYDNEY, Australia, March 3, 2025 /PRNewswire/ -- {LEAD}\n{MORE}\n"
    )
    assert article.source_name == "PR Newswire"


@pytest.mark.parametrize("top", ["Asia Metals Daily", "4 min", "Listen to this article\n4 min"])
def test_a_site_name_or_furniture_alone_above_the_story_is_no_headline(top: str) -> None:
    article = read(f"{top}\n{LEAD}\n{MORE}\n{LAST}\n")
    assert article.title == ""


def test_a_box_of_links_inside_the_story_ends_where_the_story_goes_on() -> None:
    article = read(
        "Gallium checks slow shipments at southern ports\n"
        f"{LEAD}\n{MORE}\nRecommended Stories\nCopper price climbs as smelters cut output\n"
        "Customs officers say the checks on gallium shipments at the southern ports will go on "
        "until the commerce ministry reviews its export licences.\n"
    )
    text = body_text(article)
    assert "will go on until the commerce ministry" in text
    assert "Copper price climbs" not in text


def test_points_under_a_highlights_label_inside_a_press_release() -> None:
    article = read(
        "Coralbay starts a gallium pilot plant\n"
        f"{LEAD}\nHighlights:\nPilot plant designed for five tonnes a year\n"
        f"First product expected in the second quarter\n{MORE}\n"
    )
    assert article.highlights == (
        "Pilot plant designed for five tonnes a year",
        "First product expected in the second quarter",
    )


def test_a_name_alone_below_the_story_signs_it() -> None:
    article = read(
        f"Gallium checks slow shipments at southern ports\n{LEAD}\n{MORE}\nHoang Minh Chau\n"
    )
    assert article.author == "Hoang Minh Chau"


def test_end_marks_and_footnote_markers_come_off_sentences() -> None:
    article = read(
        f"Gallium checks slow shipments at southern ports\n{LEAD[:-1]}.[1]\n{MORE[:-1]}.Enditem\n"
    )
    text = body_text(article)
    assert "[1]" not in text and "Enditem" not in text


def test_a_sentence_cut_at_a_link_is_no_heading() -> None:
    article = read(
        "Gallium checks slow shipments at southern ports\n"
        f"{LEAD}\nThe Shekou terminal, which opened in\n{MORE}\n{LAST}\n"
    )
    assert headings(article) == []


def test_an_unnamed_speaker_with_two_place_phrases() -> None:
    from generator.extract.unnamed import unnamed_ending

    assert unnamed_ending("An executive at a smelter in Ganzhou") == (
        "An executive at a smelter in Ganzhou"
    )


def test_a_title_of_office_before_a_name_is_an_honorific() -> None:
    from generator.extract.aliases import without_honorific

    assert without_honorific("Sen. Laura Whitcomb") == "Laura Whitcomb"


@pytest.mark.parametrize(
    ("line", "date"),
    [("3-Mar-2025", dt.date(2025, 3, 3)), ("2025年3月3日", dt.date(2025, 3, 3))],
)
def test_more_date_forms(line: str, date: dt.date) -> None:
    meta = parse_meta(line)
    assert meta is not None and meta.published == date


def test_a_job_title_in_brackets_after_the_name() -> None:
    article = read(
        f"Gallium checks slow shipments at southern ports\nJane Doe (Senior Analyst)\n{LEAD}\n{MORE}\n"
    )
    assert article.author == "Jane Doe"


def test_a_short_sentence_case_line_above_the_lead_is_no_heading() -> None:
    article = read(
        "Gallium checks slow shipments at southern ports\nBy Jane Doe\n"
        f"Port checks\n{LEAD}\n{MORE}\n"
    )
    assert headings(article) == []


@pytest.mark.parametrize(
    "line",
    [
        "READ: Copper prices rise",
        "Also on our site: Copper prices rise",
        "Want more stories like this? Subscribe today.",
        "Have a tip? Email us at tips@example.com",
        "Reuters/Jane Doe",
        "Image 1 of 3",
        "Share this story on social media",
        "—",
    ],
)
def test_more_chrome_inside_the_story(line: str) -> None:
    article = read(
        f"Gallium checks slow shipments at southern ports\n{LEAD}\n{MORE}\n{line}\n{LAST}\n"
    )
    text = body_text(article)
    assert line not in text and LAST in text


def test_emoji_bullets_are_key_points() -> None:
    article = read(
        "Gallium checks slow shipments at southern ports\nKey facts\n"
        "🔹 Checks add days to shipments\n🔹 Licences are still needed\n"
        f"{LEAD}\n{MORE}\n"
    )
    assert article.highlights == ("Checks add days to shipments", "Licences are still needed")


@pytest.mark.parametrize(
    "headline", ["Gallium Checks Widen", "Customs Officers Open Containers", "Port Checks Slow"]
)
def test_a_short_headline_over_a_date_is_the_title_not_a_byline(headline: str) -> None:
    # Capitalised like a name, but the story uses its words as common words.
    article = read(f"{headline}\n\nMarch 12, 2025\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n")
    assert article.title == headline
    assert article.author is None


def test_a_name_alone_over_a_date_is_the_byline_and_no_title() -> None:
    article = read(f"Dana Whitfield\n\nMarch 12, 2025\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n")
    assert article.title == ""
    assert article.author == "Dana Whitfield"
