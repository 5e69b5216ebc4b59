"""An organisation named for its members with a plural possessive ("Hong Kong
Shippers' Council"), from dev29's Asian and Pacific pages."""

from __future__ import annotations

import pytest

from generator.extract.entities import extract_entities
from generator.model import Article, Block, Section


def organisations(text: str) -> list[str]:
    source = Article(
        path="t.txt", title="T", slug="t", sections=(Section(None, (Block.plain(text, 3),), 1),)
    )
    return [e.name for e in extract_entities(source).entities if e.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Leung Ka-fai, chairman of the Hong Kong Shippers' Council, said it was hard.",
            "Hong Kong Shippers' Council",
        ),
        (
            "The Automotive Component Manufacturers’ Association said members were hit.",
            "Automotive Component Manufacturers’ Association",
        ),
    ],
)
def test_a_members_possessive_stays_inside_the_name(text: str, name: str) -> None:
    assert organisations(text) == [name]


def test_a_places_possessive_is_no_part_of_the_name_after_it() -> None:
    assert organisations("The Philippines' Department of Energy said so.") == [
        "Department of Energy"
    ]
    # A possessive at a sentence's end or before a lower-case word is no name's.
    assert organisations("Shares of the Exporters' rivals fell at Lynas Rare Earths.") == [
        "Lynas Rare Earths"
    ]


def people(text: str) -> list[tuple[str, str | None]]:
    source = Article(
        path="t.txt", title="T", slug="t", sections=(Section(None, (Block.plain(text, 3),), 1),)
    )
    return [(e.name, e.role) for e in extract_entities(source).entities if e.kind == "person"]


def test_a_name_in_its_own_script_in_brackets_keeps_the_role_after_it() -> None:
    text = (
        "Wu Pei-ling (吳佩玲), a research director at the Industrial Technology Research"
        " Institute (ITRI), said the larger chipmakers had diversified."
    )
    assert people(text) == [
        ("Wu Pei-ling", "research director at the Industrial Technology Research Institute")
    ]
    # Korean and Japanese names in their scripts are left out as well.
    assert people("Park Ji-won (박지원), an analyst at Hana Securities, said so.") == [
        ("Park Ji-won", "analyst at Hana Securities")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PT Vale Indonesia said it would review two projects.", "PT Vale Indonesia"),
        ("PJSC Norilsk Nickel said output fell.", "PJSC Norilsk Nickel"),
    ],
)
def test_a_legal_form_written_first_makes_an_organisation(text: str, name: str) -> None:
    assert organisations(text) == [name]


def test_a_legal_forms_letters_alone_are_no_organisation() -> None:
    assert organisations("Output rose, PT said, citing the figures.") == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Economy, Trade and Industry Minister Kanemura Hideki told a news conference.",
            "Economy, Trade and Industry Minister",
        ),
        (
            "Trade, Industry and Energy Minister Ahn Jae-sung said so.",
            "Trade, Industry and Energy Minister",
        ),
        # Names listed before the title are other people, not its fields.
        ("Tanaka, Sato and Industry Minister Kanemura Hideki met.", "Industry Minister"),
    ],
)
def test_an_offices_fields_listed_before_its_title_are_the_role(text: str, role: str) -> None:
    assert [r for _, r in people(text)][-1] == role
