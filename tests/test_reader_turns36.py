"""The reader on transcripts whose turns are set under a line naming the speaker
(dev36): "Lena Okafor" over a question, "Han Ji-woo" over its answer, "Elena
Strand — BMO Capital Markets" over an analyst's turn."""

from __future__ import annotations

import pytest

from generator.reader.turn_lines import turn_speaker
from tests.reader_story import LEAD, body_text, headings, read

INTERVIEW = f"""Recyclers and the mines

{LEAD}

Lena Okafor

Is recycling the way out of dependence on mining?

Han Ji-woo

Partly. Our feedstock is the mining industry's output from fifteen years ago.

Lena Okafor

What does a good month look like at the plant?

Han Ji-woo

A good month is one where the scrap from our customers arrives clean.
"""


def test_the_names_over_turns_stay_in_the_story() -> None:
    article = read(INTERVIEW)
    body = body_text(article)
    assert body.count("Lena Okafor") == 2 and body.count("Han Ji-woo") == 2
    assert headings(article) == []  # the questions under a name are no headings


def test_a_heading_over_the_first_name_line_stays_a_heading() -> None:
    text = INTERVIEW.replace(
        "Lena Okafor\n\nIs recycling", "From the call\n\nLena Okafor\n\nIs recycling"
    )
    assert headings(read(text)) == ["From the call"]


def test_one_speaker_alone_is_no_transcript() -> None:
    text = f"""Recyclers and the mines\n\n{LEAD}\n\nHan Ji-woo\n\nPartly, as the mines go.
\nHan Ji-woo\n\nCollection, above all, is what is missing.\n\nHan Ji-woo\n\nThe rest is sorting.\n"""
    assert "Han Ji-woo" not in body_text(read(text))


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Elena Strand — BMO Capital Markets", "Elena Strand"),
        ("Dev Raman - Chief Financial Officer", "Dev Raman"),
        ("Han Ji-woo", "Han Ji-woo"),
        ("Thanks, that's helpful.", None),
        ("Hong Kong", None),
    ],
)
def test_a_turns_line_names_its_speaker(line: str, speaker: str | None) -> None:
    assert turn_speaker(line) == speaker
