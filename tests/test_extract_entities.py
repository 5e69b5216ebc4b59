"""People and organisations: how news text introduces them, as fixture cases
(``fixtures/extract/entities.txt``); the real seed and any text as tests of their own."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.extract.entities import extract_entities
from generator.extract.lexicon import is_family_first_name
from generator.extract.org_names import bare_head_names
from generator.model import Article, Block, Entity, Section
from tests.fixture_cases import Case, cases

SEED = Path(__file__).resolve().parent.parent / "seeds" / "beijing-conditional-openness.txt"


def article(*paragraphs: str) -> Article:
    """An article with one lead section; paragraph n starts on line 3 + 2n."""
    blocks = tuple(Block.plain(text, 3 + 2 * i) for i, text in enumerate(paragraphs))
    return Article(path="t.txt", title="T", slug="t", sections=(Section(None, blocks, 1),))


def entities(*paragraphs: str) -> tuple[Entity, ...]:
    return extract_entities(article(*paragraphs)).entities


def entity_line(entity: Entity) -> str:
    """An entity as the fixture file writes it."""
    role = f" — {entity.role}" if entity.role else ""
    return f"{entity.line}: {entity.kind} {entity.name}{role}"


@pytest.mark.parametrize("case", cases("entities.txt"))
def test_entities(case: Case) -> None:
    found = "\n".join(entity_line(e) for e in entities(*case.paragraphs))
    assert found == case.expected, f"fixtures/extract/entities.txt:{case.line}"


_PIECES = st.sampled_from(
    [
        "Mr. ",
        "Ada  Lund",
        ", director of the ",
        "Bank\nof Chile",
        " CEO ",
        "’s ",
        " (AB)",
        ". ",
        " the ",
    ]
)


@given(st.lists(st.lists(_PIECES | st.text(max_size=6), max_size=12).map("".join), max_size=4))
def test_any_text_gives_well_formed_entities(paragraphs: list[str]) -> None:
    found = entities(*paragraphs)
    assert len({e.name for e in found}) == len(found)
    assert all(e.name == " ".join(e.name.split()) and e.name for e in found)
    assert {e.line for e in found} <= {3 + 2 * i for i in range(len(paragraphs))}


# --- the real seed -----------------------------------------------------------------


def _read_seed() -> Article:
    plaintext = pytest.importorskip("generator.reader.plaintext")
    reader = getattr(plaintext, "read_plaintext", None)
    if reader is None:
        pytest.skip("the plain-text reader is not written yet")
    result = reader(SEED.read_text(encoding="utf-8"), "seeds/beijing-conditional-openness.txt")
    assert isinstance(result, Article)
    return result


def test_seed_entities() -> None:
    found = {e.name: e for e in extract_entities(_read_seed()).entities}
    assert found["Tu Xinquan"].kind == "person"
    assert found["Tu Xinquan"].role == "director of the China Institute for WTO Studies"
    assert found["Janet Yellen"].kind == "person"
    assert found["Janet Yellen"].role == "former Treasury Secretary"
    meyer_role = found["Tobias Meyer"].role or ""
    assert "DHL" in meyer_role and "CEO" in meyer_role
    assert "Morgan Stanley" in (found["Xing Ziqiang"].role or "")
    for name in (
        "Ministry of Commerce",
        "China Institute for WTO Studies",
        "DHL",
        "Morgan Stanley",
    ):
        assert found[name].kind == "organisation", name
    for name in ("Beijing", "Washington", "China", "Meanwhile", "Recent", "State"):
        assert name not in found, name


@pytest.mark.parametrize(
    ("words", "family_first"),
    [
        (("MUTO", "Kensuke"), True),
        (("TAKADA", "Shinji"), True),
        (("USTR", "Katherine"), False),  # no syllables of romanised Japanese
        (("DHL", "Express"), False),
        (("MUTO", "Kensuke", "Sato"), False),  # two words only
        (("Muto", "Kensuke"), False),  # in capitals only
    ],
)
def test_family_name_in_capitals(words: tuple[str, ...], family_first: bool) -> None:
    assert is_family_first_name(words) is family_first


def test_key_points_are_read_for_entities_before_the_body() -> None:
    base = article("Prices rose on Monday.")
    found = extract_entities(
        replace(base, highlights=("Kestrel Holdings will build a separation plant.",))
    ).entities
    assert [(e.name, e.kind, e.line) for e in found] == [
        ("Kestrel Holdings", "organisation", base.title_line)
    ]


@pytest.mark.parametrize(
    ("name", "organisations", "texts", "expected"),
    [
        # The one body of that kind the text writes in full goes before the bare kind.
        (
            "Commission",
            [],
            ["The European Commission today proposed it."],
            ["European Commission", "Commission"],
        ),
        # Two such bodies: the bare kind names neither.
        (
            "Commission",
            [],
            ["The European Commission and the Trade Commission met."],
            ["Commission"],
        ),
        # Held inside a name the alias rules would not join: it is that one.
        ("Commission", ["Minerals Commission of Ghana"], [], []),
        # Held at a name's end: the alias rules join them later.
        ("Commission", ["European Commission"], [], ["Commission"]),
        # No bare kind of a body.
        ("Congress", [], ["The US Congress voted."], ["Congress"]),
    ],
)
def test_bare_head_names(
    name: str, organisations: list[str], texts: list[str], expected: list[str]
) -> None:
    assert bare_head_names(name, organisations, texts) == expected
