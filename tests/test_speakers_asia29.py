"""A speaker after the quote under a title whose fields are joined by "of",
"for" and "and" ("Minister for Trade and Industry Lim Boon Keat told
reporters"), from dev29's Asian and Pacific pages."""

from __future__ import annotations

import pytest

from generator.extract.quotes import extract_quotes
from generator.extract.speaker_forms import field_titled_name
from generator.extract.speaker_phrases import speaker_after
from generator.model import Article, Block, Section


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Minister for Trade and Industry Lim Boon Keat", "Lim Boon Keat"),
        (
            "Secretary for Commerce and Economic Development Edmund Tse Chi-hang",
            "Edmund Tse Chi-hang",
        ),
        # A field word glued to the name is the title's.
        ("Director General of Minerals and Coal Bambang Suryadi", "Bambang Suryadi"),
        ("Deputy Minister of Industry and Trade Pham Quoc Hung", "Pham Quoc Hung"),
        # No role word, no joined fields, or another clause: not this form.
        ("Exports and Imports Lim Boon Keat", None),
        ("Minister Lim Boon Keat", None),
        ("Tan and Lee", None),
        ("Minister for trade and said Lim Boon Keat", None),
    ],
)
def test_a_title_with_joined_fields_before_a_name(words: str, name: str | None) -> None:
    assert field_titled_name(words.split()) == name


def test_the_speaker_after_the_quote_under_such_a_title() -> None:
    after = " Minister for Trade and Industry Lim Boon Keat told reporters at a factory in Tuas."
    assert speaker_after(after) == "Lim Boon Keat"


def test_a_quote_is_given_to_the_named_minister() -> None:
    text = (
        "“We cannot pick sides, but we can prepare our companies,” Minister for Trade and"
        " Industry Lim Boon Keat told reporters on Wednesday."
    )
    source = Article(
        path="t.txt",
        title="T",
        slug="t",
        sections=(Section(None, (Block.plain(text, 3),), 1),),
    )
    found = extract_quotes(source).quotes
    assert [q.speaker for q in found] == ["Lim Boon Keat"]
