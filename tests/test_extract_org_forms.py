"""How pages write organisations' names: legal forms of southern Europe, Latin
America and Japan, in lower case or after a comma; tickers after an exchange of
two words; acronyms that leave out the body's kind; names joined by a foreign
"and"; and the words around a name that are no part of it (a sentence's
"Rival", an index, a site's sections)."""

from __future__ import annotations

import pytest

from generator.extract.entities import extract_entities
from generator.extract.mentions import text_mentions
from generator.extract.name_runs import name_runs
from generator.extract.resolve import resolve_entities
from generator.model import Article, Block, Section


def organisations(sentence: str) -> list[str]:
    return [m.name for m in text_mentions(sentence) if m.kind == "organisation"]


def runs(sentence: str) -> list[str]:
    return [r.name for r in name_runs(sentence)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Fonderia Lago S.p.A., a maker of castings, will expand.", "Fonderia Lago S.p.A."),
        ("Ore comes from Vale Dourado Mineração Ltda., which runs two pits.",
         "Vale Dourado Mineração Ltda."),
        ("Aceros del Norte, S.A. de C.V. said it would restart the kiln.",
         "Aceros del Norte, S.A. de C.V."),
        ("Brackwell plc, the AIM-listed explorer, raised money.", "Brackwell plc"),
        ("Tohoku Yttrium K.K. of Sendai said it would join.", "Tohoku Yttrium K.K."),
    ],
)  # fmt: skip
def test_legal_forms_close_the_name(sentence: str, name: str) -> None:
    assert organisations(sentence) == [name]


def test_a_written_out_legal_form_may_still_take_of() -> None:
    assert runs("Leaders of the Group of Seven met.")[-1] == "Group of Seven"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Shares of Kelpie Motors (Nasdaq: KLPM) fell.", "Kelpie Motors"),
        ("Drayton Fuels (NYSE American: DRF) climbed 6%.", "Drayton Fuels"),
    ],
)
def test_ticker_after_a_mixed_case_or_two_word_exchange(sentence: str, name: str) -> None:
    assert organisations(sentence) == [name]


def test_acronym_may_leave_out_the_body_kind() -> None:
    sentence = "It is run by the Office of Nuclear Fuel and Waste Safety (NFWS)."
    assert runs(sentence)[0] == "Office of Nuclear Fuel and Waste Safety"


def test_a_foreign_and_joins_a_name_but_not_places() -> None:
    assert "Banca Popolare e Risparmio" in runs("The Banca Popolare e Risparmio, a lender, agreed.")
    assert runs("Trade between Chile y Peru grew.") == ["Trade", "Chile", "Peru"]


def test_an_apostrophe_inside_a_name_but_not_a_contraction() -> None:
    found = text_mentions("Minister of Lands Grace Mwale-Ng'ambi said the deal was signed.")
    assert [(m.name, m.role) for m in found if m.kind == "person"] == [
        ("Grace Mwale-Ng'ambi", "Minister of Lands")
    ]
    assert runs("We're told They've left Lynas's plant.") == ["Lynas"]


def test_a_sentence_opening_on_rival_keeps_it_off_the_name() -> None:
    assert organisations("Rival Coolabah Minerals (ASX: CMX) is building a mill.") == [
        "Coolabah Minerals"
    ]


def test_an_index_and_a_site_section_are_no_organisation() -> None:
    assert organisations("The FTSE All-World Oil & Gas index rose 2%.") == []
    assert organisations("Read the Market News and Business News, a daily digest.") == []


def test_its_title_before_a_name_is_the_title() -> None:
    found = text_mentions("Its head of battery research, Ana Costa, said so.")
    assert [(m.name, m.role) for m in found] == [("Ana Costa", "head of battery research")]


def context(text: str) -> list[str]:
    """The organisations of a paragraph, the context pass's included."""
    article = Article(
        path="t.txt", title="T", slug="t", sections=(Section(None, (Block.plain(text, 3),), 1),)
    )
    found = resolve_entities(extract_entities(article)).entities
    return [e.name for e in found if e.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Permits are issued by the national mining agency, Minproc, in Lima.", "Minproc"),
        ("Harwell Mining, Ostrava Steel and Energy Fuels rose after the vote.", "Energy Fuels"),
        ("The line will supply Dacia and the truck maker Volvan Trucks from May.", "Dacia"),
        ("Brightwater Partners sees prices doubling by 2027, the bank said.",
         "Brightwater Partners"),
        ("Halden Brothers is more cautious. Its head of commodities research, Ann Lee, "
         "said the gap would close.", "Halden Brothers"),
        ("Orbis Tailings, a Quebec startup that recovers scandium from red mud, won a grant.",
         "Orbis Tailings"),
    ],
)  # fmt: skip
def test_organisations_known_by_their_context(text: str, name: str) -> None:
    assert name in context(text)


@pytest.mark.parametrize(
    "text",
    [
        "Price reporting newcomer Tally Data will publish a price, the company said.",
        "Dana Roe, a professor at the University of Science and Technology Beijing, spoke.",
        "Data from the Critical Minerals Strategy and Acme Mining were read.",
    ],
)
def test_context_does_not_make_organisations_of_nouns_and_places(text: str) -> None:
    found = context(text)
    assert "Price" not in found and "Technology Beijing" not in found
    assert "Critical Minerals Strategy" not in found


def test_the_pentagon_is_a_body_and_one_with_the_department_of_defense() -> None:
    assert context("The Pentagon will buy the oxide.") == ["Pentagon"]
    both = "The U.S. Department of Defense signed the deal, and the Pentagon will buy oxide."
    assert context(both) == ["U.S. Department of Defense"]
