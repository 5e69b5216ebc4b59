"""People, organisations and speakers on pages dense in them (dev32): a quote's
credit line under it, a member's letters after a name, a style of two words,
an office's portfolio after "for"."""

from __future__ import annotations

import pytest

from generator.extract.aliases import without_honorific
from generator.extract.entities import extract_entities
from generator.extract.quotes import extract_quotes
from generator.extract.speaker_forms import credit_line_name
from generator.model import Article, Block, Entity, Quote, Section
from tests.reader_story import LEAD, MORE, body_text, headings, read


def article(*paragraphs: str) -> Article:
    blocks = tuple(Block.plain(text, 3 + 2 * i) for i, text in enumerate(paragraphs))
    return Article(path="t.txt", title="T", slug="t", sections=(Section(None, blocks, 1),))


def quotes(*paragraphs: str) -> tuple[Quote, ...]:
    return extract_quotes(article(*paragraphs)).quotes


def entities(*paragraphs: str) -> tuple[Entity, ...]:
    return extract_entities(article(*paragraphs)).entities


QUOTE_ONE = (
    "“No single supplier should be able to stop a wind farm with a licence form. "
    "We share the problem and now we share the solution.”"
)
QUOTE_TWO = "“Pooling orders gives small buyers the bargaining power of the largest ones.”"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Henrik Valtonen, Executive Vice-President for Industrial Resilience", "Henrik Valtonen"),
        ("The Honourable Claire Whitmore MP, Minister for Resources", "Claire Whitmore"),
        ("The Rt Hon Owen Pritchard MP, Secretary of State for Business", "Owen Pritchard"),
        ("Dr. Ana Ruiz, head of research at Volta Labs", "Ana Ruiz"),
    ],
)
def test_a_credit_line_names_the_person_before_the_office(line: str, name: str) -> None:
    assert credit_line_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        # a sentence: the speech is reported, not credited
        "Henrik Valtonen, the vice-president, agreed.",
        # no office after the comma
        "Brussels, Strasbourg and Luxembourg",
        # a place and a date line
        "Toronto, Ontario",
        # one word is no person's name
        "Valtonen, Executive Vice-President",
    ],
)
def test_a_line_that_credits_no_one(line: str) -> None:
    assert credit_line_name(line) is None


def test_a_quote_paragraph_is_credited_to_the_line_under_it() -> None:
    found = quotes(
        "The Commission proposed a partnership on magnets with two partners today.",
        QUOTE_ONE,
        "Henrik Valtonen, Executive Vice-President for Industrial Resilience",
        QUOTE_TWO,
        "Marta Esteves-Lind, Commissioner for Trade and Economic Security",
    )
    assert [q.speaker for q in found] == ["Henrik Valtonen", "Marta Esteves-Lind"]


def test_a_credit_line_does_not_credit_a_quote_with_a_speaker_before_it() -> None:
    found = quotes(
        "Valtonen said:",
        QUOTE_ONE,
        "Marta Esteves-Lind, Commissioner for Trade and Economic Security",
    )
    assert [q.speaker for q in found] != ["Marta Esteves-Lind"]


def test_the_reader_keeps_credit_lines_as_text_not_headings_nor_footer() -> None:
    page = read(
        "Commission proposes a magnet partnership\n\n"
        f"{LEAD}\n\n{MORE}\n\nQuotes\n\n{QUOTE_ONE}\n\n"
        "Henrik Valtonen, Executive Vice-President for Industrial Resilience\n\n"
        f"{QUOTE_TWO}\n\n"
        "Marta Esteves-Lind, Commissioner for Trade and Economic Security\n\n"
        "For More Information\n\nShare this page\n"
    )
    assert not any("Valtonen" in h or "Esteves" in h for h in headings(page))
    assert "Henrik Valtonen, Executive" in body_text(page)
    assert "Marta Esteves-Lind, Commissioner" in body_text(page)


def test_a_members_letters_are_no_part_of_the_name_and_the_role_follows_them() -> None:
    found = entities("The Honourable Claire Whitmore MP, Minister for Resources, spoke.")
    people = [(e.name, e.role) for e in found if e.kind == "person"]
    assert people == [("Honourable Claire Whitmore", "Minister for Resources")]


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Rt Hon Owen Pritchard", "Owen Pritchard"),
        ("the Rt Hon Owen Pritchard", "Owen Pritchard"),
        ("Right Honourable Jane Roe", "Jane Roe"),
        # "Right" alone is a name's word
        ("Right Said", "Right Said"),
        ("Rt Roe", "Rt Roe"),
    ],
)
def test_a_style_of_two_words_comes_off_a_name(name: str, bare: str) -> None:
    assert without_honorific(name) == bare


@pytest.mark.parametrize(
    "sentence",
    [
        "Henrik Valtonen, Executive Vice-President for Industrial Resilience, spoke.",
        "Owen Pritchard, Secretary of State for Business and Trade, spoke.",
        "Tom Acker, Deputy Assistant Secretary for Land and Minerals Management, spoke.",
    ],
)
def test_an_offices_portfolio_after_for_is_no_organisation(sentence: str) -> None:
    assert [e.name for e in entities(sentence) if e.kind == "organisation"] == []


def test_a_spokesperson_for_a_company_still_names_it() -> None:
    found = entities("Jane Roe, a spokesperson for Halvard Motion Inc., declined to comment.")
    assert "Halvard Motion Inc." in [e.name for e in found if e.kind == "organisation"]
