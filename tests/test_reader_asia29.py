"""The reader on Asian and Pacific outlets in English (``tests/eval/dev29``): a
masthead in capitals with its tagline, a dateline's agency standing for the
site's name, a month-first stamp the dateline settles, a name holding a
weekday's letters, share rows of Asian networks, promos behind an arrow and
newsletter and copyright furniture."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.reader.dates import find_dates, month_day, settle_order
from generator.reader.initials import initials
from generator.reader.rules import classify
from generator.reader.title_shapes import masthead_in_capitals
from generator.reader.widgets import is_tool_strip
from tests.reader_story import LEAD, MORE, body_text, read

TITLE = "Taiwan chip suppliers seek non-Chinese gallium as Beijing tightens controls"


def test_a_masthead_in_capitals_with_its_tagline_is_no_headline() -> None:
    assert masthead_in_capitals("FORMOSA WIRE  Taiwan News in English")
    assert masthead_in_capitals("THE TOKYO ECONOMIC JOURNAL  English Edition")
    # An acronym opening a headline, a whole line in capitals, a sentence.
    assert not masthead_in_capitals("US CHIPS Act funds two gallium plants")
    assert not masthead_in_capitals("CHINA BANS GALLIUM EXPORTS")
    assert not masthead_in_capitals("BREAKING NEWS China bans gallium exports to the US.")
    assert not masthead_in_capitals(
        "ASIA MARKETS Beijing and Tokyo agree to resume talks on rare earth quotas"
    )
    text = "\n".join(
        ("FORMOSA WIRE  Taiwan News in English", "Business", TITLE, "12/03/2025 04:38 PM")
    )
    article = read(text + "\n\n" + LEAD + "\n\n" + MORE)
    assert article.title == TITLE


def test_a_datelines_initials_stand_for_the_sites_name() -> None:
    assert initials("Formosa Wire") == "FW"
    assert initials("The Straits Minerals Monitor") == "SMM"
    text = "\n".join(
        (
            "Formosa Wire",
            TITLE,
            "12/03/2025 04:38 PM",
            "",
            "Taipei, Dec. 3 (FW) " + LEAD,
            "",
            MORE,
            "",
            "Copyright © 2025 Formosa Wire. All Rights Reserved.",
        )
    )
    article = read(text)
    assert article.source_name == "Formosa Wire"
    # "12/03/2025" read month first, as the dateline's "Dec. 3" says.
    assert article.date == dt.date(2025, 12, 3)


def test_a_dateline_settles_the_order_of_a_numeric_date_only_when_it_agrees() -> None:
    assert month_day("Taipei, Dec. 3 (FW)") == (12, 3)
    assert month_day("LONDON, 7 April (MetalDesk)") == (4, 7)
    assert month_day("BEIJING (Xinhua)") is None
    march = dt.date(2025, 3, 12)
    assert settle_order(march, (12, 3)) == dt.date(2025, 12, 3)
    # A dateline naming the same date, another date or none leaves it.
    assert settle_order(march, (3, 12)) == march
    assert settle_order(march, (6, 1)) == march
    assert settle_order(march, None) == march
    assert settle_order(dt.date(2025, 3, 20), (20, 3)) == dt.date(2025, 3, 20)


def test_a_name_holding_a_weekdays_letters_keeps_them() -> None:
    stamp = find_dates("By Nguyen Thu Trang   Tuesday, 2/12/2025, 10:15 (GMT+7)")
    assert stamp is not None
    assert stamp.published == dt.date(2025, 12, 2)
    assert stamp.rest.split(",")[0].strip() == "By Nguyen Thu Trang"
    stamp = find_dates("Sun Wei, 3 June 2025")
    assert stamp is not None and stamp.rest == "Sun Wei"
    # A weekday's abbreviation before a month or a figure is still the weekday.
    for text in ("Thu Dec 4, 2025", "Thu 4 Dec 2025", "Thu, Dec 4, 2025", "Thu. 4 December 2025"):
        stamp = find_dates(text)
        assert stamp is not None and stamp.rest == "", text


def test_a_byline_with_a_vietnamese_middle_name_keeps_it() -> None:
    text = "\n".join(
        (TITLE, "By Nguyen Thu Trang   Tuesday, 2/12/2025, 10:15 (GMT+7)", "", LEAD, "", MORE)
    )
    assert read(text).author == "Nguyen Thu Trang"


@pytest.mark.parametrize(
    "text",
    [
        "공유  Facebook  X  KakaoTalk  Link copy",
        "Share to: WeChat Weibo QQ",
        "Share  LINE  Facebook  X",
    ],
)
def test_a_share_row_of_asian_networks_is_a_tool_strip(text: str) -> None:
    assert is_tool_strip(text)


def test_a_share_row_is_no_standfirst() -> None:
    text = "\n".join(
        (
            TITLE,
            "Published : Dec. 3, 2025 - 15:22",
            "By Park Ji-won",
            "공유  Facebook  X  KakaoTalk  Link copy",
            "",
            LEAD,
            "",
            MORE,
        )
    )
    article = read(text)
    assert article.dek is None
    assert "KakaoTalk" not in body_text(article)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Related article: Hyundai Motor seeks magnet suppliers", "read_more"),
        ("Related stories: Lynas posts record output", "read_more"),
        ("Reply to this email with tips or corrections.", "newsletter"),
        ("That's all for this week. Reply to this email with tips.", "newsletter"),
        ("The Tokyo Economic Journal Inc. No reproduction without permission.", "copyright"),
        ("This article may not be reproduced without the publisher's consent.", "copyright"),
    ],
)
def test_promos_and_notices_of_asian_pages_are_furniture(text: str, rule: str) -> None:
    found = classify(text)
    assert found is not None and found.name == rule


def test_a_promo_behind_an_arrow_is_no_list_item() -> None:
    promo = "▶ Related article: Hyundai Motor, LG Energy Solution seek magnet suppliers"
    article = read("\n\n".join((TITLE, LEAD, promo, MORE)))
    assert "Hyundai" not in body_text(article)
    # A list's item behind an arrow stays.
    point = "▶ Exports of magnets rose 9 percent in November"
    article = read("\n\n".join((TITLE, LEAD, point, MORE)))
    assert "Exports of magnets rose" in body_text(article)


def test_sentences_about_reproduction_and_replies_stay() -> None:
    for text in (
        "The ministry said the results may not be reproduced by other laboratories.",
        "Officials did not reply to this newspaper's questions by Wednesday.",
    ):
        assert classify(text) is None, text


def test_an_agencys_byline_in_brackets_under_the_story_names_the_authors() -> None:
    text = "\n\n".join(
        (TITLE, LEAD, MORE, "(By Chen Yu-ting and Lee Hsin-yi)\nEnditem/ls", "Related News")
    )
    article = read(text)
    assert article.author == "Chen Yu-ting and Lee Hsin-yi"
    assert "Chen Yu-ting" not in body_text(article)
    # A bracketed aside that names no writer is no byline.
    text = "\n\n".join((TITLE, LEAD, MORE, "(By value, not by volume)"))
    assert read(text).author is None
