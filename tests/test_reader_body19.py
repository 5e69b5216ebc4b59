"""The reader on the headings, key points and chrome of its nineteenth round
(``tests/eval/dev19``): a first heading listed in a table of contents, marked
headings ("■ Background"), Japanese middle-dot bullets, a key-points label
whose box did not copy, a contents box after key points, and notes and promos
at a story's end."""

from __future__ import annotations

import pytest

from generator.reader.labels import is_bullet
from generator.reader.rules import classify
from tests.reader_story import LAST, LEAD, MORE, body_text, headings, read

TITLE = "Customs step up checks on gallium shipments at southern ports"


def _kind(text: str) -> str | None:
    rule = classify(text)
    return rule.kind if rule is not None else None


def test_a_first_heading_listed_in_the_contents_heads_the_first_section() -> None:
    page = (
        f"{TITLE}\n\nBy Ann Lee\n\nIn this article\nWhy did the ports change the checks?\n"
        f"Who pays more?\n\nWhy did the ports change the checks?\n\n{LEAD}\n\n"
        f"Who pays more?\n\n{MORE}\n\n{LAST}\n"
    )
    assert headings(read(page)) == ["Why did the ports change the checks?", "Who pays more?"]


def test_a_long_line_over_the_lead_not_in_contents_heads_nothing() -> None:
    page = (
        f"{TITLE}\n\nBy Ann Lee\n\nWhy did the ports change the checks?\n\n{LEAD}\n\n"
        f"Who pays more?\n\n{MORE}\n\n{LAST}\n"
    )
    assert headings(read(page)) == ["Who pays more?"]


def test_marked_headings_lose_their_mark_and_numbers_keep_theirs() -> None:
    marked = read(f"{TITLE}\n\n{LEAD}\n\n■ Background to the checks\n\n{MORE}\n\n{LAST}\n")
    numbered = read(f"{TITLE}\n\n{LEAD}\n\n1. Background\n\n{MORE}\n\n{LAST}\n")
    assert headings(marked) == ["Background to the checks"]
    assert headings(numbered) == ["1. Background"]


def test_middle_dot_bullets_with_no_space_under_points() -> None:
    page = (
        f"{TITLE}\n\nPoints\n・Checks add days to shipments.\n・Traders expect delays.\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    assert read(page).highlights == ("Checks add days to shipments.", "Traders expect delays.")
    assert is_bullet("・First point") and not is_bullet("・")


def test_a_highlights_label_over_the_whole_story_takes_no_points() -> None:
    page = f"{TITLE}\n\nHighlights\n\n{LEAD}\n\n{MORE}\n\n{LAST}\n\nAdvertisement\n"
    article = read(page)
    assert article.highlights == ()
    assert all(text in body_text(article) for text in (LEAD, MORE, LAST))


@pytest.mark.parametrize(
    "points",
    [
        # Unbulleted points over the story stay points.
        "Highlights\nChecks add days to shipments.\nTraders expect delays.\n\n",
        # Key points end at a contents box's label.
        "Key takeaways\n\n- Checks add days to shipments.\n- Traders expect delays.\n\n"
        "Contents\n\n- What changed\n- Who pays\n\nWhat changed\n\n",
    ],
)
def test_key_points_stay_points_and_end_where_the_story_or_a_box_starts(points: str) -> None:
    page = f"{TITLE}\n\n{points}{LEAD}\n\n{MORE}\n"
    assert read(page).highlights == ("Checks add days to shipments.", "Traders expect delays.")


def test_a_story_of_numbered_paragraphs_keeps_them_over_a_sign_off() -> None:
    page = (
        f"The Gallium Brief — Issue 12\n\n1. PORTS. {LEAD}\n\n2. LICENCES. {MORE}\n\n"
        "That's it for this week. Forward this email to a colleague.\n"
    )
    article = read(page)
    assert article.highlights == ()
    assert LEAD in body_text(article) and MORE in body_text(article)
    assert "Forward this" not in body_text(article)


@pytest.mark.parametrize(
    "line",
    [
        "(With inputs from agencies)",
        "(with agency inputs from Reuters)",
        "(This article was translated from the Japanese edition.)",
        "This story has been machine translated from Korean.",
        "That's it for today. Forward this to a colleague who should be reading it.",
        "Was this forwarded to you? Sign up here",
        "Catch all the news on Metal Daily. Download The App to get Daily Market Updates.",
        "Go deeper: The scramble for magnets, in charts",
    ],
)
def test_end_notes_and_promos_are_chrome(line: str) -> None:
    assert _kind(line) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "The ministry said the text was translated from Chinese by its own staff.",
        "Analysts told clients to download the data before the ministry removes it.",
        "Why it matters: the checks add days to every shipment.",
    ],
)
def test_sentences_about_translation_and_downloads_stay(line: str) -> None:
    assert _kind(line) != "boilerplate"
